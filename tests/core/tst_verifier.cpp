// The verifier end to end against the simulated Greenhouse: every stage, every outcome and its exit status.
#include "SimFixture.h"
#include "TestTls.h"
#include "UnderWine.h"
#include "net/ByteSize.h"
#include "wizard/CheckVerdict.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QtTest>

using namespace jt;
using namespace jt::byte_size;
using namespace jt::sim;
using namespace jt::test;

class VerifierTest : public QObject {
    Q_OBJECT
    SimulatedGreenhouse *m_sim = nullptr;

private slots:
    void init() {
        m_sim = new SimulatedGreenhouse(this);
        QVERIFY(m_sim->start());
    }
    void cleanup() {
        delete m_sim;
        m_sim = nullptr;
    }

    // The wizard copies the report on every progress. A copy is a value: later answers go into the
    // verifier's report only. Answers written through references into the report's list (taken when the
    // probes started) wrote into every copy sharing that list.
    void copiesOfTheReportTakenWhileProbesRunAreValues() {
        const auto statuses = [](const VerificationReport &report) {
            QList<PermissionStatus> list;
            for (const PermissionRow &row : report.permissions)
                list << row.status;
            return list;
        };
        for (const auto &request :
             {v3Request(*m_sim, QStringLiteral("acme")), v1Request(*m_sim, QStringLiteral("acme"))}) {
            Verifier verifier(quickTransport());
            QList<std::pair<VerificationReport, QList<PermissionStatus>>> copies; // each with what it said
            connect(&verifier, &Verifier::progressed, this, [&] {
                copies.append({verifier.report(), statuses(verifier.report())});
            });
            QSignalSpy finished(&verifier, &Verifier::finished);
            verifier.start(request);
            QVERIFY(finished.wait(30000));
            QVERIFY(copies.size() > 2);
            for (const auto &[copy, whenTaken] : std::as_const(copies))
                QCOMPARE(statuses(copy), whenTaken);
            for (PermissionStatus status : statuses(verifier.report()))
                QCOMPARE(status, PermissionStatus::Granted);
        }
    }

    void v3AllGood() {
        const VerificationReport report = verify(v3Request(*m_sim, QStringLiteral("acme")));
        QCOMPARE(report.credential.status, CredentialStatus::Accepted);
        QCOMPARE(report.permissions.size(), 3);
        QVERIFY(report.allPermissionsGranted());
        QCOMPARE(report.board.status, BoardStatus::Found);
        QCOMPARE(report.board.name, QStringLiteral("Acme Robotics"));
        QCOMPARE(report.board.liveJobs, 12);
        QCOMPARE(report.board.firstTitles.size(), Verifier::TitlesShown);
        QCOMPARE(report.board.sameAccount, true);
        QVERIFY(report.visibleBoards.available);
        QVERIFY(report.warnings.isEmpty());
        QCOMPARE(report.exitStatus(), ExitStatus::Ok);
        QCOMPARE(m_sim->tokensIssued(), 1); // one token serves every call

        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(json.value(QLatin1String("board")).toObject().value(QLatin1String("live_jobs")).toInt(), 12);
    }

    void v1AllGood() {
        const VerificationReport report = verify(v1Request(*m_sim, QStringLiteral("acme")));
        QCOMPARE(report.credential.status, CredentialStatus::Accepted);
        QCOMPARE(report.permissions.size(), 6);
        QVERIFY(report.allPermissionsGranted());
        QCOMPARE(report.board.sameAccount, true);
        QCOMPARE(report.exitStatus(), ExitStatus::Ok);
        QCOMPARE(report.warnings.size(), 1); // the retired legacy key
        QVERIFY(report.warnings.first().contains(QLatin1String("31 August 2026")));
    }

