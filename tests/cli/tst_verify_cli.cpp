// End-to-end tests of `jobtarget-setup verify` as a process (the contract in the README and the man page).
//
// The simulated Greenhouse runs inside this test process; the built binary runs as a child whose environment
// points GREENHOUSE_AUTH_URL / GREENHOUSE_HARVEST_URL / GREENHOUSE_BOARDS_URL at it. The child is awaited
// with a QSignalSpy on QProcess::finished, so this event loop keeps serving the simulator meanwhile. Every
// case asserts what a script or a person would notice: the exit status, the JSON on standard output (or the
// text), the message on standard error, and that no secret is ever printed.

#include "AppProcess.h"
#include "TestTls.h"
#include "UnderWine.h"
#include "cli/VerifyCommand.h"
#include "greenhouse/Permissions.h"
#include "net/ByteSize.h"
#include "net/ServerText.h"
#include "sim/SimulatedGreenhouse.h"
#include "store/ConnectionStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

using jt::sim::Api;
using jt::sim::Fault;
using jt::sim::FaultRule;
using jt::sim::SimulatedGreenhouse;

using namespace jt::byte_size;

namespace {

// Exit statuses, as the man page fixes them.
constexpr int ExitOk = 0;
constexpr int ExitBadInput = 2;
constexpr int ExitRejected = 3;
constexpr int ExitPermissions = 4;
constexpr int ExitBoard = 5;
constexpr int ExitUnreachable = 6;

QString latin(const char *text) {
    return QString::fromLatin1(text);
}

const QString SecretVariable = QStringLiteral("JOBTARGET_SETUP_SECRET");

// The known credentials of the simulated account.
const QString ClientId = latin(SimulatedGreenhouse::ClientId);
const QByteArray ClientSecret = SimulatedGreenhouse::ClientSecret;
const QByteArray HarvestKey = SimulatedGreenhouse::HarvestKey;
const QString SiteAdmin = latin(SimulatedGreenhouse::SiteAdminUserId);
const QString BasicUser = latin(SimulatedGreenhouse::BasicUserId);

// Distinctive secrets used by the cases below: none of them may ever show up in any output.
const QByteArray WrongSecret = "wrong-secret-Vq83nRt2LpX0";
const QByteArray WrongKey = "f00dfeedf00dfeedf00dfeedf00dfeed";
const QByteArray QuotedSecret = "quoted-secret-Hy62Lm";
const QByteArray LineBreakFirst = "linebreak-secret-Aa71";
const QByteArray LineBreakSecond = "second-half-Bb82";
const QByteArray BasicHeaderSecret = "YmFzaWMtc2VjcmV0LUNjOTM";
const QByteArray UrlSecret = "url-secret-Dd04";
const QByteArray ArgvSecret = "argv-secret-Ee15";
const QByteArray PositionalSecret = "stray-positional-Ff26";
const QByteArray OptionValueSecret = "option-value-Hh48";

QList<QByteArray> knownSecrets() {
    return {ClientSecret, HarvestKey, WrongSecret, WrongKey, QuotedSecret, LineBreakFirst, LineBreakSecond,
            BasicHeaderSecret, UrlSecret, ArgvSecret, PositionalSecret, OptionValueSecret,
            // The Authorization headers built from them.
            (ClientId.toUtf8() + ':' + ClientSecret).toBase64(), (HarvestKey + ':').toBase64(),
            (ClientId.toUtf8() + ':' + WrongSecret).toBase64(),
            // The simulator's bearer tokens all start like a JWT.
            "eyJ"};
}

// The rows the contract requires, in its order, with Greenhouse's labels.
struct ExpectedPermission {
    const char *id;
    const char *label;
};
const QList<ExpectedPermission> V3Permissions = {{"harvest:jobs:list", "Jobs > List jobs"},
                                                 {"harvest:job_posts:list", "Job posts > List job posts"},
                                                 {"harvest:openings:list", "Openings > List openings"}};
const QList<ExpectedPermission> V1Permissions = {
    {"jobs.list", "GET: List Jobs"},
    {"jobs.retrieve", "GET: Retrieve Job"},
    {"job_posts.list", "GET: List Job Posts"},
    {"job_posts.list_for_job", "GET: List Job Posts for Job"},
    {"job_posts.retrieve_for_job", "GET: Retrieve Job Post for Job"},
    {"openings.list_for_job", "GET: List Openings For a Job"}};

const QList<ExpectedPermission> &expectedPermissions(const QString &kind) {
    return kind == QLatin1String("v1") ? V1Permissions : V3Permissions;
}

// One run of the binary.
struct Invocation {
    QStringList arguments;                    // after "verify"
    std::optional<QByteArray> secretEnv;      // JOBTARGET_SETUP_SECRET
    QByteArray input;                         // written to standard input, which is then closed
    QStringList environment;                  // "NAME=value" overrides the defaults; "NAME" alone removes it
    const SimulatedGreenhouse *sim = nullptr; // whose URLs to use; default: the plain-HTTP simulator
    int timeoutMs = 30000;
};

struct Outcome {
    bool finished = false;
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
    qint64 peakKb = -1;       // the child's peak resident memory (AppProcess's Outcome says how it is known)
    bool peakIsBound = false; // an upper bound: the largest of every child so far

    bool exitedWith(int code) const {
        return finished && exitStatus == QProcess::NormalExit && exitCode == code;
    }
    QByteArray describe() const {
        return "finished: " + QByteArray(finished ? "yes" : "NO (killed)") + ", exit code " +
               QByteArray::number(exitCode) + (exitStatus == QProcess::CrashExit ? " (crashed)" : "") + ", " +
               QByteArray::number(elapsedMs) + " ms\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err +
               "\n--------------";
    }
};

QByteArray leakIn(const Outcome &outcome, const QList<QByteArray> &extra = {}) {
    for (const QByteArray &secret : knownSecrets() + extra) {
        if (!secret.isEmpty() && (outcome.out.contains(secret) || outcome.err.contains(secret)))
            return secret;
    }
    return {};
}

} // namespace

// Failure texts carry the whole output of the run, so a failing case explains itself.
#define VERIFY_EXIT(outcome, code)                                                                           \
    QVERIFY2((outcome).exitedWith(code),                                                                     \
             QByteArray("expected exit status " + QByteArray::number(code) + "\n" + (outcome).describe())    \
                 .constData())

#define VERIFY_NO_SECRETS(outcome, ...)                                                                      \
    do {                                                                                                     \
        const QByteArray leaked = leakIn((outcome)__VA_OPT__(, ) __VA_ARGS__);                               \
        QVERIFY2(leaked.isEmpty(),                                                                           \
                 QByteArray("printed something secret: \"" + leaked + "\"\n" + (outcome).describe())         \
                     .constData());                                                                          \
    } while (false)

// Runs a helper that uses QVERIFY/QCOMPARE and stops the test function when it failed.
#define JT_CHECK(call)                                                                                       \
    do {                                                                                                     \
        call;                                                                                                \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

namespace {

QJsonObject parseReport(const Outcome &outcome, bool *ok) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(outcome.out, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

// The report's permission rows: ids and labels exactly as the man page lists them, in its order, with these
// statuses; a "fix" on exactly the missing rows.
void checkPermissions(const QJsonObject &report, const QString &kind, const QStringList &statuses,
                      const QByteArray &context) {
    const QList<ExpectedPermission> &expected = expectedPermissions(kind);
    QCOMPARE(statuses.size(), expected.size());
    const QJsonArray rows = report.value(QLatin1String("permissions")).toArray();
    QVERIFY2(rows.size() == expected.size(), context.constData());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const QByteArray where = "permission row " + QByteArray::number(i) + "\n" + context;
        QVERIFY2(row.value(QLatin1String("id")).toString() == latin(expected.at(i).id), where.constData());
        QVERIFY2(row.value(QLatin1String("label")).toString() == latin(expected.at(i).label),
                 where.constData());
        QVERIFY2(row.value(QLatin1String("status")).toString() == statuses.at(i),
                 QByteArray("expected status " + statuses.at(i).toUtf8() + " in " + where).constData());
        const bool missing = statuses.at(i) == QLatin1String("missing");
        QVERIFY2(row.contains(QLatin1String("fix")) == missing, where.constData());
        if (missing) {
            // The exact clicks: the fix names the permission to tick, as Greenhouse labels it.
            const QString fix = row.value(QLatin1String("fix")).toString();
            QVERIFY2(fix.contains(latin(expected.at(i).label)), where.constData());
            QVERIFY2(fix.contains(kind == QLatin1String("v1") ? QLatin1String("Manage Permissions")
                                                              : QLatin1String("Manage Scopes")),
                     where.constData());
        }
    }
}

QStringList allOf(const QString &kind, const QString &status) {
    return QStringList(expectedPermissions(kind).size(), status);
}

// Every row granted except row `index`, which has `status`.
QStringList grantedExcept(const QString &kind, qsizetype index, const QString &status) {
    QStringList statuses = allOf(kind, QStringLiteral("granted"));
    statuses[index] = status;
    return statuses;
}

QJsonValue nullOr(const QString &text) {
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue nullOr(int number) {
    return number < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(number);
}

// sameAccount: "true", "false" or "null".
QJsonValue tristate(const QString &value) {
    if (value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("false"))
        return false;
    return QJsonValue(QJsonValue::Null);
}

} // namespace

class TestVerifyCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void passes_data();
    void passes();
    void textOutputIsReadable();
    void textOutputExplainsMissingPermission();
    void textOutputAnnouncesRateLimitWait();
    void spentBudgetIsWaitedFor();

    void credentialRejected_data();
    void credentialRejected();

    void v3ScopeMissing_data();
    void v3ScopeMissing();
    void v1PermissionMissing_data();
    void v1PermissionMissing();
    void subjectIsNotSiteAdmin();
    void subjectIsNotSiteAdminAnsweredWithEmptyLists();
    void missingOutranksUnreachable_data();
    void missingOutranksUnreachable();

    void boardProblem_data();
    void boardProblem();

    void unreachable_data();
    void unreachable();
    void tls_data();
    void tls();
    void transientFaultsAreRetried_data();
    void transientFaultsAreRetried();

    void firstFailingStageWins_data();
    void firstFailingStageWins();
    void undecidableSameAccountDoesNotFail_data();
    void undecidableSameAccountDoesNotFail();
    void tokenExpiryVariants_data();
    void tokenExpiryVariants();
    void boardDiscoveryIsNotARow();
    void serverTextNeverReachesTheTerminalRaw();
    void boardsTheCredentialCanSee();
    void theDeadlineEndsTheWholeCheck_data();
    void theDeadlineEndsTheWholeCheck();
    void anUnknownOptionIsNeverEchoed();
    void anOptionGivenTwiceIsRefused();
    void aSecretWithANulIsRefused();
    void timesAreFiniteNumbersInRange_data();
    void timesAreFiniteNumbersInRange();
    void memoryStaysBoundedWhateverTheServerSends_data();
    void memoryStaysBoundedWhateverTheServerSends();
    void boardTokenForms_data();
    void boardTokenForms();
    void loopbackAddresses_data();
    void loopbackAddresses();
    void expiredTokenIsRenewedOnce();
    void secondUnauthorizedMeansRejected();
    void proxyIsHonoured();
    void loopbackBypassesProxy();
    void checksRunInParallel();

    void badInput_data();
    void badInput();
    void caFileIsARegularFileOfSaneSize_data();
    void caFileIsARegularFileOfSaneSize();
    void scheduledCheckIgnoresTheSecretVariable();

    void secretsNeverPrinted();

private:
    Outcome run(const Invocation &call);
    static void useKnownGoodCredential(Invocation &call, const QString &kind);
    // A v3 run of the known-good credential with this board (empty: no --board-token), JSON output.
    Outcome runV3(const QStringList &extraArguments = {}, int timeoutMs = 30000);

    std::unique_ptr<SimulatedGreenhouse> m_sim;
    std::unique_ptr<SimulatedGreenhouse> m_tlsSim;
    QList<Outcome> m_transcripts; // every run, for the final "no secret anywhere" sweep
};

Outcome TestVerifyCli::run(const Invocation &call) {
    const SimulatedGreenhouse *sim = call.sim ? call.sim : m_sim.get();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Nothing inherited may influence the child: secrets, base URLs, proxies, the language.
    for (const QString &name : environment.keys()) {
        if (name == SecretVariable || name.startsWith(QLatin1String("GREENHOUSE_")) ||
            name.endsWith(QLatin1String("_proxy"), Qt::CaseInsensitive) ||
            name.startsWith(QLatin1String("LC_")) || name == QLatin1String("LANG") ||
            name == QLatin1String("LANGUAGE"))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("GREENHOUSE_AUTH_URL"), sim->authUrl().toString());
    environment.insert(QStringLiteral("GREENHOUSE_HARVEST_URL"), sim->harvestUrl().toString());
    environment.insert(QStringLiteral("GREENHOUSE_BOARDS_URL"), sim->boardsUrl().toString());
    if (call.secretEnv)
        environment.insert(SecretVariable, QString::fromUtf8(*call.secretEnv));
    for (const QString &entry : call.environment) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals < 0)
            environment.remove(entry);
        else
            environment.insert(entry.left(equals), entry.mid(equals + 1));
    }

    jt::test::AppProcess process(QStringList{QStringLiteral("verify")} + call.arguments, environment,
                                 QStringLiteral(JT_APP_BINARY), call.input);
    const jt::test::Outcome ran = process.finish(call.timeoutMs);
    Outcome outcome;
    outcome.finished = ran.ended;
    outcome.exitCode = ran.exitCode;
    outcome.exitStatus = ran.exitStatus;
    outcome.out = ran.out;
    outcome.err = ran.err;
    outcome.elapsedMs = ran.elapsedMs;
    outcome.peakKb = ran.peakKb;
    outcome.peakIsBound = ran.peakIsBound;
    // Whatever the child sent last reaches the simulator before the test looks at what it saw.
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    m_transcripts.append(outcome);
    return outcome;
}

