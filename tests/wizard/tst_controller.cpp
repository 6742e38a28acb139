// The wizard's controller, headless, against the simulated Greenhouse over real sockets: what each page would
// show the admin after every check, what editing resets, demo mode, and the progress that survives a restart.
#include "SimFixture.h"
#include "TestTls.h"
#include "UnderWine.h"
#include "keychain/KeychainBackend.h"
#include "sim/DemoSimulator.h"
#include "wizard/SetupController.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>
#include <algorithm>

using namespace jt;
using namespace jt::sim;
using namespace jt::test;

namespace {

using State = SetupController::CheckState;
using Kind = CheckVerdict::Kind;

// Generous: the slowest check here waits out a two-second Retry-After.
constexpr int CheckTimeoutMs = 30000;

QString latin(const char *text) {
    return QString::fromLatin1(text);
}

QStringList tokensOf(const BoardListing &listing) {
    QStringList tokens;
    for (const VisibleBoard &board : listing.boards)
        tokens << board.token;
    return tokens;
}

// Starts the permission check as the page's button does and waits for it to end.
void runPermissions(SetupController &ctl) {
    QSignalSpy changed(&ctl, &SetupController::permissionsCheckChanged);
    ctl.checkPermissions();
    QCOMPARE(ctl.permissionsState(), State::Busy);
    QVERIFY(ctl.isBusy());
    QVERIFY(!changed.isEmpty()); // the page learns that it is busy
    QTRY_COMPARE_WITH_TIMEOUT(ctl.permissionsState(), State::Done, CheckTimeoutMs);
    QVERIFY(!ctl.isBusy());
}

void runBoard(SetupController &ctl) {
    QSignalSpy changed(&ctl, &SetupController::boardCheckChanged);
    ctl.checkBoard();
    QCOMPARE(ctl.boardState(), State::Busy);
    QVERIFY(ctl.isBusy());
    QVERIFY(!changed.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(ctl.boardState(), State::Done, CheckTimeoutMs);
    QVERIFY(!ctl.isBusy());
}

// What the banner shows: a headline always, and advice whenever something is to be done.
void expectVerdict(const CheckVerdict &verdict, Kind kind) {
    QCOMPARE(verdict.kind, kind);
    QCOMPARE(verdict.passed(), kind == Kind::Passed);
    QVERIFY2(!verdict.title.isEmpty(), "every verdict has a headline");
    if (kind != Kind::Passed)
        QVERIFY2(!verdict.advice.isEmpty(), qPrintable(verdict.title));
}

} // namespace

// A helper that failed has already recorded why; the test stops there.
#define CHECKED(call)                                                                                        \
    do {                                                                                                     \
        call;                                                                                                \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

// A keychain whose answers the test releases by hand: a password prompt the admin answers late.
class HeldKeychain : public KeychainBackend {
public:
    void write(const QString &, const QString &, const QString &secret, Done done) override {
        stored = secret;
        held.append([done] { done({}); });
    }
    void read(const QString &, const QString &, Done done) override {
        held.append([this, done] { done({KeychainCode::NoError, {}, stored}); });
    }
    void remove(const QString &, const QString &, Done done) override {
        held.append([done] { done({}); });
    }
    void releaseAll() {
        const auto answers = std::exchange(held, {});
        for (const auto &answer : answers)
            answer();
    }

    QString stored;
    QList<std::function<void()>> held;
};

class ControllerTest : public QObject {
    Q_OBJECT
    SimulatedGreenhouse *m_sim = nullptr;

    // Aims the controller at the simulator and types its known-good credential of the given kind.
    void aim(SetupController &ctl, CredentialKind kind = CredentialKind::HarvestV3) {
        ctl.setEndpoints(endpointsOf(*m_sim));
        ctl.setTransportSettings(quickTransport());
        ctl.setCredentialKind(kind);
        if (kind == CredentialKind::HarvestV3) {
            ctl.setClientId(latin(SimulatedGreenhouse::ClientId));
            ctl.setSecret(latin(SimulatedGreenhouse::ClientSecret));
        } else {
            ctl.setSecret(latin(SimulatedGreenhouse::HarvestKey));
        }
    }

    bool simSaw(Api api) const {
        const auto &seen = m_sim->seen();
        return std::any_of(seen.begin(), seen.end(), [api](const SeenRequest &r) { return r.api == api; });
    }

private slots:
    void init() {
        m_sim = new SimulatedGreenhouse(this);
        QVERIFY(m_sim->start());
    }
    void cleanup() {
        delete m_sim;
        m_sim = nullptr;
    }

    void v3HappyPath() {
        SetupController ctl;
        aim(ctl);
        QVERIFY(ctl.credentialReady());
        QCOMPARE(ctl.permissionsState(), State::Idle);
        CHECKED(runPermissions(ctl));
        QVERIFY(ctl.permissionsPassed());
        expectVerdict(ctl.permissionsVerdict(), Kind::Passed);
        const VerificationReport &report = ctl.permissionsReport();
        QCOMPARE(report.credential.status, CredentialStatus::Accepted);
        QCOMPARE(report.permissions.size(), 3);
        for (const PermissionRow &row : report.permissions)
            QCOMPARE(row.status, PermissionStatus::Granted);

        // The board page offers the boards this credential can list: this account's, not another's.
        QVERIFY(ctl.visibleBoards().available);
        const QStringList boards = tokensOf(ctl.visibleBoards());
        QVERIFY2(boards.contains(QLatin1String("acme")) && boards.contains(QLatin1String("quietco")),
                 qPrintable(boards.join(QLatin1String(", "))));
        QVERIFY(!boards.contains(QLatin1String("othercorp")));

        QSignalSpy inputChanged(&ctl, &SetupController::boardInputChanged);
        ctl.setBoardInput(QStringLiteral("https://boards.greenhouse.io/acme"));
        QCOMPARE(inputChanged.count(), 1);
        QCOMPARE(ctl.boardInput().token, QStringLiteral("acme"));
        CHECKED(runBoard(ctl));
        QVERIFY(ctl.boardPassed());
        expectVerdict(ctl.boardVerdict(), Kind::Passed);
        QVERIFY(ctl.boardVerdict().title.contains(QLatin1String("Acme Robotics")));
        const BoardResult &board = ctl.boardReport().board;
        QCOMPARE(board.status, BoardStatus::Found);
        QCOMPARE(board.token, QStringLiteral("acme"));
        QCOMPARE(board.name, QStringLiteral("Acme Robotics"));
        QCOMPARE(board.liveJobs.value_or(-1), 12);
        QCOMPARE(board.sameAccount.value_or(false), true);
        QCOMPARE(board.firstTitles.size(), Verifier::TitlesShown);
        QVERIFY2(ctl.boardReport().warnings.isEmpty(), qPrintable(ctl.boardReport().warnings.join(u'\n')));
        QVERIFY(ctl.boardReport().ok());
        QVERIFY(ctl.permissionsPassed()); // the board check leaves the permission page's result alone
    }

    void legacyV1HappyPath() {
        SetupController ctl;
        aim(ctl, CredentialKind::HarvestV1);
        QCOMPARE(ctl.credentialKind(), CredentialKind::HarvestV1);
        QVERIFY(ctl.credentialReady()); // a key needs no Client ID
        CHECKED(runPermissions(ctl));
        QVERIFY(ctl.permissionsPassed());
        expectVerdict(ctl.permissionsVerdict(), Kind::Passed);
        const VerificationReport &report = ctl.permissionsReport();
        QCOMPARE(report.kind, CredentialKind::HarvestV1);
        QCOMPARE(report.credential.status, CredentialStatus::Accepted);
        QCOMPARE(report.permissions.size(), 6);
        QVERIFY(report.allPermissionsGranted());
        QVERIFY(!report.warnings.filter(QLatin1String("31 August 2026")).isEmpty()); // the retired key

        ctl.setBoardInput(QStringLiteral("  ACME "));
        QCOMPARE(ctl.boardInput().token, QStringLiteral("acme"));
        CHECKED(runBoard(ctl));
        QVERIFY(ctl.boardPassed());
        QCOMPARE(ctl.boardReport().board.liveJobs.value_or(-1), 12);
        QCOMPARE(ctl.boardReport().board.sameAccount.value_or(false), true);
    }

    void wrongSecretIsRejected() {
        SetupController ctl;
        aim(ctl);
        ctl.setSecret(QStringLiteral("sim-client-secret-000000000000"));
        QVERIFY(ctl.credentialReady()); // well-shaped: only Greenhouse can tell it is wrong
        CHECKED(runPermissions(ctl));
        QVERIFY(!ctl.permissionsPassed());
        expectVerdict(ctl.permissionsVerdict(), Kind::CredentialRejected);
        QCOMPARE(ctl.permissionsReport().credential.status, CredentialStatus::Rejected);
        for (const PermissionRow &row : ctl.permissionsReport().permissions)
            QCOMPARE(row.status, PermissionStatus::NotChecked);
    }

    void missingPermissionThenCheckAgain() {
        m_sim->scenario().missingPermissions.insert(QStringLiteral("harvest:openings:list"));
        SetupController ctl;
        aim(ctl);
        CHECKED(runPermissions(ctl));
        QVERIFY(!ctl.permissionsPassed());
        expectVerdict(ctl.permissionsVerdict(), Kind::PermissionsMissing);
        QVERIFY(ctl.permissionsVerdict().title.contains(u'1'));
        for (const PermissionRow &row : ctl.permissionsReport().permissions) {
            const bool openings = row.permission->idString() == QLatin1String("harvest:openings:list");
            QCOMPARE(row.status, openings ? PermissionStatus::Missing : PermissionStatus::Granted);
        }

        // The admin ticks the scope in Greenhouse and chooses "Check again".
        m_sim->scenario().missingPermissions.clear();
        CHECKED(runPermissions(ctl));
        QVERIFY(ctl.permissionsPassed());
        expectVerdict(ctl.permissionsVerdict(), Kind::Passed);
        QVERIFY(ctl.permissionsReport().allPermissionsGranted());
    }

    void greenhouseUnreachable() {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        GreenhouseEndpoints endpoints = endpointsOf(*m_sim);
        endpoints.auth.setPort(closed.serverPort());
        endpoints.harvest.setPort(closed.serverPort());
        endpoints.boards.setPort(closed.serverPort());
        closed.close();

        SetupController ctl;
        aim(ctl);
        ctl.setEndpoints(endpoints);
        CHECKED(runPermissions(ctl));
        QVERIFY(!ctl.permissionsPassed());
        expectVerdict(ctl.permissionsVerdict(), Kind::Unreachable);
        QCOMPARE(ctl.permissionsReport().credential.status, CredentialStatus::Unreachable);
    }

    void untrustedTlsIsATlsProblem() {
        SKIP_UNDER_WINE(jt::test::WineServesNoTls);
        SimulatedGreenhouse secure;
        const SimTls tls = simTls();
        QVERIFY(!tls.key.isNull());
        QVERIFY(secure.start(QHostAddress::LocalHost, &tls));
        SetupController ctl;
        aim(ctl);
        ctl.setEndpoints(endpointsOf(secure)); // the test CA is not trusted
        CHECKED(runPermissions(ctl));
        QVERIFY(!ctl.permissionsPassed());
        expectVerdict(ctl.permissionsVerdict(), Kind::TlsProblem);
        QVERIFY(secure.seen().isEmpty()); // "your credential was not sent"
    }

    void boardOutcomes_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("warning"); // a part of the expected warning, or empty for none
        QTest::newRow("another account") << "othercorp" << int(Kind::BoardOfAnotherAccount) << QString();
        QTest::newRow("unknown") << "nosuchboard" << int(Kind::BoardNotFound) << QString();
        QTest::newRow("no live jobs") << "quietco" << int(Kind::Passed) << "no live jobs";
    }
    void boardOutcomes() {
        QFETCH(QString, input);
        QFETCH(int, kind);
        QFETCH(QString, warning);
        SetupController ctl;
        aim(ctl);
        CHECKED(runPermissions(ctl));
        QVERIFY(ctl.permissionsPassed());
        ctl.setBoardInput(input);
        CHECKED(runBoard(ctl));
        expectVerdict(ctl.boardVerdict(), Kind(kind));
        QCOMPARE(ctl.boardPassed(), Kind(kind) == Kind::Passed);
        const QStringList &warnings = ctl.boardReport().warnings;
        if (warning.isEmpty())
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        else
            QVERIFY2(!warnings.filter(warning).isEmpty(), qPrintable(warnings.join(u'\n')));
        if (Kind(kind) == Kind::BoardNotFound)
            QVERIFY(ctl.boardVerdict().title.contains(input)); // names what the admin typed
        if (Kind(kind) == Kind::BoardOfAnotherAccount)
            QCOMPARE(ctl.boardReport().board.sameAccount.value_or(true), false);
    }

    void editingResetsChecks() {
        SetupController ctl;
        aim(ctl);
        CHECKED(runPermissions(ctl));
        ctl.setBoardInput(QStringLiteral("acme"));
        CHECKED(runBoard(ctl));
        QVERIFY(ctl.boardPassed());

        // Another board: only the board result is stale.
        QSignalSpy boardChanged(&ctl, &SetupController::boardCheckChanged);
        ctl.setBoardInput(QStringLiteral("quietco"));
        QCOMPARE(ctl.boardState(), State::Idle);
        QVERIFY(!ctl.boardPassed());
        QVERIFY(!boardChanged.isEmpty());
        QVERIFY(ctl.permissionsPassed());
        CHECKED(runBoard(ctl));
        QVERIFY(ctl.boardPassed());

        // Another secret: both results are stale.
        QSignalSpy permissionsChanged(&ctl, &SetupController::permissionsCheckChanged);
        ctl.setSecret(QStringLiteral("sim-client-secret-5c1e0a7b2d9e"));
        QCOMPARE(ctl.permissionsState(), State::Idle);
        QCOMPARE(ctl.boardState(), State::Idle);
        QVERIFY(!ctl.permissionsPassed());
        QVERIFY(!ctl.boardPassed());
        QVERIFY(!permissionsChanged.isEmpty());
        QCOMPARE(ctl.boardInputText(), QStringLiteral("quietco")); // the typed board stays

        // The Client ID and the user id count as much as the secret.
        ctl.setSecret(latin(SimulatedGreenhouse::ClientSecret));
        CHECKED(runPermissions(ctl));
        QVERIFY(ctl.permissionsPassed());
        ctl.setClientId(QStringLiteral("jobtarget-4418"));
        QCOMPARE(ctl.permissionsState(), State::Idle);
        ctl.setClientId(latin(SimulatedGreenhouse::ClientId));
        CHECKED(runPermissions(ctl));
        ctl.setUserId(latin(SimulatedGreenhouse::SiteAdminUserId));
        QCOMPARE(ctl.permissionsState(), State::Idle);

        // Switching the kind: a Client Secret is no API key, but the Client ID is worth keeping.
        CHECKED(runPermissions(ctl));
        QVERIFY(ctl.permissionsPassed());
        QSignalSpy credentialChanged(&ctl, &SetupController::credentialChanged);
        ctl.setCredentialKind(CredentialKind::HarvestV1);
        QVERIFY(!credentialChanged.isEmpty());
        QVERIFY(ctl.secretText().isEmpty());
        QCOMPARE(ctl.clientIdText(), latin(SimulatedGreenhouse::ClientId));
        QCOMPARE(ctl.permissionsState(), State::Idle);
        QVERIFY(!ctl.credentialReady());
        // Back to v3: the Client Secret typed before is still there (Greenhouse showed it only once).
        ctl.setCredentialKind(CredentialKind::HarvestV3);
        QCOMPARE(ctl.clientIdText(), latin(SimulatedGreenhouse::ClientId));
        QCOMPARE(ctl.secretText(), latin(SimulatedGreenhouse::ClientSecret));
        QVERIFY(ctl.credentialReady());
    }

    void cancelWhileChecking_data() {
        QTest::addColumn<int>("api");
        QTest::addColumn<bool>("board");
        QTest::newRow("permission check") << int(Api::Harvest) << false;
        QTest::newRow("board check") << int(Api::Boards) << true;
    }
    void cancelWhileChecking() {
        QFETCH(int, api);
        QFETCH(bool, board);
        m_sim->scenario().faults.append(FaultRule{Api(api), Fault::NeverAnswer, -1, {}});
        SetupController ctl;
        aim(ctl);
        TransportSettings patient = quickTransport();
        patient.attemptTimeout = std::chrono::seconds(20); // only Cancel can end this check soon
        ctl.setTransportSettings(patient);
        ctl.setBoardInput(QStringLiteral("acme"));
        board ? ctl.checkBoard() : ctl.checkPermissions();
        const auto state = [&] {
            return board ? ctl.boardState() : ctl.permissionsState();
        };
        QCOMPARE(state(), State::Busy);
        QTRY_VERIFY(simSaw(Api(api))); // the hanging request is under way

        QElapsedTimer clock;
        clock.start();
        ctl.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(state(), State::Done, 2000);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!ctl.isBusy());
        const CheckVerdict verdict = board ? ctl.boardVerdict() : ctl.permissionsVerdict();
        expectVerdict(verdict, Kind::Cancelled);
        QVERIFY(!ctl.permissionsPassed());
        QVERIFY(!ctl.boardPassed());
    }