    void eachV3ScopeMissing_data() {
        QTest::addColumn<QString>("scope");
        for (const auto &permission : requiredPermissions(CredentialKind::HarvestV3))
            QTest::newRow(permission.id) << permission.idString();
    }
    void eachV3ScopeMissing() {
        QFETCH(QString, scope);
        m_sim->scenario().missingPermissions.insert(scope);
        const VerificationReport report = verify(v3Request(*m_sim));
        for (const PermissionRow &row : report.permissions)
            QCOMPARE(row.status, row.permission->idString() == scope ? PermissionStatus::Missing
                                                                     : PermissionStatus::Granted);
        QCOMPARE(report.exitStatus(), ExitStatus::PermissionsMissing);
        const QJsonArray rows = report.toJson().value(QLatin1String("permissions")).toArray();
        for (const QJsonValue row : rows) {
            const bool missing = row.toObject().value(QLatin1String("id")).toString() == scope;
            QCOMPARE(row.toObject().contains(QLatin1String("fix")), missing);
        }
    }

    void eachV1PermissionMissing_data() {
        QTest::addColumn<QString>("permission");
        QTest::addColumn<bool>("as401");
        for (const auto &permission : requiredPermissions(CredentialKind::HarvestV1)) {
            QTest::addRow("%s 403", permission.id) << permission.idString() << false;
            QTest::addRow("%s 401", permission.id) << permission.idString() << true;
        }
    }
    void eachV1PermissionMissing() {
        QFETCH(QString, permission);
        QFETCH(bool, as401);
        m_sim->scenario().missingPermissions.insert(permission);
        m_sim->scenario().v1MissingAnsweredAs401 = as401;
        const VerificationReport report = verify(v1Request(*m_sim));
        QCOMPARE(report.credential.status,
                 CredentialStatus::Accepted); // a key that lacks one permission is valid
        for (const PermissionRow &row : report.permissions)
            QCOMPARE(row.status, row.permission->idString() == permission ? PermissionStatus::Missing
                                                                          : PermissionStatus::Granted);
        QCOMPARE(report.exitStatus(), ExitStatus::PermissionsMissing);
    }

    void nonSiteAdminSubject() {
        VerificationRequest request = v3Request(*m_sim);
        request.userId = QString::fromLatin1(SimulatedGreenhouse::BasicUserId);
        const VerificationReport report = verify(request);
        QCOMPARE(report.credential.status, CredentialStatus::Accepted);
        for (const PermissionRow &row : report.permissions)
            QCOMPARE(row.status, PermissionStatus::Missing);
        QVERIFY(report.credential.message.contains(QLatin1String("Site Admin")));
        QCOMPARE(report.exitStatus(), ExitStatus::PermissionsMissing);

        request.userId = QString::fromLatin1(SimulatedGreenhouse::SiteAdminUserId);
        QCOMPARE(verify(request).exitStatus(), ExitStatus::Ok);
    }

    // The documented variant: a user who is not a Site Admin gets empty lists, not 403. Probes all "pass",
    // and the board's jobs look like another account's; one look-up without the user ID sees them: the user
    // ID is the problem (exit 4, every permission missing with that fix), not the board.
    void nonSiteAdminSubjectAnsweredWithEmptyLists_data() {
        QTest::addColumn<QString>("board");
        QTest::addColumn<int>("exit");
        QTest::newRow("this account's board")
            << QStringLiteral("acme") << int(ExitStatus::PermissionsMissing);
        QTest::newRow("another account's board")
            << QStringLiteral("othercorp") << int(ExitStatus::BoardProblem);
    }
    void nonSiteAdminSubjectAnsweredWithEmptyLists() {
        QFETCH(QString, board);
        QFETCH(int, exit);
        m_sim->scenario().nonAdminSubjectGetsEmptyLists = true;
        VerificationRequest request = v3Request(*m_sim, board);
        const QString basicUser = QString::fromLatin1(SimulatedGreenhouse::BasicUserId);
        request.userId = basicUser;
        const VerificationReport report = verify(request);
        QCOMPARE(int(report.exitStatus()), exit);
        QCOMPARE(report.credential.status, CredentialStatus::Accepted);
        if (ExitStatus(exit) == ExitStatus::PermissionsMissing) {
            QCOMPARE(report.credential.notSiteAdminUserId, basicUser);
            for (const PermissionRow &row : report.permissions) {
                QCOMPARE(row.status, PermissionStatus::Missing);
                QVERIFY2(row.fixText().contains(basicUser) &&
                             row.fixText().contains(QLatin1String("Site Admin")),
                         qPrintable(row.fixText()));
            }
            QCOMPARE(report.board.sameAccount, std::optional<bool>(true));
            const CheckVerdict verdict = CheckVerdict::ofBoard(report);
            QCOMPARE(verdict.title, QStringLiteral("User %1 is not a Site Admin").arg(basicUser));
            QVERIFY2(verdict.advice.contains(QStringLiteral("remove the user ID %1").arg(basicUser)),
                     qPrintable(verdict.advice));
        } else {
            // Without the user ID the jobs are not seen either: the board verdict stands.
            QVERIFY(report.credential.notSiteAdminUserId.isEmpty());
            QCOMPARE(report.board.sameAccount, std::optional<bool>(false));
            for (const PermissionRow &row : report.permissions)
                QCOMPARE(row.status, PermissionStatus::Granted);
        }
        // A Site Admin's user ID passes.
        request.userId = QString::fromLatin1(SimulatedGreenhouse::SiteAdminUserId);
        request.boardToken = QStringLiteral("acme");
        QCOMPARE(verify(request).exitStatus(), ExitStatus::Ok);
    }

