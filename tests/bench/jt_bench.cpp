// Benchmark: the wizard's start-up against a bare one-page QWizard (same run, alternating, medians), full
// verifications against the simulated Greenhouse with a delay on every answer, expressed in round trips
// (concurrency is the point: a sequential verifier needs one round trip per request), the parsing and
// cross-checking of a board with 5,000 live jobs, and (jt_bench_wizard) a full demo run's peak memory and the
// UI's longest stall during a 20,000-job board check. With --hostile: how long `verify` takes to give up on
// servers that never end, and its peak memory meanwhile (several minutes). Figures mean something only from a
// build without sanitizers (README, Performance).
#include "AppProcess.h"
#include "SimFixture.h"
#include "greenhouse/JobBoardClient.h"
#include "net/ByteSize.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace jt::byte_size;

using namespace jt;
using namespace jt::sim;

namespace {

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

void verificationFigures(SimulatedGreenhouse &sim, const char *name, const VerificationRequest &request,
                         int runs, int latencyMs) {
    QList<double> seconds;
    qsizetype requests = 0;
    for (int i = 0; i < runs; ++i) {
        sim.clearSeen();
        QElapsedTimer clock;
        clock.start();
        const VerificationReport report = test::verify(request, TransportSettings{});
        seconds << double(clock.nsecsElapsed()) / 1e9;
        requests = sim.seen().size();
        if (!report.ok())
            std::printf("  !! %s run %d did not pass (exit %d)\n", name, i, int(report.exitStatus()));
    }
    const double m = median(seconds);
    std::printf("%-28s median %.3f s over %d runs = %.2f round trips of %d ms; %lld requests "
                "(sequential: %lld round trips, %.2f s)\n",
                name, m, runs, m / (latencyMs / 1000.0), latencyMs, static_cast<long long>(requests),
                static_cast<long long>(requests), double(requests) * latencyMs / 1000.0);
}

// `jobtarget-setup verify` with its default --timeout and --deadline against servers that never end:
// how long until it gives up, and its peak memory (the promise: within the deadline, under 200 MB).
int hostileFigures() {
    SimulatedGreenhouse sim;
    if (!sim.start())
        return 1;
    QTemporaryDir home;
    struct Case {
        const char *name;
        Api api;
        Fault fault;
        qint64 bytes;
    };
    const Case cases[] = {
        {"a Harvest server that sends one byte per 200 ms", Api::Harvest, Fault::Drip, 0},
        {"a board that never ends (chunked)", Api::Boards, Fault::EndlessBody, 0},
        {"a board of 60 MB", Api::Boards, Fault::Oversized, 60_MiB},
        {"a rate limit that never lifts (429, Retry-After: 30)", Api::Harvest, Fault::RateLimited, 0},
    };
    std::printf("verify with its defaults (--timeout 20, --deadline 120) against hostile servers\n");
    for (const Case &hostile : cases) {
        sim.scenario() = SimScenario{};
        sim.scenario().dripMs = 200;
        sim.scenario().retryAfterSeconds = 30;
        if (hostile.bytes > 0)
            sim.scenario().oversizedBytes = hostile.bytes;
        sim.scenario().faults = {FaultRule{hostile.api, hostile.fault, -1, {}}};
        test::AppProcess verify({QStringLiteral("verify"), QStringLiteral("--client-id"),
                                 QString::fromLatin1(SimulatedGreenhouse::ClientId),
                                 QStringLiteral("--board-token"), QStringLiteral("acme"),
                                 QStringLiteral("--format"), QStringLiteral("json")},
                                test::appEnvironment(home.path(), sim, SimulatedGreenhouse::ClientSecret,
                                                     {QStringLiteral("ASAN_OPTIONS=detect_leaks=0")}));
        const test::Outcome outcome = verify.finish(300000);
        std::printf("%-52s exit %d after %6.1f s, peak %4lld MB\n", hostile.name, outcome.exitCode,
                    double(outcome.elapsedMs) / 1000.0, outcome.peakKb / 1024);
    }
    return 0;
}

#ifdef JT_BARE_WIZARD
// Milliseconds to the first paint, as the program prints it (--benchmark-startup); -1 when it did not.
double startupMs(const QString &program, const QStringList &arguments, const QProcessEnvironment &env) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    bool ok = false;
    const double ms = process.readAllStandardOutput().trimmed().toDouble(&ok);
    return ok ? ms : -1;
}

