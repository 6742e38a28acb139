// `jobtarget-setup summary` end to end through its class: every format to a file or standard output, atomic
// and owner-only writes, the secret only when asked, and a keychain that answers late, refuses or never
// answers.
#include "SummaryFixture.h"
#include "cli/SummaryCommand.h"
#include "i18n/Translations.h"
#include "store/ConnectionStore.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTimer>

using namespace jt;
using namespace jt::test;

class SummaryCommandTest : public QObject, SummaryFixture {
    Q_OBJECT
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
        // The history of daily checks: the test's own (none unless a test writes it).
        run.status = SummaryCommand(&connections, &out, &err, path(QStringLiteral("check-history.json")))
                         .run(arguments);
        return run;
    }
private slots:
    void initTestCase() {
        installTranslations(QStringLiteral("en"), qApp); // the English plural forms ("Checked 30 times")
        prepareConnections();
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
            PDF_TEXT_CHECKS_FOLLOW();
            const QString text = pdfText(target);
            QVERIFY2(text.contains(QLatin1String("Acme Robotics")), "pdftotext (poppler-utils) is needed");
            QVERIFY(!text.contains(V3Secret));
        }
    }

    void commandSummarisesTheDailyChecks() {
        QFile::remove(path(QStringLiteral("check-history.json")));
        const QStringList toOutput{QStringLiteral("--format"), QStringLiteral("md"),
                                   QStringLiteral("--output"), QStringLiteral("-")};
        const Run before = runCommand(toOutput, m_v3);
        QCOMPARE(before.status, 0);
        QVERIFY(!before.out.contains("**Checks:**"));
        CheckHistory history = historyOf(30);
        CheckRecord byHand; // the wizard's "Check it now", a day later
        byHand.at = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        byHand.outcome = CheckOutcome::Passed;
        byHand.trigger = CheckTrigger::ByHand;
        history.append(byHand);
        QVERIFY(history.save());
        const Run run = runCommand(toOutput, m_v3);
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains("- **Checks:** Passing since 1 November 2026. 30 scheduled checks since 1 "
                                  "November 2026. 1 check by hand."),
                 run.out.constData());
        QFile::remove(path(QStringLiteral("check-history.json")));
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
        QTest::newRow("malformed contact e-mail")
            << QStringList{QStringLiteral("--format"),        QStringLiteral("md"),
                           QStringLiteral("--output"),        out,
                           QStringLiteral("--contact-email"), QStringLiteral("dana.example.com")}
            << QStringLiteral(
                   "--contact-email: “dana.example.com” has no @. Write the address like dana@example.com.");
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

    // --contact-email ADDRESS: in the summary, in every format, as the wizard's field puts it there.
    void commandWithContactEmail_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("shown");
        const QString address = QStringLiteral("dana.admin@acme-robotics.example");
        QTest::newRow("md") << QStringLiteral("md")
                            << QStringLiteral("- **Contact e-mail:** <%1>").arg(address);
        QTest::newRow("html") << QStringLiteral("html")
                              << QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(address);
        QTest::newRow("json") << QStringLiteral("json")
                              << QStringLiteral("\"contact_email\": \"%1\"").arg(address);
        QTest::newRow("pdf") << QStringLiteral("pdf") << QStringLiteral("Contact e-mail %1").arg(address);
    }
    void commandWithContactEmail() {
        QFETCH(QString, format);
        QFETCH(QString, shown);
        const QString target = path(QStringLiteral("contact.") + format);
        const Run run = runCommand({QStringLiteral("--output"), target, QStringLiteral("--contact-email"),
                                    QStringLiteral("dana.admin@acme-robotics.example")},
                                   m_v3);
        QCOMPARE(run.status, 0);
        if (format != QLatin1String("pdf")) {
            QVERIFY2(QString::fromUtf8(readAll(target)).contains(shown), readAll(target).constData());
            return;
        }
        PDF_TEXT_CHECKS_FOLLOW();
        const QString text = pdfText(target).simplified();
        QVERIFY2(text.contains(shown), qPrintable(text));
    }

    void commandHelp() {
        const Run run = runCommand({QStringLiteral("--help")}, std::nullopt);
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.contains("--include-secret"));
        QVERIFY(run.out.contains("--contact-email <ADDRESS>"));
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
        VERIFY_NOT_OWNER_ONLY(target); // readable by others, before
        const Run run = runCommand({QStringLiteral("--format"), format, QStringLiteral("--output"), target,
                                    QStringLiteral("--include-secret")},
                                   m_v3, secretIs(V3Secret));
        QCOMPARE(run.status, 0);
        QCOMPARE(run.secretReads, 1);
        VERIFY_OWNER_ONLY(target); // 0600; Windows: the owner alone on its access list
        QVERIFY(!run.out.contains(V3Secret.toUtf8()));
        QVERIFY(!run.err.contains(V3Secret.toUtf8()));
        QVERIFY(run.err.contains("It contains the secret"));
        const QByteArray bytes = readAll(target);
        if (format == QLatin1String("pdf")) {
            QVERIFY(bytes.startsWith("%PDF-"));
            PDF_TEXT_CHECKS_FOLLOW();
            QVERIFY2(pdfText(target).contains(V3Secret), "pdftotext (poppler-utils) is needed");
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
        VERIFY_OWNER_ONLY(target); // 0600; Windows: the owner alone on its access list
    }

    void commandUnwritableTarget() {
        const QString target = path(QStringLiteral("no-such-dir/out.md"));
        const Run run = runCommand(
            {QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--output"), target}, m_v3);
        QCOMPARE(run.status, 1);
        QVERIFY(run.err.contains("Could not write"));
    }
};

QTEST_MAIN(SummaryCommandTest)
#include "tst_summary_command.moc"