    // Greenhouse's budget is spent (X-RateLimit-Remaining: 0): the next request waits for X-RateLimit-Reset,
    // which is announced (the wizard's countdown), instead of walking into a 429. The simulator answers 429
    // beyond the budget, as a strict server would: none may be seen.
    void spentRateLimitIsWaitedFor() {
        // One check sends 5 v3 requests at once (the probes, the board list, the look-up). The budget allows
        // 6 per 3 s: the first check leaves 1; the second, at once, sends one and waits for the reset.
        m_sim->scenario().v3RequestsPerWindow = 6;
        m_sim->scenario().v3WindowSeconds = 3;
        m_sim->clearSeen();
        Verifier verifier(quickTransport());
        QSignalSpy announced(&verifier, &Verifier::rateLimited);
        QSignalSpy finished(&verifier, &Verifier::finished);
        for (int run = 0; run < 2; ++run) {
            verifier.start(v3Request(*m_sim, QStringLiteral("acme")));
            QVERIFY(finished.wait(30000));
            QCOMPARE(verifier.report().exitStatus(), ExitStatus::Ok);
        }
        QCOMPARE(m_sim->throttledAnswers(), 0);
        QVERIFY(!announced.isEmpty());
        const QDateTime until = announced.first().first().toDateTime();
        QVERIFY(until > QDateTime::currentDateTimeUtc().addSecs(-5) &&
                until < QDateTime::currentDateTimeUtc().addSecs(5));
    }

    void wrongSecretStillChecksTheBoard() {
        VerificationRequest request = v3Request(*m_sim, QStringLiteral("acme"));
        request.secret = QStringLiteral("definitely-not-the-secret");
        const VerificationReport report = verify(request);
        QCOMPARE(report.credential.status, CredentialStatus::Rejected);
        for (const PermissionRow &row : report.permissions)
            QCOMPARE(row.status, PermissionStatus::NotChecked);
        QCOMPARE(report.board.status, BoardStatus::Found); // every problem at once
        QVERIFY(!report.board.sameAccount.has_value());
        QCOMPARE(report.exitStatus(), ExitStatus::CredentialRejected);
        QVERIFY(!report.toText().contains(request.secret));
    }

    void malformedClientIdIsNotEchoed() {
        VerificationRequest request = v3Request(*m_sim);
        request.clientId = QStringLiteral("privateclientname");
        const VerificationReport report = verify(request);
        QCOMPARE(report.credential.status, CredentialStatus::Rejected);
        QVERIFY(report.credential.message.contains(QLatin1String("name-1234")));
        QVERIFY(!report.credential.serverText.contains(request.clientId));
        QVERIFY(!report.toText().contains(request.clientId));
    }

    void invalidV1Key() {
        VerificationRequest request = v1Request(*m_sim);
        request.secret = QStringLiteral("00000000000000000000000000000000");
        const VerificationReport report = verify(request);
        QCOMPARE(report.credential.status, CredentialStatus::Rejected);
        QCOMPARE(report.exitStatus(), ExitStatus::CredentialRejected);
    }

