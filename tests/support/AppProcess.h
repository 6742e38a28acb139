#pragma once

// `jobtarget-setup` as a child process for the command-line tests and the benchmark: its environment (a
// throw-away HOME, the simulated Greenhouse), its output collected as it comes (so that a test can wait for a
// line), its duration and peak memory; and what the test keyring holds, as secret-tool sees it.

#include "sim/SimulatedGreenhouse.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <memory>

#ifdef Q_OS_WIN
#include <qt_windows.h>
// after windows.h, which they need
#include <psapi.h>
#include <wincred.h>

#include <algorithm>
#else
#include <sys/resource.h>
#endif

namespace jt::test {

struct Outcome {
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
    bool ended = false; // within the time given, normally or not (finished: normally)
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    qint64 elapsedMs = 0;
    qint64 peakKb = -1;       // the child's peak resident memory (VmHWM), sampled while it ran ...
    bool peakIsBound = false; // ... or, when it ended before a sample, the largest of every child so far
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QByteArray describe() const {
        return "exit " + QByteArray::number(exitCode) + (finished ? "" : " (killed)") + "\n--- stdout ---\n" +
               out + "\n--- stderr ---\n" + err;
    }
};

// `outcome` is evaluated once.
#define VERIFY_EXITED(outcome, code)                                                                         \
    do {                                                                                                     \
        const ::jt::test::Outcome &verifiedOutcome = (outcome);                                              \
        QVERIFY2(verifiedOutcome.finished &&verifiedOutcome.exitCode == (code),                              \
                 verifiedOutcome.describe().constData());                                                    \
    } while (false)

// The environment of a run: settings under `home`, Greenhouse is `sim`, `secret` (if any) in
// JOBTARGET_SETUP_SECRET, then `extra` ("NAME=value" sets, "NAME" removes).
inline QProcessEnvironment appEnvironment(const QString &home, const jt::sim::SimulatedGreenhouse &sim,
                                          const QByteArray &secret = {}, const QStringList &extra = {}) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("JOBTARGET_SETUP_SECRET"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("GREENHOUSE_AUTH_URL"), sim.authUrl().toString());
    env.insert(QStringLiteral("GREENHOUSE_HARVEST_URL"), sim.harvestUrl().toString());
    env.insert(QStringLiteral("GREENHOUSE_BOARDS_URL"), sim.boardsUrl().toString());
    if (!secret.isEmpty())
        env.insert(QStringLiteral("JOBTARGET_SETUP_SECRET"), QString::fromUtf8(secret));
    for (const QString &entry : extra) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals < 0)
            env.remove(entry);
        else
            env.insert(entry.left(equals), entry.mid(equals + 1));
    }
    return env;
}

// The settings file the application writes under the throw-away `home` of appEnvironment().
// On Windows the settings are the user's, whatever the environment says (the profile's folders come from the
// system, not from variables), so the suites share one settings file there, as they share the Credential
// Manager: clearKeyring() removes both, and the suites that store run one at a time (RESOURCE_LOCK).
inline QString settingsFileUnder(const QString &home) {
#ifdef Q_OS_WIN
    Q_UNUSED(home)
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("JobTarget Setup"),
                     QStringLiteral("jobtarget-setup"))
        .fileName();
#else
    return home + QStringLiteral("/.config/JobTarget Setup/jobtarget-setup.conf");
#endif
}

// One running `program` (the application by default). The test's event loop keeps serving the simulator
// while it waits.
class AppProcess {
public:
    // `input` goes to its standard input, which is then closed.
    AppProcess(const QStringList &arguments, const QProcessEnvironment &env,
               const QString &program = QStringLiteral(JT_APP_BINARY), const QByteArray &input = {}) {
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.setProcessEnvironment(env);
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_err += m_process.readAllStandardError(); });
        QObject::connect(&m_sampler, &QTimer::timeout, &m_process, [this] { samplePeak(); });
        QObject::connect(&m_process, &QProcess::started, &m_process, [this] { samplePeak(); });
        m_clock.start();
        m_process.start();
        if (!input.isEmpty())
            m_process.write(input);
        m_process.closeWriteChannel();
        m_sampler.start(20);
    }

    // True once standard error holds `text`; false after `ms` or when the process ended without it.
    bool waitForError(const QByteArray &text, int ms = 30000) {
        const QDeadlineTimer deadline(ms);
        while (!m_err.contains(text) && !deadline.hasExpired() && m_process.state() != QProcess::NotRunning)
            QTest::qWait(10); // serves the event loop (and the simulator) while polling the condition
        return m_err.contains(text);
    }

    // For a failure's message. (Qt 6.4's QVERIFY2 evaluates its message even when the check passes: it must
    // have no effect, such as finish() would.)
    QByteArray errorSoFar() const { return m_err; }
    // Ends it at once: SIGKILL, or TerminateProcess on Windows.
    void kill() { m_process.kill(); }
