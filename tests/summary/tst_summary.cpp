// The hand-off summary's model and its text formats (Markdown, HTML, JSON), from connections verified against
// the simulated Greenhouse: every format checked by content (never by a stored copy), the secret only on
// opt-in.
#include "SummaryFixture.h"
#include "i18n/Translations.h"

#include <algorithm>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextDocument>

using namespace jt;
using namespace jt::test;

class SummaryTest : public QObject, SummaryFixture {
    Q_OBJECT

private slots:
    void initTestCase() {
        installTranslations(QStringLiteral("en"), qApp); // the English plural forms ("Checked 30 times")
        prepareConnections();
    }

    // --- the model -----------------------------------------------------------------------------------------

    void modelComesFromTheStoredConnection() {
        const HandoffSummary summary = v3Summary();
        QCOMPARE(summary.boardName(), QStringLiteral("Acme Robotics"));
        QCOMPARE(summary.boardToken(), QStringLiteral("acme"));
        QCOMPARE(summary.boardUrl(), QUrl(QStringLiteral("https://boards.greenhouse.io/acme")));
        QCOMPARE(summary.liveJobs(), 12);
        QCOMPARE(summary.kindName(), QStringLiteral("Harvest v3 (OAuth)"));
        QCOMPARE(summary.clientId(), QString::fromLatin1(SimulatedGreenhouse::ClientId));
        QVERIFY(summary.keyFingerprint().isEmpty());
        QCOMPARE(summary.verifiedAt(), m_v3.verifiedAt);
        QCOMPARE(summary.jobTargetHelp(), QUrl(HelpCentre));
        QVERIFY(!summary.containsSecret());
        QCOMPARE(summary.permissions().size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            const RequiredPermission &expected = requiredPermissions(CredentialKind::HarvestV3).at(i);
            QCOMPARE(summary.permissions().at(i).id, expected.idString());
            QCOMPARE(summary.permissions().at(i).label, expected.labelString());
            QCOMPARE(summary.permissions().at(i).status, PermissionStatus::Granted);
            QCOMPARE(summary.permissions().at(i).verifiedAt, m_v3.verifiedAt);
        }
        QVERIFY(summary.warnings().isEmpty());
        const QStringList steps = summary.nextSteps();
        QCOMPARE(steps.size(), 3);
        QVERIFY(steps.at(0).contains(QLatin1String("acme")));
        QVERIFY(steps.at(0).contains(QLatin1String("through a secure method")));
        QVERIFY(steps.at(0).contains(QLatin1String("not in a plain e-mail")));
        QVERIFY(steps.at(0).contains(HelpCentre));
        QVERIFY(steps.at(1).contains(QLatin1String("live jobs")));
        QVERIFY(steps.at(2).contains(QLatin1String("API Credential Management")));
        QVERIFY(steps.at(2).contains(QLatin1String("revoke")));
    }