    void tokenExpiryVariants_data() {
        QTest::addColumn<int>("variant");
        QTest::newRow("expires_in") << int(TokenExpiry::ExpiresIn);
        QTest::newRow("expires_at") << int(TokenExpiry::ExpiresAt);
        QTest::newRow("expires") << int(TokenExpiry::Expires);
        QTest::newRow("none") << int(TokenExpiry::Missing);
    }
    void tokenExpiryVariants() {
        QFETCH(int, variant);
        m_sim->scenario().tokenExpiry = TokenExpiry(variant);
        m_sim->scenario().tokenLifetimeSeconds = 7200;
        const VerificationReport report = verify(v3Request(*m_sim));
        QCOMPARE(report.exitStatus(), ExitStatus::Ok);
        QCOMPARE(m_sim->tokensIssued(), 1);
        const qint64 lifetime = report.checkedAt.secsTo(report.credential.expires);
        if (TokenExpiry(variant) == TokenExpiry::Missing)
            QVERIFY2(lifetime > 3000 && lifetime <= 3600, "a token without expiry counts as one hour");
        else
            QVERIFY2(lifetime > 7000 && lifetime <= 7200, qPrintable(QString::number(lifetime)));
    }

    void shortLivedTokenWarns() {
        m_sim->scenario().tokenLifetimeSeconds = 300;
        const VerificationReport report = verify(v3Request(*m_sim));
        QCOMPARE(report.exitStatus(), ExitStatus::Ok);
        QVERIFY(!report.warnings.filter(QLatin1String("expires in")).isEmpty());
    }

    void tokenRejectedTwiceMeansRejected() {
        // Tokens that are already expired when issued: each probe retries once with a new token, then gives
        // up.
        m_sim->scenario().tokenLifetimeSeconds = -10;
        const VerificationReport report = verify(v3Request(*m_sim));
        QCOMPARE(report.credential.status, CredentialStatus::Rejected);
        QCOMPARE(report.exitStatus(), ExitStatus::CredentialRejected);
        QVERIFY(m_sim->tokensIssued() >= 2);
        QVERIFY(m_sim->tokensIssued() <= 1 + 2 * 4); // bounded: no endless token loop
    }

    void boards_data() {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("liveJobs");
        QTest::addColumn<int>("sameAccount"); // -1 undecided, 0 false, 1 true
        QTest::addColumn<int>("exit");
        QTest::newRow("acme") << "acme" << int(BoardStatus::Found) << 12 << 1 << 0;
        QTest::newRow("empty board") << "quietco" << int(BoardStatus::Found) << 0 << -1 << 0;
        QTest::newRow("other account") << "othercorp" << int(BoardStatus::Found) << 6 << 0 << 5;
        QTest::newRow("unknown") << "nosuchboard" << int(BoardStatus::NotFound) << -1 << -1 << 5;
        QTest::newRow("thousands") << "bigboard" << int(BoardStatus::Found) << 5000 << 1 << 0;
    }
    void boards() {
        QFETCH(QString, token);
        QFETCH(int, status);
        QFETCH(int, liveJobs);
        QFETCH(int, sameAccount);
        QFETCH(int, exit);
        for (bool v3 : {true, false}) {
            const VerificationReport report =
                verify(v3 ? v3Request(*m_sim, token) : v1Request(*m_sim, token));
            QCOMPARE(int(report.board.status), status);
            QCOMPARE(report.board.liveJobs.value_or(-1), liveJobs);
            QCOMPARE(report.board.sameAccount ? int(*report.board.sameAccount) : -1, sameAccount);
            QCOMPARE(int(report.exitStatus()), exit);
        }
    }

    void emptyBoardWarns() {
        const VerificationReport report = verify(v3Request(*m_sim, QStringLiteral("quietco")));
        QVERIFY(!report.warnings.filter(QLatin1String("no live jobs")).isEmpty());
        QVERIFY(report.ok());
    }

    void sameAccountUndecidedWithoutJobsPermission() {
        m_sim->scenario().missingPermissions.insert(QStringLiteral("harvest:jobs:list"));
        const VerificationReport report = verify(v3Request(*m_sim, QStringLiteral("othercorp")));
        QVERIFY(!report.board.sameAccount.has_value());
        QCOMPARE(report.exitStatus(), ExitStatus::PermissionsMissing);
    }

