// What a blind admin actually hears: the real application on an X server of the test's own (TestDisplay.h),
// read by a real Orca (Debian's `orca`, 43 on Debian 12) over the run's accessibility bus
// (run-with-atspi.sh), driven by the keyboard alone (xdotool), with every utterance Orca makes logged
// (orca-speech-log.py). tst_accessibility checks the events Qt sends; this checks that the screen reader
// turns the five outcomes that matter most into speech: a missing permission named, a board token that
// names no board, a board confirmed, the returning admin's "Check it now" failing, and the secret shown or
// hidden.

#include "AppProcess.h"
#include "TestDisplay.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using jt::sim::SimulatedGreenhouse;
using namespace jt::test;

namespace {
// Orca runs a little behind the application (it reads each event back over the bus), and everything runs
// under the sanitizers on two shared cores: generous deadlines, which a passing run never waits out.
constexpr int SpeechDeadlineMs = 60000;
} // namespace

// Orca said `text` since `from`, or the test fails with what it did say.
#define VERIFY_SPOKEN(text, from)                                                                            \
    QVERIFY2(                                                                                                \
        waitSpoken((text), (from)),                                                                          \
        qPrintable(QStringLiteral("Orca did not say “%1”. It said:\n%2").arg((text), spokenSince(from))))