// The simulator's valid credential of `kind` ("v3" or "v1"): its Client ID, and the secret from the
// environment.
void TestVerifyCli::useKnownGoodCredential(Invocation &call, const QString &kind) {
    if (kind == QLatin1String("v3")) {
        call.arguments << QStringLiteral("--client-id") << ClientId;
        call.secretEnv = ClientSecret;
    } else {
        call.secretEnv = HarvestKey;
    }
}

Outcome TestVerifyCli::runV3(const QStringList &extraArguments, int timeoutMs) {
    Invocation call;
    call.arguments = QStringList{QStringLiteral("--client-id"), ClientId, QStringLiteral("--format"),
                                 QStringLiteral("json")} +
                     extraArguments;
    call.secretEnv = ClientSecret;
    call.timeoutMs = timeoutMs;
    return run(call);
}

void TestVerifyCli::initTestCase() {
    const QFileInfo binary(QStringLiteral(JT_APP_BINARY));
    QVERIFY2(binary.isExecutable(), JT_APP_BINARY);
    m_sim = std::make_unique<SimulatedGreenhouse>();
    QVERIFY(m_sim->start());
    const jt::sim::SimTls tls = jt::test::simTls();
    QVERIFY(!tls.certificate.isNull() && !tls.key.isNull());
    m_tlsSim = std::make_unique<SimulatedGreenhouse>();
    QVERIFY(m_tlsSim->start(QHostAddress::LocalHost, &tls));
    QCOMPARE(m_tlsSim->authUrl().scheme(), QStringLiteral("https"));
}

void TestVerifyCli::init() {
    for (SimulatedGreenhouse *sim : {m_sim.get(), m_tlsSim.get()}) {
        sim->setScenario(jt::sim::SimScenario{});
        sim->clearSeen();
    }
}

// ---- exit 0 ----

void TestVerifyCli::passes_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<bool>("viaStdin");
    QTest::addColumn<QString>("boardStatus");
    QTest::addColumn<QString>("boardToken"); // null: JSON null
    QTest::addColumn<QString>("boardName");  // null: JSON null
    QTest::addColumn<int>("liveJobs");       // -1: JSON null
    QTest::addColumn<QString>("sameAccount");
    QTest::addColumn<QString>("warning"); // null: no warning at all; else a warning containing this

    const QString v3 = QStringLiteral("v3");
    const QString v1 = QStringLiteral("v1");
    const QString found = QStringLiteral("found");
    const QString acme = QStringLiteral("acme");
    const QString acmeName = QStringLiteral("Acme Robotics");
    const QString yes = QStringLiteral("true");
    const QString null = QStringLiteral("null");
    const QStringList v3Id{QStringLiteral("--client-id"), ClientId};
    const QStringList acmeBoard{QStringLiteral("--board-token"), acme};

    QTest::newRow("v3, board acme") << v3 << v3Id + acmeBoard << ClientSecret << false << found << acme
                                    << acmeName << 12 << yes << QString();
    QTest::newRow("v3, Site Admin user id, board acme")
        << v3 << v3Id + QStringList{QStringLiteral("--user-id"), SiteAdmin} + acmeBoard << ClientSecret
        << false << found << acme << acmeName << 12 << yes << QString();
    QTest::newRow("v3, Site Admin given as the user's address")
        << v3
        << v3Id +
               QStringList{QStringLiteral("--user-id"),
                           QStringLiteral("https://app.greenhouse.io/account/users/") + SiteAdmin} +
               acmeBoard
        << ClientSecret << false << found << acme << acmeName << 12 << yes << QString();
    QTest::newRow("v3, Client ID trimmed")
        << v3
        << QStringList{QStringLiteral("--client-id"), QStringLiteral("  ") + ClientId + QStringLiteral(" ")} +
               acmeBoard
        << ClientSecret << false << found << acme << acmeName << 12 << yes << QString();
    QTest::newRow("v3, board URL normalised to its token")
        << v3
        << v3Id + QStringList{QStringLiteral("--board-token"),
                              QStringLiteral("https://boards.greenhouse.io/ACME/jobs/123")}
        << ClientSecret << false << found << acme << acmeName << 12 << yes << QString();
    QTest::newRow("v3, secret on standard input")
        << v3 << v3Id + QStringList{QStringLiteral("--secret-stdin")} + acmeBoard << ClientSecret << true
        << found << acme << acmeName << 12 << yes << QString();
    QTest::newRow("v3, secret on standard input with stray spaces and CRLF")
        << v3 << v3Id + QStringList{QStringLiteral("--secret-stdin")} + acmeBoard
        << QByteArray("  " + ClientSecret + " \r") << true << found << acme << acmeName << 12 << yes
        << QString();
    QTest::newRow("v3, only the first line of standard input is the secret")
        << v3 << v3Id + QStringList{QStringLiteral("--secret-stdin")} + acmeBoard
        << QByteArray(ClientSecret + "\nsecond line, not part of the secret") << true << found << acme
        << acmeName << 12 << yes << QString();
    QTest::newRow("v3, no board: skipped") << v3 << v3Id << ClientSecret << false << QStringLiteral("skipped")
                                           << QString() << QString() << -1 << null << QString();
    QTest::newRow("v3, quietco: no live jobs is a warning")
        << v3 << v3Id + QStringList{QStringLiteral("--board-token"), QStringLiteral("quietco")}
        << ClientSecret << false << found << QStringLiteral("quietco") << QStringLiteral("Quiet Co") << 0
        << null << QStringLiteral("no live jobs");
    QTest::newRow("v3, bigboard: 5000 live jobs")
        << v3 << v3Id + QStringList{QStringLiteral("--board-token"), QStringLiteral("bigboard")}
        << ClientSecret << false << found << QStringLiteral("bigboard") << QStringLiteral("Big Board Inc")
        << 5000 << yes << QString();
    QTest::newRow("v1, board acme: legacy key warning")
        << v1 << QStringList{QStringLiteral("--credential"), v1} + acmeBoard << HarvestKey << false << found
        << acme << acmeName << 12 << yes << QStringLiteral("retired");
    QTest::newRow("v1, no board, key on standard input")
        << v1 << QStringList{QStringLiteral("--credential"), v1, QStringLiteral("--secret-stdin")}
        << HarvestKey << true << QStringLiteral("skipped") << QString() << QString() << -1 << null
        << QStringLiteral("retired");
}

void TestVerifyCli::passes() {
    QFETCH(QString, kind);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, secret);
    QFETCH(bool, viaStdin);
    QFETCH(QString, boardStatus);
    QFETCH(QString, boardToken);
    QFETCH(QString, boardName);
    QFETCH(int, liveJobs);
    QFETCH(QString, sameAccount);
    QFETCH(QString, warning);

    Invocation call;
    call.arguments = QStringList{QStringLiteral("--format"), QStringLiteral("json")} + arguments;
    if (viaStdin)
        call.input = secret + '\n';
    else
        call.secretEnv = secret;
    const Outcome outcome = run(call);
    VERIFY_EXIT(outcome, ExitOk);
    VERIFY_NO_SECRETS(outcome);

    bool parsed = false;
    const QJsonObject report = parseReport(outcome, &parsed);
    QVERIFY2(parsed, outcome.describe().constData());
    QCOMPARE(report.value(QLatin1String("ok")), QJsonValue(true));
    const QDateTime checkedAt =
        QDateTime::fromString(report.value(QLatin1String("checked_at")).toString(), Qt::ISODate);
    QVERIFY2(checkedAt.isValid() && qAbs(checkedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120,
             outcome.describe().constData());

    const QJsonObject credential = report.value(QLatin1String("credential")).toObject();
    QCOMPARE(credential.value(QLatin1String("kind")).toString(), kind);
    QCOMPARE(credential.value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
    JT_CHECK(checkPermissions(report, kind, allOf(kind, QStringLiteral("granted")), outcome.describe()));

    const QJsonObject board = report.value(QLatin1String("board")).toObject();
    QCOMPARE(board.value(QLatin1String("status")).toString(), boardStatus);
    QCOMPARE(board.value(QLatin1String("token")), nullOr(boardToken));
    QCOMPARE(board.value(QLatin1String("name")), nullOr(boardName));
    QCOMPARE(board.value(QLatin1String("live_jobs")), nullOr(liveJobs));
    QVERIFY2(board.contains(QLatin1String("same_account")), outcome.describe().constData());
    QCOMPARE(board.value(QLatin1String("same_account")), tristate(sameAccount));

    // Each credential went only where it belongs: the Client Secret to the token host, the token or the API
    // key to Harvest, nothing to the public job board host.
    for (const jt::sim::SeenRequest &request : m_sim->seen()) {
        const QByteArray where = request.target + " carried \"" + request.authorization.left(7) + "…\"";
        switch (request.api) {
        case Api::Auth:
            QVERIFY2(kind == QLatin1String("v3") && request.authorization.startsWith("Basic "),
                     where.constData());
            break;
        case Api::Harvest:
            QVERIFY2(request.authorization.startsWith(kind == QLatin1String("v3") ? "Bearer " : "Basic "),
                     where.constData());
            break;
        case Api::Boards:
            QVERIFY2(request.authorization.isEmpty(), where.constData());
            break;
        }
    }

    QVERIFY2(report.value(QLatin1String("warnings")).isArray(), outcome.describe().constData());
    const QJsonArray warnings = report.value(QLatin1String("warnings")).toArray();
    if (warning.isNull()) {
        QVERIFY2(warnings.isEmpty(), outcome.describe().constData());
    } else {
        const bool present = std::any_of(warnings.begin(), warnings.end(), [&](const QJsonValue &value) {
            return value.toString().contains(warning, Qt::CaseInsensitive);
        });
        QVERIFY2(
            present,
            QByteArray("no warning about \"" + warning.toUtf8() + "\"\n" + outcome.describe()).constData());
    }
}

void TestVerifyCli::textOutputIsReadable() {
    Invocation call;
    call.arguments = QStringList{QStringLiteral("--client-id"), ClientId, QStringLiteral("--board-token"),
                                 QStringLiteral("acme")};
    call.secretEnv = ClientSecret;
    const Outcome outcome = run(call);
    VERIFY_EXIT(outcome, ExitOk);
    VERIFY_NO_SECRETS(outcome);

    const QString text = QString::fromUtf8(outcome.out);
    QVERIFY2(!text.trimmed().startsWith(QLatin1Char('{')), "the default format is text, not JSON");
    QVERIFY2(text.count(QLatin1Char('\n')) >= 5, outcome.describe().constData());
    for (const ExpectedPermission &permission : V3Permissions)
        QVERIFY2(text.contains(latin(permission.label)), outcome.describe().constData());
    QVERIFY2(text.contains(QLatin1String("Acme Robotics")), outcome.describe().constData());
    QVERIFY2(text.contains(QLatin1String("12")), outcome.describe().constData());
    QVERIFY2(!text.contains(QLatin1String("missing")), outcome.describe().constData());
}

void TestVerifyCli::textOutputExplainsMissingPermission() {
    m_sim->scenario().missingPermissions = {QStringLiteral("harvest:openings:list")};
    Invocation call;
    call.arguments = QStringList{QStringLiteral("--client-id"), ClientId};
    call.secretEnv = ClientSecret;
    const Outcome outcome = run(call);
    VERIFY_EXIT(outcome, ExitPermissions);
    VERIFY_NO_SECRETS(outcome);
    const QString text = QString::fromUtf8(outcome.out);
    QVERIFY2(text.contains(QLatin1String("Openings > List openings")), outcome.describe().constData());
    QVERIFY2(text.contains(QLatin1String("missing")), outcome.describe().constData());
    QVERIFY2(text.contains(QLatin1String("Manage Scopes")), outcome.describe().constData());
}

void TestVerifyCli::textOutputAnnouncesRateLimitWait() {
    m_sim->scenario().retryAfterSeconds = 1;
    m_sim->scenario().faults = {FaultRule{Api::Auth, Fault::RateLimited, 1, {}}};
    Invocation call;
    call.arguments = QStringList{QStringLiteral("--client-id"), ClientId};
    call.secretEnv = ClientSecret;
    const Outcome outcome = run(call);
    VERIFY_EXIT(outcome, ExitOk);
    VERIFY_NO_SECRETS(outcome);
    // People see why nothing happens for a moment.
    QVERIFY2(outcome.err.contains("slow down"), outcome.describe().constData());
}

// Greenhouse's answers say how much of its 30-second window is left (X-RateLimit-Remaining/Reset). The first
// burst (the probes, the board list, the look-up) spends all of it; the look-up that follows — again, without
// the user ID that is not a Site Admin's — waits for the reset and says so, instead of walking into a 429
// (the simulator answers 429 beyond the budget, as a strict server would).
void TestVerifyCli::spentBudgetIsWaitedFor() {
    m_sim->scenario().v3RequestsPerWindow = 5;
    m_sim->scenario().v3WindowSeconds = 3;
    m_sim->scenario().nonAdminSubjectGetsEmptyLists = true;
    Invocation call; // text: the wait is announced on stderr (JSON output keeps stderr for errors)
    call.arguments = QStringList{QStringLiteral("--client-id"),   ClientId,
                                 QStringLiteral("--user-id"),     BasicUser,
                                 QStringLiteral("--board-token"), QStringLiteral("acme")};
    call.secretEnv = ClientSecret;
    const Outcome outcome = run(call);
    VERIFY_EXIT(outcome, ExitPermissions);
    VERIFY_NO_SECRETS(outcome);
    QVERIFY2(outcome.err.contains("slow down"), outcome.describe().constData());
    QCOMPARE(m_sim->throttledAnswers(), 0);
    const QString text = QString::fromUtf8(outcome.out);
    QVERIFY2(text.contains(QLatin1String("Site Admin")) && text.contains(BasicUser),
             outcome.describe().constData());
}

// ---- exit 3 ----

void TestVerifyCli::credentialRejected_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("neverEchoed"); // besides the secrets

    QTest::newRow("v3, wrong Client Secret")
        << QStringLiteral("v3") << QStringList{QStringLiteral("--client-id"), ClientId} << WrongSecret
        << QByteArray();
    QTest::newRow("v3, unknown Client ID")
        << QStringLiteral("v3")
        << QStringList{QStringLiteral("--client-id"), QStringLiteral("jobtarget-9999")} << ClientSecret
        << QByteArray();
    // Greenhouse echoes a malformed id back in its error; it must not reach the output.
    QTest::newRow("v3, malformed Client ID (no -digits suffix)")
        << QStringLiteral("v3")
        << QStringList{QStringLiteral("--client-id"), QStringLiteral("malformedclientGg")} << ClientSecret
        << QByteArray("malformedclientGg");
    QTest::newRow("v3, Site Admin user id unknown to Greenhouse")
        << QStringLiteral("v3")
        << QStringList{QStringLiteral("--client-id"), ClientId, QStringLiteral("--user-id"),
                       QStringLiteral("999")}
        << ClientSecret << QByteArray();
    QTest::newRow("v1, invalid API key")
        << QStringLiteral("v1") << QStringList{QStringLiteral("--credential"), QStringLiteral("v1")}
        << WrongKey << QByteArray();
}