    void unreachableStages_data() {
        QTest::addColumn<int>("api");
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("problem");
        QTest::newRow("auth down") << int(Api::Auth) << int(Fault::DropConnection)
                                   << int(NetworkProblem::Network);
        QTest::newRow("auth captive portal")
            << int(Api::Auth) << int(Fault::CaptivePortal) << int(NetworkProblem::UnexpectedAnswer);
        QTest::newRow("harvest captive portal")
            << int(Api::Harvest) << int(Fault::CaptivePortal) << int(NetworkProblem::UnexpectedAnswer);
        QTest::newRow("harvest proxy sign-in page (HTML 401)")
            << int(Api::Harvest) << int(Fault::ProxySignIn) << int(NetworkProblem::UnexpectedAnswer);
        QTest::newRow("harvest malformed")
            << int(Api::Harvest) << int(Fault::MalformedJson) << int(NetworkProblem::UnexpectedAnswer);
        QTest::newRow("harvest 5xx") << int(Api::Harvest) << int(Fault::ServerError)
                                     << int(NetworkProblem::ServerError);
        QTest::newRow("harvest silent")
            << int(Api::Harvest) << int(Fault::NeverAnswer) << int(NetworkProblem::Timeout);
        QTest::newRow("board oversized")
            << int(Api::Boards) << int(Fault::Oversized) << int(NetworkProblem::UnexpectedAnswer);
        QTest::newRow("board truncated")
            << int(Api::Boards) << int(Fault::TruncatedJson) << int(NetworkProblem::UnexpectedAnswer);
    }
    void unreachableStages() {
        QFETCH(int, api);
        QFETCH(int, fault);
        QFETCH(int, problem);
        m_sim->scenario().faults.append(FaultRule{Api(api), Fault(fault), -1, {}});
        m_sim->scenario().oversizedBytes = 70_MiB;
        TransportSettings settings = quickTransport();
        settings.attemptTimeout = std::chrono::milliseconds(300);
        const VerificationReport report = verify(v3Request(*m_sim, QStringLiteral("acme")), settings);
        QCOMPARE(report.exitStatus(), ExitStatus::Unreachable);
        QVERIFY(!report.ok());
        if (Api(api) == Api::Auth) {
            QCOMPARE(report.credential.status, CredentialStatus::Unreachable);
            QCOMPARE(int(report.credential.problem), problem);
        } else if (Api(api) == Api::Harvest) {
            for (const PermissionRow &row : report.permissions) {
                QCOMPARE(row.status, PermissionStatus::Unreachable); // never "granted"
                QCOMPARE(int(row.problem), problem);
            }
        } else {
            QVERIFY(report.allPermissionsGranted());
            QCOMPARE(report.board.status, BoardStatus::Unreachable);
            QCOMPARE(int(report.board.problem), problem);
        }
    }

    // A 401 that is not Greenhouse's JSON says nothing about the key: "couldn't check", not "rejected".
    void legacyKeyBehindAProxySignInIsNotRejected() {
        m_sim->scenario().faults.append(FaultRule{Api::Harvest, Fault::ProxySignIn, -1, {}});
        const VerificationReport report = verify(v1Request(*m_sim, QStringLiteral("acme")));
        // A key is judged by its probes: none answered like Greenhouse, so the key could not be checked.
        QCOMPARE(report.credential.status, CredentialStatus::Unreachable);
        QCOMPARE(report.credential.problem, NetworkProblem::UnexpectedAnswer);
        QCOMPARE(report.exitStatus(), ExitStatus::Unreachable);
    }

    void missingOutranksUnreachable() {
        m_sim->scenario().missingPermissions.insert(QStringLiteral("harvest:openings:list"));
        m_sim->scenario().faults.append(
            FaultRule{Api::Harvest, Fault::ServerError, -1, QStringLiteral("job_posts")});
        const VerificationReport report = verify(v3Request(*m_sim));
        QCOMPARE(statusOf(report, "harvest:job_posts:list"), PermissionStatus::Unreachable);
        QCOMPARE(statusOf(report, "harvest:openings:list"), PermissionStatus::Missing);
        QCOMPARE(report.exitStatus(), ExitStatus::PermissionsMissing);
    }

