// The hand-off summary for JobTarget, from a connection verified against the simulated Greenhouse: every
// format checked by content (never by a stored copy), the secret only on opt-in, PDF rasterised and read
// back, and the `summary` command end to end through its class. Set JT_SUMMARY_ARTIFACTS=DIR to keep the
// rendered files (PDF, its page-1 PNG, an HTML render) for a look.
#include "SimFixture.h"
#include "cli/SummaryCommand.h"
#include "handoff/HandoffSummary.h"
#include "store/ConnectionStore.h"
#include "store/StoredConnection.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTimer>
#include <QtTest>

#include <sys/stat.h>

using namespace jt;
using namespace jt::sim;
using namespace jt::test;

namespace {

const QString V3Secret = QString::fromLatin1(SimulatedGreenhouse::ClientSecret);
const QString V1Key = QString::fromLatin1(SimulatedGreenhouse::HarvestKey);
const QString HelpCentre = QStringLiteral("https://support.jobtarget.com");
const QString Hostile = QStringLiteral("<script>alert(\"x\")</script> & *Co* | <b>bold</b>");

QString plainTextOfHtml(const QString &html) {
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

QString plainTextOfMarkdown(const QString &markdown) {
    QTextDocument document;
    document.setMarkdown(markdown);
    return document.toPlainText();
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int modeOf(const QString &path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

// Share of pixels that are not (nearly) white.
double inkOf(const QImage &image) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qint64 ink = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (qGray(line[x]) < 235)
                ++ink;
        }
    }
    return rgb.isNull() ? 0 : double(ink) / (double(rgb.width()) * rgb.height());
}

QString poppler(const QString &tool) {
    return QStandardPaths::findExecutable(tool);
}

QString pdfText(const QString &path) {
    QProcess process;
    process.start(poppler(QStringLiteral("pdftotext")), {path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of each page, as a reader of the PDF sees it (pdftotext ends every page with a form feed).
QStringList pdfPages(const QString &path) {
    QStringList pages = pdfText(path).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// The x position where the value column of a facts table starts (its first row's second cell).
qreal valueColumnOf(QTextDocument &document, QTextTable *table) {
    const QTextBlock block = table->cellAt(0, 1).firstCursorPosition().block();
    return document.documentLayout()->blockBoundingRect(block).left();
}

void keep(const QString &path) {
    const QString dir = qEnvironmentVariable("JT_SUMMARY_ARTIFACTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString target = QDir(dir).filePath(QFileInfo(path).fileName());
    QFile::remove(target);
    QFile::copy(path, target);
}

} // namespace

class SummaryTest : public QObject {
    Q_OBJECT
    SimulatedGreenhouse *m_sim = nullptr;
    StoredConnection m_v3;
    StoredConnection m_v1;
    StoredConnection m_missing; // v3, one permission missing
    QStringList m_titles;       // the first live jobs of acme, as the board check found them
    QTemporaryDir m_dir;
    QDateTime m_generated = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);

    HandoffSummary v3Summary() const { return HandoffSummary::fromConnection(m_v3, m_generated); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A settings file of its own for each command run, holding `connection` when given.
    std::unique_ptr<QSettings> settingsWith(const std::optional<StoredConnection> &connection) {
        static int count = 0;
        auto settings = std::make_unique<QSettings>(path(QStringLiteral("settings-%1.ini").arg(++count)),
                                                    QSettings::IniFormat);
        if (connection && !ConnectionSettings(*settings).save(*connection))
            QTest::qFail("the test's settings could not be written", __FILE__, __LINE__);
        return settings;
    }

    struct Run {
        int status = -1;
        QByteArray out;
        QByteArray err;
        int secretReads = 0;
    };
    // What the keychain answers to a read; unset: it never answers.
    using Answer = std::function<KeychainAnswer()>;
    // The keychain as a test scripts it (the real one is tested in tst_secretstore and tst_stored_cli):
    // each read answers `answer`, `delay` later, from the event loop.
    class ScriptedKeychain final : public KeychainBackend {
    public:
        ScriptedKeychain(Answer answer, int *reads, int delay)
            : m_answer(std::move(answer))
            , m_reads(reads)
            , m_delay(delay) {}
        void write(const QString &, const QString &, const QString &, Done done) override {
            QTimer::singleShot(0, [done] { done({}); });
        }
        void read(const QString &, const QString &, Done done) override {
            ++*m_reads;
            if (m_answer)
                QTimer::singleShot(m_delay, [answer = m_answer, done] { done(answer()); });
        }
        void remove(const QString &, const QString &, Done done) override {
            QTimer::singleShot(0, [done] { done({}); });
        }

    private:
        Answer m_answer;
        int *m_reads;
        int m_delay;
    };
    static Answer secretIs(const QString &secret) {
        return [secret] {
            return KeychainAnswer{KeychainCode::NoError, {}, secret};
        };
    }
    // By default the keychain holds the secret the connection was saved with.
    Run runCommand(const QStringList &arguments, const std::optional<StoredConnection> &connection,
                   std::optional<Answer> answer = std::nullopt, int delay = 0,
                   std::chrono::milliseconds keychainTimeout = SecretStore::DefaultTimeout) {
        Run run;
        auto settings = settingsWith(connection);
        QBuffer out(&run.out);
        QBuffer err(&run.err);
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        if (!answer)
            answer = secretIs(connection && connection->kind == CredentialKind::HarvestV1 ? V1Key : V3Secret);
        SecretStore secrets(std::make_unique<ScriptedKeychain>(*answer, &run.secretReads, delay),
                            QStringLiteral("summary-test"));
        secrets.setTimeout(keychainTimeout);
        ConnectionSettings connectionSettings(*settings);
        ConnectionStore connections(secrets, connectionSettings);
        run.status = SummaryCommand(&connections, &out, &err).run(arguments);
        return run;
    }

    void checkEveryPermission(const QString &text, CredentialKind kind, const QString &status) {
        for (const RequiredPermission &permission : requiredPermissions(kind))
            QVERIFY2(text.contains(permission.labelString()), qPrintable(permission.labelString()));
        QCOMPARE(text.count(status), requiredPermissions(kind).size());
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_sim = new SimulatedGreenhouse(this);
        QVERIFY(m_sim->start());

        const VerificationRequest v3 = v3Request(*m_sim, QStringLiteral("acme"));
        const VerificationReport v3Report = verify(v3);
        QCOMPARE(v3Report.exitStatus(), ExitStatus::Ok);
        m_v3 = StoredConnection::fromVerification(v3, v3Report);
        m_titles = v3Report.board.firstTitles;
        QCOMPARE(m_titles.size(), 5);

        const VerificationRequest v1 = v1Request(*m_sim, QStringLiteral("acme"));
        const VerificationReport v1Report = verify(v1);
        QCOMPARE(v1Report.exitStatus(), ExitStatus::Ok);
        m_v1 = StoredConnection::fromVerification(v1, v1Report);

        m_sim->scenario().missingPermissions = {QStringLiteral("harvest:openings:list")};
        const VerificationReport missingReport = verify(v3);
        QCOMPARE(missingReport.exitStatus(), ExitStatus::PermissionsMissing);
        m_missing = StoredConnection::fromVerification(v3, missingReport);
        m_sim->scenario().missingPermissions.clear();

        QVERIFY(m_v3.isValid());
        QCOMPARE(m_v3.boardName, QStringLiteral("Acme Robotics"));
    }
    void cleanupTestCase() {
        delete m_sim;
        m_sim = nullptr;
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

    void missingPermissionIsShownAndWarned() {
        const HandoffSummary summary = HandoffSummary::fromConnection(m_missing, m_generated);
        QCOMPARE(summary.permissions().at(2).status, PermissionStatus::Missing);
        QCOMPARE(summary.warnings().size(), 1);
        QVERIFY(summary.warnings().first().startsWith(QLatin1String("1 required permission is missing.")));
        const QString md = summary.toMarkdown();
        QVERIFY(md.contains(QStringLiteral("| Openings > List openings | ✗ missing |")));
        QVERIFY(md.contains(QStringLiteral("| Jobs > List jobs | ✓ granted |")));
        QVERIFY(md.contains(summary.warnings().first()));
        QVERIFY(plainTextOfHtml(summary.toHtml()).contains(summary.warnings().first()));
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
        QVERIFY(one.toMarkdown().contains(QLatin1String("\n1 required permission is missing.\n")));
        QVERIFY(plainTextOfHtml(one.toHtml()).contains(QLatin1String("1 required permission is missing.")));
        QCOMPARE(one.toJson().value(QLatin1String("permissions_summary")).toString(),
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

    void preparedByIsTheUserNameUnlessChanged() {
        const std::optional<QByteArray> user =
            qEnvironmentVariableIsSet("USER") ? std::optional(qgetenv("USER")) : std::nullopt;
        const std::optional<QByteArray> userName =
            qEnvironmentVariableIsSet("USERNAME") ? std::optional(qgetenv("USERNAME")) : std::nullopt;
        qputenv("USER", "dana.admin");
        qputenv("USERNAME", "DanaA");
        const QString fromUser = v3Summary().preparedBy();
        qunsetenv("USER");
        const QString fromUserName = HandoffSummary::defaultPreparedBy();
        qunsetenv("USERNAME");
        const QString fromHome = HandoffSummary::defaultPreparedBy();
        for (const auto &[name, value] : {std::pair("USER", user), std::pair("USERNAME", userName)}) {
            if (value)
                qputenv(name, *value);
        }
        QCOMPARE(fromUser, QStringLiteral("dana.admin"));
        QCOMPARE(fromUserName, QStringLiteral("DanaA")); // Windows
        QCOMPARE(fromHome, QDir::home().dirName());

        HandoffSummary summary = v3Summary();
        summary.setPreparedBy(QStringLiteral("  Dana\nAdmin (HR)\t"));
        QCOMPARE(summary.preparedBy(), QStringLiteral("Dana Admin (HR)")); // one line of plain text
    }

    void preparedByAndTitlesInEveryFormat() {
        HandoffSummary summary = v3Summary();
        summary.setPreparedBy(QStringLiteral("Dana Admin"));
        summary.setJobTitles(m_titles);
        QCOMPARE(summary.liveJobs(), 12);
        QCOMPARE(summary.moreLiveJobs(), 7);
        const QString date = HandoffSummary::formatTime(m_generated);

        const QString md = summary.toMarkdown();
        QVERIFY(md.contains(QLatin1String("- **Prepared by:** Dana Admin\n")));
        QVERIFY(md.contains(QStringLiteral("- **Date:** %1\n").arg(date)));
        QVERIFY(md.contains(QLatin1String("- **Live jobs at the last check:** 12\n")));
        const QString mdText = plainTextOfMarkdown(md);
        const QString html = plainTextOfHtml(summary.toHtml());
        const QString pdfPath = path(QStringLiteral("handoff-titles.pdf"));
        QVERIFY(summary.writePdf(pdfPath));
        keep(pdfPath);
        const QString pdf = pdfText(pdfPath).simplified();
        for (const QString &text : {mdText, html, pdf}) {
            QVERIFY2(text.contains(QLatin1String("Prepared by")), qPrintable(text));
            QVERIFY(text.contains(QLatin1String("Dana Admin")));
            QVERIFY(text.contains(date));
            for (const QString &title : std::as_const(m_titles))
                QVERIFY2(text.contains(title), qPrintable(title));
            QVERIFY(text.contains(QLatin1String("and 7 more")));
        }
        const QJsonObject json = summary.toJson();
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
        QVERIFY(!HandoffSummary::fromConnection(untitled, m_generated)
                     .toMarkdown()
                     .contains(QLatin1String("more")));
    }

    // --- practice (the demo) -------------------------------------------------------------------------------

    void practiceIsMarkedInEveryTextFormat() {
        const QString notice = HandoffSummary::practiceNotice();
        QCOMPARE(notice, QStringLiteral("Practice data — not a real connection"));
        HandoffSummary summary = v3Summary();
        summary.markAsPractice();

        // Markdown and HTML: at the top, before any section, and again at the end.
        const QString md = summary.toMarkdown();
        QCOMPARE(md.count(notice), 2);
        QVERIFY(md.indexOf(notice) < md.indexOf(QLatin1String("## ")));
        QVERIFY(md.trimmed().endsWith(notice + QLatin1String("**")));
        const QString html = plainTextOfHtml(summary.toHtml());
        QCOMPARE(html.count(notice), 2);
        QVERIFY(html.indexOf(notice) < html.indexOf(QLatin1String("Job board")));
        QVERIFY(html.trimmed().endsWith(notice));
        // JSON: a flag a program can check, and the sentence for people.
        const QJsonObject json = summary.toJson();
        QCOMPARE(json.value(QLatin1String("practice")), QJsonValue(true));
        QCOMPARE(json.value(QLatin1String("practice_notice")).toString(), notice);

        // A real summary carries none of it.
        const HandoffSummary real = v3Summary();
        QVERIFY(!real.toMarkdown().contains(notice));
        QVERIFY(!real.toHtml().contains(notice));
        QCOMPARE(real.toJson().value(QLatin1String("practice")), QJsonValue(false));
        QVERIFY(!real.toJson().contains(QLatin1String("practice_notice")));
    }

    // The longest summary there is (a legacy key: six permissions, its warning, the secret included) runs to
    // a second page; the practice mark is on each, with the page number.
    void practicePdfIsMarkedOnEveryPage() {
        const QString notice = HandoffSummary::practiceNotice();
        HandoffSummary summary = HandoffSummary::fromConnection(m_v1, m_generated);
        summary.setJobTitles(m_titles);
        summary.includeSecret(V1Key);
        const QString realPdf = path(QStringLiteral("handoff-real-long.pdf"));
        QVERIFY(summary.writePdf(realPdf));
        summary.markAsPractice();
        const QString practicePdf = path(QStringLiteral("handoff-practice.pdf"));
        QVERIFY(summary.writePdf(practicePdf));
        keep(practicePdf);

        const QStringList pages = pdfPages(practicePdf);
        QVERIFY2(pages.size() >= 2, qPrintable(QStringLiteral("%1 page(s)").arg(pages.size())));
        for (qsizetype i = 0; i < pages.size(); ++i) {
            QVERIFY2(pages.at(i).contains(notice), qPrintable(QStringLiteral("page %1").arg(i + 1)));
            QVERIFY(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
        }
        QVERIFY(pages.last().contains(QLatin1String("support.jobtarget.com"))); // nothing lost at the end

        const QStringList realPages = pdfPages(realPdf);
        QCOMPARE(realPages.size(), pages.size());
        for (const QString &page : realPages)
            QVERIFY(!page.contains(notice));
    }

    // --- long addresses ------------------------------------------------------------------------------------

    // On paper a long address wraps after a '/' or a '.', not in the middle of a word; what someone copies
    // from (HTML, Markdown, JSON) keeps it exactly as it is.
    void longAddressesWrapOnPaperOnly() {
        StoredConnection longBoard = m_v3;
        longBoard.boardToken = QStringLiteral("acmeroboticsworldwidemanufacturingcareers");
        const HandoffSummary summary = HandoffSummary::fromConnection(longBoard, m_generated);
        const QString address = QStringLiteral("https://boards.greenhouse.io/") + longBoard.boardToken;
        const QChar zeroWidthSpace(0x200B);
        for (const QByteArray &bytes :
             {summary.render(HandoffSummary::Format::Html), summary.render(HandoffSummary::Format::Markdown),
              summary.render(HandoffSummary::Format::Json)}) {
            const QString text = QString::fromUtf8(bytes);
            QVERIFY(text.contains(address));
            QVERIFY(!text.contains(zeroWidthSpace));
        }
        QVERIFY(summary.toHtml().contains(QStringLiteral("<a href=\"%1\">%1</a>").arg(address)));

        // The paper rendering may break after every '/', '.', '-', '?' and '&' past the scheme (Qt's own line
        // breaking allows it after '/' and '-' only, so "boards.greenhouse.io" could not wrap at all).
        const QString paper = summary.toTextDocument()->toPlainText();
        QVERIFY(paper.contains(QStringLiteral("https://boards.%1greenhouse.%1io/%1%2")
                                   .arg(zeroWidthSpace)
                                   .arg(longBoard.boardToken)));
        QVERIFY(paper.contains(QStringLiteral("https://support.%1jobtarget.%1com").arg(zeroWidthSpace)));

        const QString pdf = path(QStringLiteral("handoff-long-address.pdf"));
        QVERIFY(summary.writePdf(pdf));
        keep(pdf);
        QStringList lines = pdfText(pdf).remove(zeroWidthSpace).split(QLatin1Char('\n'));
        for (QString &line : lines)
            line = line.trimmed();
        // The address breaks after the host's slash, and the token stands whole on the next line.
        const qsizetype host = lines.indexOf(QStringLiteral("https://boards.greenhouse.io/"));
        QVERIFY2(host > 0 && host + 1 < lines.size(), qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(lines.at(host + 1), longBoard.boardToken);
    }

    // --- Markdown ------------------------------------------------------------------------------------------

    void markdownCarriesEverything() {
        const HandoffSummary summary = v3Summary();
        const QString md = summary.toMarkdown();
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
        const QString md = HandoffSummary::fromConnection(hostile, m_generated).toMarkdown();
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
        const QString html = summary.toHtml();
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
    void labelColumnIsTheSameInEverySection() {
        HandoffSummary summary = HandoffSummary::fromConnection(m_v1, m_generated); // the longer labels
        summary.includeSecret(V1Key);
        const std::unique_ptr<QTextDocument> document = summary.toTextDocument();
        document->setTextWidth(700);
        QList<qreal> columns;
        for (QTextFrame *frame : document->rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (table && table->columns() == 2) // the facts (and the secret); not the permissions grid
                columns << valueColumnOf(*document, table);
        }
        QCOMPARE(columns.size(), 4); // prepared by, job board, credential, secret
        for (qreal column : std::as_const(columns))
            QCOMPARE(column, columns.first());
    }

    void htmlEscapesHostileBoardName() {
        StoredConnection hostile = m_v3;
        hostile.boardName = Hostile;
        const QString html = HandoffSummary::fromConnection(hostile, m_generated).toHtml();
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
        const QJsonDocument parsed =
            QJsonDocument::fromJson(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented), &error);
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

        const QString md = summary.toMarkdown();
        QCOMPARE(md.count(V3Secret), 1);
        QVERIFY(md.contains(QStringLiteral("**Client Secret:** `%1`").arg(V3Secret)));
        QVERIFY(md.indexOf(QLatin1String("## Secret")) < md.indexOf(V3Secret));
        QVERIFY(plainTextOfMarkdown(md).contains(HandoffSummary::secretWarning()));
        QVERIFY(md.indexOf(QLatin1String("This document contains the secret.")) <
                md.indexOf(QLatin1String("## ")));

        const QString html = summary.toHtml();
        QCOMPARE(html.count(V3Secret), 1);
        const QString text = plainTextOfHtml(html);
        QVERIFY(text.contains(HandoffSummary::secretWarning()));
        QVERIFY(text.contains(V3Secret));

        const QJsonObject json = summary.toJson();
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
        const QString md = summary.toMarkdown();
        QVERIFY(md.contains(QLatin1String("**Kind:** Harvest API key (legacy)")));
        QVERIFY(md.contains(QStringLiteral("**Key fingerprint:** `%1`").arg(m_v1.secretFingerprint)));
        QVERIFY(!md.contains(QLatin1String("Client ID")));
        checkEveryPermission(md, CredentialKind::HarvestV1, QStringLiteral("✓ granted"));
        QVERIFY(md.contains(summary.warnings().first()));
        QVERIFY(md.contains(QLatin1String("Harvest API key through a secure method")));
        const QString html = summary.toHtml();
        const QString text = plainTextOfHtml(html);
        QVERIFY(text.contains(m_v1.secretFingerprint));
        checkEveryPermission(text, CredentialKind::HarvestV1, QStringLiteral("✓ granted"));
        const QJsonObject credential = summary.toJson().value(QLatin1String("credential")).toObject();
        QCOMPARE(credential.value(QLatin1String("kind")).toString(), QStringLiteral("v1"));
        QCOMPARE(credential.value(QLatin1String("key_fingerprint")).toString(), m_v1.secretFingerprint);
        QVERIFY(!credential.contains(QLatin1String("client_id")));
        QCOMPARE(summary.toJson().value(QLatin1String("permissions")).toArray().size(), 6);
        for (const QByteArray &bytes :
             {md.toUtf8(), html.toUtf8(), summary.render(HandoffSummary::Format::Json)})
            QVERIFY(!bytes.contains(V1Key.toUtf8()));

        const QString pdf = path(QStringLiteral("handoff-legacy.pdf"));
        QVERIFY(summary.writePdf(pdf));
        keep(pdf);
        QVERIFY(!readAll(pdf).contains(V1Key.toUtf8()));
        if (!poppler(QStringLiteral("pdftotext")).isEmpty()) {
            const QString printed = pdfText(pdf);
            QVERIFY(printed.contains(m_v1.secretFingerprint));
            QVERIFY(printed.contains(QLatin1String("GET: List Openings For a Job")));
            QVERIFY(!printed.contains(V1Key));
        }
    }

    // --- PDF and print -------------------------------------------------------------------------------------

    void pdfRendersReadably() {
        if (poppler(QStringLiteral("pdftoppm")).isEmpty() || poppler(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftoppm/pdftotext not found: install the Debian package poppler-utils");
        const QString pdf = path(QStringLiteral("handoff-acme.pdf"));
        QString error;
        QVERIFY2(v3Summary().writePdf(pdf, &error), qPrintable(error));
        const QByteArray bytes = readAll(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(!bytes.contains(V3Secret.toUtf8()));
        keep(pdf);

        QProcess raster;
        const QString prefix = path(QStringLiteral("handoff-page"));
        raster.start(poppler(QStringLiteral("pdftoppm")),
                     {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                      QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                      pdf, prefix});
        QVERIFY(raster.waitForFinished(60000));
        QCOMPARE(raster.exitCode(), 0);
        const QStringList pages =
            QDir(m_dir.path()).entryList({QStringLiteral("handoff-page*.png")}, QDir::Files);
        QCOMPARE(pages.size(), 1);
        const QString png = path(pages.first());
        keep(png);
        const QImage page(png);
        QVERIFY(!page.isNull());
        QVERIFY2(page.width() > 400 && page.height() > 600, "an A4 page at 60 dpi is about 496 × 702");
        QVERIFY(page.height() > page.width()); // portrait
        const double ink = inkOf(page);
        QVERIFY2(ink > 0.01, qPrintable(QStringLiteral("page 1 is blank (ink %1)").arg(ink)));

        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QLatin1String("Acme Robotics")));
        QVERIFY(text.contains(QLatin1String("jobtarget-4417")));
        QVERIFY(text.contains(QLatin1String("Jobs > List jobs")));
        QVERIFY(text.contains(QLatin1String("Next steps with JobTarget")));
        QVERIFY(!text.contains(V3Secret));
    }

    void pdfWithSecretWarnsAndIsPrivate() {
        HandoffSummary summary = v3Summary();
        summary.includeSecret(V3Secret);
        const QString pdf = path(QStringLiteral("handoff-secret.pdf"));
        QFile::remove(pdf);
        QVERIFY(summary.writePdf(pdf));
        QCOMPARE(modeOf(pdf), 0600);
        keep(pdf);
        const QString html = path(QStringLiteral("handoff-secret.html"));
        QVERIFY(summary.save(html, HandoffSummary::Format::Html));
        QCOMPARE(modeOf(html), 0600);
        keep(html);
        const QString text = pdfText(pdf).simplified();
        QVERIFY(text.contains(V3Secret));
        QVERIFY(text.contains(QLatin1String("This document contains the secret.")));
    }

    void textDocumentForPrinting() {
        const std::unique_ptr<QTextDocument> document = v3Summary().toTextDocument();
        QVERIFY(document);
        QCOMPARE(document->metaInformation(QTextDocument::DocumentTitle),
                 QStringLiteral("Hand-off to JobTarget: Acme Robotics"));
        QVERIFY(document->toPlainText().contains(QLatin1String("Openings > List openings")));

        // How the HTML reads on screen: rendered at a window's width, it has ink and stays readable.
        document->setTextWidth(760);
        const QSizeF size = document->documentLayout()->documentSize();
        QVERIFY(size.height() > 400);
        QImage image(QSize(760, int(size.height()) + 1), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            document->drawContents(&painter);
        }
        QVERIFY(inkOf(image) > 0.01);
        const QString png = path(QStringLiteral("handoff-html.png"));
        QVERIFY(image.save(png));
        keep(png);
    }

    // --- `summary` -----------------------------------------------------------------------------------------

    void commandWritesEachFormat_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("md") << QStringLiteral("md") << QStringLiteral("out.md");
        QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("out.html");
        QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("out.json");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QStringLiteral("out.pdf");
        QTest::newRow("md, format from the name") << QString() << QStringLiteral("named.md");
        QTest::newRow("pdf, format from the name") << QString() << QStringLiteral("named.pdf");
    }
    void commandWritesEachFormat() {
        QFETCH(QString, format);
        QFETCH(QString, file);
        const QString target = path(file);
        QFile::remove(target);
        QStringList arguments{QStringLiteral("--output"), target};
        if (!format.isEmpty())
            arguments << QStringLiteral("--format") << format;
        const Run run = runCommand(arguments, m_v3, secretIs(V3Secret));
        QCOMPARE(run.status, 0);
        // The keychain is asked (a summary is only of a whole connection), its secret is not written.
        QCOMPARE(run.secretReads, 1);
        QVERIFY(!readAll(target).contains(V3Secret.toUtf8()));
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.isEmpty());
        const QByteArray bytes = readAll(target);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(V3Secret.toUtf8()));
        const QString suffix = QFileInfo(file).suffix();
        if (suffix == QLatin1String("md")) {
            QVERIFY(bytes.startsWith("# Hand-off to JobTarget: Acme Robotics"));
        } else if (suffix == QLatin1String("html")) {
            QVERIFY(bytes.startsWith("<!DOCTYPE html>"));
            QVERIFY(plainTextOfHtml(QString::fromUtf8(bytes)).contains(QLatin1String("jobtarget-4417")));
        } else if (suffix == QLatin1String("json")) {
            const QJsonObject json = QJsonDocument::fromJson(bytes).object();
            QCOMPARE(json.value(QLatin1String("board")).toObject().value(QLatin1String("token")).toString(),
                     QStringLiteral("acme"));
            QVERIFY(!json.contains(QLatin1String("secret")));
        } else {
            QVERIFY(bytes.startsWith("%PDF-"));
            if (!poppler(QStringLiteral("pdftotext")).isEmpty()) {
                const QString text = pdfText(target);
                QVERIFY(text.contains(QLatin1String("Acme Robotics")));
                QVERIFY(!text.contains(V3Secret));
            }
        }
    }

    void commandOverwritesAtomically() {
        const QString target = path(QStringLiteral("replace.md"));
        {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an older summary, much longer than nothing ...\n");
        }
        const Run run = runCommand(
            {QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--output"), target}, m_v3);
        QCOMPARE(run.status, 0);
        QVERIFY(readAll(target).startsWith("# Hand-off to JobTarget"));
        QVERIFY(!readAll(target).contains("an older summary"));
        // No temporary file is left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("replace.md*")}, QDir::Files).size(), 1);
    }

    void commandToStandardOutput() {
        const Run md = runCommand(
            {QStringLiteral("--format=md"), QStringLiteral("--output"), QStringLiteral("-")}, m_v3);
        QCOMPARE(md.status, 0);
        QVERIFY(md.out.startsWith("# Hand-off to JobTarget: Acme Robotics"));
        QVERIFY(!md.out.contains(V3Secret.toUtf8()));
        const Run json = runCommand(
            {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output=-")}, m_v3);
        QCOMPARE(json.status, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QLatin1String("jobtarget_help")).toString(),
                 HelpCentre);
        QVERIFY(!QFile::exists(path(QStringLiteral("-"))));
    }

    void commandBadUsage_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString out = path(QStringLiteral("never.md"));
        QTest::newRow("no output") << QStringList{QStringLiteral("--format"), QStringLiteral("md")}
                                   << QStringLiteral("--output FILE is required");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("docx"),
                                                       QStringLiteral("--output"), out}
                                        << QStringLiteral("--format must be md, html, pdf or json");
        QTest::newRow("no format, unknown suffix")
            << QStringList{QStringLiteral("--output"), path(QStringLiteral("never.txt"))}
            << QStringLiteral("Give --format md, html, pdf or json");
        QTest::newRow("no format, stdout") << QStringList{QStringLiteral("--output"), QStringLiteral("-")}
                                           << QStringLiteral("Give --format md, html, pdf or json");
        QTest::newRow("pdf to stdout") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                                      QStringLiteral("--output"), QStringLiteral("-")}
                                       << QStringLiteral("A PDF cannot go to standard output");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--output"), out,
                           QStringLiteral("--secret")}
            << QStringLiteral("Argument 5 is not an option of “summary”."); // by position, never quoted
        QTest::newRow("positional") << QStringList{QStringLiteral("--format"), QStringLiteral("md"),
                                                   QStringLiteral("--output"), out, QStringLiteral("extra")}
                                    << QStringLiteral("Unexpected argument");
        QTest::newRow("option without value")
            << QStringList{QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--output")}
            << QStringLiteral("Missing value after '--output'");
    }
    void commandBadUsage() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runCommand(arguments, m_v3, secretIs(V3Secret));
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.startsWith("jobtarget-setup summary: "), run.err.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.secretReads, 0);
        QVERIFY(!QFile::exists(path(QStringLiteral("never.md"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("never.txt"))));
    }

    void commandHelp() {
        const Run run = runCommand({QStringLiteral("--help")}, std::nullopt);
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.contains("--include-secret"));
        QVERIFY(run.out.contains("md|html|pdf|json"));
    }

    void commandWithoutStoredConnection() {
        const QString target = path(QStringLiteral("nothing.md"));
        const Run run =
            runCommand({QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--output"), target},
                       std::nullopt, secretIs(V3Secret));
        QCOMPARE(run.status, 7);
        QVERIFY2(run.err.startsWith("jobtarget-setup summary: No connection is stored yet. "),
                 run.err.constData());
        QVERIFY(run.err.contains("`jobtarget-setup verify --save`"));
        QCOMPARE(run.secretReads, 0);
        QVERIFY(!QFile::exists(target));
    }

    void commandIncludesSecretOnlyWhenAsked_data() {
        QTest::addColumn<QString>("format");
        QTest::newRow("md") << QStringLiteral("md");
        QTest::newRow("html") << QStringLiteral("html");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("pdf") << QStringLiteral("pdf");
    }
    void commandIncludesSecretOnlyWhenAsked() {
        QFETCH(QString, format);
        const QString target = path(QStringLiteral("with-secret.") + format);
        {
            QFile old(target); // an older file anyone could read: replaced, and private afterwards
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        QVERIFY(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(modeOf(target), 0644);
        const Run run = runCommand({QStringLiteral("--format"), format, QStringLiteral("--output"), target,
                                    QStringLiteral("--include-secret")},
                                   m_v3, secretIs(V3Secret));
        QCOMPARE(run.status, 0);
        QCOMPARE(run.secretReads, 1);
        QCOMPARE(modeOf(target), 0600);
        QVERIFY(!run.out.contains(V3Secret.toUtf8()));
        QVERIFY(!run.err.contains(V3Secret.toUtf8()));
        QVERIFY(run.err.contains("It contains the secret"));
        const QByteArray bytes = readAll(target);
        if (format == QLatin1String("pdf")) {
            QVERIFY(bytes.startsWith("%PDF-"));
            if (!poppler(QStringLiteral("pdftotext")).isEmpty())
                QVERIFY(pdfText(target).contains(V3Secret));
        } else if (format == QLatin1String("json")) {
            const QJsonObject json = QJsonDocument::fromJson(bytes).object();
            QCOMPARE(json.value(QLatin1String("secret")).toString(), V3Secret);
            QCOMPARE(bytes.count(V3Secret.toUtf8()), 1);
        } else {
            QCOMPARE(bytes.count(V3Secret.toUtf8()), 1);
            QVERIFY(bytes.contains(HandoffSummary::secretWarning().toUtf8()));
        }
    }

    void commandSecretToStandardOutput() {
        const Run run =
            runCommand({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"),
                        QStringLiteral("-"), QStringLiteral("--include-secret")},
                       m_v3, secretIs(V3Secret));
        QCOMPARE(run.status, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QLatin1String("secret")).toString(),
                 V3Secret);
    }

    void commandKeychainAnswersLater() {
        const QString target = path(QStringLiteral("later.md"));
        const Run run = runCommand({QStringLiteral("--format"), QStringLiteral("md"),
                                    QStringLiteral("--output"), target, QStringLiteral("--include-secret")},
                                   m_v3, secretIs(V3Secret), 50);
        QCOMPARE(run.status, 0);
        QCOMPARE(readAll(target).count(V3Secret.toUtf8()), 1);
    }

    // Locked is said as locked, with or without the secret asked for (a locked Secret Service answers a
    // read with "not found": QtKeychainBackend asks again, as tst_stored_cli proves with a real keyring).
    void commandKeychainLocked_data() {
        QTest::addColumn<bool>("withSecret");
        QTest::newRow("summary") << false;
        QTest::newRow("--include-secret") << true;
    }
    void commandKeychainLocked() {
        QFETCH(bool, withSecret);
        const QString target = path(QStringLiteral("locked.md"));
        QStringList arguments{QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--output"),
                              target};
        if (withSecret)
            arguments << QStringLiteral("--include-secret");
        const Run run = runCommand(arguments, m_v3, [] {
            return KeychainAnswer{
                KeychainCode::AccessDenied, QStringLiteral("The default keyring collection is locked"), {}};
        });
        QCOMPARE(run.status, 7);
        QCOMPARE(QString::fromUtf8(run.err), QStringLiteral("jobtarget-setup summary: ") +
                                                 SecretStore::messageFor(KeychainProblem::Locked) +
                                                 QLatin1Char('\n'));
        QVERIFY(!QFile::exists(target));
    }

    void commandKeychainNeverAnswers() {
        const QString target = path(QStringLiteral("silent.md"));
        const Run run = runCommand({QStringLiteral("--format"), QStringLiteral("md"),
                                    QStringLiteral("--output"), target, QStringLiteral("--include-secret")},
                                   m_v3, Answer(), 0, std::chrono::milliseconds(100));
        QCOMPARE(run.status, 7);
        QVERIFY2(run.err.contains("did not answer within"), run.err.constData());
        QVERIFY(!QFile::exists(target));
    }

    // Settings beside another secret (a save cut short between its two writes, another program) are half a
    // connection: refused with the contract's words, whether or not the secret was asked for.
    void commandRefusesAnotherSecret_data() {
        QTest::addColumn<bool>("withSecret");
        QTest::newRow("summary") << false;
        QTest::newRow("--include-secret") << true;
    }
    void commandRefusesAnotherSecret() {
        QFETCH(bool, withSecret);
        const QString target = path(QStringLiteral("other.md"));
        QStringList arguments{QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--output"),
                              target};
        if (withSecret)
            arguments << QStringLiteral("--include-secret");
        const Run run = runCommand(arguments, m_v3, secretIs(QStringLiteral("some-other-secret")));
        QCOMPARE(run.status, 7);
        QVERIFY2(run.err.contains("The stored connection is incomplete; save it again."),
                 run.err.constData());
        QVERIFY(!run.err.contains("some-other-secret"));
        QVERIFY(!QFile::exists(target));
        // A secret missing from the keychain alike.
        const Run missing = runCommand(arguments, m_v3, [] {
            return KeychainAnswer{KeychainCode::EntryNotFound, QStringLiteral("Entry not found"), {}};
        });
        QCOMPARE(missing.status, 7);
        QVERIFY2(missing.err.contains("The stored connection is incomplete; save it again."),
                 missing.err.constData());
    }

    void commandLegacyConnection() {
        const QString target = path(QStringLiteral("legacy.json"));
        const Run plain = runCommand({QStringLiteral("--output"), target}, m_v1, secretIs(V1Key));
        QCOMPARE(plain.status, 0);
        const QJsonObject json = QJsonDocument::fromJson(readAll(target)).object();
        QCOMPARE(json.value(QLatin1String("credential"))
                     .toObject()
                     .value(QLatin1String("key_fingerprint"))
                     .toString(),
                 m_v1.secretFingerprint);
        QVERIFY(!readAll(target).contains(V1Key.toUtf8()));

        const Run withKey = runCommand(
            {QStringLiteral("--output"), target, QStringLiteral("--include-secret")}, m_v1, secretIs(V1Key));
        QCOMPARE(withKey.status, 0);
        QCOMPARE(QJsonDocument::fromJson(readAll(target)).object().value(QLatin1String("secret")).toString(),
                 V1Key);
        QCOMPARE(modeOf(target), 0600);
    }

    void commandUnwritableTarget() {
        const QString target = path(QStringLiteral("no-such-dir/out.md"));
        const Run run = runCommand(
            {QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--output"), target}, m_v3);
        QCOMPARE(run.status, 1);
        QVERIFY(run.err.contains("Could not write"));
    }
};

QTEST_MAIN(SummaryTest)
#include "tst_summary.moc"