void TestVerifyCli::credentialRejected() {
    QFETCH(QString, kind);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, neverEchoed);

    for (const QString &format : {QStringLiteral("json"), QStringLiteral("text")}) {
        Invocation call;
        call.arguments = QStringList{QStringLiteral("--format"), format, QStringLiteral("--board-token"),
                                     QStringLiteral("acme")} +
                         arguments;
        call.secretEnv = secret;
        const Outcome outcome = run(call);
        VERIFY_EXIT(outcome, ExitRejected);
        VERIFY_NO_SECRETS(outcome, QList<QByteArray>{neverEchoed});
        if (format == QLatin1String("text"))
            continue;

        bool parsed = false;
        const QJsonObject report = parseReport(outcome, &parsed);
        QVERIFY2(parsed, outcome.describe().constData());
        QCOMPARE(report.value(QLatin1String("ok")), QJsonValue(false));
        const QJsonObject credential = report.value(QLatin1String("credential")).toObject();
        QCOMPARE(credential.value(QLatin1String("kind")).toString(), kind);
        QCOMPARE(credential.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        QVERIFY2(!credential.value(QLatin1String("message")).toString().isEmpty(),
                 outcome.describe().constData());
        JT_CHECK(
            checkPermissions(report, kind, allOf(kind, QStringLiteral("not_checked")), outcome.describe()));
        // The public board is checked even so, so the admin sees every problem at once.
        const QJsonObject board = report.value(QLatin1String("board")).toObject();
        QCOMPARE(board.value(QLatin1String("status")).toString(), QStringLiteral("found"));
        QCOMPARE(board.value(QLatin1String("name")).toString(), QStringLiteral("Acme Robotics"));
        QCOMPARE(board.value(QLatin1String("live_jobs")), QJsonValue(12));
    }
}

// ---- exit 4 ----

void TestVerifyCli::v3ScopeMissing_data() {
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < V3Permissions.size(); ++i)
        QTest::newRow(V3Permissions.at(i).id) << int(i);
}

void TestVerifyCli::v3ScopeMissing() {
    QFETCH(int, index);
    m_sim->scenario().missingPermissions = {latin(V3Permissions.at(index).id)};
    const Outcome outcome = runV3({QStringLiteral("--board-token"), QStringLiteral("acme")});
    VERIFY_EXIT(outcome, ExitPermissions);
    VERIFY_NO_SECRETS(outcome);
    bool parsed = false;
    const QJsonObject report = parseReport(outcome, &parsed);
    QVERIFY2(parsed, outcome.describe().constData());
    QCOMPARE(report.value(QLatin1String("ok")), QJsonValue(false));
    QCOMPARE(report.value(QLatin1String("credential")).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("accepted"));
    JT_CHECK(checkPermissions(report, QStringLiteral("v3"),
                              grantedExcept(QStringLiteral("v3"), index, QStringLiteral("missing")),
                              outcome.describe()));
    QCOMPARE(report.value(QLatin1String("board")).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("found"));
}

void TestVerifyCli::v1PermissionMissing_data() {
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("answeredAs401");
    for (const bool as401 : {false, true}) {
        for (qsizetype i = 0; i < V1Permissions.size(); ++i) {
            const QByteArray name =
                QByteArray(V1Permissions.at(i).id) + (as401 ? " (answered 401)" : " (403)");
            QTest::newRow(name.constData()) << int(i) << as401;
        }
    }
}

void TestVerifyCli::v1PermissionMissing() {
    QFETCH(int, index);
    QFETCH(bool, answeredAs401);
    m_sim->scenario().missingPermissions = {latin(V1Permissions.at(index).id)};
    m_sim->scenario().v1MissingAnsweredAs401 = answeredAs401;
    Invocation call;
    call.arguments = QStringList{QStringLiteral("--credential"),  QStringLiteral("v1"),
                                 QStringLiteral("--format"),      QStringLiteral("json"),
                                 QStringLiteral("--board-token"), QStringLiteral("acme")};
    call.secretEnv = HarvestKey;
    const Outcome outcome = run(call);
    VERIFY_EXIT(outcome, ExitPermissions);
    VERIFY_NO_SECRETS(outcome);
    bool parsed = false;
    const QJsonObject report = parseReport(outcome, &parsed);
    QVERIFY2(parsed, outcome.describe().constData());
    QCOMPARE(report.value(QLatin1String("ok")), QJsonValue(false));
    QCOMPARE(report.value(QLatin1String("credential")).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("accepted"));
    JT_CHECK(checkPermissions(report, QStringLiteral("v1"),
                              grantedExcept(QStringLiteral("v1"), index, QStringLiteral("missing")),
                              outcome.describe()));
}