    void transientTroubleIsRetried() {
        m_sim->scenario().retryAfterSeconds = 1;
        m_sim->scenario().faults.append(FaultRule{Api::Harvest, Fault::ServerError, 1, {}});
        m_sim->scenario().faults.append(FaultRule{Api::Boards, Fault::RateLimited, 1, {}});
        m_sim->scenario().faults.append(FaultRule{Api::Auth, Fault::DropConnection, 1, {}});
        const VerificationReport report = verify(v3Request(*m_sim, QStringLiteral("acme")));
        QCOMPARE(report.exitStatus(), ExitStatus::Ok);
    }

    void greenhouseNotRunning() {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        VerificationRequest request = v3Request(*m_sim, QStringLiteral("acme"));
        request.endpoints.auth.setPort(closed.serverPort());
        request.endpoints.harvest.setPort(closed.serverPort());
        request.endpoints.boards.setPort(closed.serverPort());
        closed.close();
        const VerificationReport report = verify(request);
        QCOMPARE(report.credential.status, CredentialStatus::Unreachable);
        QCOMPARE(report.credential.problem, NetworkProblem::Network);
        QCOMPARE(report.board.status, BoardStatus::Unreachable);
        QCOMPARE(report.exitStatus(), ExitStatus::Unreachable);
    }

    void httpsWithTestCa() {
        SKIP_UNDER_WINE(jt::test::WineServesNoTls);
        SimulatedGreenhouse secure;
        const SimTls tls = simTls();
        QVERIFY(secure.start(QHostAddress::LocalHost, &tls));
        const VerificationRequest request = v3Request(secure, QStringLiteral("acme"));
        const VerificationReport untrusted = verify(request);
        QCOMPARE(untrusted.credential.problem, NetworkProblem::Tls);
        QCOMPARE(untrusted.exitStatus(), ExitStatus::Unreachable);
        TransportSettings settings = quickTransport();
        settings.extraCaCertificates = QSslCertificate::fromPath(testCaFile());
        QCOMPARE(verify(request, settings).exitStatus(), ExitStatus::Ok);
        QCOMPARE(verify(v1Request(secure, QStringLiteral("acme")), settings).exitStatus(), ExitStatus::Ok);
    }

    void cancelEndsPromptly() {
        m_sim->scenario().faults.append(FaultRule{Api::Harvest, Fault::NeverAnswer, -1, {}});
        Verifier verifier(quickTransport());
        QSignalSpy finished(&verifier, &Verifier::finished);
        verifier.start(v3Request(*m_sim, QStringLiteral("acme")));
        QTRY_VERIFY(std::any_of(m_sim->seen().begin(), m_sim->seen().end(),
                                [](const SeenRequest &seen) { return seen.api == Api::Harvest; }));
        verifier.cancel();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(verifier.report().cancelled);
        QVERIFY(!verifier.report().ok());
    }

    void requestsRunConcurrently() {
        // All independent checks are in flight together: with every answer delayed, the Harvest probes of a
        // legacy key all arrive before the first of them is answered.
        m_sim->scenario().latencyMs = 400;
        Verifier verifier(quickTransport());
        QSignalSpy finished(&verifier, &Verifier::finished);
        int harvestSeenBeforeFirstAnswer = 0;
        bool answered = false;
        connect(&verifier, &Verifier::progressed, this, [&] {
            const auto &rows = verifier.report().permissions;
            answered = answered || std::any_of(rows.begin(), rows.end(), [](const PermissionRow &row) {
                           return row.status != PermissionStatus::NotChecked;
                       });
        });
        connect(m_sim, &SimulatedGreenhouse::requestSeen, this, [&](const SeenRequest &seen) {
            if (!answered && seen.api == Api::Harvest)
                ++harvestSeenBeforeFirstAnswer;
        });
        verifier.start(v1Request(*m_sim, QStringLiteral("acme")));
        QVERIFY(finished.wait(20000));
        // The six probes at least; on a loaded machine the board's answer may also start the same-account
        // look-up before the first probe's answer is handled.
        QVERIFY2(harvestSeenBeforeFirstAnswer >= 6,
                 qPrintable(QString::number(harvestSeenBeforeFirstAnswer)));
    }
};

QTEST_GUILESS_MAIN(VerifierTest)
#include "tst_verifier.moc"
