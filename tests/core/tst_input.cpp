// What an admin pastes, checked before anything is sent: board tokens and addresses, credential shapes,
// base-address overrides, and server text made safe to show.
#include "greenhouse/Endpoints.h"
#include "greenhouse/Permissions.h"
#include "keychain/SecretMemory.h"
#include "net/ServerText.h"
#include "verify/BoardToken.h"
#include "verify/CredentialInput.h"

#include <QtTest>

#if defined(__linux__)
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace jt;

class InputTest : public QObject {
    Q_OBJECT
private slots:
    // No core dump of, and no debugger attached to, a process that holds secrets (the application calls
    // this first thing in main()).
    // In a child, which ends with _exit(): this test process stays dumpable for the leak checker.
    void secretsInMemoryAreProtected() {
#if defined(__linux__)
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0)
            _exit(protectSecretsInMemory() && secretsInMemoryProtected() &&
                          prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0
                      ? 0
                      : 1);
        int status = -1;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
#else
        QSKIP("only Linux is built here");
#endif
    }

    void boardToken_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("token");
        QTest::newRow("plain") << "acme"
                               << "acme";
        QTest::newRow("case and spaces") << "  AcMe \n"
                                         << "acme";
        QTest::newRow("quoted") << "\"acme\""
                                << "acme";
        QTest::newRow("dash underscore digits") << "big_board-36"
                                                << "big_board-36";
        QTest::newRow("hosted board") << "https://boards.greenhouse.io/acme"
                                      << "acme";
        QTest::newRow("new hosted board") << "https://job-boards.greenhouse.io/Acme/"
                                          << "acme";
        QTest::newRow("eu board, job page") << "https://job-boards.eu.greenhouse.io/acme/jobs/4012345"
                                            << "acme";
        QTest::newRow("no scheme") << "boards.greenhouse.io/acme?gh_src=x"
                                   << "acme";
        QTest::newRow("embed") << "https://boards.greenhouse.io/embed/job_board?for=acme&b=x"
                               << "acme";
        QTest::newRow("api address") << "https://boards-api.greenhouse.io/v1/boards/acme/jobs"
                                     << "acme";
        QTest::newRow("empty") << "   "
                               << "";
        QTest::newRow("spaces inside") << "acme corp"
                                       << "";
        QTest::newRow("punctuation") << "not a token!"
                                     << "";
        QTest::newRow("other host") << "https://careers.example.com/acme"
                                    << "";
        QTest::newRow("lookalike host") << "https://greenhouse.io.evil.example/acme"
                                        << "";
        QTest::newRow("greenhouse without board") << "https://boards.greenhouse.io/"
                                                  << "";
        QTest::newRow("too long") << QString(101, QLatin1Char('a')) << "";
        QTest::newRow("user and password in the address") << "https://user:pass@boards.greenhouse.io/acme"
                                                          << "";
        // Found by fuzzing: a line break inside an address ended a path segment, and "gn\n" passed as a
        // token ("$" matches before a final line break).
        QTest::newRow("line break in an address") << "greenhouse.io/Gn\n/f/c/E/s"
                                                  << "";
    }
    void boardToken() {
        QFETCH(QString, input);
        QFETCH(QString, token);
        const BoardTokenInput parsed = BoardTokenInput::parse(input);
        QCOMPARE(parsed.token, token);
        QCOMPARE(parsed.error.isEmpty(), !token.isEmpty()); // every refusal says why
        QVERIFY(!GreenhouseEndpoints::isBoardToken(parsed.token + QLatin1Char('\n')));
    }

    void secret_data() {
        QTest::addColumn<bool>("v3");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorMentions");
        QTest::addColumn<QString>("hintMentions");
        QTest::newRow("trimmed") << true << "  s3cr3t-value-of-length \t"
                                 << "s3cr3t-value-of-length"
                                 << ""
                                 << "";
        QTest::newRow("empty") << true << "  "
                               << ""
                               << "empty"
                               << "";
        QTest::newRow("line break") << false << "abc\ndef0123456789abcdef"
                                    << ""
                                    << "line break"
                                    << "";
        QTest::newRow("quotes") << true << "\"abcdef0123456789\""
                                << ""
                                << "quotation"
                                << "";
        QTest::newRow("smart quotes") << true << "“abcdef0123456789”"
                                      << ""
                                      << "quotation"
                                      << "";
        QTest::newRow("basic header") << false << "Basic YWJjOg=="
                                      << ""
                                      << "Authorization"
                                      << "";
        QTest::newRow("bearer header") << true << "Bearer eyJabc.def"
                                       << ""
                                       << "Authorization"
                                       << "";
        QTest::newRow("url") << false << "https://app.greenhouse.io/configure/dev_center"
                             << ""
                             << "web address"
                             << "";
        QTest::newRow("inner space") << true << "abc def0123456789"
                                     << ""
                                     << "spaces"
                                     << "";
        QTest::newRow("v1 key in v3 form") << true << "3c5ef1a2b7d94e60a1f28c4d9b0e7f13"
                                           << "3c5ef1a2b7d94e60a1f28c4d9b0e7f13"
                                           << ""
                                           << "legacy";
        QTest::newRow("client id in v1 form") << false << "jobtarget-4417"
                                              << "jobtarget-4417"
                                              << ""
                                              << "Client ID";
        QTest::newRow("short") << false << "abc123"
                               << "abc123"
                               << ""
                               << "too short";
        // Refused, nothing sent: a NUL cut the secret short where it was passed on, and it was then verified
        // and saved shortened; anything past 65,535 bytes was cut and sent.
        QTest::newRow("NUL inside") << true << QStringLiteral("abcdef01\u0000234567890") << ""
                                    << "control or invisible character"
                                    << "";
        QTest::newRow("escape inside") << false << QStringLiteral("abcdef01\u001b[2J34567890") << ""
                                       << "control or invisible character"
                                       << "";
        // Found by fuzzing: invisible in the field, accepted, sent.
        QTest::newRow("direction override inside") << false << QStringLiteral("abcdef01\u202e34567890") << ""
                                                   << "control or invisible character"
                                                   << "";
        QTest::newRow("zero-width space inside") << false << QStringLiteral("abcdef01\u200b34567890") << ""
                                                 << "control or invisible character"
                                                 << "";
        QTest::newRow("not UTF-8") << true
                                   << QString::fromUtf8("abcdef01\xff\xfe"
                                                        "234567890")
                                   << ""
                                   << "UTF-8"
                                   << "";
        QTest::newRow("longer than 4096 bytes") << true << QString(4097, QLatin1Char('a')) << ""
                                                << "4096 bytes"
                                                << "";
        QTest::newRow("4096 bytes") << true << QString(4096, QLatin1Char('a'))
                                    << QString(4096, QLatin1Char('a')) << ""
                                    << "";
    }
    void secret() {
        QFETCH(bool, v3);
        QFETCH(QString, input);
        QFETCH(QString, value);
        QFETCH(QString, errorMentions);
        QFETCH(QString, hintMentions);
        const FieldCheck check =
            CredentialInput::checkSecret(v3 ? CredentialKind::HarvestV3 : CredentialKind::HarvestV1, input);
        QCOMPARE(check.ok(), errorMentions.isEmpty());
        if (check.ok())
            QCOMPARE(check.value, value);
        else
            QVERIFY2(check.error.contains(errorMentions, Qt::CaseInsensitive), qPrintable(check.error));
        if (!hintMentions.isEmpty())
            QVERIFY2(check.hint.contains(hintMentions, Qt::CaseInsensitive), qPrintable(check.hint));
        // An error message never repeats the secret.
        if (!check.ok() && input.trimmed().size() > 3)
            QVERIFY(!check.error.contains(input.trimmed()));
    }

    void clientIdAndUserId() {
        QCOMPARE(CredentialInput::checkClientId(QStringLiteral(" jobtarget-4417 ")).value,
                 QStringLiteral("jobtarget-4417"));
        QVERIFY(CredentialInput::checkClientId(QStringLiteral("jobtarget-4417")).hint.isEmpty());
        // Sent as typed: Greenhouse decides, we only hint.
        const FieldCheck odd = CredentialInput::checkClientId(QStringLiteral("jobtarget"));
        QVERIFY(odd.ok());
        QVERIFY(odd.hint.contains(QLatin1String("name-1234")));
        QVERIFY(!CredentialInput::checkClientId(QString()).ok());
        QVERIFY(!CredentialInput::checkClientId(QStringLiteral("Basic abc")).ok());
        // Basic authentication would move what follows the colon into the password.
        const FieldCheck colon = CredentialInput::checkClientId(QStringLiteral("jobtarget:4417"));
        QVERIFY(!colon.ok());
        QVERIFY2(colon.error.contains(QStringLiteral("“:”")), qPrintable(colon.error));
        QVERIFY(!CredentialInput::checkClientId(QStringLiteral("jobtarget-44\u000017")).ok());
        QVERIFY(!CredentialInput::checkUserId(QStringLiteral("40801\u000023")).ok());

        QCOMPARE(CredentialInput::checkUserId(QStringLiteral(" 4080123 ")).value, QStringLiteral("4080123"));
        QCOMPARE(
            CredentialInput::checkUserId(QStringLiteral("https://app.greenhouse.io/account/users/4080123"))
                .value,
            QStringLiteral("4080123"));
        QVERIFY(CredentialInput::checkUserId(QString()).ok()); // optional
        QVERIFY(!CredentialInput::checkUserId(QStringLiteral("abc")).ok());
        QVERIFY(!CredentialInput::checkUserId(QStringLiteral("12 34")).ok());
    }

    void baseAddresses_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("base");
        QTest::newRow("https") << "https://harvest.greenhouse.io/"
                               << "https://harvest.greenhouse.io";
        QTest::newRow("loopback http") << "http://127.0.0.1:8080"
                                       << "http://127.0.0.1:8080";
        QTest::newRow("localhost http with path") << "http://localhost:9/gh//"
                                                  << "http://localhost:9/gh";
        QTest::newRow("remote http") << "http://example.com"
                                     << "";
        QTest::newRow("private network http") << "http://192.168.1.10"
                                              << "";
        QTest::newRow("user info") << "https://user:pw@harvest.greenhouse.io"
                                   << "";
        QTest::newRow("query") << "https://harvest.greenhouse.io/?x=1"
                               << "";
        QTest::newRow("not a url") << "harvest"
                                   << "";
        QTest::newRow("other scheme") << "file:///etc/passwd"
                                      << "";
    }
    void baseAddresses() {
        QFETCH(QString, input);
        QFETCH(QString, base);
        QString error;
        const auto parsed =
            GreenhouseEndpoints::parseBase(input, QStringLiteral("GREENHOUSE_HARVEST_URL"), &error);
        QCOMPARE(parsed.has_value(), !base.isEmpty());
        if (parsed)
            QCOMPARE(parsed->toString(), base);
        else
            QVERIFY(error.contains(QLatin1String("GREENHOUSE_HARVEST_URL")));
        QCOMPARE(GreenhouseEndpoints::join(QUrl(QStringLiteral("http://127.0.0.1:9/gh")),
                                           QStringLiteral("/v3/jobs?per_page=1"))
                     .toString(),
                 QStringLiteral("http://127.0.0.1:9/gh/v3/jobs?per_page=1"));
    }

    void serverTextIsScrubbed() {
        const QByteArray body =
            R"({"message":"client_id=acme-secret-id does not contain a valid client ID suffix"})";
        const QString text = safeServerText(body, {"acme-secret-id"});
        QVERIFY(!text.contains(QLatin1String("acme-secret-id")));
        QVERIFY(text.contains(QLatin1String("valid client ID suffix")));
        const QString html =
            safeServerText("<html><body><h1>Sign in</h1>\x1b[31m to Wi-Fi</body></html>", {});
        QCOMPARE(html, QStringLiteral("Sign in[31m to Wi-Fi"));
        QCOMPARE(safeServerText(QByteArray(1000, 'x'), {}, 50).size(), 50);
        // An echo in another encoding is caught too.
        QVERIFY(!scrubEchoes(QStringLiteral("got YWNtZS1zZWNyZXQ="), {"acme-secret"})
                     .contains(QLatin1String("YWNt")));
    }

    void permissionTable() {
        const auto &v3 = requiredPermissions(CredentialKind::HarvestV3);
        const auto &v1 = requiredPermissions(CredentialKind::HarvestV1);
        QStringList ids;
        for (const auto &permission : v3)
            ids << permission.idString();
        QCOMPARE(ids,
                 QStringList({QStringLiteral("harvest:jobs:list"), QStringLiteral("harvest:job_posts:list"),
                              QStringLiteral("harvest:openings:list")}));
        ids.clear();
        QStringList labels;
        for (const auto &permission : v1) {
            ids << permission.idString();
            labels << permission.labelString();
        }
        QCOMPARE(ids, QStringList({QStringLiteral("jobs.list"), QStringLiteral("jobs.retrieve"),
                                   QStringLiteral("job_posts.list"), QStringLiteral("job_posts.list_for_job"),
                                   QStringLiteral("job_posts.retrieve_for_job"),
                                   QStringLiteral("openings.list_for_job")}));
        QCOMPARE(labels.last(), QStringLiteral("GET: List Openings For a Job"));
        for (const auto *table : {&v3, &v1}) {
            for (const auto &permission : *table)
                QVERIFY(
                    permission.fixText().contains(permission.labelString())); // the fix names the checkbox
        }
        QCOMPARE(findPermission(QStringLiteral("jobs.retrieve"))->labelString(),
                 QStringLiteral("GET: Retrieve Job"));
        QVERIFY(!findPermission(QStringLiteral("harvest:job_boards:list")));
    }
};

QTEST_GUILESS_MAIN(InputTest)
#include "tst_input.moc"
