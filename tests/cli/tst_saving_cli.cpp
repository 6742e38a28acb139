// Saving is all or nothing, proved with `jobtarget-setup` processes, the
// real test keyring and settings in a throw-away HOME: a save killed between its two writes, two saves at
// once, settings that cannot be written after the keychain was, a locked keyring. Each ends consistent, with
// the exit status and the words the contract names. The test build's seam JT_TEST_PAUSE_BETWEEN_WRITES=FILE
// stops a save after the keychain was written until FILE exists.

#include "AppProcess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using jt::sim::SimulatedGreenhouse;
using namespace jt::test;

namespace {

const QByteArray V3Secret = SimulatedGreenhouse::ClientSecret;
const QByteArray V1Key = SimulatedGreenhouse::HarvestKey;
const QByteArray Paused = "jt-test-seam: paused between the keychain and the settings";
const QString Incomplete = QStringLiteral("The stored connection is incomplete; save it again.");

QStringList saveV3() {
    return {QStringLiteral("verify"),         QStringLiteral("--save"),        QStringLiteral("--client-id"),
            QStringLiteral("jobtarget-4417"), QStringLiteral("--board-token"), QStringLiteral("acme"),
            QStringLiteral("--format"),       QStringLiteral("json")};
}

QStringList saveV1() {
    return {QStringLiteral("verify"),   QStringLiteral("--save"),        QStringLiteral("--credential"),
            QStringLiteral("v1"),       QStringLiteral("--board-token"), QStringLiteral("acme"),
            QStringLiteral("--format"), QStringLiteral("json")};
}

const QStringList FromKeychain{QStringLiteral("verify"), QStringLiteral("--from-keychain"),
                               QStringLiteral("--format"), QStringLiteral("json")};

} // namespace

class TestSavingCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void killedBetweenTheWrites_data();
    void killedBetweenTheWrites();
    void twoSavesAtOnceRunOneAfterTheOther();
    void unwritableSettingsPutThePreviousSecretBack_data();
    void unwritableSettingsPutThePreviousSecretBack();
    void lockedKeyringIsSaidLocked();

private:
    QProcessEnvironment environment(const QByteArray &secret = {}, const QStringList &extra = {}) const {
        return appEnvironment(m_home->path(), *m_sim, secret, extra);
    }
    Outcome run(const QStringList &arguments, const QByteArray &secret = {}) {
        AppProcess app(arguments, environment(secret));
        return keep(app.finish());
    }
    Outcome keep(const Outcome &outcome) {
        m_transcripts.append(outcome);
        return outcome;
    }
    QString settingsFile() const { return settingsFileUnder(m_home->path()); }

    std::unique_ptr<SimulatedGreenhouse> m_sim;
    std::unique_ptr<QTemporaryDir> m_home;
    QList<Outcome> m_transcripts;
};

void TestSavingCli::initTestCase() {
    m_sim = std::make_unique<SimulatedGreenhouse>();
    QVERIFY(m_sim->start());
#ifdef Q_OS_LINUX
    QVERIFY2(
        !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
        "no session bus: run the suite through tests/run-with-keyring.sh (the README's test command does)");
#endif
}

// Each test starts from an empty keychain item and its own HOME. (tst_stored_cli uses the same item, and the
// suite runs tests in parallel: they run under RESOURCE_LOCK "keychain-item".)
void TestSavingCli::init() {
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_transcripts.clear();
    clearKeyring();
}

void TestSavingCli::cleanup() {
    for (const Outcome &outcome : std::as_const(m_transcripts))
        QVERIFY2(!outcome.out.contains(V3Secret) && !outcome.err.contains(V3Secret) &&
                     !outcome.out.contains(V1Key) && !outcome.err.contains(V1Key),
                 outcome.describe().constData());
}

void TestSavingCli::killedBetweenTheWrites_data() {
    QTest::addColumn<int>("signal");
#ifdef Q_OS_WIN
    QTest::newRow("TerminateProcess") << 0; // Windows has no signals: "End task" in Task Manager, a power cut
#else
    QTest::newRow("SIGKILL") << SIGKILL;
    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("SIGINT") << SIGINT;
#endif
}