    // The checks of the connection in one line, in every format: the state now first, then the daily
    // schedule's checks and the admin's own ("Check it now") counted apart. Nothing before the first check.
    void checksSayTheStateNowThenCountScheduledAndByHandApart() {
        HandoffSummary summary = v3Summary();
        summary.setCheckHistory(historyOf(0));
        QVERIFY(!HandoffText::markdown(summary).contains(QLatin1String("Checks")));
        QVERIFY(!HandoffText::json(summary).contains(QLatin1String("daily_checks")));

        summary.setCheckHistory(historyOf(30));
        const QString allPassed =
            QStringLiteral("Passing since 1 November 2026. 30 scheduled checks since 1 November 2026.");
        QCOMPARE(summary.checksText(), allPassed);
        QVERIFY2(HandoffText::markdown(summary).contains(QStringLiteral("- **Checks:** ") + allPassed),
                 qPrintable(HandoffText::markdown(summary)));
        QVERIFY(plainTextOfHtml(HandoffText::html(summary)).contains(allPassed));

        // As the issue saw it: five daily checks, the fifth failed (2 December); the admin fixed the scope
        // and pressed "Check it now" (passed), and the daily checks since passed. Once read as "Checked 6
        // times ... 1 failed", as if it were failing now.
        CheckHistory history(path(QStringLiteral("checks-issue.json")));
        const auto add = [&history](QDate day, int hour, CheckOutcome outcome, CheckTrigger trigger) {
            CheckRecord record;
            record.at = QDateTime(day, QTime(hour, 0), Qt::UTC);
            record.outcome = outcome;
            record.trigger = trigger;
            record.board = QStringLiteral("acme");
            if (outcome == CheckOutcome::Failed) {
                record.stage = QStringLiteral("permissions");
                record.detail = QStringLiteral("harvest:openings:list");
            }
            history.append(record);
        };
        for (int day = 28; day <= 30; ++day)
            add(QDate(2026, 11, day), 10, CheckOutcome::Passed, CheckTrigger::Scheduled);
        add(QDate(2026, 12, 1), 10, CheckOutcome::Passed, CheckTrigger::Scheduled);
        add(QDate(2026, 12, 2), 10, CheckOutcome::Failed, CheckTrigger::Scheduled);
        add(QDate(2026, 12, 2), 15, CheckOutcome::Failed, CheckTrigger::ByHand); // not fixed yet
        add(QDate(2026, 12, 3), 9, CheckOutcome::Passed, CheckTrigger::ByHand);
        add(QDate(2026, 12, 3), 10, CheckOutcome::Passed, CheckTrigger::Scheduled);
        // Another board's check (a connection replaced since) is not this connection's.
        CheckRecord other;
        other.at = QDateTime(QDate(2026, 12, 3), QTime(11, 0), Qt::UTC);
        other.outcome = CheckOutcome::Failed;
        other.board = QStringLiteral("acme-archive");
        history.append(other);
        // Read back from the file, as the wizard and `summary` read it: how each check came about is kept.
        QVERIFY(history.save());
        CheckHistory read(history.path());
        read.load();
        QCOMPARE(read.records().size(), 9);
        summary.setCheckHistory(read);
        const QString line = QStringLiteral(
            "Passing since 3 December 2026; one failure on 2 December 2026, fixed. 6 scheduled checks since "
            "28 November 2026. 2 checks by hand.");
        QCOMPARE(summary.checksText(), line);
        QVERIFY(HandoffText::markdown(summary).contains(line));
        QVERIFY(plainTextOfHtml(HandoffText::html(summary)).contains(line));
        const QJsonObject checks = HandoffText::json(summary).value(QLatin1String("daily_checks")).toObject();
        QCOMPARE(checks.value(QLatin1String("summary")).toString(), line);
        QCOMPARE(checks.value(QLatin1String("state")).toString(), QStringLiteral("passing"));
        QCOMPARE(checks.value(QLatin1String("state_since")).toString(),
                 QStringLiteral("2026-12-03T09:00:00Z"));
        QCOMPARE(checks.value(QLatin1String("fixed_failures")).toInt(), 1);
        const QJsonObject lastFailure = checks.value(QLatin1String("last_failure")).toObject();
        QCOMPARE(lastFailure.value(QLatin1String("from")).toString(), QStringLiteral("2026-12-02T10:00:00Z"));
        QCOMPARE(lastFailure.value(QLatin1String("to")).toString(), QStringLiteral("2026-12-02T15:00:00Z"));
        QCOMPARE(lastFailure.value(QLatin1String("fixed_at")).toString(),
                 QStringLiteral("2026-12-03T09:00:00Z"));
        const QJsonObject scheduled = checks.value(QLatin1String("scheduled")).toObject();
        QCOMPARE(scheduled.value(QLatin1String("checks")).toInt(), 6);
        QCOMPARE(scheduled.value(QLatin1String("failed")).toInt(), 1);
        QCOMPARE(scheduled.value(QLatin1String("since")).toString(), QStringLiteral("2026-11-28T10:00:00Z"));
        const QJsonObject byHand = checks.value(QLatin1String("by_hand")).toObject();
        QCOMPARE(byHand.value(QLatin1String("checks")).toInt(), 2);
        QCOMPARE(byHand.value(QLatin1String("passed")).toInt(), 1);
        QCOMPARE(byHand.value(QLatin1String("failed")).toInt(), 1);
        QVERIFY(checks.value(QLatin1String("problem")).isNull());

        // Failing now: since when, and what is wrong, before any count.
        add(QDate(2026, 12, 4), 10, CheckOutcome::Failed, CheckTrigger::Scheduled);
        add(QDate(2026, 12, 5), 10, CheckOutcome::Failed, CheckTrigger::Scheduled);
        summary.setCheckHistory(history);
        QCOMPARE(summary.checksText(),
                 QStringLiteral("Failing since 4 December 2026: “Openings > List openings” is missing. 8 "
                                "scheduled checks since 28 November 2026. 2 checks by hand."));
        QCOMPARE(HandoffText::json(summary)
                     .value(QLatin1String("daily_checks"))
                     .toObject()
                     .value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("failing"));

        // Fixed again over several days, and the newest check could not reach Greenhouse.
        add(QDate(2026, 12, 6), 10, CheckOutcome::Passed, CheckTrigger::Scheduled);
        history.append(CheckRecord::notChecked(QStringLiteral("board"), QStringLiteral("timeout"),
                                               QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC)));
        summary.setCheckHistory(history);
        QCOMPARE(
            summary.checksText(),
            QStringLiteral("Passing since 6 December 2026; 2 failures before, the last on 5 December "
                           "2026, all fixed. The last check, on 7 December 2026, could not be done: "
                           "Greenhouse could not be reached. 10 scheduled checks since 28 November 2026. "
                           "2 checks by hand."));