class TestOrcaSpeech : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (QStandardPaths::findExecutable(QStringLiteral("orca")).isEmpty()) {
            // Debian's packaging/dev.sh installs it: missing there, the run is not the one CI makes.
            QVERIFY2(!QFile::exists(QStringLiteral("/etc/debian_version")),
                     "orca is not installed: packaging/dev.sh installs it (apt-get install orca)");
            QSKIP("Orca is not installed (this check reads Orca 43's speech, Debian's orca package)");
        }
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no session bus: run the suite through ctest inside tests/run-with-keyring.sh");
        QVERIFY(m_sim.start());
        QVERIFY(m_home.isValid());
        QVERIFY2(m_display.start(), "Xvfb did not start");
        clearKeyring();

        m_log = m_home.filePath(QStringLiteral("speech.log"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_display.name());
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral(".local/share")));
        env.remove(QStringLiteral("ASAN_OPTIONS")); // Python is not sanitized; LD_PRELOAD is not set here
        m_orca.setProcessEnvironment(env);
        m_orca.setProcessChannelMode(QProcess::MergedChannels);
        QStringList arguments{QStringLiteral(JT_ORCA_SPEECH_LOG), m_log, QStringLiteral("--user-prefs"),
                              m_home.filePath(QStringLiteral("orca"))};
        // Orca's own account of every event it read, for whoever looks into a failure.
        if (const QString debug = qEnvironmentVariable("JT_ORCA_DEBUG_FILE"); !debug.isEmpty())
            arguments << QStringLiteral("--debug-file") << debug;
        m_orca.start(QStringLiteral("/usr/bin/python3"), arguments);
        QVERIFY2(m_orca.waitForStarted(), qPrintable(m_orca.errorString()));
        QVERIFY2(
            waitSpoken(QStringLiteral("Screen reader on"), 0),
            qPrintable(QStringLiteral("Orca did not start:\n") + QString::fromLocal8Bit(m_orca.readAll())));
    }

    void cleanupTestCase() {
        // All that Orca said, for whoever wants to listen in (JT_ORCA_SPEECH_COPY=FILE).
        if (const QString copy = qEnvironmentVariable("JT_ORCA_SPEECH_COPY"); !copy.isEmpty()) {
            QFile::remove(copy);
            QFile::copy(m_log, copy);
        }
        m_orca.terminate();
        if (!m_orca.waitForFinished(10000))
            m_orca.kill();
        m_orca.waitForFinished();
        clearKeyring();
    }

    void init() { m_testFrom = mark(); }
    // QtTest shortens a failure's message: all that Orca said in the failed test, for whoever reads the log.
    void cleanup() {
        if (QTest::currentTestFailed())
            fprintf(stderr, "--- What Orca said in %s ---\n%s--- end ---\n", QTest::currentTestFunction(),
                    spokenSince(m_testFrom).toLocal8Bit().constData());
    }

    // The first set-up, keyboard only, from Welcome to a confirmed job board.
    void theSetUpSpeaksItsOutcomes() {
        clearKeyring();
        m_sim.scenario() = {};
        m_sim.scenario().missingPermissions.insert(QStringLiteral("harvest:job_posts:list"));
        AppProcess app({}, appEnvironment(m_home.path(), m_sim, {}, appDisplay()));
        QVERIFY(focusWindow(QStringLiteral("^Welcome — ")));

        qsizetype from = mark();
        key(QStringLiteral("alt+n"));
        VERIFY_SPOKEN(QStringLiteral("Do you see"), from);
        from = mark();
        key(QStringLiteral("space")); // Yes, I see it
        VERIFY_SPOKEN(QStringLiteral("selected"), from);
        from = mark();
        key(QStringLiteral("alt+n"));
        VERIFY_SPOKEN(QStringLiteral("Which kind of credential?"), from);
        from = mark();
        key(QStringLiteral("alt+n"));
        VERIFY_SPOKEN(QStringLiteral("Client ID text"), from);
        // (6) The advice under a field, once the typing pauses: half a Client ID, a pause, the rest.
        const QString clientId = QString::fromLatin1(SimulatedGreenhouse::ClientId);
        const qsizetype dash = clientId.indexOf(QLatin1Char('-'));
        from = mark();
        type(clientId.left(dash + 1)); // "jobtarget-"
        VERIFY_SPOKEN(QStringLiteral("Client IDs usually look like"), from);
        type(clientId.mid(dash + 1)); // (a text starting with "-" would be an option of xdotool)
        from = mark();
        key(QStringLiteral("Tab"));
        // Orca has the secret field before a key of the secret is typed (in any other field it would echo
        // each key).
        VERIFY_SPOKEN(QStringLiteral("Client Secret password text"), from);
        type(secret());

        // (5) Show the secret, and hide it again, from the secret field.
        from = mark();
        key(QStringLiteral("alt+r"));
        VERIFY_SPOKEN(QStringLiteral("The secret is shown"), from);
        // Until the admin showed it, nothing Orca said held the secret.
        QVERIFY(!spokenSince(0).section(QStringLiteral("The secret is shown"), 0, 0).contains(secret()));
        from = mark();
        key(QStringLiteral("alt+r"));
        VERIFY_SPOKEN(QStringLiteral("The secret is hidden"), from);

        // (1) The permission check runs as the page opens, and names what is missing.
        from = mark();
        key(QStringLiteral("alt+n"));
        VERIFY_SPOKEN(QStringLiteral("“Job posts > List job posts” is not granted"), from);

        // Ticked in Greenhouse, checked again: on to the job board.
        m_sim.scenario().missingPermissions.clear();
        from = mark();
        key(QStringLiteral("alt+a")); // Check again
        VERIFY_SPOKEN(QStringLiteral("Every permission JobTarget needs is granted"), from);
        from = mark();
        key(QStringLiteral("alt+n"));
        VERIFY_SPOKEN(QStringLiteral("Job board"), from);

        // (2) A token that names no board, and Enter.
        key(QStringLiteral("alt+a")); // Board token or the address of your job board
        type(QStringLiteral("nosuchboard"));
        from = mark();
        key(QStringLiteral("Return"));
        VERIFY_SPOKEN(QStringLiteral("There is no job board “nosuchboard”"), from);

        // (3) The board's real token, and Enter.
        key(QStringLiteral("alt+a"));
        key(QStringLiteral("ctrl+a"));
        type(QString::fromLatin1(SimulatedGreenhouse::BoardToken));
        from = mark();
        key(QStringLiteral("Return"));
        VERIFY_SPOKEN(QStringLiteral("Job board “Acme Robotics” confirmed"), from);
        app.kill();
    }

    // (4) The returning admin's page: "Check it now" finds a permission gone.
    void theReturningAdminHearsTheCheckFail() {
        clearKeyring();
        m_sim.scenario() = {};
        AppProcess save({QStringLiteral("verify"), QStringLiteral("--save"), QStringLiteral("--client-id"),
                         QString::fromLatin1(SimulatedGreenhouse::ClientId), QStringLiteral("--board-token"),
                         QString::fromLatin1(SimulatedGreenhouse::BoardToken)},
                        appEnvironment(m_home.path(), m_sim, SimulatedGreenhouse::ClientSecret));
        VERIFY_EXITED(save.finish(), 0);
        m_sim.scenario().missingPermissions.insert(QStringLiteral("harvest:job_posts:list"));

        // The first test's wizard is gone from the bus (else this launch would hand over to it and end).
        QTRY_VERIFY_WITH_TIMEOUT(!QDBusConnection::sessionBus().interface()->isServiceRegistered(
                                     QStringLiteral("io.github.jobtarget_setup")),
                                 30000);
        AppProcess app({QStringLiteral("--stored-connection")},
                       appEnvironment(m_home.path(), m_sim, {}, appDisplay()));
        const qsizetype opened = mark();
        QVERIFY(focusWindow(QStringLiteral("^Your JobTarget connection — ")));
        VERIFY_SPOKEN(QStringLiteral("Your JobTarget connection"), opened);
        // The keyboard starts on the page's first action, and Orca says so (it said "Finish" once).
        VERIFY_SPOKEN(QStringLiteral("Check it now push button"), opened);
        const qsizetype from = mark();
        key(QStringLiteral("alt+c")); // Check it now
        VERIFY_SPOKEN(QStringLiteral("“Job posts > List job posts” is not granted"), from);
        app.kill();
    }