// The keychain already holds the new secret, the settings still the old connection: never mixed. Every
// reader refuses the pair with the contract's words (exit 7), and the next save mends it (the dead
// process's lock is taken over at once).
void TestSavingCli::killedBetweenTheWrites() {
    QFETCH(int, signal);
    VERIFY_EXITED(run(saveV3(), V3Secret), 0);

    AppProcess killed(saveV1(), environment(V1Key, {QStringLiteral("JT_TEST_PAUSE_BETWEEN_WRITES=") +
                                                    m_home->filePath(QStringLiteral("never"))}));
    QVERIFY2(killed.waitForError(Paused), killed.errorSoFar().constData());
#ifdef Q_OS_WIN
    Q_UNUSED(signal)
    killed.kill();
#else
    killed.signal(signal);
#endif
    const Outcome cut = keep(killed.finish());
    QVERIFY2(!cut.finished, cut.describe().constData()); // it died there, as a power cut would
    QVERIFY(keyringHolds(V1Key) && !keyringHolds(V3Secret));

    const Outcome checked = run(FromKeychain);
    VERIFY_EXITED(checked, 7);
    QVERIFY2(checked.json().value(QStringLiteral("error")).toString().startsWith(Incomplete),
             checked.describe().constData());
    const Outcome summary = run({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("md"),
                                 QStringLiteral("--output"), QStringLiteral("-")});
    VERIFY_EXITED(summary, 7);
    QVERIFY2(QString::fromUtf8(summary.err).contains(Incomplete), summary.describe().constData());
    QVERIFY(summary.out.isEmpty());

    VERIFY_EXITED(run(saveV3(), V3Secret), 0);
    const Outcome mended = run(FromKeychain);
    VERIFY_EXITED(mended, 0);
}

// A second save while the first is between its writes waits for it (and says so), then runs: the last one
// stored is whole. Without the lock the first finished by writing its settings beside the second's secret.
void TestSavingCli::twoSavesAtOnceRunOneAfterTheOther() {
    const QString go = m_home->filePath(QStringLiteral("go"));
    AppProcess first(saveV3(), environment(V3Secret, {QStringLiteral("JT_TEST_PAUSE_BETWEEN_WRITES=") + go}));
    QVERIFY2(first.waitForError(Paused), first.errorSoFar().constData());
    AppProcess second(saveV1(), environment(V1Key));
    QVERIFY2(second.waitForError("Waiting for another save of the connection to finish"),
             second.errorSoFar().constData());
    QVERIFY(QFile(go).open(QIODevice::WriteOnly));

    const Outcome earlier = keep(first.finish());
    VERIFY_EXITED(earlier, 0);
    const Outcome later = keep(second.finish());
    if (!later.finished || later.exitCode != 0) // QtTest cuts a long message: both stories, in full
        qInfo("the first save (%lld ms):\n%s\nthe second (%lld ms):\n%s", earlier.elapsedMs,
              earlier.err.constData(), later.elapsedMs, later.err.constData());
    QVERIFY2(later.finished && later.exitCode == 0,
             (later.describe() + "\n--- the first save, " + QByteArray::number(earlier.elapsedMs) +
              " ms ---\n" + earlier.err)
                 .constData());
    QCOMPARE(later.json().value(QStringLiteral("saved")).toBool(), true);

    const Outcome checked = run(FromKeychain);
    VERIFY_EXITED(checked, 0);
    QCOMPARE(checked.json().value(QStringLiteral("credential")).toObject().value(QStringLiteral("kind")),
             QJsonValue(QStringLiteral("v1")));
    QVERIFY(keyringHolds(V1Key) && !keyringHolds(V3Secret));
}

void TestSavingCli::unwritableSettingsPutThePreviousSecretBack_data() {
    QTest::addColumn<bool>("diskFull");
    QTest::newRow("the settings file is a folder") << false;
#ifndef Q_OS_WIN // played with ulimit -f, a POSIX shell's
    QTest::newRow("the disk is full") << true;
#endif
}