        // One failure over days; a single check by hand and no scheduled one.
        CheckHistory once(path(QStringLiteral("checks-once.json")));
        for (const auto &[day, outcome] :
             {std::pair(1, CheckOutcome::Failed), std::pair(3, CheckOutcome::Failed),
              std::pair(4, CheckOutcome::Passed)}) {
            CheckRecord record;
            record.at = QDateTime(QDate(2026, 12, day), QTime(10, 0), Qt::UTC);
            record.outcome = outcome;
            record.stage = QStringLiteral("credential");
            record.detail = QStringLiteral("rejected");
            once.append(record);
        }
        summary.setCheckHistory(once);
        QCOMPARE(summary.checksText(),
                 QStringLiteral("Passing since 4 December 2026; one failure from 1 December 2026 to 3 "
                                "December 2026, fixed. 3 scheduled checks since 1 December 2026."));
        CheckHistory byHandOnly(path(QStringLiteral("checks-by-hand.json")));
        CheckRecord first;
        first.at = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
        first.outcome = CheckOutcome::Passed;
        first.trigger = CheckTrigger::ByHand;
        byHandOnly.append(first);
        summary.setCheckHistory(byHandOnly);
        QCOMPARE(summary.checksText(),
                 QStringLiteral("Passing since 1 December 2026. No scheduled check yet. 1 check by hand."));
    }

    void missingPermissionIsShownAndWarned() {
        const HandoffSummary summary = HandoffSummary::fromConnection(m_missing, m_generated);
        QCOMPARE(summary.permissions().at(2).status, PermissionStatus::Missing);
        QCOMPARE(summary.warnings().size(), 1);
        QVERIFY(summary.warnings().first().startsWith(QLatin1String("1 required permission is missing.")));
        const QString md = HandoffText::markdown(summary);
        QVERIFY(md.contains(QStringLiteral("| Openings > List openings | ✗ missing |")));
        QVERIFY(md.contains(QStringLiteral("| Jobs > List jobs | ✓ granted |")));
        QVERIFY(md.contains(summary.warnings().first()));
        QVERIFY(plainTextOfHtml(HandoffText::html(summary)).contains(summary.warnings().first()));
    }

    // --- counts in words -----------------------------------------------------------------------------------

    // "1 required permission is missing", never "Missing permissions: 1" — and the plural when there are
    // more.
    void permissionCountsReadAsSentences() {
        QCOMPARE(v3Summary().permissionCountText(),
                 QStringLiteral("All 3 required permissions are granted."));
        QCOMPARE(HandoffSummary::fromConnection(m_v1, m_generated).permissionCountText(),
                 QStringLiteral("All 6 required permissions are granted."));

        const HandoffSummary one = HandoffSummary::fromConnection(m_missing, m_generated);
        QCOMPARE(one.permissionCountText(), QStringLiteral("1 required permission is missing."));
        QVERIFY(HandoffText::markdown(one).contains(QLatin1String("\n1 required permission is missing.\n")));
        QVERIFY(plainTextOfHtml(HandoffText::html(one))
                    .contains(QLatin1String("1 required permission is missing.")));
        QCOMPARE(HandoffText::json(one).value(QLatin1String("permissions_summary")).toString(),
                 QStringLiteral("1 required permission is missing."));

        // Two missing, one that could not be checked (Greenhouse did not answer for it).
        StoredConnection mixed = m_missing;
        QJsonArray rows = mixed.report.value(QLatin1String("permissions")).toArray();
        QJsonObject first = rows.at(0).toObject();
        first.insert(QStringLiteral("status"), QStringLiteral("missing"));
        rows.replace(0, first);
        QJsonObject second = rows.at(1).toObject();
        second.insert(QStringLiteral("status"), QStringLiteral("unreachable"));
        rows.replace(1, second);
        mixed.report.insert(QStringLiteral("permissions"), rows);
        const HandoffSummary two = HandoffSummary::fromConnection(mixed, m_generated);
        QCOMPARE(two.permissionCountText(), QStringLiteral("2 required permissions are missing. 1 required "
                                                           "permission could not be checked."));
        QVERIFY(two.warnings().first().startsWith(two.permissionCountText()));
    }

    // --- who prepared it, and the first live jobs ----------------------------------------------------------

    // "Prepared by" is the account's full name (the passwd entry's GECOS field on Unix), else its login
    // name — never the home folder's name, which once made it "home".
    void preparedByIsTheAccountsFullName() {
        QCOMPARE(HandoffSummary::fullNameFromGecos(QStringLiteral("Dana Admin,Room 4,555-0100,"),
                                                   QStringLiteral("dana")),
                 QStringLiteral("Dana Admin"));
        QCOMPARE(HandoffSummary::fullNameFromGecos(QStringLiteral("& Okafor,,,"), QStringLiteral("dana")),
                 QStringLiteral("Dana Okafor"));
        QCOMPARE(HandoffSummary::fullNameFromGecos(QStringLiteral(",,,"), QStringLiteral("dana")),
                 QStringLiteral("dana"));
        QCOMPARE(HandoffSummary::fullNameFromGecos({}, QStringLiteral("dana")), QStringLiteral("dana"));
        QCOMPARE(HandoffSummary::fullNameFromGecos(QStringLiteral("  Dana\tAdmin "), QStringLiteral("dana")),
                 QStringLiteral("Dana Admin"));

        // Whatever the session's variables and the home folder say.
        QTemporaryDir homes;
        QVERIFY(QDir(homes.path()).mkdir(QStringLiteral("home")));
        std::vector<std::pair<const char *, std::optional<QByteArray>>> saved;
        for (const char *name : {"HOME", "USER", "USERNAME", "LOGNAME"})
            saved.emplace_back(name,
                               qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt);
        qputenv("HOME", QDir(homes.path()).filePath(QStringLiteral("home")).toUtf8());
        qputenv("USER", "someone.else");
        qunsetenv("USERNAME");
        qunsetenv("LOGNAME");
        const QString preparedBy = v3Summary().preparedBy();
        for (const auto &[name, value] : saved) {
            if (value)
                qputenv(name, *value);
            else
                qunsetenv(name);
        }
        QVERIFY(!preparedBy.isEmpty());
        QVERIFY(preparedBy != QLatin1String("home"));
        QVERIFY(preparedBy != QLatin1String("someone.else"));
        QCOMPARE(preparedBy, HandoffSummary::defaultPreparedBy());
#ifndef Q_OS_WIN
        // The passwd entry as getent(1) reads it: its full name, else its login name.
        QProcess getent;
        getent.start(QStringLiteral("getent"), {QStringLiteral("passwd"), QString::number(getuid())});
        QVERIFY(getent.waitForFinished(20000));
        const QStringList entry =
            QString::fromLocal8Bit(getent.readAllStandardOutput()).trimmed().split(QLatin1Char(':'));
        QCOMPARE(entry.size(), 7);
        const QString fullName = entry.at(4).section(QLatin1Char(','), 0, 0).trimmed();
        QCOMPARE(preparedBy, fullName.isEmpty() ? entry.at(0) : fullName);
#endif

        HandoffSummary summary = v3Summary();
        summary.setPreparedBy(QStringLiteral("  Dana\nAdmin (HR)\t"));
        QCOMPARE(summary.preparedBy(), QStringLiteral("Dana Admin (HR)")); // one line of plain text
    }

    // An optional contact e-mail, in every format; a malformed one is refused with what is wrong with it.
    void contactEmailInEveryFormat() {
        HandoffSummary summary = v3Summary();
        QVERIFY(summary.contactEmail().isEmpty());
        QVERIFY(!HandoffText::markdown(summary).contains(QLatin1String("Contact e-mail")));
        QVERIFY(HandoffText::json(summary).value(QLatin1String("contact_email")).isNull());

        QVERIFY(summary.setContactEmail(QStringLiteral("  dana.admin@acme-robotics.example ")));
        const QString address = QStringLiteral("dana.admin@acme-robotics.example");
        QCOMPARE(summary.contactEmail(), address);
        const QString md = HandoffText::markdown(summary);
        QVERIFY2(md.contains(QStringLiteral("- **Contact e-mail:** <%1>\n").arg(address)), qPrintable(md));
        QVERIFY(plainTextOfMarkdown(md).contains(address));
        const QString html = HandoffText::html(summary);
        QVERIFY(html.contains(QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(address)));
        QVERIFY(plainTextOfHtml(html).contains(QStringLiteral("Contact e-mail")));
        QCOMPARE(HandoffText::json(summary).value(QLatin1String("contact_email")).toString(), address);
        const QString pdf = path(QStringLiteral("handoff-contact.pdf"));
        QVERIFY(HandoffFile::save(summary, pdf, HandoffFile::Format::Pdf));
        keep(pdf);

        const QList<std::pair<QString, QString>> malformed{
            {QStringLiteral("dana.example.com"),
             QStringLiteral("“dana.example.com” has no @. Write the address like dana@example.com.")},
            {QStringLiteral("dana@example"),
             QStringLiteral("After the @ in “dana@example” comes a domain, such as example.com.")},
            {QStringLiteral("dana admin@example.com"),
             QStringLiteral("“dana admin@example.com” contains a space; an e-mail address has none.")},
            {QStringLiteral("dana@@example.com"),
             QStringLiteral("“dana@@example.com” has more than one @. Write the address like "
                            "dana@example.com.")},
            {QStringLiteral("@example.com"),
             QStringLiteral(
                 "“@example.com” has nothing before the @. Write the address like dana@example.com.")},
            {QStringLiteral("<dana@example.com>"),
             QStringLiteral("“<dana@example.com>” contains “<”, which an e-mail address cannot hold.")},
        };
        for (const auto &[typed, problem] : malformed) {
            QCOMPARE(HandoffSummary::contactEmailProblem(typed), problem);
            HandoffSummary refused = v3Summary();
            QVERIFY(!refused.setContactEmail(typed));
            QVERIFY(refused.contactEmail().isEmpty());
            QVERIFY(!HandoffText::markdown(refused).contains(QLatin1String("Contact e-mail")));
        }
        QVERIFY(HandoffSummary::contactEmailProblem(QString()).isEmpty()); // optional

        PDF_TEXT_CHECKS_FOLLOW();
        const QString printed = pdfText(pdf).simplified();
        QVERIFY2(printed.contains(QStringLiteral("Contact e-mail ") + address), qPrintable(printed));
    }

    // The job titles come with the connection's last check; a connection that recorded none says so
    // instead of listing nothing (and is the same summary whoever asks).
    void titlesNotRecordedAreSaidSo() {
        StoredConnection untitled = m_v3;
        QJsonObject board = untitled.report.value(QLatin1String("board")).toObject();
        board.remove(QStringLiteral("first_titles"));
        untitled.report.insert(QStringLiteral("board"), board);
        const HandoffSummary summary = HandoffSummary::fromConnection(untitled, m_generated);
        QVERIFY(summary.titlesUnknown());
        const QString said = QStringLiteral("Their titles were not recorded at the last check.");
        QVERIFY(HandoffText::markdown(summary).contains(QStringLiteral("  - _%1_").arg(said)));
        QVERIFY(plainTextOfHtml(HandoffText::html(summary)).contains(said));
        QVERIFY(HandoffText::json(summary)
                    .value(QLatin1String("board"))
                    .toObject()
                    .value(QLatin1String("first_titles"))
                    .isNull());
        QCOMPARE(HandoffText::markdown(summary),
                 HandoffText::markdown(HandoffSummary::fromConnection(untitled, m_generated)));

        const HandoffSummary titled = v3Summary(); // the check that stored it recorded them
        QVERIFY(!titled.titlesUnknown());
        QCOMPARE(titled.jobTitles(), m_titles);
        QVERIFY(!HandoffText::markdown(titled).contains(said));
    }

    void preparedByAndTitlesInEveryFormat() {
        HandoffSummary summary = v3Summary();
        summary.setPreparedBy(QStringLiteral("Dana Admin"));
        summary.setJobTitles(m_titles);
        QCOMPARE(summary.liveJobs(), 12);
        QCOMPARE(summary.moreLiveJobs(), 7);
        const QString date = HandoffSummary::formatTime(m_generated);

        const QString md = HandoffText::markdown(summary);
        QVERIFY(md.contains(QLatin1String("- **Prepared by:** Dana Admin\n")));
        QVERIFY(md.contains(QStringLiteral("- **Date:** %1\n").arg(date)));
        QVERIFY(md.contains(QLatin1String("- **Live jobs at the last check:** 12\n")));
        const QString mdText = plainTextOfMarkdown(md);
        const QString html = plainTextOfHtml(HandoffText::html(summary));
        const QString pdfPath = path(QStringLiteral("handoff-titles.pdf"));
        QVERIFY(HandoffFile::save(summary, pdfPath, HandoffFile::Format::Pdf));
        keep(pdfPath);
        const auto hasEverything = [&](const QString &text) {
            return text.contains(QLatin1String("Prepared by")) &&
                   text.contains(QLatin1String("Dana Admin")) && text.contains(date) &&
                   text.contains(QLatin1String("and 7 more")) &&
                   std::all_of(m_titles.cbegin(), m_titles.cend(),
                               [&](const QString &title) { return text.contains(title); });
        };
        QVERIFY2(hasEverything(mdText), qPrintable(mdText));
        QVERIFY2(hasEverything(html), qPrintable(html));
        const QJsonObject json = HandoffText::json(summary);
        QCOMPARE(json.value(QLatin1String("prepared_by")).toString(), QStringLiteral("Dana Admin"));
        const QJsonObject board = json.value(QLatin1String("board")).toObject();
        QCOMPARE(board.value(QLatin1String("first_titles")).toArray().toVariantList(),
                 QVariant(m_titles).toList());
        QCOMPARE(board.value(QLatin1String("more_live_jobs")).toInt(), 7);

        // A stored report that carries the titles gives them to the summary by itself (the `summary`
        // command's case).
        StoredConnection stored = m_v3;
        QJsonObject storedBoard = stored.report.value(QLatin1String("board")).toObject();
        storedBoard.insert(QStringLiteral("first_titles"), QJsonArray::fromStringList(m_titles));
        stored.report.insert(QStringLiteral("board"), storedBoard);
        QCOMPARE(HandoffSummary::fromConnection(stored, m_generated).jobTitles(), m_titles);
        // Without titles there is no "and 12 more" either.
        StoredConnection untitled = m_v3;
        QJsonObject untitledBoard = untitled.report.value(QLatin1String("board")).toObject();
        untitledBoard.remove(QStringLiteral("first_titles"));
        untitled.report.insert(QStringLiteral("board"), untitledBoard);
        QVERIFY(!HandoffText::markdown(HandoffSummary::fromConnection(untitled, m_generated))
                     .contains(QLatin1String("more")));

        PDF_TEXT_CHECKS_FOLLOW();
        const QString pdf = pdfText(pdfPath).simplified();
        QVERIFY2(hasEverything(pdf),
                 qPrintable(pdf.isEmpty() ? QStringLiteral("no text: is poppler-utils installed?") : pdf));
    }

    // --- practice (the demo) -------------------------------------------------------------------------------

    void practiceIsMarkedInEveryTextFormat() {
        const QString notice = HandoffSummary::practiceNotice();
        QCOMPARE(notice, QStringLiteral("Practice data — not a real connection"));
        HandoffSummary summary = v3Summary();
        summary.markAsPractice();

        // Markdown and HTML: at the top, before any section, and again at the end.
        const QString md = HandoffText::markdown(summary);
        QCOMPARE(md.count(notice), 2);
        QVERIFY(md.indexOf(notice) < md.indexOf(QLatin1String("## ")));
        QVERIFY(md.trimmed().endsWith(notice + QLatin1String("**")));
        const QString html = plainTextOfHtml(HandoffText::html(summary));
        QCOMPARE(html.count(notice), 2);
        QVERIFY(html.indexOf(notice) < html.indexOf(QLatin1String("Job board")));
        QVERIFY(html.trimmed().endsWith(notice));
        // JSON: a flag a program can check, and the sentence for people.
        const QJsonObject json = HandoffText::json(summary);
        QCOMPARE(json.value(QLatin1String("practice")), QJsonValue(true));
        QCOMPARE(json.value(QLatin1String("practice_notice")).toString(), notice);

        // A real summary carries none of it.
        const HandoffSummary real = v3Summary();
        QVERIFY(!HandoffText::markdown(real).contains(notice));
        QVERIFY(!HandoffText::html(real).contains(notice));
        QCOMPARE(HandoffText::json(real).value(QLatin1String("practice")), QJsonValue(false));
        QVERIFY(!HandoffText::json(real).contains(QLatin1String("practice_notice")));
    }

    // The longest summary there is (a legacy key: six permissions, its warning, the secret included) runs to
    // a second page; the practice mark is on each, with the page number.
    // --- Markdown ------------------------------------------------------------------------------------------

    void markdownCarriesEverything() {
        const HandoffSummary summary = v3Summary();
        const QString md = HandoffText::markdown(summary);
        QVERIFY(md.startsWith(QLatin1String("# Hand-off to JobTarget: Acme Robotics\n")));
        QVERIFY(md.contains(QLatin1String("**Board name:** Acme Robotics")));
        QVERIFY(md.contains(QLatin1String("**Board token:** `acme`")));
        QVERIFY(md.contains(QLatin1String("<https://boards.greenhouse.io/acme>")));
        QVERIFY(md.contains(QLatin1String("**Kind:** Harvest v3 (OAuth)")));
        QVERIFY(md.contains(QLatin1String("**Client ID:** `jobtarget-4417`")));
        QVERIFY(md.contains(QLatin1String("**Live jobs at the last check:** 12")));
        const QString time = HandoffSummary::formatTime(m_v3.verifiedAt);
        for (const RequiredPermission &permission : requiredPermissions(CredentialKind::HarvestV3))
            QVERIFY2(
                md.contains(QStringLiteral("| %1 | ✓ granted | %2 |").arg(permission.labelString(), time)),
                qPrintable(permission.labelString()));
        QVERIFY(md.contains(QLatin1String("## Next steps with JobTarget")));
        const QStringList steps = summary.nextSteps();
        const QString rendered = plainTextOfMarkdown(md);
        for (const QString &step : steps)
            QVERIFY2(rendered.contains(step), qPrintable(step));
        QVERIFY(md.contains(QStringLiteral("<%1>").arg(HelpCentre)));
        QVERIFY(!md.contains(V3Secret));
        QVERIFY(!md.contains(m_v3.secretFingerprint)); // v3 shows the Client ID
        QVERIFY(!md.contains(HandoffSummary::secretWarning()));
        QVERIFY(!md.contains(QLatin1String("## Secret")));
        // Rendered as Markdown, the labels come out as Greenhouse writes them.
        QVERIFY(rendered.contains(QLatin1String("Jobs > List jobs")));
        QVERIFY(rendered.contains(QLatin1String("Acme Robotics")));
    }

    void markdownKeepsHostileTextLiteral() {
        StoredConnection hostile = m_v3;
        hostile.boardName = Hostile;
        const QString md = HandoffText::markdown(HandoffSummary::fromConnection(hostile, m_generated));
        // Every '<', '*' and '|' of it is backslash-escaped: none starts HTML, emphasis or a table cell.
        QVERIFY(md.contains(
            QLatin1String(R"(- **Board name:** \<script>alert("x")\</script> & \*Co\* \| \<b>bold\</b>)"
                          "\n")));
        QTextDocument document;
        document.setMarkdown(md);
        QVERIFY(document.toPlainText().contains(Hostile));
        QVERIFY(!document.toHtml().contains(QLatin1String("<script>")));
    }

    // --- HTML ----------------------------------------------------------------------------------------------

    void htmlCarriesEverything() {
        const HandoffSummary summary = v3Summary();
        const QString html = HandoffText::html(summary);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(QLatin1String("<title>Hand-off to JobTarget: Acme Robotics</title>")));
        QVERIFY(html.trimmed().endsWith(QLatin1String("</html>")));
        QVERIFY(html.contains(QLatin1String("<a href=\"https://boards.greenhouse.io/acme\">")));
        QVERIFY(html.contains(QLatin1String("<a href=\"https://support.jobtarget.com\">")));
        QVERIFY(html.contains(QLatin1String("<th>Permission in Greenhouse</th>")));

        QTextDocument document;
        document.setHtml(html);
        QCOMPARE(document.metaInformation(QTextDocument::DocumentTitle),
                 QStringLiteral("Hand-off to JobTarget: Acme Robotics"));
        const QString text = document.toPlainText();
        QVERIFY(text.contains(QLatin1String("Acme Robotics")));
        QVERIFY(text.contains(QLatin1String("acme")));
        QVERIFY(text.contains(QLatin1String("https://boards.greenhouse.io/acme")));
        QVERIFY(text.contains(QLatin1String("Harvest v3 (OAuth)")));
        QVERIFY(text.contains(QLatin1String("jobtarget-4417")));
        checkEveryPermission(text, CredentialKind::HarvestV3, QStringLiteral("✓ granted"));
        for (const QString &step : summary.nextSteps())
            QVERIFY2(text.contains(step), qPrintable(step));
        QVERIFY(text.contains(HelpCentre));
        QVERIFY(!html.contains(V3Secret));
        QVERIFY(!html.contains(HandoffSummary::secretWarning()));
        QVERIFY(!html.contains(m_v3.secretFingerprint));
        // Four tables: who prepared it and when, the job board's facts, the credential's, the permissions.
        int tables = 0;
        for (QTextFrame *frame : document.rootFrame()->childFrames())
            tables += qobject_cast<QTextTable *>(frame) != nullptr;
        QCOMPARE(tables, 4);
    }

    // On paper the facts of every section line up: one label column, however long a section's labels are.
    void htmlEscapesHostileBoardName() {
        StoredConnection hostile = m_v3;
        hostile.boardName = Hostile;
        const QString html = HandoffText::html(HandoffSummary::fromConnection(hostile, m_generated));
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(!html.contains(QLatin1String("<b>bold</b>")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; *Co*")));
        QTextDocument document;
        document.setHtml(html);
        QVERIFY(document.toPlainText().contains(Hostile));
        QVERIFY(document.metaInformation(QTextDocument::DocumentTitle).contains(Hostile));
    }

    // --- JSON ----------------------------------------------------------------------------------------------

    void jsonCarriesEverything() {
        const HandoffSummary summary = v3Summary();
        QJsonParseError error{};
        const QJsonDocument parsed = QJsonDocument::fromJson(
            QJsonDocument(HandoffText::json(summary)).toJson(QJsonDocument::Indented), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject json = parsed.object();
        QCOMPARE(json.value(QLatin1String("generated_at")).toString(),
                 QStringLiteral("2026-12-01T09:30:00Z"));
        QCOMPARE(json.value(QLatin1String("verified_at")).toString(), m_v3.verifiedAt.toString(Qt::ISODate));
        const QJsonObject board = json.value(QLatin1String("board")).toObject();
        QCOMPARE(board.value(QLatin1String("name")).toString(), QStringLiteral("Acme Robotics"));
        QCOMPARE(board.value(QLatin1String("token")).toString(), QStringLiteral("acme"));
        QCOMPARE(board.value(QLatin1String("url")).toString(),
                 QStringLiteral("https://boards.greenhouse.io/acme"));
        QCOMPARE(board.value(QLatin1String("live_jobs")).toInt(), 12);
        const QJsonObject credential = json.value(QLatin1String("credential")).toObject();
        QCOMPARE(credential.value(QLatin1String("kind")).toString(), QStringLiteral("v3"));
        QCOMPARE(credential.value(QLatin1String("client_id")).toString(), QStringLiteral("jobtarget-4417"));
        QVERIFY(!credential.contains(QLatin1String("key_fingerprint")));
        const QJsonArray permissions = json.value(QLatin1String("permissions")).toArray();
        QCOMPARE(permissions.size(), 3);
        for (qsizetype i = 0; i < permissions.size(); ++i) {
            const QJsonObject row = permissions.at(i).toObject();
            const RequiredPermission &expected = requiredPermissions(CredentialKind::HarvestV3).at(i);
            QCOMPARE(row.value(QLatin1String("id")).toString(), expected.idString());
            QCOMPARE(row.value(QLatin1String("label")).toString(), expected.labelString());
            QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("granted"));
            QCOMPARE(row.value(QLatin1String("verified_at")).toString(),
                     m_v3.verifiedAt.toString(Qt::ISODate));
        }
        QVERIFY(json.value(QLatin1String("warnings")).isArray());
        QCOMPARE(json.value(QLatin1String("next_steps")).toArray().size(), 3);
        QCOMPARE(json.value(QLatin1String("next_steps")).toArray().first().toString(),
                 summary.nextSteps().first());
        QCOMPARE(json.value(QLatin1String("jobtarget_help")).toString(), HelpCentre);
        QVERIFY(!json.contains(QLatin1String("secret")));
        QVERIFY(!json.contains(QLatin1String("secret_warning")));
        QVERIFY(!parsed.toJson().contains(V3Secret.toUtf8()));
    }

    // --- the secret, only on opt-in ------------------------------------------------------------------------

    void secretOnlyWhenOptedIn() {
        HandoffSummary summary = v3Summary();
        summary.includeSecret(V3Secret);
        QVERIFY(summary.containsSecret());

        const QString md = HandoffText::markdown(summary);
        QCOMPARE(md.count(V3Secret), 1);
        QVERIFY(md.contains(QStringLiteral("**Client Secret:** `%1`").arg(V3Secret)));
        QVERIFY(md.indexOf(QLatin1String("## Secret")) < md.indexOf(V3Secret));
        QVERIFY(plainTextOfMarkdown(md).contains(HandoffSummary::secretWarning()));
        QVERIFY(md.indexOf(QLatin1String("This document contains the secret.")) <
                md.indexOf(QLatin1String("## ")));

        const QString html = HandoffText::html(summary);
        QCOMPARE(html.count(V3Secret), 1);
        const QString text = plainTextOfHtml(html);
        QVERIFY(text.contains(HandoffSummary::secretWarning()));
        QVERIFY(text.contains(V3Secret));

        const QJsonObject json = HandoffText::json(summary);
        QCOMPARE(json.value(QLatin1String("secret")).toString(), V3Secret);
        QCOMPARE(json.value(QLatin1String("secret_warning")).toString(), HandoffSummary::secretWarning());
        QCOMPARE(QString::fromUtf8(QJsonDocument(json).toJson()).count(V3Secret), 1);
        QCOMPARE(
            HandoffSummary::secretWarning(),
            QStringLiteral("This document contains the secret. Share it only through a secure channel and "
                           "delete it afterwards."));
    }

    void legacyShowsFingerprintNeverKey() {
        const HandoffSummary summary = HandoffSummary::fromConnection(m_v1, m_generated);
        QVERIFY(m_v1.secretFingerprint.startsWith(QLatin1String("sha256:")));
        QCOMPARE(summary.keyFingerprint(), m_v1.secretFingerprint);
        QVERIFY(summary.clientId().isEmpty());
        QVERIFY(!summary.warnings().isEmpty()); // the retired legacy key
        const QString md = HandoffText::markdown(summary);
        QVERIFY(md.contains(QLatin1String("**Kind:** Harvest API key (legacy)")));
        QVERIFY(md.contains(QStringLiteral("**Key fingerprint:** `%1`").arg(m_v1.secretFingerprint)));
        QVERIFY(!md.contains(QLatin1String("Client ID")));
        checkEveryPermission(md, CredentialKind::HarvestV1, QStringLiteral("✓ granted"));
        QVERIFY(md.contains(summary.warnings().first()));
        QVERIFY(md.contains(QLatin1String("Harvest API key through a secure method")));
        const QString html = HandoffText::html(summary);
        const QString text = plainTextOfHtml(html);
        QVERIFY(text.contains(m_v1.secretFingerprint));
        checkEveryPermission(text, CredentialKind::HarvestV1, QStringLiteral("✓ granted"));
        const QJsonObject credential =
            HandoffText::json(summary).value(QLatin1String("credential")).toObject();
        QCOMPARE(credential.value(QLatin1String("kind")).toString(), QStringLiteral("v1"));
        QCOMPARE(credential.value(QLatin1String("key_fingerprint")).toString(), m_v1.secretFingerprint);
        QVERIFY(!credential.contains(QLatin1String("client_id")));
        QCOMPARE(HandoffText::json(summary).value(QLatin1String("permissions")).toArray().size(), 6);
        for (const QByteArray &bytes :
             {md.toUtf8(), html.toUtf8(), HandoffFile::render(summary, HandoffFile::Format::Json)})
            QVERIFY(!bytes.contains(V1Key.toUtf8()));

        const QString pdf = path(QStringLiteral("handoff-legacy.pdf"));
        QVERIFY(HandoffFile::save(summary, pdf, HandoffFile::Format::Pdf));
        keep(pdf);
        QVERIFY(!readAll(pdf).contains(V1Key.toUtf8()));
        PDF_TEXT_CHECKS_FOLLOW();
        const QString printed = pdfText(pdf);
        QVERIFY2(printed.contains(m_v1.secretFingerprint), "pdftotext (poppler-utils) is needed");
        QVERIFY(printed.contains(QLatin1String("GET: List Openings For a Job")));
        QVERIFY(!printed.contains(V1Key));
    }
};

QTEST_MAIN(SummaryTest)
#include "tst_summary.moc"