private:
    QStringList appDisplay() const {
        return m_display.environment() << QStringLiteral("QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1");
    }

    static QString secret() { return QString::fromLatin1(SimulatedGreenhouse::ClientSecret); }

    // Where the log ends now: what is said after an action is read from here.
    qsizetype mark() const { return QFileInfo(m_log).size(); }

    QString spokenSince(qsizetype from) const {
        QFile log(m_log);
        if (!log.open(QIODevice::ReadOnly) || !log.seek(from))
            return {};
        return QString::fromUtf8(log.readAll());
    }

    bool waitSpoken(const QString &text, qsizetype from) const {
        const QDeadlineTimer deadline(SpeechDeadlineMs);
        while (!spokenSince(from).contains(text) && !deadline.hasExpired() &&
               m_orca.state() == QProcess::Running)
            QTest::qWait(50); // serves the simulator meanwhile
        return spokenSince(from).contains(text);
    }

    // The application's window whose title matches `pattern` has the keyboard (there is no window manager
    // to give it), once it is there.
    bool focusWindow(const QString &pattern) {
        // Found by its title, then focused once it can be (a window found before it is mapped, on a busy
        // machine, refuses the focus for a moment).
        const QDeadlineTimer deadline(SpeechDeadlineMs);
        do {
            const QStringList windows = m_display.windowsTitled(pattern);
            if (!windows.isEmpty() && xdotool({QStringLiteral("windowfocus"), windows.constLast()}))
                return true;
            QTest::qWait(50);
        } while (!deadline.hasExpired());
        return false;
    }

    void key(const QString &keys) { QVERIFY(xdotool({QStringLiteral("key"), keys})); }
    void type(const QString &text) {
        QVERIFY(xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"), text}));
    }

    bool xdotool(const QStringList &arguments) const {
        QProcess tool;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_display.name());
        tool.setProcessEnvironment(env);
        tool.start(QStringLiteral("xdotool"), arguments);
        return tool.waitForFinished(30000) && tool.exitStatus() == QProcess::NormalExit &&
               tool.exitCode() == 0;
    }

    SimulatedGreenhouse m_sim;
    QTemporaryDir m_home;
    TestDisplay m_display;
    QProcess m_orca;
    QString m_log;
    qsizetype m_testFrom = 0;
};

QTEST_GUILESS_MAIN(TestOrcaSpeech)

#include "tst_orca_speech.moc"