// The keychain took the new secret, then the settings could not be written: exit 7 with the reason, and
// the previous secret is back in the keychain. A full disk is played by a file size limit of 512 bytes on the
// process (writes beyond it fail, as on a full disk; the signal that would kill it is ignored).
void TestSavingCli::unwritableSettingsPutThePreviousSecretBack() {
    QFETCH(bool, diskFull);
    VERIFY_EXITED(run(saveV3(), V3Secret), 0);
    if (!diskFull) {
        QVERIFY(QFile::remove(settingsFile()));
        QVERIFY(QDir().mkpath(settingsFile()));
    }

    AppProcess app(diskFull ? QStringList{QStringLiteral("-c"),
                                          QStringLiteral("trap '' XFSZ; ulimit -f 1 && exec \"$0\" \"$@\""),
                                          QStringLiteral(JT_APP_BINARY)} +
                                  saveV1()
                            : saveV1(),
                   environment(V1Key), diskFull ? QStringLiteral("sh") : QStringLiteral(JT_APP_BINARY));
    const Outcome failed = keep(app.finish());
    VERIFY_EXITED(failed, 7);
    QCOMPARE(failed.json().value(QStringLiteral("saved")).toBool(true), false);
    QVERIFY2(failed.json()
                 .value(QStringLiteral("keychain_error"))
                 .toString()
                 .contains(QStringLiteral("The settings could not be written")),
             failed.describe().constData());
    QVERIFY2(keyringHolds(V3Secret) && !keyringHolds(V1Key), "the keychain was not put back");
    if (diskFull) {
        // The settings could not be put back either (the disk is still full): whatever is left is never
        // read as a connection, nor mixed with the secret; the next save mends it.
        const Outcome after = run(FromKeychain);
        VERIFY_EXITED(after, 7);
        QVERIFY2(after.json().value(QStringLiteral("error")).toString().startsWith(Incomplete),
                 after.describe().constData());
        VERIFY_EXITED(run(saveV3(), V3Secret), 0);
        VERIFY_EXITED(run(FromKeychain), 0);
    }
}

// A locked keyring (its own, in a child run of the keyring wrapper: locking the suite's shared one would
// disturb the tests running beside this one), no display, so no password prompt: every command says
// "locked", none says "nothing stored", and nothing is written.
void TestSavingCli::lockedKeyringIsSaidLocked() {
#ifdef Q_OS_WIN
    QSKIP("A locked keyring is the Secret Service's (Linux); Windows' Credential Manager opens with the "
          "session");
#endif
    const QString out = m_home->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    const QString script = QStringLiteral(R"(set -u
app=$1; out=$2; shift 2
"$app" "$@" >"$out/first.out" 2>&1 || exit 90
dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
    org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/aliases/default >/dev/null || exit 91
each() {
    name=$1; shift
    env -u JOBTARGET_SETUP_SECRET "$app" "$@" >"$out/$name.out" 2>"$out/$name.err"
    echo $? >"$out/$name.rc"
}
each from verify --from-keychain --format json
each summary summary --format md --output -
each summary-secret summary --format md --output - --include-secret
JOBTARGET_SETUP_SECRET=$SAVE_SECRET "$app" "$@" >"$out/save.out" 2>"$out/save.err"; echo $? >"$out/save.rc"
)");
    QProcessEnvironment env =
        environment(V3Secret, {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                               QStringLiteral("JT_KEYRING_TIMEOUT=120")});
    env.insert(QStringLiteral("SAVE_SECRET"), QString::fromLatin1(V3Secret));
    AppProcess wrapper(QStringList{QStringLiteral(JT_KEYRING_WRAPPER), QStringLiteral("sh"),
                                   QStringLiteral("-c"), script, QStringLiteral("sh"),
                                   QStringLiteral(JT_APP_BINARY), out} +
                           saveV3(),
                       env, QStringLiteral("sh"));
    const Outcome ran = keep(wrapper.finish(120000));
    VERIFY_EXITED(ran, 0);

    const auto read = [&out](const QString &name) {
        QFile file(out + QLatin1Char('/') + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray("(missing)");
    };
    const QByteArray locked = "The keyring is locked";
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("summary"),
                                QStringLiteral("summary-secret"), QStringLiteral("save")}) {
        const QByteArray said = read(name + QStringLiteral(".out")) + read(name + QStringLiteral(".err"));
        QVERIFY2(read(name + QStringLiteral(".rc")) == "7",
                 qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(said)));
        QVERIFY2(said.contains(locked) && !said.contains("No connection is stored"),
                 qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(said)));
        QVERIFY2(!said.contains(V3Secret), qPrintable(name));
    }
    QVERIFY(read(QStringLiteral("summary.out")).isEmpty());
    QVERIFY(read(QStringLiteral("summary-secret.out")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSavingCli)
#include "tst_saving_cli.moc"