    // One check on its own: busy, then its report; the owner hears finished() before the pages hear
    // changed(); stopping a busy check leaves no result; reset() forgets a finished one.
    // The first page's answers, decided headless: what is offered, what is chosen when the page shows (the
    // admin's own choice kept while offered), and where each leads.
    void startOffer() {
        using C = StartChoice;
        const StartOffer nothing = StartOffer::of(false, WizardStep::Welcome, false);
        QVERIFY(!nothing.existing && !nothing.resume);
        QCOMPARE(nothing.chosen(std::nullopt), C::SetUp);
        QCOMPARE(nothing.chosen(C::Resume), C::SetUp); // no longer offered
        QCOMPARE(nothing.next(C::SetUp), WizardStep::DeveloperPermission);
        QCOMPARE(nothing.next(C::Existing), WizardStep::DeveloperPermission); // not offered: not taken

        // An unfinished set-up past the credential resumes at entering it (the secret is never kept).
        const StartOffer unfinished = StartOffer::of(false, WizardStep::JobBoard, false);
        QVERIFY(unfinished.resume && !unfinished.existing);
        QCOMPARE(unfinished.resumeAt, WizardStep::EnterCredential);
        QCOMPARE(unfinished.chosen(C::SetUp), C::Resume);
        QCOMPARE(unfinished.chosen(C::Demo), C::Demo);
        QCOMPARE(unfinished.next(C::Resume), WizardStep::EnterCredential);
        QCOMPARE(StartOffer::of(false, WizardStep::DeveloperPermission, false).resumeAt,
                 WizardStep::DeveloperPermission);

        // A stored connection comes first, but an answer the admin picked stays picked.
        const StartOffer stored = StartOffer::of(true, WizardStep::JobBoard, false);
        QCOMPARE(stored.chosen(std::nullopt), C::Existing);
        QCOMPARE(stored.chosen(C::SetUp), C::Existing);
        QCOMPARE(stored.chosen(C::Resume), C::Resume);
        QCOMPARE(stored.chosen(C::Demo), C::Demo);
        QCOMPARE(stored.next(C::Existing), WizardStep::ExistingConnection);

        // The demo has neither.
        const StartOffer demo = StartOffer::of(true, WizardStep::JobBoard, true);
        QVERIFY(!demo.existing && !demo.resume);
        QCOMPARE(demo.chosen(C::Existing), C::SetUp);
    }