void TestVerifyCli::subjectIsNotSiteAdmin() {
    const Outcome outcome = runV3({QStringLiteral("--user-id"), BasicUser});
    VERIFY_EXIT(outcome, ExitPermissions);
    VERIFY_NO_SECRETS(outcome);
    bool parsed = false;
    const QJsonObject report = parseReport(outcome, &parsed);
    QVERIFY2(parsed, outcome.describe().constData());
    QCOMPARE(report.value(QLatin1String("ok")), QJsonValue(false));
    const QJsonObject credential = report.value(QLatin1String("credential")).toObject();
    QCOMPARE(credential.value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
    // The admin learns that the subject is the likely cause, not only that every scope seems unticked.
    QVERIFY2(credential.value(QLatin1String("message")).toString().contains(QLatin1String("Site Admin")),
             outcome.describe().constData());
    JT_CHECK(checkPermissions(report, QStringLiteral("v3"),
                              allOf(QStringLiteral("v3"), QStringLiteral("missing")), outcome.describe()));
}

// Greenhouse's documented variant: empty lists for a user who is not a Site Admin. It looked like "the
// board belongs to another account" (exit 5); now exit 4 with credential.reason subject_not_site_admin and
// every permission's fix naming the user ID.
void TestVerifyCli::subjectIsNotSiteAdminAnsweredWithEmptyLists() {
    m_sim->scenario().nonAdminSubjectGetsEmptyLists = true;
    const Outcome outcome = runV3(
        {QStringLiteral("--user-id"), BasicUser, QStringLiteral("--board-token"), QStringLiteral("acme")});
    VERIFY_EXIT(outcome, ExitPermissions);
    VERIFY_NO_SECRETS(outcome);
    bool parsed = false;
    const QJsonObject report = parseReport(outcome, &parsed);
    QVERIFY2(parsed, outcome.describe().constData());
    const QJsonObject credential = report.value(QLatin1String("credential")).toObject();
    QCOMPARE(credential.value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(credential.value(QLatin1String("reason")).toString(), QStringLiteral("subject_not_site_admin"));
    // Every permission missing, each with the one fix that helps (not "tick the scope").
    const QJsonArray rows = report.value(QLatin1String("permissions")).toArray();
    QCOMPARE(rows.size(), jt::requiredPermissions(jt::CredentialKind::HarvestV3).size());
    for (const QJsonValue row : rows) {
        QCOMPARE(row.toObject().value(QLatin1String("status")).toString(), QStringLiteral("missing"));
        const QString fix = row.toObject().value(QLatin1String("fix")).toString();
        QVERIFY2(fix.contains(BasicUser) && !fix.contains(QLatin1String("Manage Scopes")),
                 outcome.describe().constData());
    }
    QCOMPARE(report.value(QLatin1String("board")).toObject().value(QLatin1String("same_account")),
             QJsonValue(true));
}

void TestVerifyCli::missingOutranksUnreachable_data() {
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("reason");
    QTest::newRow("job posts 5xx beyond budget") << int(Fault::ServerError) << QStringLiteral("server_error");
    QTest::newRow("job posts captive portal")
        << int(Fault::CaptivePortal) << QStringLiteral("unexpected_answer");
}

void TestVerifyCli::missingOutranksUnreachable() {
    QFETCH(int, fault);
    QFETCH(QString, reason);
    m_sim->scenario().missingPermissions = {QStringLiteral("harvest:openings:list")};
    m_sim->scenario().faults = {FaultRule{Api::Harvest, Fault(fault), -1, QStringLiteral("/v3/job_posts")}};
    const Outcome outcome = runV3();
    VERIFY_EXIT(outcome, ExitPermissions);
    VERIFY_NO_SECRETS(outcome);
    bool parsed = false;
    const QJsonObject report = parseReport(outcome, &parsed);
    QVERIFY2(parsed, outcome.describe().constData());
    JT_CHECK(checkPermissions(
        report, QStringLiteral("v3"),
        {QStringLiteral("granted"), QStringLiteral("unreachable"), QStringLiteral("missing")},
        outcome.describe()));
    QCOMPARE(
        report.value(QLatin1String("permissions")).toArray().at(1).toObject().value(QLatin1String("reason")),
        QJsonValue(reason));
}

// ---- exit 5 ----

void TestVerifyCli::boardProblem_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("board");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("sameAccount");

    const QString null = QStringLiteral("null");
    QTest::newRow("v3, unknown board")
        << QStringLiteral("v3") << QStringLiteral("no-such-board") << QStringLiteral("no-such-board")
        << QStringLiteral("not_found") << QString() << null;
    QTest::newRow("v3, unknown board given as URL")
        << QStringLiteral("v3") << QStringLiteral("https://job-boards.greenhouse.io/NoSuchBoard")
        << QStringLiteral("nosuchboard") << QStringLiteral("not_found") << QString() << null;
    QTest::newRow("v3, othercorp: another account's jobs")
        << QStringLiteral("v3") << QStringLiteral("othercorp") << QStringLiteral("othercorp")
        << QStringLiteral("found") << QStringLiteral("Other Corp") << QStringLiteral("false");
    QTest::newRow("v1, othercorp: another account's jobs")
        << QStringLiteral("v1") << QStringLiteral("othercorp") << QStringLiteral("othercorp")
        << QStringLiteral("found") << QStringLiteral("Other Corp") << QStringLiteral("false");
}

void TestVerifyCli::boardProblem() {
    QFETCH(QString, kind);
    QFETCH(QString, board);
    QFETCH(QString, token);
    QFETCH(QString, status);
    QFETCH(QString, name);
    QFETCH(QString, sameAccount);

    Invocation call;
    call.arguments = QStringList{QStringLiteral("--format"),      QStringLiteral("json"),
                                 QStringLiteral("--board-token"), board,
                                 QStringLiteral("--credential"),  kind};
    useKnownGoodCredential(call, kind);
    const Outcome outcome = run(call);
    VERIFY_EXIT(outcome, ExitBoard);
    VERIFY_NO_SECRETS(outcome);
    bool parsed = false;
    const QJsonObject report = parseReport(outcome, &parsed);
    QVERIFY2(parsed, outcome.describe().constData());
    QCOMPARE(report.value(QLatin1String("ok")), QJsonValue(false));
    QCOMPARE(report.value(QLatin1String("credential")).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("accepted"));
    JT_CHECK(checkPermissions(report, kind, allOf(kind, QStringLiteral("granted")), outcome.describe()));
    const QJsonObject boardJson = report.value(QLatin1String("board")).toObject();
    QCOMPARE(boardJson.value(QLatin1String("token")).toString(), token);
    QCOMPARE(boardJson.value(QLatin1String("status")).toString(), status);
    QCOMPARE(boardJson.value(QLatin1String("name")), nullOr(name));
    QVERIFY2(boardJson.contains(QLatin1String("same_account")), outcome.describe().constData());
    QCOMPARE(boardJson.value(QLatin1String("same_account")), tristate(sameAccount));
}

// ---- exit 6 ----

void TestVerifyCli::unreachable_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("api");
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("closedAuthPort");
    QTest::addColumn<QString>("credentialStatus");
    QTest::addColumn<QString>("permissionStatus"); // every row
    QTest::addColumn<QString>("boardStatus");
    QTest::addColumn<QString>("reason");        // on whatever is "unreachable"
    QTest::addColumn<int>("expectedAuthPosts"); // -1: not counted

    const QString v3 = QStringLiteral("v3");
    const QString v1 = QStringLiteral("v1");
    const QString unreachable = QStringLiteral("unreachable");
    const QString accepted = QStringLiteral("accepted");
    const QString notChecked = QStringLiteral("not_checked");
    const QString granted = QStringLiteral("granted");
    const QString found = QStringLiteral("found");
    const int none = int(Fault::None);
    const int auth = int(Api::Auth);
    const int harvest = int(Api::Harvest);
    const int boards = int(Api::Boards);

    QTest::newRow("auth: closed port") << v3 << auth << none << true << unreachable << notChecked << found
                                       << QStringLiteral("network") << -1;
    QTest::newRow("auth: never answers (--timeout 1)")
        << v3 << auth << int(Fault::NeverAnswer) << false << unreachable << notChecked << found
        << QStringLiteral("timeout") << 3;
    QTest::newRow("auth: 5xx beyond the retry budget")
        << v3 << auth << int(Fault::ServerError) << false << unreachable << notChecked << found
        << QStringLiteral("server_error") << 3;
    QTest::newRow("auth: 429 beyond the retry budget")
        << v3 << auth << int(Fault::RateLimited) << false << unreachable << notChecked << found
        << QStringLiteral("rate_limited") << 3;
    QTest::newRow("auth: drops every connection")
        << v3 << auth << int(Fault::DropConnection) << false << unreachable << notChecked << found
        << QStringLiteral("network") << -1; // Qt itself may resend once on a dropped connection
    QTest::newRow("auth: captive portal") << v3 << auth << int(Fault::CaptivePortal) << false << unreachable
                                          << notChecked << found << QStringLiteral("unexpected_answer") << 1;
    QTest::newRow("harvest: captive portal, never granted")
        << v3 << harvest << int(Fault::CaptivePortal) << false << accepted << unreachable << found
        << QStringLiteral("unexpected_answer") << 1;
    QTest::newRow("harvest: malformed JSON")
        << v3 << harvest << int(Fault::MalformedJson) << false << accepted << unreachable << found
        << QStringLiteral("unexpected_answer") << 1;
    QTest::newRow("harvest: truncated JSON")
        << v3 << harvest << int(Fault::TruncatedJson) << false << accepted << unreachable << found
        << QStringLiteral("unexpected_answer") << -1;
    QTest::newRow("harvest: oversized answer")
        << v3 << harvest << int(Fault::Oversized) << false << accepted << unreachable << found
        << QStringLiteral("unexpected_answer") << 1;
    QTest::newRow("harvest: 5xx beyond the retry budget")
        << v3 << harvest << int(Fault::ServerError) << false << accepted << unreachable << found
        << QStringLiteral("server_error") << -1;
    QTest::newRow("harvest: 429 beyond the retry budget")
        << v3 << harvest << int(Fault::RateLimited) << false << accepted << unreachable << found
        << QStringLiteral("rate_limited") << -1;
    QTest::newRow("harvest: redirect to another host")
        << v3 << harvest << int(Fault::RedirectElsewhere) << false << accepted << unreachable << found
        << QStringLiteral("unexpected_answer") << -1;
    QTest::newRow("v1 harvest: captive portal, never granted")
        << v1 << harvest << int(Fault::CaptivePortal) << false << unreachable << notChecked << found
        << QStringLiteral("unexpected_answer") << 0;
    QTest::newRow("v1 harvest: 5xx beyond the retry budget")
        << v1 << harvest << int(Fault::ServerError) << false << unreachable << notChecked << found
        << QStringLiteral("server_error") << 0;
    QTest::newRow("boards: 5xx beyond the retry budget")
        << v3 << boards << int(Fault::ServerError) << false << accepted << granted << unreachable
        << QStringLiteral("server_error") << 1;
    QTest::newRow("boards: captive portal")
        << v3 << boards << int(Fault::CaptivePortal) << false << accepted << granted << unreachable
        << QStringLiteral("unexpected_answer") << 1;
}

void TestVerifyCli::unreachable() {
    QFETCH(QString, kind);
    QFETCH(int, api);
    QFETCH(int, fault);
    QFETCH(bool, closedAuthPort);
    QFETCH(QString, credentialStatus);
    QFETCH(QString, permissionStatus);
    QFETCH(QString, boardStatus);
    QFETCH(QString, reason);
    QFETCH(int, expectedAuthPosts);

    m_sim->scenario().retryAfterSeconds = 1;
    m_sim->scenario().redirectTarget = m_sim->boardsUrl().toString() + QLatin1Char('/');
    if (Fault(fault) != Fault::None)
        m_sim->scenario().faults = {FaultRule{Api(api), Fault(fault), -1, {}}};

    Invocation call;
    call.arguments = QStringList{QStringLiteral("--format"),      QStringLiteral("json"),
                                 QStringLiteral("--timeout"),     QStringLiteral("1"),
                                 QStringLiteral("--board-token"), QStringLiteral("acme"),
                                 QStringLiteral("--credential"),  kind};
    useKnownGoodCredential(call, kind);
    if (closedAuthPort) {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there any more
        call.environment << QStringLiteral("GREENHOUSE_AUTH_URL=http://127.0.0.1:%1").arg(port);
    }
    const Outcome outcome = run(call);
    VERIFY_EXIT(outcome, ExitUnreachable);
    VERIFY_NO_SECRETS(outcome);
    QVERIFY2(outcome.elapsedMs < 20000, outcome.describe().constData());
    if (Fault(fault) == Fault::RateLimited) // two waits of Retry-After: 1
        QVERIFY2(outcome.elapsedMs >= 1900, outcome.describe().constData());

    bool parsed = false;
    const QJsonObject report = parseReport(outcome, &parsed);
    QVERIFY2(parsed, outcome.describe().constData());
    QCOMPARE(report.value(QLatin1String("ok")), QJsonValue(false));
    const QJsonObject credential = report.value(QLatin1String("credential")).toObject();
    QCOMPARE(credential.value(QLatin1String("status")).toString(), credentialStatus);
    if (credentialStatus == QLatin1String("unreachable"))
        QCOMPARE(credential.value(QLatin1String("reason")).toString(), reason);
    JT_CHECK(checkPermissions(report, kind, allOf(kind, permissionStatus), outcome.describe()));
    if (permissionStatus == QLatin1String("unreachable")) {
        for (const QJsonValue row : report.value(QLatin1String("permissions")).toArray())
            QCOMPARE(row.toObject().value(QLatin1String("reason")).toString(), reason);
    }
    const QJsonObject board = report.value(QLatin1String("board")).toObject();
    QCOMPARE(board.value(QLatin1String("status")).toString(), boardStatus);
    if (boardStatus == QLatin1String("unreachable"))
        QCOMPARE(board.value(QLatin1String("reason")).toString(), reason);
    else
        QCOMPARE(board.value(QLatin1String("name")).toString(), QStringLiteral("Acme Robotics"));

    const QList<jt::sim::SeenRequest> &seen = m_sim->seen();
    // Retries are bounded: the first attempt and at most two more.
    if (expectedAuthPosts >= 0) {
        const auto posts = std::count_if(seen.begin(), seen.end(), [](const jt::sim::SeenRequest &request) {
            return request.api == Api::Auth;
        });
        QVERIFY2(posts == expectedAuthPosts,
                 QByteArray("token requests: " + QByteArray::number(posts) + "\n" + outcome.describe())
                     .constData());
    }
    // Nothing that carries a credential ever reaches the job board host (where the redirect points).
    for (const jt::sim::SeenRequest &request : seen)
        QVERIFY2(request.api != Api::Boards || request.authorization.isEmpty(), request.target.constData());
}

void TestVerifyCli::tls_data() {
    QTest::addColumn<QString>("caFile"); // empty: no --ca-file
    QTest::addColumn<int>("exitStatus");

    QTest::newRow("no --ca-file: not trusted") << QString() << ExitUnreachable;
    QTest::newRow("--ca-file of another CA: not trusted") << jt::test::otherCaFile() << ExitUnreachable;
    QTest::newRow("--ca-file of the simulator's CA") << jt::test::testCaFile() << ExitOk;
}