#ifndef Q_OS_WIN
    // Only to the child itself (never 0: that would be this test's whole process group).
    void signal(int number) {
        if (const qint64 pid = m_process.processId(); pid > 0)
            ::kill(pid_t(pid), number);
    }
#endif

    Outcome finish(int ms = 60000) {
        Outcome outcome;
        outcome.finished = m_process.state() == QProcess::NotRunning;
        if (!outcome.finished) {
            QSignalSpy finished(&m_process, &QProcess::finished);
            outcome.finished = finished.wait(ms);
        }
        if (!outcome.finished) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        m_sampler.stop();
#ifdef Q_OS_WIN
        samplePeak(); // the handle outlives the process: its final peak
#endif
        outcome.ended = outcome.finished;
        outcome.exitStatus = m_process.exitStatus();
        outcome.elapsedMs = m_clock.elapsed();
        outcome.peakKb = m_peakKb;
#ifndef Q_OS_WIN
        if (outcome.peakKb <= 0 && outcome.ended) {
            // A quick child (an unsanitized build) may end before the first sample. The kernel kept the peak
            // of every child this process reaped: a bound for this one.
            struct rusage children {};
            if (getrusage(RUSAGE_CHILDREN, &children) == 0 && children.ru_maxrss > 0) {
                outcome.peakKb = children.ru_maxrss; // kilobytes on Linux
                outcome.peakIsBound = true;
            }
        }
#endif
        outcome.finished = outcome.finished && m_process.exitStatus() == QProcess::NormalExit;
        outcome.exitCode = m_process.exitCode();
        outcome.out = m_process.readAllStandardOutput();
        outcome.err = m_err + m_process.readAllStandardError();
        return outcome;
    }

private:
#ifdef Q_OS_WIN
    // Windows keeps a process's peak working set for as long as a handle to it is open: one handle, taken
    // when the child starts, gives its peak even after it ended.
    void samplePeak() {
        if (!m_handle && m_process.processId() > 0)
            m_handle.reset(
                OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(m_process.processId())));
        PROCESS_MEMORY_COUNTERS counters{};
        if (m_handle && GetProcessMemoryInfo(m_handle.get(), &counters, sizeof counters))
            m_peakKb = qMax(m_peakKb, qint64(counters.PeakWorkingSetSize / 1024));
    }
    struct CloseProcessHandle {
        void operator()(HANDLE handle) const { CloseHandle(handle); }
    };
    std::unique_ptr<void, CloseProcessHandle> m_handle;
#else
    void samplePeak() {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
        if (m_process.processId() <= 0 || !status.open(QIODevice::ReadOnly))
            return;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                m_peakKb = qMax(m_peakKb, line.mid(6).trimmed().split(' ').value(0).toLongLong());
        }
    }
#endif

    QProcess m_process;
    QByteArray m_err;
    QTimer m_sampler;
    QElapsedTimer m_clock;
    qint64 m_peakKb = -1;
};

#ifdef Q_OS_WIN
// The application's own items in the Windows Credential Manager (QtKeychain's target names begin with the
// service, "jobtarget-setup"): whether one holds `secret`, and removing them all.
inline QList<QByteArray> credentialTargets(bool andRemove) {
    DWORD count = 0;
    PCREDENTIALW *credentials = nullptr;
    QList<QByteArray> blobs;
    if (!CredEnumerateW(L"jobtarget-setup*", 0, &count, &credentials))
        return blobs;
    for (DWORD i = 0; i < count; ++i) {
        const CREDENTIALW *credential = credentials[i];
        blobs << QByteArray(reinterpret_cast<const char *>(credential->CredentialBlob),
                            qsizetype(credential->CredentialBlobSize));
        if (andRemove)
            CredDeleteW(credential->TargetName, credential->Type, 0);
    }
    CredFree(credentials);
    return blobs;
}

inline bool keyringHolds(const QByteArray &secret) {
    const QList<QByteArray> blobs = credentialTargets(false);
    return std::any_of(blobs.cbegin(), blobs.cend(),
                       [&](const QByteArray &blob) { return blob.contains(secret); });
}

inline void clearKeyring() {
    credentialTargets(true);
    const QString settings = settingsFileUnder({}); // the user's, as the Credential Manager is
    QFile::remove(settings);
    QDir(settings).removeRecursively(); // a test may have made it a folder
}
#else
// What secret-tool says about the test's keyring (it prints the secrets it finds with `search`).
inline QByteArray secretTool(const QStringList &arguments) {
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), arguments);
    if (!tool.waitForFinished(20000))
        QTest::qFail("secret-tool did not answer", __FILE__, __LINE__);
    return tool.readAllStandardOutput() + tool.readAllStandardError();
}

// Only the application's own items (QtKeychain's attribute "server" is the service): tests running beside
// these keep theirs under other services, some holding the same simulator secret.
inline bool keyringHolds(const QByteArray &secret) {
    return secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                       QStringLiteral("jobtarget-setup")})
        .contains(secret);
}

inline void clearKeyring() {
    secretTool({QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("jobtarget-setup")});
}
#endif

} // namespace jt::test