    void checkRunAlone() {
        CheckRun run;
        QStringList heard;
        connect(&run, &CheckRun::finished, this, [&] { heard << QStringLiteral("finished"); });
        connect(&run, &CheckRun::changed, this,
                [&] { heard << QStringLiteral("changed:%1").arg(int(run.state())); });
        run.start(v3Request(*m_sim, QStringLiteral("acme")), quickTransport());
        QCOMPARE(run.state(), CheckRun::State::Busy);
        QVERIFY(run.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), CheckRun::State::Done, CheckTimeoutMs);
        QVERIFY(!run.isRunning());
        QCOMPARE(run.report().exitStatus(), ExitStatus::Ok);
        QCOMPARE(run.report().board.token, QStringLiteral("acme"));
        QCOMPARE(heard.mid(heard.size() - 2),
                 (QStringList{QStringLiteral("finished"),
                              QStringLiteral("changed:%1").arg(int(CheckRun::State::Done))}));

        run.start(v3Request(*m_sim), quickTransport());
        run.stop();
        QCOMPARE(run.state(), CheckRun::State::Idle);
        QVERIFY(!run.isRunning());
        QCoreApplication::sendPostedEvents(); // whatever the dropped verifier still had queued
        QCoreApplication::processEvents();
        QCOMPARE(run.state(), CheckRun::State::Idle);