void TestVerifyCli::tls() {
    SKIP_UNDER_WINE(jt::test::WineServesNoTls);
    QFETCH(QString, caFile);
    QFETCH(int, exitStatus);

    Invocation call;
    call.sim = m_tlsSim.get();
    call.arguments = QStringList{QStringLiteral("--format"),      QStringLiteral("json"),
                                 QStringLiteral("--timeout"),     QStringLiteral("5"),
                                 QStringLiteral("--client-id"),   ClientId,
                                 QStringLiteral("--board-token"), QStringLiteral("acme")};
    if (!caFile.isEmpty())
        call.arguments << QStringLiteral("--ca-file") << caFile;
    call.secretEnv = ClientSecret;
    const Outcome outcome = run(call);
    VERIFY_EXIT(outcome, exitStatus);
    VERIFY_NO_SECRETS(outcome);

    bool parsed = false;
    const QJsonObject report = parseReport(outcome, &parsed);
    QVERIFY2(parsed, outcome.describe().constData());
    const QJsonObject credential = report.value(QLatin1String("credential")).toObject();
    const QJsonObject board = report.value(QLatin1String("board")).toObject();
    if (exitStatus == ExitOk) {
        QCOMPARE(report.value(QLatin1String("ok")), QJsonValue(true));
        QCOMPARE(credential.value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
        JT_CHECK(checkPermissions(report, QStringLiteral("v3"),
                                  allOf(QStringLiteral("v3"), QStringLiteral("granted")),
                                  outcome.describe()));
        QCOMPARE(board.value(QLatin1String("status")).toString(), QStringLiteral("found"));
        QCOMPARE(board.value(QLatin1String("same_account")), QJsonValue(true));
    } else {
        QCOMPARE(report.value(QLatin1String("ok")), QJsonValue(false));
        QCOMPARE(credential.value(QLatin1String("status")).toString(), QStringLiteral("unreachable"));
        QCOMPARE(credential.value(QLatin1String("reason")).toString(), QStringLiteral("tls"));
        JT_CHECK(checkPermissions(report, QStringLiteral("v3"),
                                  allOf(QStringLiteral("v3"), QStringLiteral("not_checked")),
                                  outcome.describe()));
        QCOMPARE(board.value(QLatin1String("status")).toString(), QStringLiteral("unreachable"));
        // A failed handshake sends nothing: the secret never left.
        QVERIFY2(m_tlsSim->seen().isEmpty(), "the simulator saw a request over a handshake that failed");
    }
}

void TestVerifyCli::transientFaultsAreRetried_data() {
    QTest::addColumn<int>("api");
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("count");

    QTest::newRow("auth: one 5xx") << int(Api::Auth) << int(Fault::ServerError) << 1;
    QTest::newRow("auth: two 5xx (the whole budget)") << int(Api::Auth) << int(Fault::ServerError) << 2;
    QTest::newRow("auth: one dropped connection") << int(Api::Auth) << int(Fault::DropConnection) << 1;
    QTest::newRow("auth: one 429 (Retry-After 1)") << int(Api::Auth) << int(Fault::RateLimited) << 1;
    QTest::newRow("auth: one silent attempt (--timeout 1)") << int(Api::Auth) << int(Fault::NeverAnswer) << 1;
    QTest::newRow("harvest: one 5xx") << int(Api::Harvest) << int(Fault::ServerError) << 1;
    QTest::newRow("harvest: one dropped connection") << int(Api::Harvest) << int(Fault::DropConnection) << 1;
    QTest::newRow("boards: one 5xx") << int(Api::Boards) << int(Fault::ServerError) << 1;
    QTest::newRow("harvest: one redirect to the same host")
        << int(Api::Harvest) << int(Fault::RedirectElsewhere) << 1;
}

void TestVerifyCli::transientFaultsAreRetried() {
    QFETCH(int, api);
    QFETCH(int, fault);
    QFETCH(int, count);
    m_sim->scenario().retryAfterSeconds = 1;
    m_sim->scenario().redirectTarget = m_sim->harvestUrl().toString() + QLatin1Char('/'); // same origin
    m_sim->scenario().faults = {FaultRule{Api(api), Fault(fault), count, {}}};
    const Outcome outcome = runV3({QStringLiteral("--timeout"), QStringLiteral("1"),
                                   QStringLiteral("--board-token"), QStringLiteral("acme")});
    VERIFY_EXIT(outcome, ExitOk);
    VERIFY_NO_SECRETS(outcome);
    bool parsed = false;
    const QJsonObject report = parseReport(outcome, &parsed);
    QVERIFY2(parsed, outcome.describe().constData());
    QCOMPARE(report.value(QLatin1String("ok")), QJsonValue(true));
    JT_CHECK(checkPermissions(report, QStringLiteral("v3"),
                              allOf(QStringLiteral("v3"), QStringLiteral("granted")), outcome.describe()));
    QCOMPARE(report.value(QLatin1String("board")).toObject().value(QLatin1String("same_account")),
             QJsonValue(true));
}

// ---- rules across stages ----

void TestVerifyCli::firstFailingStageWins_data() {
    QTest::addColumn<QString>("missing");   // a v3 scope the credential lacks, or empty
    QTest::addColumn<QByteArray>("secret"); // the Client Secret given
    QTest::addColumn<int>("faultApi");      // with faultKind, a fault on every request of that host
    QTest::addColumn<int>("faultKind");
    QTest::addColumn<QString>("board"); // --board-token
    QTest::addColumn<QString>("credentialStatus");
    QTest::addColumn<QString>("boardStatus");
    QTest::addColumn<QString>("sameAccount");
    QTest::addColumn<int>("exitStatus");

    const int none = int(Fault::None);
    const int harvest = int(Api::Harvest);
    const int auth = int(Api::Auth);
    const int boards = int(Api::Boards);
    const QString accepted = QStringLiteral("accepted");
    const QString null = QStringLiteral("null");
    const QString unknownBoard = QStringLiteral("no-such-board");

    QTest::newRow("rejected credential + unknown board -> 3")
        << QString() << WrongSecret << harvest << none << unknownBoard << QStringLiteral("rejected")
        << QStringLiteral("not_found") << null << ExitRejected;
    QTest::newRow("unreachable token host + unknown board -> 6")
        << QString() << ClientSecret << auth << int(Fault::ServerError) << unknownBoard
        << QStringLiteral("unreachable") << QStringLiteral("not_found") << null << ExitUnreachable;
    QTest::newRow("missing scope + othercorp -> 4")
        << QStringLiteral("harvest:openings:list") << ClientSecret << harvest << none
        << QStringLiteral("othercorp") << accepted << QStringLiteral("found") << QStringLiteral("false")
        << ExitPermissions;
    QTest::newRow("missing scope + board host unreachable -> 4")
        << QStringLiteral("harvest:job_posts:list") << ClientSecret << boards << int(Fault::CaptivePortal)
        << QStringLiteral("acme") << accepted << QStringLiteral("unreachable") << null << ExitPermissions;
    QTest::newRow("permissions unreachable + unknown board -> 6")
        << QString() << ClientSecret << harvest << int(Fault::CaptivePortal) << unknownBoard << accepted
        << QStringLiteral("not_found") << null << ExitUnreachable;
}

void TestVerifyCli::firstFailingStageWins() {
    QFETCH(QString, missing);
    QFETCH(QByteArray, secret);
    QFETCH(int, faultApi);
    QFETCH(int, faultKind);
    QFETCH(QString, board);
    QFETCH(QString, credentialStatus);
    QFETCH(QString, boardStatus);
    QFETCH(QString, sameAccount);
    QFETCH(int, exitStatus);

    if (!missing.isEmpty())
        m_sim->scenario().missingPermissions = {missing};
    if (Fault(faultKind) != Fault::None)
        m_sim->scenario().faults = {FaultRule{Api(faultApi), Fault(faultKind), -1, {}}};
    Invocation call;
    call.arguments = QStringList{QStringLiteral("--format"),      QStringLiteral("json"),
                                 QStringLiteral("--client-id"),   ClientId,
                                 QStringLiteral("--board-token"), board};
    call.secretEnv = secret;
    const Outcome outcome = run(call);
    VERIFY_EXIT(outcome, exitStatus);
    VERIFY_NO_SECRETS(outcome);
    bool parsed = false;
    const QJsonObject report = parseReport(outcome, &parsed);
    QVERIFY2(parsed, outcome.describe().constData());
    QCOMPARE(report.value(QLatin1String("ok")), QJsonValue(false));
    QCOMPARE(report.value(QLatin1String("credential")).toObject().value(QLatin1String("status")).toString(),
             credentialStatus);
    // Every stage is reported, not only the first that failed.
    const QJsonObject boardJson = report.value(QLatin1String("board")).toObject();
    QCOMPARE(boardJson.value(QLatin1String("status")).toString(), boardStatus);
    QCOMPARE(boardJson.value(QLatin1String("same_account")), tristate(sameAccount));
}

void TestVerifyCli::undecidableSameAccountDoesNotFail_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("lookupPath"); // the same-account look-up, and no probe, goes there
    QTest::newRow("v3, job look-up 5xx") << QStringLiteral("v3") << QStringLiteral("ids=");
    QTest::newRow("v1, job look-ups 5xx") << QStringLiteral("v1") << QStringLiteral("/v1/jobs/417");
}

void TestVerifyCli::undecidableSameAccountDoesNotFail() {
    QFETCH(QString, kind);
    QFETCH(QString, lookupPath);
    m_sim->scenario().faults = {FaultRule{Api::Harvest, Fault::ServerError, -1, lookupPath}};
    Invocation call;
    call.arguments = QStringList{QStringLiteral("--format"),      QStringLiteral("json"),
                                 QStringLiteral("--board-token"), QStringLiteral("acme"),
                                 QStringLiteral("--credential"),  kind};
    useKnownGoodCredential(call, kind);
    const Outcome outcome = run(call);
    VERIFY_EXIT(outcome, ExitOk);
    VERIFY_NO_SECRETS(outcome);
    bool parsed = false;
    const QJsonObject report = parseReport(outcome, &parsed);
    QVERIFY2(parsed, outcome.describe().constData());
    QCOMPARE(report.value(QLatin1String("ok")), QJsonValue(true));
    JT_CHECK(checkPermissions(report, kind, allOf(kind, QStringLiteral("granted")), outcome.describe()));
    const QJsonObject board = report.value(QLatin1String("board")).toObject();
    QCOMPARE(board.value(QLatin1String("status")).toString(), QStringLiteral("found"));
    QVERIFY2(board.contains(QLatin1String("same_account")), outcome.describe().constData());
    QCOMPARE(board.value(QLatin1String("same_account")), QJsonValue(QJsonValue::Null));
    // Passing, but worth a word: the board could not be tied to the account.
    QVERIFY2(!report.value(QLatin1String("warnings")).toArray().isEmpty(), outcome.describe().constData());
}

void TestVerifyCli::tokenExpiryVariants_data() {
    QTest::addColumn<int>("expiry");
    QTest::addColumn<int>("lifetime");
    QTest::addColumn<bool>("warned");
    QTest::newRow("expires_in") << int(jt::sim::TokenExpiry::ExpiresIn) << 3600 << false;
    QTest::newRow("expires_at") << int(jt::sim::TokenExpiry::ExpiresAt) << 3600 << false;
    QTest::newRow("expires") << int(jt::sim::TokenExpiry::Expires) << 3600 << false;
    QTest::newRow("no expiry given") << int(jt::sim::TokenExpiry::Missing) << 3600 << false;
    QTest::newRow("close to expiry: a warning") << int(jt::sim::TokenExpiry::ExpiresIn) << 300 << true;
}

void TestVerifyCli::tokenExpiryVariants() {
    QFETCH(int, expiry);
    QFETCH(int, lifetime);
    QFETCH(bool, warned);
    m_sim->scenario().tokenExpiry = jt::sim::TokenExpiry(expiry);
    m_sim->scenario().tokenLifetimeSeconds = lifetime;
    const Outcome outcome = runV3({QStringLiteral("--board-token"), QStringLiteral("acme")});
    VERIFY_EXIT(outcome, ExitOk);
    VERIFY_NO_SECRETS(outcome);
    bool parsed = false;
    const QJsonObject report = parseReport(outcome, &parsed);
    QVERIFY2(parsed, outcome.describe().constData());
    QCOMPARE(report.value(QLatin1String("ok")), QJsonValue(true));
    const QJsonArray warnings = report.value(QLatin1String("warnings")).toArray();
    QVERIFY2(warnings.isEmpty() != warned, outcome.describe().constData());
}

void TestVerifyCli::boardDiscoveryIsNotARow() {
    m_sim->scenario().jobBoardsScopeGranted = false;
    const Outcome outcome = runV3({QStringLiteral("--board-token"), QStringLiteral("acme")});
    VERIFY_EXIT(outcome, ExitOk);
    VERIFY_NO_SECRETS(outcome);
    bool parsed = false;
    const QJsonObject report = parseReport(outcome, &parsed);
    QVERIFY2(parsed, outcome.describe().constData());
    QCOMPARE(report.value(QLatin1String("ok")), QJsonValue(true));
    JT_CHECK(checkPermissions(report, QStringLiteral("v3"),
                              allOf(QStringLiteral("v3"), QStringLiteral("granted")), outcome.describe()));
}