void startupFigures(int runs) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("WAYLAND_DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QTemporaryDir home; // no stored connection, no progress: the first page a new admin sees
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    const QString app = QStringLiteral(JT_APP_BINARY);
    QList<double> bare, wizard, demo;
    for (int i = 0; i < runs; ++i) { // alternating, so that the machine's moods touch all three alike
        bare << startupMs(QStringLiteral(JT_BARE_WIZARD), {}, env);
        wizard << startupMs(app, {QStringLiteral("--benchmark-startup")}, env);
        demo << startupMs(app, {QStringLiteral("--demo"), QStringLiteral("--benchmark-startup")}, env);
    }
    const double b = median(bare), w = median(wizard), d = median(demo);
    std::printf("Start-up to the first paint (%s), median of %d runs: bare QWizard %.1f ms; wizard %.1f ms "
                "= %.2fx; --demo %.1f ms = %.2fx (target <= 1.5x)\n",
                qPrintable(env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("display"))), runs, b,
                w, w / b, d, d / b);
}
#endif

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--hostile")))
        return hostileFigures();
#if JT_SANITIZED
    std::printf("!! a sanitized build: the figures below are not the product's\n");
#endif
#ifdef JT_BARE_WIZARD
    startupFigures(15);
#endif
    const int latencyMs = 300;
    const int runs = 7;
    SimulatedGreenhouse sim;
    if (!sim.start())
        return 1;
    sim.scenario().latencyMs = latencyMs;

    std::printf("Verification against the simulated Greenhouse, %d ms added to every answer\n", latencyMs);
    std::printf("Target: within 3 round trips + 0.6 s = %.2f s\n", 3 * latencyMs / 1000.0 + 0.6);
    verificationFigures(sim, "v3 (OAuth), board acme", test::v3Request(sim, QStringLiteral("acme")), runs,
                        latencyMs);
    verificationFigures(sim, "v1 (legacy key), board acme", test::v1Request(sim, QStringLiteral("acme")),
                        runs, latencyMs);

    // The 5,000-job board: the answer as Greenhouse sends it, parsed and sampled for the same-account check.
    sim.scenario().latencyMs = 0;
    HttpTransport transport;
    HttpRequest request;
    request.url = GreenhouseEndpoints::join(sim.boardsUrl(), QStringLiteral("/v1/boards/bigboard/jobs"));
    request.maxBodyBytes = 64_MiB;
    HttpCall *call = transport.send(request);
    QByteArray body;
    QObject::connect(call, &HttpCall::finished, &app, [&] {
        body = call->response().body;
        app.quit();
    });
    app.exec();
    QList<double> parse;
    qsizetype jobs = 0;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer clock;
        clock.start();
        const auto parsed = JobBoardClient::parseJobs(body);
        const QList<qint64> sample = JobBoardClient::sampleJobIds(parsed.value_or(QList<BoardJob>{}));
        parse << double(clock.nsecsElapsed()) / 1e9;
        jobs = parsed ? parsed->size() : -1;
        Q_UNUSED(sample)
    }
    std::printf("Board of %lld jobs (%.1f MB): parse + sample median %.4f s over 15 runs (target < 0.5 s)\n",
                static_cast<long long>(jobs), double(body.size()) / 1e6, median(parse));

    QList<double> whole;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer clock;
        clock.start();
        const VerificationReport report = test::verify(test::v3Request(sim, QStringLiteral("bigboard")));
        whole << double(clock.nsecsElapsed()) / 1e9;
        if (report.board.liveJobs != 5000)
            std::printf("  !! bigboard reported %d live jobs\n", report.board.liveJobs.value_or(-1));
    }
    std::printf("Full v3 verification of the 5,000-job board, no added delay: median %.3f s over 5 runs\n",
                median(whole));
#ifdef JT_BENCH_WIZARD
    std::fflush(stdout);
    QProcess wizardBench;
    wizardBench.setProcessChannelMode(QProcess::ForwardedOutputChannel); // its figures; QtTest's lines too
    wizardBench.start(QStringLiteral(JT_BENCH_WIZARD), {QStringLiteral("-silent")});
    wizardBench.waitForFinished(600000);
#endif
    return 0;
}