        run.start(v3Request(*m_sim, QStringLiteral("acme")), quickTransport());
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), CheckRun::State::Done, CheckTimeoutMs);
        QCOMPARE(run.report().board.token, QStringLiteral("acme"));
        run.reset();
        QCOMPARE(run.state(), CheckRun::State::Idle);
        QCOMPARE(run.report().board.token, QString());
    }

    void rateLimitShowsCountdown() {
        m_sim->scenario().retryAfterSeconds = 2;
        m_sim->scenario().faults.append(FaultRule{Api::Harvest, Fault::RateLimited, 1, {}});
        SetupController ctl;
        aim(ctl);
        QSignalSpy countdown(&ctl, &SetupController::rateLimitCountdown);
        CHECKED(runPermissions(ctl));
        QVERIFY(!countdown.isEmpty());
        const int first = countdown.first().first().toInt();
        QVERIFY2(first > 0 && first <= 3, qPrintable(QString::number(first)));
        QCOMPARE(countdown.last().first().toInt(), 0); // the wait is over
        QCOMPARE(ctl.rateLimitSecondsLeft(), 0);
        QVERIFY(ctl.permissionsPassed());
        expectVerdict(ctl.permissionsVerdict(), Kind::Passed);
    }

    // The permission check spends most of Greenhouse's budget (X-RateLimit-Remaining); the board check that
    // follows knows what is left and waits for the window's reset, announced as a countdown, instead of
    // walking into 429s. The simulator answers 429 beyond the budget, as a strict server would.
    void spentBudgetCarriesFromPermissionsToBoard() {
        m_sim->scenario().v3RequestsPerWindow = 6; // a check sends 4-5 v3 requests at once
        m_sim->scenario().v3WindowSeconds = 3;
        SetupController ctl;
        aim(ctl);
        CHECKED(runPermissions(ctl));
        QVERIFY(ctl.permissionsPassed());
        QSignalSpy countdown(&ctl, &SetupController::rateLimitCountdown);
        ctl.setBoardInput(QStringLiteral("acme"));
        CHECKED(runBoard(ctl));
        QVERIFY(ctl.boardPassed());
        QCOMPARE(m_sim->throttledAnswers(), 0);
        QVERIFY(!countdown.isEmpty());
        const int first = countdown.first().first().toInt(); // X-RateLimit-Reset is in whole seconds
        QVERIFY2(first > 0 && first <= 4, qPrintable(QString::number(first)));
        QCOMPARE(countdown.last().first().toInt(), 0);
    }

    void cancelDuringRateLimitWait() {
        m_sim->scenario().retryAfterSeconds = 20;
        m_sim->scenario().faults.append(FaultRule{Api::Harvest, Fault::RateLimited, -1, {}});
        SetupController ctl;
        aim(ctl);
        QSignalSpy countdown(&ctl, &SetupController::rateLimitCountdown);
        ctl.checkPermissions();
        QVERIFY(countdown.wait(CheckTimeoutMs));
        QVERIFY(countdown.first().first().toInt() > 0);
        QVERIFY(ctl.rateLimitSecondsLeft() > 0);
        ctl.cancel(); // the admin does not want to wait
        QTRY_COMPARE_WITH_TIMEOUT(ctl.permissionsState(), State::Done, 2000);
        expectVerdict(ctl.permissionsVerdict(), Kind::Cancelled);
        QCOMPARE(countdown.last().first().toInt(), 0); // the countdown disappears
        QCOMPARE(ctl.rateLimitSecondsLeft(), 0);
    }

    void demo() {
        SetupController ctl;
        ctl.setDemoFactory(DemoSimulator::factory());
        ctl.setTransportSettings(quickTransport());
        QSignalSpy demoChanged(&ctl, &SetupController::demoChanged);
        QVERIFY(ctl.enterDemo());
        QVERIFY(ctl.isDemo());
        QVERIFY(DemoSimulator::of(ctl.demoGreenhouse()));
        QCOMPARE(demoChanged.count(), 1);
        for (const QUrl &url : {ctl.endpoints().auth, ctl.endpoints().harvest, ctl.endpoints().boards})
            QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));

        ctl.fillDemoCredential();
        QVERIFY(ctl.credentialReady());
        CHECKED(runPermissions(ctl));
        QVERIFY(ctl.permissionsPassed());

        ctl.setPractiseMissingPermission(true);
        QVERIFY(ctl.practisingMissingPermission());
        CHECKED(runPermissions(ctl));
        QVERIFY(!ctl.permissionsPassed());
        expectVerdict(ctl.permissionsVerdict(), Kind::PermissionsMissing);

        ctl.setPractiseMissingPermission(false);
        QVERIFY(!ctl.practisingMissingPermission());
        CHECKED(runPermissions(ctl));
        QVERIFY(ctl.permissionsPassed());
        ctl.setBoardInput(latin(SimulatedGreenhouse::BoardToken));
        CHECKED(runBoard(ctl));
        QVERIFY(ctl.boardPassed());

        ctl.leaveDemo();
        QVERIFY(!ctl.isDemo());
        QCOMPARE(demoChanged.count(), 4); // enter, practise on, practise off, leave
        QVERIFY(ctl.secretText().isEmpty());
        QVERIFY(ctl.clientIdText().isEmpty());
        QVERIFY(ctl.boardInputText().isEmpty());
        QVERIFY(!ctl.credentialReady());
        QCOMPARE(ctl.permissionsState(), State::Idle);
        QCOMPARE(ctl.boardState(), State::Idle);
        QCOMPARE(ctl.endpoints().harvest, GreenhouseEndpoints{}.harvest); // the real Greenhouse again
    }

    void demoWithLegacyKey() {
        SetupController ctl;
        ctl.setDemoFactory(DemoSimulator::factory());
        ctl.setTransportSettings(quickTransport());
        QVERIFY(ctl.enterDemo());
        ctl.setCredentialKind(CredentialKind::HarvestV1);
        ctl.fillDemoCredential();
        ctl.setPractiseMissingPermission(true);
        CHECKED(runPermissions(ctl));
        expectVerdict(ctl.permissionsVerdict(), Kind::PermissionsMissing);
        ctl.setPractiseMissingPermission(false);
        CHECKED(runPermissions(ctl));
        QVERIFY(ctl.permissionsPassed());
    }

    void progressSurvivesRestart() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("progress.ini"));
        const QString clientId = latin(SimulatedGreenhouse::ClientId);
        const QString secret = latin(SimulatedGreenhouse::ClientSecret);
        const auto fileBytes = [&path] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        {
            QSettings settings(path, QSettings::IniFormat);
            ProgressStore store(settings);
            SetupController ctl;
            ctl.setProgressStore(&store);
            QVERIFY(ctl.savedProgress().isEmpty());
            ctl.setDeveloperAccess(DeveloperAccess::Absent);
            ctl.reachStep(WizardStep::DeveloperPermission);
            ctl.setClientId(clientId);
            ctl.setSecret(secret);
        }
        QVERIFY(!fileBytes().isEmpty());
        QVERIFY2(!fileBytes().contains(SimulatedGreenhouse::ClientSecret), fileBytes().constData());
        {
            QSettings settings(path, QSettings::IniFormat);
            ProgressStore store(settings);
            SetupController ctl;
            ctl.setProgressStore(&store);
            const Progress saved = ctl.savedProgress();
            QCOMPARE(saved.step, WizardStep::DeveloperPermission);
            QCOMPARE(saved.developerAccess, DeveloperAccess::Absent);
            QCOMPARE(ctl.developerAccess(), DeveloperAccess::Absent);
            // The Client ID typed before quitting is there again.
            QCOMPARE(saved.clientId, clientId);
            QCOMPARE(ctl.clientIdText(), clientId);
            QVERIFY(ctl.secretText().isEmpty()); // the secret never survives a restart

            // Back after the Site Admin acted: further along, with a board.
            ctl.setDeveloperAccess(DeveloperAccess::Present);
            ctl.setClientId(clientId);
            ctl.setSecret(secret);
            ctl.setBoardInput(QStringLiteral("https://boards.greenhouse.io/acme"));
            ctl.reachStep(WizardStep::JobBoard);
        }
        QVERIFY(fileBytes().contains(SimulatedGreenhouse::ClientId));
        QVERIFY2(!fileBytes().contains(SimulatedGreenhouse::ClientSecret), fileBytes().constData());
        QVERIFY(!fileBytes().contains(secret.toUtf8().toBase64()));

        QSettings settings(path, QSettings::IniFormat);
        ProgressStore store(settings);
        SetupController ctl;
        ctl.setProgressStore(&store);
        QCOMPARE(ctl.savedProgress().step, WizardStep::JobBoard);
        QCOMPARE(ctl.savedProgress().developerAccess, DeveloperAccess::Present);
        QCOMPARE(ctl.savedProgress().boardToken, QStringLiteral("acme"));
        QCOMPARE(ctl.boardInputText(), QStringLiteral("acme"));
        QCOMPARE(ctl.clientIdText(), clientId);

        ctl.forgetProgress();
        QVERIFY(ctl.savedProgress().isEmpty());
        QSettings reread(path, QSettings::IniFormat);
        QVERIFY(ProgressStore(reread).load().isEmpty());
        QVERIFY(ProgressStore(reread).load().clientId.isEmpty());
    }

    void demoSavesNoProgress() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("progress.ini"));
        QSettings settings(path, QSettings::IniFormat);
        ProgressStore store(settings);
        SetupController ctl;
        ctl.setDemoFactory(DemoSimulator::factory());
        ctl.setProgressStore(&store);
        ctl.setTransportSettings(quickTransport());
        ctl.reachStep(WizardStep::CreateCredential);

        QVERIFY(ctl.enterDemo());
        ctl.fillDemoCredential();
        ctl.setDeveloperAccess(DeveloperAccess::Present);
        ctl.reachStep(WizardStep::JobBoard);
        ctl.setBoardInput(latin(SimulatedGreenhouse::BoardToken));
        CHECKED(runBoard(ctl));
        QVERIFY(ctl.boardPassed()); // a passed board saves progress, but not in demo mode
        ctl.forgetProgress();       // a finished demo forgets nothing real

        QSettings reread(path, QSettings::IniFormat);
        const Progress saved = ProgressStore(reread).load();
        QCOMPARE(saved.step, WizardStep::CreateCredential);
        QCOMPARE(saved.developerAccess, DeveloperAccess::Unknown);
        QVERIFY(saved.clientId.isEmpty());
        QVERIFY(saved.boardToken.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(SimulatedGreenhouse::ClientId));
        QVERIFY(!bytes.contains(SimulatedGreenhouse::ClientSecret));
    }

    void leavingDemoKeepsLiveProgress() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("progress.ini"));
        QSettings settings(path, QSettings::IniFormat);
        ProgressStore store(settings);
        SetupController ctl;
        ctl.setDemoFactory(DemoSimulator::factory());
        ctl.setProgressStore(&store);
        ctl.setDeveloperAccess(DeveloperAccess::Absent);
        ctl.reachStep(WizardStep::DeveloperPermission);

        // Back to Welcome, a look at the demo, back again to the real set-up (WelcomePage::validatePage).
        QVERIFY(ctl.enterDemo());
        ctl.fillDemoCredential();
        ctl.leaveDemo();
        QVERIFY(ctl.secretText().isEmpty()); // the demo credential is gone
        QVERIFY(ctl.clientIdText().isEmpty());
        // The real progress made before the demo is back, and stays stored.
        QCOMPARE(ctl.developerAccess(), DeveloperAccess::Absent);
        ctl.reachStep(WizardStep::DeveloperPermission);
        QSettings reread(path, QSettings::IniFormat);
        QCOMPARE(ProgressStore(reread).load().developerAccess, DeveloperAccess::Absent);
    }

    void siteAdminRequestMail() {
        SetupController ctl;
        const QString permission = QStringLiteral("“Can manage ALL organization's API Credentials”");
        QVERIFY(ctl.siteAdminRequest().contains(permission));
        QVERIFY(!ctl.siteAdminRequestSubject().isEmpty());

        const QUrl mail = ctl.siteAdminRequestMail();
        QVERIFY(mail.isValid());
        QCOMPARE(mail.scheme(), QStringLiteral("mailto"));
        const QUrlQuery query(mail);
        QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 ctl.siteAdminRequestSubject());
        const QString body = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
        QVERIFY2(body.contains(permission), qPrintable(body));
        QVERIFY(body.contains(QLatin1String("\r\n"))); // RFC 6068 line breaks
        QCOMPARE(QString(body).remove(u'\r'), ctl.siteAdminRequest());
        const QByteArray encoded = mail.toEncoded();
        QVERIFY2(!encoded.contains('+') && !encoded.contains(' '), encoded.constData()); // spaces are %20
    }

    // "Check it now" waits for the keychain; meanwhile the admin goes back and starts the demo. The late
    // answer must not fill the real secret into the practice run, nor send it to the simulated Greenhouse.
    void overtakenKeychainAnswerIsDropped() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        auto backend = std::make_unique<HeldKeychain>();
        HeldKeychain *keychain = backend.get();
        SecretStore secrets(std::move(backend), QStringLiteral("test"));
        ConnectionSettings connectionSettings(settings);
        ConnectionStore connections(secrets, connectionSettings);
        SetupController ctl;
        aim(ctl);
        ctl.setConnectionStore(&connections);
        ctl.setBoardInput(QStringLiteral("acme"));
        ctl.checkBoard();
        QTRY_VERIFY_WITH_TIMEOUT(ctl.boardPassed(), 20000);
        ctl.saveConnection();
        // Saving reads what the keychain held before (to put it back should the settings fail), writes, and
        // reads what it wrote back.
        for (int step = 0; step < 3; ++step) {
            QTRY_VERIFY(!keychain->held.isEmpty());
            keychain->releaseAll();
        }
        QTRY_VERIFY(ctl.saved());

        SetupController returning;
        returning.setDemoFactory(DemoSimulator::factory());
        returning.setEndpoints(endpointsOf(*m_sim));
        returning.setTransportSettings(quickTransport());
        returning.setConnectionStore(&connections);
        returning.checkStoredConnection();
        QTRY_VERIFY(!keychain->held.isEmpty()); // the read waits for the admin
        QVERIFY(returning.enterDemo());
        DemoSimulator::of(returning.demoGreenhouse())->clearSeen();
        keychain->releaseAll();
        // A later keychain job comes back after the earlier answer was delivered (or dropped).
        bool flushed = false;
        secrets.read(QStringLiteral("flush"), [&](const KeychainResult &) { flushed = true; });
        QTRY_VERIFY(!keychain->held.isEmpty());
        keychain->releaseAll();
        QTRY_VERIFY(flushed);
        QCOMPARE(returning.loadState(), SetupController::StoreState::Idle);
        QVERIFY(returning.secretText().isEmpty());
        QVERIFY(returning.clientIdText().isEmpty());
        QCOMPARE(returning.boardState(), State::Idle);
        QVERIFY(DemoSimulator::of(returning.demoGreenhouse())->seen().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ControllerTest)
#include "tst_controller.moc"