// The boards v3 discovery found, as Greenhouse's v3 reference has them: the JSON's top-level "boards" (token,
// company name, live or draft, in Greenhouse's order), and the text's line; the internal board never. Absent
// for a legacy key and when discovery is refused.
void TestVerifyCli::boardsTheCredentialCanSee() {
    m_sim->scenario().draftBoards = {QStringLiteral("quietco")};
    const Outcome json = runV3({QStringLiteral("--board-token"), QStringLiteral("acme")});
    VERIFY_EXIT(json, ExitOk);
    bool parsed = false;
    const QJsonObject report = parseReport(json, &parsed);
    QVERIFY2(parsed, json.describe().constData());
    const QJsonArray boards = report.value(QLatin1String("boards")).toArray();
    QStringList seen;
    for (const QJsonValue value : boards) {
        const QJsonObject board = value.toObject();
        const QString token = board.value(QLatin1String("token")).toString();
        seen << token;
        QCOMPARE(board.value(QLatin1String("status")).toString(),
                 token == u"quietco" ? QStringLiteral("draft") : QStringLiteral("live"));
    }
    QCOMPARE(seen,
             (QStringList{QStringLiteral("acme"), QStringLiteral("quietco"), QStringLiteral("bigboard")}));
    QCOMPARE(boards.first().toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Acme Robotics"));
    // Lists whose items are read ask for Greenhouse's maximum page (the simulator refuses more than 500 and
    // more than 50 ids, as Greenhouse documents).
    int lists = 0;
    for (const auto &request : m_sim->seen()) {
        if (request.target.startsWith("/v3/job_boards") || request.target.startsWith("/v3/jobs?ids=")) {
            ++lists;
            QVERIFY2(request.target.contains("per_page=500"), request.target.constData());
        }
    }
    QCOMPARE(lists, 2);

    Invocation text;
    text.arguments = QStringList{QStringLiteral("--client-id"), ClientId, QStringLiteral("--board-token"),
                                 QStringLiteral("acme")};
    text.secretEnv = ClientSecret;
    const Outcome said = run(text);
    VERIFY_EXIT(said, ExitOk);
    QVERIFY2(said.out.contains("Boards this credential can see: acme, quietco (not published), bigboard\n"),
             said.describe().constData());
    QVERIFY2(!said.out.contains(SimulatedGreenhouse::InternalBoardToken), said.describe().constData());

    Invocation legacy;
    useKnownGoodCredential(legacy, QStringLiteral("v1"));
    legacy.arguments << QStringLiteral("--credential") << QStringLiteral("v1")
                     << QStringLiteral("--board-token") << QStringLiteral("acme")
                     << QStringLiteral("--format") << QStringLiteral("json");
    const Outcome v1 = run(legacy);
    VERIFY_EXIT(v1, ExitOk);
    QVERIFY2(!parseReport(v1, &parsed).contains(QLatin1String("boards")), v1.describe().constData());

    m_sim->scenario().jobBoardsScopeGranted = false;
    const Outcome refused = runV3({QStringLiteral("--board-token"), QStringLiteral("acme")});
    QVERIFY2(!parseReport(refused, &parsed).contains(QLatin1String("boards")),
             refused.describe().constData());
}

// What /v3/job_boards answers reaches a terminal, a JSON file and a summary: a token or name with terminal
// escapes (a title change, a bell, a carriage return), a direction override or zero-width characters must
// arrive without them, and a "token" that is not one is not offered at all.
void TestVerifyCli::serverTextNeverReachesTheTerminalRaw() {
    const QString escape = QStringLiteral("\x1b]0;pwned\x07\x1b[2J\r");
    m_sim->scenario().extraBoards = {
        QJsonObject{{QStringLiteral("id"), 9001},
                    {QStringLiteral("url_token"), QStringLiteral("evil") + escape},
                    {QStringLiteral("name"), QStringLiteral("Evil")},
                    {QStringLiteral("status"), QStringLiteral("active")}},
        QJsonObject{{QStringLiteral("id"), 9002},
                    {QStringLiteral("url_token"), QStringLiteral("tricky")},
                    {QStringLiteral("name"), QStringLiteral("Tri\u202Eyk\u2066c\u200Bky") + escape},
                    {QStringLiteral("status"), QStringLiteral("active")}}};
    for (const QString &format : {QStringLiteral("text"), QStringLiteral("json")}) {
        Invocation call;
        call.arguments = QStringList{QStringLiteral("--client-id"),   ClientId,
                                     QStringLiteral("--board-token"), QStringLiteral("acme"),
                                     QStringLiteral("--format"),      format};
        call.secretEnv = ClientSecret;
        const Outcome outcome = run(call);
        VERIFY_EXIT(outcome, ExitOk);
        const QString all = QString::fromUtf8(outcome.out + outcome.err);
        for (QChar c : all) {
            const bool lineBreak = c == u'\n' || (format == QLatin1String("json") && c == u' ');
            QVERIFY2(
                lineBreak || (c.category() != QChar::Other_Control && !jt::isUnsafeServerCharacter(c)),
                qPrintable(format +
                           QStringLiteral(": U+%1 in the output").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
        }
        // JSON writes a control character as an escape: none may be there either.
        QVERIFY2(!outcome.out.contains("\\u00") && !outcome.out.contains("\\r"),
                 outcome.describe().constData());
        if (format == QLatin1String("text")) // the line of boards the credential can see
            QVERIFY2(all.contains(QStringLiteral("tricky")), outcome.describe().constData());
        QVERIFY2(!all.contains(QStringLiteral("evil")), outcome.describe().constData()); // not a token
    }
}

void TestVerifyCli::theDeadlineEndsTheWholeCheck_data() {
    QTest::addColumn<int>("fault");
    QTest::newRow("a server that trickles") << int(Fault::Drip);
    QTest::newRow("a rate limit that never lifts") << int(Fault::RateLimited);
}

// --deadline ends the whole run, rate-limit waits included: what is still open is unreachable, reason
// "deadline", exit 6. Without it a trickle took 3 attempts x 3 x --timeout per stage, and 20 pages of
// X-RateLimit-Remaining: 0 took minutes.
void TestVerifyCli::theDeadlineEndsTheWholeCheck() {
    QFETCH(int, fault);
    m_sim->scenario().dripMs = 200;
    m_sim->scenario().retryAfterSeconds = 30;
    m_sim->scenario().faults = {FaultRule{Api::Harvest, Fault(fault), -1, {}}};
    const Outcome outcome =
        runV3({QStringLiteral("--board-token"), QStringLiteral("acme"), QStringLiteral("--timeout"),
               QStringLiteral("2"), QStringLiteral("--deadline"), QStringLiteral("3")},
              60000);
    VERIFY_EXIT(outcome, ExitUnreachable);
    qInfo("%s: ended after %lld ms", QTest::currentDataTag(), outcome.elapsedMs);
    QVERIFY2(outcome.elapsedMs < 3000 + 5000, outcome.describe().constData()); // the deadline, and start-up
    QVERIFY2(outcome.elapsedMs >= 2500,
             outcome.describe().constData()); // not before it (a coarse timer: -5 %)
    QVERIFY2(outcome.out.contains("\"reason\": \"deadline\""), outcome.describe().constData());
}

// "--" and a secret typed by mistake: said by position, never echoed (CI logs keep stderr), with the
// nearest option when there is one.
void TestVerifyCli::anUnknownOptionIsNeverEchoed() {
    const QString typo = QStringLiteral("--client-di");
    const QString secretOption = QStringLiteral("--") + QString::fromLatin1(ClientSecret);
    for (const QString &wrong : {typo, secretOption}) {
        const Outcome outcome = runV3({QStringLiteral("--board-token"), QStringLiteral("acme"), wrong});
        VERIFY_EXIT(outcome, ExitBadInput);
        const QString all = QString::fromUtf8(outcome.out + outcome.err);
        QVERIFY2(!all.contains(wrong.mid(2)), outcome.describe().constData());
        QVERIFY2(all.contains(QStringLiteral("Argument 7")), outcome.describe().constData());
        if (wrong == typo)
            QVERIFY2(all.contains(QStringLiteral("--client-id?")), outcome.describe().constData());
        QVERIFY(m_sim->seen().isEmpty());
    }
}

// The last one won; which one the admin meant is a guess.
void TestVerifyCli::anOptionGivenTwiceIsRefused() {
    for (const QStringList &twice : {QStringList{QStringLiteral("--board-token"), QStringLiteral("acme"),
                                                 QStringLiteral("--board-token=other")},
                                     QStringList{QStringLiteral("--board-token"), QStringLiteral("acme"),
                                                 QStringLiteral("--format"), QStringLiteral("text")}}) {
        const Outcome outcome = runV3(twice);
        VERIFY_EXIT(outcome, ExitBadInput);
        QVERIFY2(outcome.out.contains("given twice") || outcome.err.contains("given twice"),
                 outcome.describe().constData());
        QVERIFY(m_sim->seen().isEmpty());
    }
}

// A NUL in the secret cut it short where it was passed on: it was verified and saved shortened.
void TestVerifyCli::aSecretWithANulIsRefused() {
    Invocation call;
    call.arguments = QStringList{QStringLiteral("--client-id"), ClientId, QStringLiteral("--board-token"),
                                 QStringLiteral("acme"), QStringLiteral("--secret-stdin")};
    call.input = QByteArray(ClientSecret).insert(6, '\0') + '\n';
    const Outcome outcome = run(call);
    VERIFY_EXIT(outcome, ExitBadInput);
    QVERIFY2(outcome.err.contains("control or invisible character"), outcome.describe().constData());
    QVERIFY(m_sim->seen().isEmpty());
}

void TestVerifyCli::timesAreFiniteNumbersInRange_data() {
    QTest::addColumn<QStringList>("arguments");
    for (const char *option : {"--timeout", "--deadline"}) {
        for (const char *value : {"nan", "inf", "-1", "0", "1e9", "ten"})
            QTest::addRow("%s %s", option, value) << QStringList{QLatin1String(option), QLatin1String(value)};
    }
}

// Not finite or out of range: refused before anything is sent (nan passed every comparison, and was
// then cast to an integer).
void TestVerifyCli::timesAreFiniteNumbersInRange() {
    QFETCH(QStringList, arguments);
    const Outcome outcome =
        runV3(QStringList{QStringLiteral("--board-token"), QStringLiteral("acme")} + arguments);
    VERIFY_EXIT(outcome, ExitBadInput);
    QVERIFY(m_sim->seen().isEmpty());
}

void TestVerifyCli::memoryStaysBoundedWhateverTheServerSends_data() {
    QTest::addColumn<int>("api");
    QTest::addColumn<int>("fault");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("endless board") << int(Api::Boards) << int(Fault::EndlessBody) << qint64(0);
    QTest::newRow("60 MB board") << int(Api::Boards) << int(Fault::Oversized) << 60_MiB;
    QTest::newRow("7.5 MB board of tiny objects, under the cap")
        << int(Api::Boards) << int(Fault::Oversized) << 15 * 512_KiB;
    QTest::newRow("endless Harvest answer") << int(Api::Harvest) << int(Fault::EndlessBody) << qint64(0);
    QTest::newRow("endless token answer") << int(Api::Auth) << int(Fault::EndlessBody) << qint64(0);
}

// Whatever a server sends (an endless chunked body, a board of 60 MB), `verify` holds no more than about
// twice its size caps: its peak resident memory stays under 200 MB. Measured on the sanitizer build, whose
// shadow memory counts too (its quarantine of freed memory is kept small here, as it is no leak).
void TestVerifyCli::memoryStaysBoundedWhateverTheServerSends() {
    QFETCH(int, api);
    QFETCH(int, fault);
    QFETCH(qint64, bytes);
    if (bytes > 0)
        m_sim->scenario().oversizedBytes = bytes;
    m_sim->scenario().faults = {FaultRule{Api(api), Fault(fault), -1, {}}};
    Invocation call;
    useKnownGoodCredential(call, QStringLiteral("v3"));
    call.arguments << QStringLiteral("--board-token") << QStringLiteral("acme") << QStringLiteral("--format")
                   << QStringLiteral("json");
    call.environment << QStringLiteral("ASAN_OPTIONS=detect_leaks=0:quarantine_size_mb=16");
    call.timeoutMs = 120000;
    const Outcome outcome = run(call);
    VERIFY_EXIT(outcome, ExitUnreachable);
    QVERIFY2(outcome.peakKb > 0, "the child's memory could not be read");
    qInfo("%s: peak %s%lld MB in %lld ms", QTest::currentDataTag(), outcome.peakIsBound ? "at most " : "",
          outcome.peakKb / 1024, outcome.elapsedMs);
    QVERIFY2(outcome.peakKb * 1024 < 200_MiB,
             qPrintable(QString::number(outcome.peakKb / 1024) + QStringLiteral(" MB")));
}

void TestVerifyCli::boardTokenForms_data() {
    QTest::addColumn<QString>("board");
    QTest::newRow("token with stray spaces and capitals") << QStringLiteral("  Acme ");
    QTest::newRow("hosted board") << QStringLiteral("https://boards.greenhouse.io/acme");
    QTest::newRow("hosted board without scheme") << QStringLiteral("boards.greenhouse.io/acme");
    QTest::newRow("new hosted board, EU, a job")
        << QStringLiteral("https://job-boards.eu.greenhouse.io/acme/jobs/4970001001");
    QTest::newRow("embed address") << QStringLiteral("https://boards.greenhouse.io/embed/job_board?for=acme");
    QTest::newRow("Job Board API address")
        << QStringLiteral("https://boards-api.greenhouse.io/v1/boards/acme/jobs");
}

void TestVerifyCli::boardTokenForms() {
    QFETCH(QString, board);
    const Outcome outcome = runV3({QStringLiteral("--board-token"), board});
    VERIFY_EXIT(outcome, ExitOk);
    bool parsed = false;
    const QJsonObject report = parseReport(outcome, &parsed);
    QVERIFY2(parsed, outcome.describe().constData());
    const QJsonObject boardJson = report.value(QLatin1String("board")).toObject();
    QCOMPARE(boardJson.value(QLatin1String("token")).toString(), QStringLiteral("acme"));
    QCOMPARE(boardJson.value(QLatin1String("name")).toString(), QStringLiteral("Acme Robotics"));
}

void TestVerifyCli::loopbackAddresses_data() {
    QTest::addColumn<QString>("host");          // replaces 127.0.0.1 in the rewritten base URLs
    QTest::addColumn<QStringList>("variables"); // which base URLs are rewritten
    QTest::addColumn<bool>("trailingSlash");
    QTest::addColumn<int>("exitStatus");

    const QStringList all{QStringLiteral("GREENHOUSE_AUTH_URL"), QStringLiteral("GREENHOUSE_HARVEST_URL"),
                          QStringLiteral("GREENHOUSE_BOARDS_URL")};
    QTest::newRow("localhost") << QStringLiteral("localhost") << all << false << ExitOk;
    QTest::newRow("127.0.0.1 with a trailing slash") << QStringLiteral("127.0.0.1") << all << true << ExitOk;
    // Allowed, so something is sent (and fails): not refused as input.
    QTest::newRow("127.7.7.7 is loopback too (nothing listens)")
        << QStringLiteral("127.7.7.7") << QStringList{all.first()} << false << ExitUnreachable;
    QTest::newRow("::1 is loopback too (nothing listens)")
        << QStringLiteral("[::1]") << QStringList{all.first()} << false << ExitUnreachable;
}

void TestVerifyCli::loopbackAddresses() {
    QFETCH(QString, host);
    QFETCH(QStringList, variables);
    QFETCH(bool, trailingSlash);
    QFETCH(int, exitStatus);

    const QHash<QString, QUrl> bases{{QStringLiteral("GREENHOUSE_AUTH_URL"), m_sim->authUrl()},
                                     {QStringLiteral("GREENHOUSE_HARVEST_URL"), m_sim->harvestUrl()},
                                     {QStringLiteral("GREENHOUSE_BOARDS_URL"), m_sim->boardsUrl()}};
    Invocation call;
    call.arguments = QStringList{QStringLiteral("--format"),      QStringLiteral("json"),
                                 QStringLiteral("--timeout"),     QStringLiteral("2"),
                                 QStringLiteral("--client-id"),   ClientId,
                                 QStringLiteral("--board-token"), QStringLiteral("acme")};
    call.secretEnv = ClientSecret;
    for (const QString &variable : variables) {
        call.environment << QStringLiteral("%1=http://%2:%3%4")
                                .arg(variable, host)
                                .arg(bases.value(variable).port())
                                .arg(trailingSlash ? QStringLiteral("/") : QString());
    }
    const Outcome outcome = run(call);
    VERIFY_EXIT(outcome, exitStatus);
    VERIFY_NO_SECRETS(outcome);
    bool parsed = false;
    const QJsonObject report = parseReport(outcome, &parsed);
    QVERIFY2(parsed && !report.contains(QLatin1String("error")), outcome.describe().constData());
    QCOMPARE(report.value(QLatin1String("ok")), QJsonValue(exitStatus == ExitOk));
}

// "A 401 on a v3 probe right after a fresh token is retried once with a new token."
void TestVerifyCli::expiredTokenIsRenewedOnce() {
    bool expired = false;
    const QMetaObject::Connection connection = connect(
        m_sim.get(), &SimulatedGreenhouse::requestSeen, this, [&](const jt::sim::SeenRequest &request) {
            if (request.api == Api::Harvest && !expired) {
                expired = true;
                m_sim->expireTokens(); // this request, and any other with that token, gets a 401
            }
        });
    const Outcome outcome = runV3({QStringLiteral("--board-token"), QStringLiteral("acme")});
    disconnect(connection);
    QVERIFY(expired);
    VERIFY_EXIT(outcome, ExitOk);
    VERIFY_NO_SECRETS(outcome);
    QVERIFY2(m_sim->tokensIssued() >= 2, outcome.describe().constData());
    bool parsed = false;
    const QJsonObject report = parseReport(outcome, &parsed);
    QVERIFY2(parsed, outcome.describe().constData());
    JT_CHECK(checkPermissions(report, QStringLiteral("v3"),
                              allOf(QStringLiteral("v3"), QStringLiteral("granted")), outcome.describe()));
}

// "... a second 401 means the credential is rejected": every token is already expired when it is used.
void TestVerifyCli::secondUnauthorizedMeansRejected() {
    m_sim->scenario().tokenLifetimeSeconds = 0;
    const Outcome outcome = runV3();
    VERIFY_EXIT(outcome, ExitRejected);
    VERIFY_NO_SECRETS(outcome);
    bool parsed = false;
    const QJsonObject report = parseReport(outcome, &parsed);
    QVERIFY2(parsed, outcome.describe().constData());
    QCOMPARE(report.value(QLatin1String("credential")).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("rejected"));
    // Retried once per probe, not endlessly.
    const auto harvestRequests =
        std::count_if(m_sim->seen().begin(), m_sim->seen().end(),
                      [](const jt::sim::SeenRequest &r) { return r.api == Api::Harvest; });
    QVERIFY2(harvestRequests <= 8 /* 2 per probe */, outcome.describe().constData());
}

namespace {

// A "proxy" that records what reaches it and answers 502 Bad Gateway.
class RecordingProxy : public QTcpServer {
public:
    QByteArray received;
    int connections = 0;

protected:
    void incomingConnection(qintptr descriptor) override {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        ++connections;
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            received += socket->readAll();
            if (received.endsWith("\r\n\r\n")) {
                socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
};

QStringList proxyVariables(quint16 port) {
    QStringList variables;
    for (const char *name :
         {"http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"})
        variables << QStringLiteral("%1=http://127.0.0.1:%2").arg(latin(name)).arg(port);
    return variables;
}

} // namespace

// "system proxy settings honoured": Greenhouse's real hosts are reached through the proxy of the environment.
void TestVerifyCli::proxyIsHonoured() {
#ifdef Q_OS_WIN
    QSKIP("Windows takes its proxy from the system's settings (WinHTTP, Internet Options), not from "
          "https_proxy: a test may not change the machine's proxy");
#endif
    RecordingProxy proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost, 0));
    Invocation call;
    call.arguments =
        QStringList{QStringLiteral("--format"), QStringLiteral("json"),        QStringLiteral("--timeout"),
                    QStringLiteral("2"),        QStringLiteral("--client-id"), ClientId};
    call.secretEnv = ClientSecret;
    call.environment =
        proxyVariables(proxy.serverPort()) +
        QStringList{QStringLiteral("GREENHOUSE_AUTH_URL=https://auth.greenhouse.invalid"),
                    QStringLiteral("GREENHOUSE_HARVEST_URL=https://harvest.greenhouse.invalid"),
                    QStringLiteral("GREENHOUSE_BOARDS_URL=https://boards-api.greenhouse.invalid")};
    const Outcome outcome = run(call);
    VERIFY_EXIT(outcome, ExitUnreachable);
    VERIFY_NO_SECRETS(outcome);
    QVERIFY2(
        proxy.received.startsWith("CONNECT auth.greenhouse.invalid:443 "),
        QByteArray("the proxy saw: " + proxy.received.left(200) + "\n" + outcome.describe()).constData());
    // A tunnel: the proxy never sees the credential.
    for (const QByteArray &secret : knownSecrets())
        QVERIFY2(!proxy.received.contains(secret), proxy.received.constData());
}

// ... but this computer's own addresses never go through a proxy.
void TestVerifyCli::loopbackBypassesProxy() {
    RecordingProxy proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost, 0));
    Invocation call;
    call.arguments = QStringList{QStringLiteral("--format"),      QStringLiteral("json"),
                                 QStringLiteral("--client-id"),   ClientId,
                                 QStringLiteral("--board-token"), QStringLiteral("acme")};
    call.secretEnv = ClientSecret;
    call.environment = proxyVariables(proxy.serverPort());
    const Outcome outcome = run(call);
    VERIFY_EXIT(outcome, ExitOk);
    QCOMPARE(proxy.connections, 0);
}

// "requests that can run in parallel do": with 400 ms per answer, the eight requests of a v3 check with a
// board take about two round trips, not eight.
void TestVerifyCli::checksRunInParallel() {
    m_sim->scenario().latencyMs = 400;
    const Outcome outcome = runV3({QStringLiteral("--board-token"), QStringLiteral("acme")});
    VERIFY_EXIT(outcome, ExitOk);
    QVERIFY2(m_sim->seen().size() >= 8, outcome.describe().constData());
    QVERIFY2(outcome.elapsedMs < 2800, outcome.describe().constData());
}

// ---- exit 2 ----

void TestVerifyCli::badInput_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("hasEnvSecret");
    QTest::addColumn<QByteArray>("envSecret");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("message");        // part of the message on standard error
    QTest::addColumn<QByteArray>("neverEchoed"); // besides the secrets

    const QStringList v3Id{QStringLiteral("--client-id"), ClientId};
    const QStringList v1{QStringLiteral("--credential"), QStringLiteral("v1")};
    const QStringList stdinFlag{QStringLiteral("--secret-stdin")};
    const QStringList noEnv;
    const QByteArray nothing;

    QTest::newRow("no secret source")
        << v3Id << false << nothing << nothing << noEnv << QStringLiteral("no secret given") << nothing;
    QTest::newRow("--secret-stdin and JOBTARGET_SETUP_SECRET")
        << v3Id + stdinFlag << true << ClientSecret << QByteArray(ClientSecret + '\n') << noEnv
        << QStringLiteral("one way only") << nothing;
    QTest::newRow("empty secret (environment)")
        << v3Id << true << QByteArray("") << nothing << noEnv << QStringLiteral("is empty") << nothing;
    QTest::newRow("blank secret (environment)")
        << v3Id << true << QByteArray("   ") << nothing << noEnv << QStringLiteral("is empty") << nothing;
    QTest::newRow("empty secret (standard input)") << v3Id + stdinFlag << false << nothing << QByteArray("\n")
                                                   << noEnv << QStringLiteral("is empty") << nothing;
    QTest::newRow("nothing on standard input")
        << v3Id + stdinFlag << false << nothing << nothing << noEnv << QStringLiteral("is empty") << nothing;
    QTest::newRow("secret in quotes") << v3Id << true << QByteArray("\"" + QuotedSecret + "\"") << nothing
                                      << noEnv << QStringLiteral("quotation marks") << nothing;
    QTest::newRow("API key in quotes") << v1 << true << QByteArray("'" + HarvestKey + "'") << nothing << noEnv
                                       << QStringLiteral("quotation marks") << nothing;
    QTest::newRow("secret with a line break inside (environment)")
        << v3Id << true << QByteArray(LineBreakFirst + '\n' + LineBreakSecond) << nothing << noEnv
        << QStringLiteral("line break") << nothing;
    QTest::newRow("secret with a \"Basic \" prefix")
        << v3Id << true << QByteArray("Basic " + BasicHeaderSecret + "=") << nothing << noEnv
        << QStringLiteral("Authorization") << nothing;
    QTest::newRow("a URL as secret") << v3Id << true << QByteArray("https://app.greenhouse.io/" + UrlSecret)
                                     << nothing << noEnv << QStringLiteral("web address") << nothing;
    QTest::newRow("v3 without --client-id") << QStringList() << true << ClientSecret << nothing << noEnv
                                            << QStringLiteral("--client-id is required") << nothing;
    QTest::newRow("--client-id with --credential v1")
        << v1 + v3Id << true << HarvestKey << nothing << noEnv << QStringLiteral("belong to v3") << nothing;
    QTest::newRow("--user-id with --credential v1")
        << v1 + QStringList{QStringLiteral("--user-id"), SiteAdmin} << true << HarvestKey << nothing << noEnv
        << QStringLiteral("belong to v3") << nothing;
    QTest::newRow("--user-id abc") << v3Id + QStringList{QStringLiteral("--user-id"), QStringLiteral("abc")}
                                   << true << ClientSecret << nothing << noEnv
                                   << QStringLiteral("is a number") << nothing;
    QTest::newRow("--credential v2") << v3Id +
                                            QStringList{QStringLiteral("--credential"), QStringLiteral("v2")}
                                     << true << ClientSecret << nothing << noEnv
                                     << QStringLiteral("--credential must be v3 or v1") << nothing;
    QTest::newRow("--format xml") << v3Id + QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                                  << true << ClientSecret << nothing << noEnv
                                  << QStringLiteral("--format must be text or json") << nothing;
    QTest::newRow("--timeout 0") << v3Id + QStringList{QStringLiteral("--timeout"), QStringLiteral("0")}
                                 << true << ClientSecret << nothing << noEnv
                                 << QStringLiteral("--timeout must be") << nothing;
    QTest::newRow("--timeout abc") << v3Id + QStringList{QStringLiteral("--timeout"), QStringLiteral("abc")}
                                   << true << ClientSecret << nothing << noEnv
                                   << QStringLiteral("--timeout must be") << nothing;
    QTest::newRow("--ca-file of a missing file")
        << v3Id + QStringList{QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/jt-test-ca.pem")}
        << true << ClientSecret << nothing << noEnv << QStringLiteral("--ca-file") << nothing;
    QTest::newRow("--ca-file that holds no certificate")
        << v3Id + QStringList{QStringLiteral("--ca-file"), jt::test::testCertPath("server.key")} << true
        << ClientSecret << nothing << noEnv << QStringLiteral("--ca-file") << nothing;
    QTest::newRow("board token \"not a token!\"")
        << v3Id + QStringList{QStringLiteral("--board-token"), QStringLiteral("not a token!")} << true
        << ClientSecret << nothing << noEnv << QStringLiteral("job board token") << nothing;
    QTest::newRow("empty board token")
        << v3Id + QStringList{QStringLiteral("--board-token"), QString()} << true << ClientSecret << nothing
        << noEnv << QStringLiteral("job board") << nothing;
    QTest::newRow("board URL of another host")
        << v3Id + QStringList{QStringLiteral("--board-token"),
                              QStringLiteral("https://careers.example.com/acme")}
        << true << ClientSecret << nothing << noEnv << QStringLiteral("not a Greenhouse job board")
        << nothing;
    QTest::newRow("GREENHOUSE_HARVEST_URL=http://example.com")
        << v3Id << true << ClientSecret << nothing
        << QStringList{QStringLiteral("GREENHOUSE_HARVEST_URL=http://example.com")}
        << QStringLiteral("GREENHOUSE_HARVEST_URL") << nothing;
    QTest::newRow("GREENHOUSE_AUTH_URL=http://localhost.example.com")
        << v3Id << true << ClientSecret << nothing
        << QStringList{QStringLiteral("GREENHOUSE_AUTH_URL=http://localhost.example.com")}
        << QStringLiteral("GREENHOUSE_AUTH_URL") << nothing;
    QTest::newRow("GREENHOUSE_BOARDS_URL=http://127.0.0.1.example.com")
        << v3Id << true << ClientSecret << nothing
        << QStringList{QStringLiteral("GREENHOUSE_BOARDS_URL=http://127.0.0.1.example.com")}
        << QStringLiteral("GREENHOUSE_BOARDS_URL") << nothing;
    QTest::newRow("--secret=value") << v3Id + QStringList{QStringLiteral("--secret=") +
                                                          QString::fromLatin1(ArgvSecret)}
                                    << true << ClientSecret << nothing << noEnv
                                    << QStringLiteral("never accepted as an argument") << ArgvSecret;
    QTest::newRow("--secret value") << v3Id + QStringList{QStringLiteral("--secret"),
                                                          QString::fromLatin1(ArgvSecret)}
                                    << true << ClientSecret << nothing << noEnv
                                    << QStringLiteral("never accepted as an argument") << ArgvSecret;
    QTest::newRow("--client-secret=value")
        << v3Id + QStringList{QStringLiteral("--client-secret=") + QString::fromLatin1(ArgvSecret)} << true
        << ClientSecret << nothing << noEnv << QStringLiteral("never accepted as an argument") << ArgvSecret;
    QTest::newRow("--api-key value (v1)")
        << v1 + QStringList{QStringLiteral("--api-key"), QString::fromLatin1(ArgvSecret)} << true
        << HarvestKey << nothing << noEnv << QStringLiteral("never accepted as an argument") << ArgvSecret;
    QTest::newRow("stray positional argument")
        << v3Id + QStringList{QString::fromLatin1(PositionalSecret)} << true << ClientSecret << nothing
        << noEnv << QStringLiteral("unexpected argument") << PositionalSecret;
    QTest::newRow("unknown option") << v3Id + QStringList{QStringLiteral("--frobnicate")} << true
                                    << ClientSecret << nothing << noEnv << QStringLiteral("is not an option")
                                    << nothing;
    QTest::newRow("unknown option with a value")
        << v3Id + QStringList{QStringLiteral("--frobnicate=") + QString::fromLatin1(OptionValueSecret)}
        << true << ClientSecret << nothing << noEnv << QStringLiteral("is not an option")
        << OptionValueSecret;
}

void TestVerifyCli::badInput() {
    QFETCH(QStringList, arguments);
    QFETCH(bool, hasEnvSecret);
    QFETCH(QByteArray, envSecret);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, environment);
    QFETCH(QString, message);
    QFETCH(QByteArray, neverEchoed);

    // As text (the default), then with --format json where the row does not choose a format itself.
    const bool formatChosen = arguments.contains(QStringLiteral("--format"));
    for (const bool json : {false, true}) {
        if (json && formatChosen)
            continue;
        m_sim->clearSeen();
        Invocation call;
        call.arguments =
            json ? QStringList{QStringLiteral("--format"), QStringLiteral("json")} + arguments : arguments;
        if (hasEnvSecret)
            call.secretEnv = envSecret;
        call.input = input;
        call.environment = environment;
        const Outcome outcome = run(call);
        VERIFY_EXIT(outcome, ExitBadInput);
        VERIFY_NO_SECRETS(outcome, QList<QByteArray>{neverEchoed});
        // Nothing was sent.
        const QByteArray firstSeen = m_sim->seen().isEmpty() ? QByteArray() : m_sim->seen().first().target;
        QVERIFY2(m_sim->seen().isEmpty(),
                 QByteArray("the simulator saw " + firstSeen + "\n" + outcome.describe()).constData());

        const QString err = QString::fromUtf8(outcome.err);
        QVERIFY2(err.startsWith(QLatin1String("jobtarget-setup verify: ")), outcome.describe().constData());
        QVERIFY2(err.contains(message, Qt::CaseInsensitive),
                 QByteArray("expected \"" + message.toUtf8() + "\" on standard error\n" + outcome.describe())
                     .constData());
        if (!json) {
            QVERIFY2(outcome.out.isEmpty(), outcome.describe().constData());
            continue;
        }
        bool parsed = false;
        const QJsonObject report = parseReport(outcome, &parsed);
        QVERIFY2(parsed, outcome.describe().constData());
        QCOMPARE(report.value(QLatin1String("ok")), QJsonValue(false));
        const QString error = report.value(QLatin1String("error")).toString();
        QVERIFY2(error.contains(message, Qt::CaseInsensitive), outcome.describe().constData());
        // The same message on both channels.
        QVERIFY2(err.contains(error), outcome.describe().constData());
    }
}

// --ca-file is read only when it is a regular file (through any links) of at most 1 MiB: a FIFO hung the
// command (opening it waits for a writer), /dev/zero grew its memory without end. Each is refused at once
// (exit 2, nothing sent). The runs are bounded (a hang is a failure, not a stuck suite), and on a sanitizer
// build a runaway read is stopped at 1 GB.
void TestVerifyCli::caFileIsARegularFileOfSaneSize_data() {
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    const QString notRegular = QStringLiteral("not a folder, device or pipe");
    const QString tooLarge = QStringLiteral("--ca-file is larger than 1024 KiB");
#ifndef Q_OS_WIN // Windows has no FIFOs in its file system, nor /dev/zero
    QTest::newRow("FIFO") << QStringLiteral("fifo") << notRegular;
    QTest::newRow("link to a FIFO") << QStringLiteral("link to fifo") << notRegular;
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << notRegular;
#endif
    QTest::newRow("folder") << QStringLiteral("folder") << notRegular;
    QTest::newRow("the CA with 1 MiB of text after it") << QStringLiteral("oversized") << tooLarge;
}

void TestVerifyCli::caFileIsARegularFileOfSaneSize() {
    QFETCH(QString, what);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(QStringLiteral("ca.pem"));
#ifndef Q_OS_WIN
    if (what.contains(QLatin1String("fifo")))
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    if (what == QLatin1String("link to fifo")) {
        const QString link = dir.filePath(QStringLiteral("link.pem"));
        QVERIFY(QFile::link(path, link));
        path = link;
    }
#endif
    if (what.startsWith(QLatin1Char('/')))
        path = what;
    if (what == QLatin1String("folder"))
        path = dir.path();
    if (what == QLatin1String("oversized")) {
        // A good CA: the old code read it all and trusted it.
        QFile ca(jt::test::testCaFile());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ca.readAll());
        const QByteArray line = QByteArray(79, '#') + '\n';
        for (qint64 written = 0; written <= 1_MiB; written += line.size())
            file.write(line);
    }

    Invocation call;
    useKnownGoodCredential(call, QStringLiteral("v3"));
    call.arguments << QStringLiteral("--board-token") << QStringLiteral("acme") << QStringLiteral("--ca-file")
                   << path << QStringLiteral("--format") << QStringLiteral("json");
    call.environment << QStringLiteral("ASAN_OPTIONS=") + qEnvironmentVariable("ASAN_OPTIONS") +
                            QStringLiteral(":hard_rss_limit_mb=1024");
    call.timeoutMs = 15000;
    const Outcome outcome = run(call);
    VERIFY_EXIT(outcome, ExitBadInput);
    QVERIFY2(QString::fromUtf8(outcome.err).contains(message), outcome.describe().constData());
    QVERIFY2(m_sim->seen().isEmpty(), outcome.describe().constData());
}

namespace {

// The keychain of a stored connection, holding its secret.
class OneSecretKeychain final : public jt::KeychainBackend {
public:
    explicit OneSecretKeychain(QString secret)
        : m_secret(std::move(secret)) {}
    void write(const QString &, const QString &, const QString &secret, Done done) override {
        m_secret = secret;
        QTimer::singleShot(0, [done] { done({}); });
    }
    void read(const QString &, const QString &, Done done) override {
        QTimer::singleShot(0, [done, secret = m_secret] { done({jt::KeychainCode::NoError, {}, secret}); });
    }
    void remove(const QString &, const QString &, Done done) override {
        QTimer::singleShot(0, [done] { done({}); });
    }

private:
    QString m_secret;
};

// Sets variables of this process for a test, and puts them back as they were.
class ProcessEnvironment {
public:
    void set(const char *name, const QByteArray &value) {
        if (!m_saved.contains(name))
            m_saved.insert(name,
                           qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt);
        qputenv(name, value);
    }
    ~ProcessEnvironment() {
        for (auto saved = m_saved.cbegin(); saved != m_saved.cend(); ++saved) {
            if (saved.value())
                qputenv(saved.key().constData(), *saved.value());
            else
                qunsetenv(saved.key().constData());
        }
    }

private:
    QMap<QByteArray, std::optional<QByteArray>> m_saved;
};

} // namespace

// `check` runs this command with --from-keychain from a schedule whose environment may hold
// JOBTARGET_SETUP_SECRET (set for a script, say): then every check was refused ("one way only", exit 2) and
// nothing was recorded. ignoreSecretVariable() makes the keychain the one source: the stored secret is
// verified, the variable's is never sent, and the variable is gone for any child.
void TestVerifyCli::scheduledCheckIgnoresTheSecretVariable() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    jt::ConnectionSettings connectionSettings(settings);
    jt::StoredConnection stored;
    stored.kind = jt::CredentialKind::HarvestV3;
    stored.clientId = ClientId;
    stored.boardToken = QStringLiteral("acme");
    stored.secretFingerprint = jt::StoredConnection::fingerprintOf(QString::fromLatin1(ClientSecret));
    stored.verifiedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(connectionSettings.save(stored));
    jt::SecretStore secrets(std::make_unique<OneSecretKeychain>(QString::fromLatin1(ClientSecret)),
                            QStringLiteral("verify-test"));
    jt::ConnectionStore connections(secrets, connectionSettings);

    ProcessEnvironment environment;
    environment.set("GREENHOUSE_AUTH_URL", m_sim->authUrl().toEncoded());
    environment.set("GREENHOUSE_HARVEST_URL", m_sim->harvestUrl().toEncoded());
    environment.set("GREENHOUSE_BOARDS_URL", m_sim->boardsUrl().toEncoded());
    environment.set(SecretVariable.toLatin1().constData(), WrongSecret);
    const QStringList arguments{QStringLiteral("--from-keychain"), QStringLiteral("--format"),
                                QStringLiteral("json")};
    const auto runCommand = [&](bool ignoring, QByteArray *out) {
        QByteArray err;
        QBuffer outBuffer(out);
        QBuffer errBuffer(&err);
        outBuffer.open(QIODevice::WriteOnly);
        errBuffer.open(QIODevice::WriteOnly);
        QBuffer in;
        in.open(QIODevice::ReadOnly);
        jt::VerifyCommand verify(&in, &outBuffer, &errBuffer, &connections);
        if (ignoring)
            verify.ignoreSecretVariable();
        return verify.run(arguments);
    };

    QByteArray refused;
    QCOMPARE(runCommand(false, &refused), ExitBadInput); // as `verify --from-keychain` with it set
    QVERIFY(refused.contains("one way only"));
    QVERIFY(m_sim->seen().isEmpty());

    QByteArray checked;
    QCOMPARE(runCommand(true, &checked), ExitOk);
    QVERIFY2(!qEnvironmentVariableIsSet(SecretVariable.toLatin1().constData()), "a child would inherit it");
    const QByteArray storedBasic = "Basic " + (ClientId.toUtf8() + ':' + ClientSecret).toBase64();
    bool sentStored = false;
    for (const jt::sim::SeenRequest &request : m_sim->seen()) {
        sentStored = sentStored || request.authorization == storedBasic;
        QVERIFY(!request.authorization.contains((ClientId.toUtf8() + ':' + WrongSecret).toBase64()));
        QVERIFY(!request.body.contains(WrongSecret));
    }
    QVERIFY2(sentStored, checked.constData());
    QVERIFY(!checked.contains(ClientSecret) && !checked.contains(WrongSecret));
}

// ---- everywhere ----

void TestVerifyCli::secretsNeverPrinted() {
    QVERIFY(m_transcripts.size() > 50);
    for (const Outcome &outcome : std::as_const(m_transcripts))
        VERIFY_NO_SECRETS(outcome);
}

QTEST_GUILESS_MAIN(TestVerifyCli)
#include "tst_verify_cli.moc"
