// SecretStore: against the real Secret Service (run through tests/run-with-keyring.sh), in child processes
// where the keychain is missing or locked, and against a fake backend that fails in every way or never
// answers.

#include "keychain/SecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <csignal>
#include <cstdio>

// The Secret Service's own states (locked, no login collection, a stalled daemon) are reached over D-Bus, on
// Linux; Windows keeps secrets in the Credential Manager, read here with its own calls.
#ifdef JT_SECRET_SERVICE
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#endif
#ifdef Q_OS_WIN
#include <qt_windows.h>
// after windows.h, which it needs
#include <wincred.h>
#endif
#include <cstring>
#include <memory>
#include <optional>

using namespace jt;
using namespace std::chrono_literals;

namespace {

const QString SecretServiceName = QStringLiteral("org.freedesktop.secrets");
// The helper processes' secret, compiled in so that it never travels through argv or the environment; the
// parent checks that their output never shows it.
const QString HelperSecret = QStringLiteral("jt-helper-sëcret-🔐-密钥-7f3a9c5e");
const char *const HelperFlag = "--keychain-helper";
constexpr qint64 ChildBoundMs = 10000; // what a failure path may take at most, start-up included

QString problemName(KeychainProblem problem) {
    switch (problem) {
    case KeychainProblem::None:
        return QStringLiteral("None");
    case KeychainProblem::NotFound:
        return QStringLiteral("NotFound");
    case KeychainProblem::Unavailable:
        return QStringLiteral("Unavailable");
    case KeychainProblem::Locked:
        return QStringLiteral("Locked");
    case KeychainProblem::TimedOut:
        return QStringLiteral("TimedOut");
    case KeychainProblem::Other:
        return QStringLiteral("Other");
    case KeychainProblem::Incomplete:
        return QStringLiteral("Incomplete");
    case KeychainProblem::SettingsNotWritten:
        return QStringLiteral("SettingsNotWritten");
    case KeychainProblem::Busy:
        return QStringLiteral("Busy");
    }
    return QStringLiteral("?");
}

QString randomHex() {
    return QString::number(QRandomGenerator::global()->generate64(), 16);
}

// Everything already queued is delivered: a second (wrong) answer, if one was on its way, has arrived by now.
// A condition, not a guess at how long a busy machine takes.
void deliverQueued() {
    for (int round = 0; round < 5; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

// Lets `ms` pass with the event loop running, ending by a timer started now: any timer due before it (the
// store's own timeouts) has fired by then, however slow the machine.
void passTimers(int ms) {
    QTimer after;
    after.setSingleShot(true);
    after.setTimerType(Qt::PreciseTimer);
    QSignalSpy fired(&after, &QTimer::timeout);
    after.start(ms);
    QVERIFY(fired.wait(ms + 30000));
    deliverQueued();
}

// One keychain call, waited for (the event loop runs meanwhile), with a bound.
struct Outcome {
    KeychainResult result;
    int calls = 0;
    qint64 elapsedMs = -1;
};

using Call = std::function<void(std::function<void(KeychainResult)>)>;

// Shared with the callback: a second (wrong) call would still be counted after waitFor() returned.
std::shared_ptr<const Outcome> waitFor(const Call &call, std::chrono::milliseconds bound = 12s) {
    auto outcome = std::make_shared<Outcome>();
    QElapsedTimer clock;
    clock.start();
    call([outcome, clock](const KeychainResult &result) {
        outcome->result = result;
        outcome->elapsedMs = clock.elapsed();
        ++outcome->calls;
    });
    (void)QTest::qWaitFor([&] { return outcome->calls > 0; }, int(bound.count())); // callers check `calls`
    return outcome;
}

// ---------------------------------------------------------------------------------------------------------------
// A fake keychain: remembers, fails with a given answer, or never answers.

struct FakeKeychain {
    enum class Mode { Memory, Fixed, Silent };
    struct Request {
        QString operation, service, key, secret;
        KeychainBackend::Done done;
    };
    Mode mode = Mode::Memory;
    KeychainAnswer fixed;             // Mode::Fixed
    bool answerSynchronously = false; // breaks the backend contract on purpose
    QHash<QString, QString> stored;   // Mode::Memory: service + '/' + key → secret
    QList<Request> requests;
};

class FakeBackend final : public KeychainBackend {
public:
    explicit FakeBackend(std::shared_ptr<FakeKeychain> keychain)
        : m_keychain(std::move(keychain)) {}

    void write(const QString &service, const QString &key, const QString &secret, Done done) override {
        handle(QStringLiteral("write"), service, key, secret, done);
    }
    void read(const QString &service, const QString &key, Done done) override {
        handle(QStringLiteral("read"), service, key, QString(), done);
    }
    void remove(const QString &service, const QString &key, Done done) override {
        handle(QStringLiteral("remove"), service, key, QString(), done);
    }

private:
    void handle(const QString &operation, const QString &service, const QString &key, const QString &secret,
                const Done &done) {
        FakeKeychain &k = *m_keychain;
        k.requests.append({operation, service, key, secret, done});
        KeychainAnswer answer;
        switch (k.mode) {
        case FakeKeychain::Mode::Silent:
            return;
        case FakeKeychain::Mode::Fixed:
            answer = k.fixed;
            break;
        case FakeKeychain::Mode::Memory: {
            const QString id = service + QLatin1Char('/') + key;
            if (operation == QLatin1String("write")) {
                k.stored.insert(id, secret);
            } else if (!k.stored.contains(id)) {
                answer = {KeychainCode::EntryNotFound, QStringLiteral("Entry not found"), {}};
            } else if (operation == QLatin1String("read")) {
                answer.secret = k.stored.value(id);
            } else {
                k.stored.remove(id);
            }
            break;
        }
        }
        if (k.answerSynchronously) {
            done(answer);
            return;
        }
        // Like a QtKeychain job: answers from the event loop and may outlive the store and the backend.
        QTimer::singleShot(0, [done, answer] { done(answer); });
    }

    std::shared_ptr<FakeKeychain> m_keychain;
};

struct FakeStore {
    std::shared_ptr<FakeKeychain> keychain = std::make_shared<FakeKeychain>();
    std::unique_ptr<SecretStore> store;
    explicit FakeStore(FakeKeychain::Mode mode = FakeKeychain::Mode::Memory) {
        keychain->mode = mode;
        store = std::make_unique<SecretStore>(std::make_unique<FakeBackend>(keychain),
                                              QStringLiteral("jobtarget-setup-fake"));
    }
};

// Every log line while alive (to prove the secret never reaches a log).
class LogCapture {
public:
    LogCapture() {
        s_lines = &m_lines;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture() {
        qInstallMessageHandler(m_previous);
        s_lines = nullptr;
    }
    const QStringList &lines() const { return m_lines; }

private:
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message) {
        if (s_lines)
            s_lines->append(QString::fromUtf8(context.category ? context.category : "") + QLatin1Char(' ') +
                            message);
    }
    static inline QStringList *s_lines = nullptr;
    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
};

// ---------------------------------------------------------------------------------------------------------------
// The real Secret Service, and processes of this binary that meet a missing or locked one.

#ifdef JT_SECRET_SERVICE
QString secretServiceMissing() {
    const QString howTo = QStringLiteral(
        " Run this test through tests/run-with-keyring.sh (CI and `packaging/dev.sh test` always do), e.g. "
        "tests/run-with-keyring.sh build-test/tests/keychain/tst_secretstore");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return QStringLiteral("No D-Bus session bus, so no real keychain to test against.") + howTo;
    if (!bus.interface() || !bus.interface()->isServiceRegistered(SecretServiceName).value())
        return QStringLiteral("No Secret Service (org.freedesktop.secrets) on the session bus.") + howTo;
    return {};
}

#else
QString secretServiceMissing() {
    return {}; // Windows and macOS: the system's keychain is always there
}
#endif

#define REQUIRE_SECRET_SERVICE()                                                                             \
    do {                                                                                                     \
        const QString missing = secretServiceMissing();                                                      \
        if (!missing.isEmpty())                                                                              \
            QFAIL(qPrintable(missing));                                                                      \
    } while (false)

#ifndef JT_SECRET_SERVICE
#define SECRET_SERVICE_ONLY()                                                                                \
    QSKIP("The Secret Service's own states (no session bus, a locked or missing collection, a stalled "      \
          "daemon) exist on Linux only")
#endif

struct ProcessRun {
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    QString output; // standard output and error
    qint64 elapsedMs = -1;
};

[[maybe_unused]] ProcessRun
runProcess(const QString &program, const QStringList &arguments,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
           int boundMs = 15000) {
    ProcessRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    run.started = process.waitForStarted(5000);
    if (!run.started)
        return run;
    run.finished = process.waitForFinished(boundMs);
    run.elapsedMs = clock.elapsed();
    if (!run.finished) {
        process.terminate();
        if (!process.waitForFinished(3000)) {
            process.kill();
            process.waitForFinished(3000);
        }
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

[[maybe_unused]] int countLines(const QString &text, const QString &line);

// What the keychain itself holds for `service`, seen without QtKeychain: its items' keys and secrets.
struct KeychainItems {
    bool read = false;
    QStringList keys;
    QStringList secrets;
};

#ifdef Q_OS_WIN
// Credential Manager's generic items named "<service>/<key>" (QtKeychainBackend.cpp says why), as
// `cmdkey /list` would show them.
KeychainItems keychainItems(const QString &service) {
    KeychainItems items;
    const std::wstring filter = (service + QStringLiteral("/*")).toStdWString();
    DWORD count = 0;
    PCREDENTIALW *credentials = nullptr;
    if (!CredEnumerateW(filter.c_str(), 0, &count, &credentials)) {
        items.read = GetLastError() == ERROR_NOT_FOUND; // none: read, and empty
        return items;
    }
    items.read = true;
    for (DWORD i = 0; i < count; ++i) {
        items.keys << QString::fromWCharArray(credentials[i]->TargetName).mid(service.size() + 1);
        items.secrets << QString::fromUtf8(reinterpret_cast<const char *>(credentials[i]->CredentialBlob),
                                           qsizetype(credentials[i]->CredentialBlobSize));
    }
    CredFree(credentials);
    return items;
}

void clearKeychain(const QString &service) {
    for (const QString &key : keychainItems(service).keys)
        CredDeleteW((service + QLatin1Char('/') + key).toStdWString().c_str(), CRED_TYPE_GENERIC, 0);
}
#else
// `secret-tool search --all server SERVICE`: what QtKeychain stored (schema org.qt.keychain; attributes
// server=<service>, user=<key>). Prints labels and secrets on standard output, attributes on standard error.
KeychainItems keychainItems(const QString &service) {
    const ProcessRun search =
        runProcess(QStringLiteral("secret-tool"),
                   {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service});
    KeychainItems items;
    items.read = search.finished;
    for (const QString &line : search.output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("attribute.user = ")))
            items.keys << line.mid(17);
        else if (line.startsWith(QLatin1String("secret = ")))
            items.secrets << line.mid(9);
    }
    if (countLines(search.output, QStringLiteral("attribute.server = ") + service) != items.keys.size())
        items.read = false; // an item of another service, or one without its key: not what it seems
    return items;
}

void clearKeychain(const QString &service) {
    runProcess(QStringLiteral("secret-tool"), {QStringLiteral("clear"), QStringLiteral("server"), service});
}
#endif

[[maybe_unused]] int countLines(const QString &text, const QString &line) {
    int n = 0;
    for (const QString &l : text.split(QLatin1Char('\n')))
        n += l.trimmed() == line ? 1 : 0;
    return n;
}

#ifdef JT_SECRET_SERVICE
// Children must not be able to open a password prompt or pick a desktop's keychain by themselves.
QProcessEnvironment headlessEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
                             "KDE_FULL_SESSION", "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID"})
        env.remove(QString::fromLatin1(name));
    return env;
}

// "write.problem=Locked" lines → {"write.problem": "Locked", …}
QHash<QString, QString> parseHelperOutput(const QString &output) {
    QHash<QString, QString> values;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0 && !line.startsWith(QLatin1Char(' ')))
            values.insert(line.left(eq), line.mid(eq + 1));
    }
    return values;
}

// The helper's log line with what the keychain itself said about the write.
QString keychainWords(const QString &output) {
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("keychain write failed")))
            return line.trimmed();
    }
    return QStringLiteral("(no keychain words logged)");
}
#endif

// ---------------------------------------------------------------------------------------------------------------
// Helper mode of this binary: `tst_secretstore --keychain-helper MODE`.

void say(const QString &line) {
    std::fputs(qUtf8Printable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void runAndReport(const QString &name, const Call &call) {
    const auto outcome = waitFor(call);
    say(name + QStringLiteral(".problem=") +
        (outcome->calls == 1 ? problemName(outcome->result.problem) : QStringLiteral("NoAnswer")));
    say(name + QStringLiteral(".ms=") + QString::number(outcome->elapsedMs));
    say(name + QStringLiteral(".message=") + outcome->result.message);
}

void writeReadRemove(const QString &service) {
    SecretStore store(service);
    store.setTimeout(3s); // a hang shows as TimedOut, not as a child that never ends
    const QString key = QString::fromLatin1(SecretStore::SecretKey);
    runAndReport(QStringLiteral("write"), [&](auto done) { store.write(key, HelperSecret, done); });
    runAndReport(QStringLiteral("read"), [&](auto done) { store.read(key, done); });
    runAndReport(QStringLiteral("remove"), [&](auto done) { store.remove(key, done); });
}

#ifdef JT_SECRET_SERVICE
// Breaks the default collection of the session's Secret Service: "locked" locks it (as a screen locker or
// Seahorse do), "nologin" deletes it (a keyring without a login collection).
bool breakDefaultCollection(const QString &mode, QString *why) {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        *why = QStringLiteral("no session bus");
        return false;
    }
    const QString root = QStringLiteral("/org/freedesktop/secrets");
    const QString serviceInterface = QStringLiteral("org.freedesktop.Secret.Service");
    const QString collectionInterface = QStringLiteral("org.freedesktop.Secret.Collection");
    auto call = [&](const QString &path, const QString &interface, const QString &method,
                    const QVariantList &arguments) {
        QDBusMessage message = QDBusMessage::createMethodCall(SecretServiceName, path, interface, method);
        message.setArguments(arguments);
        return bus.call(message, QDBus::Block, 5000);
    };
    auto defaultCollection = [&] {
        const QDBusMessage reply =
            call(root, serviceInterface, QStringLiteral("ReadAlias"), {QStringLiteral("default")});
        return reply.arguments().value(0).value<QDBusObjectPath>().path();
    };

    const QString collection = defaultCollection();
    if (collection.isEmpty() || collection == QLatin1String("/")) {
        *why = QStringLiteral("no default collection to begin with");
        return false;
    }
    if (mode == QLatin1String("locked")) {
        const QDBusMessage reply =
            call(root, serviceInterface, QStringLiteral("Lock"),
                 {QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(collection)})});
        const QDBusMessage locked =
            call(collection, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
                 {collectionInterface, QStringLiteral("Locked")});
        if (!locked.arguments().value(0).value<QDBusVariant>().variant().toBool()) {
            *why = QStringLiteral("still unlocked after Lock: ") + reply.errorMessage();
            return false;
        }
    } else {
        const QDBusMessage reply = call(collection, collectionInterface, QStringLiteral("Delete"), {});
        if (defaultCollection() != QLatin1String("/")) {
            *why = QStringLiteral("still there after Delete: ") + reply.errorMessage();
            return false;
        }
    }
    say(QStringLiteral("broken=") + mode + QLatin1Char(' ') + collection);
    return true;
}

// A keyring that does not answer (as while a password prompt waits): the daemon stopped with SIGSTOP. The
// write times out; the store is destroyed while QtKeychain's job still waits; then the daemon goes on, and
// the late write lands after all (QtKeychain runs one job at a time: the next read waits for it).
int stalledKeyring(const QString &service) {
    const QDBusReply<uint> pid = QDBusConnection::sessionBus().interface()->servicePid(SecretServiceName);
    if (!pid.isValid() || pid.value() == 0) {
        say(QStringLiteral("broken.failed=no process owns ") + SecretServiceName);
        return 3;
    }
    const auto daemon = pid_t(pid.value());
    if (::kill(daemon, SIGSTOP) != 0) {
        say(QStringLiteral("broken.failed=could not stop the keyring"));
        return 3;
    }
    say(QStringLiteral("broken=stalled"));
    const QString key = QString::fromLatin1(SecretStore::SecretKey);
    {
        SecretStore store(service);
        store.setTimeout(1s);
        runAndReport(QStringLiteral("write"), [&](auto done) { store.write(key, HelperSecret, done); });
    } // gone while the job waits: its late answer must not reach it
    ::kill(daemon, SIGCONT);

    SecretStore later(service);
    later.setTimeout(8s);
    const auto read = waitFor([&](auto done) { later.read(key, done); });
    say(QStringLiteral("late.read.problem=") + problemName(read->result.problem));
    say(QStringLiteral("late.read.same=") +
        (read->result.secret == HelperSecret ? QStringLiteral("yes") : QStringLiteral("no")));
    runAndReport(QStringLiteral("late.remove"), [&](auto done) { later.remove(key, done); });
    return 0;
}

#endif

int runHelper(const QString &mode) {
    const QString service = QStringLiteral("jobtarget-setup-helper-") + randomHex();
    if (mode == QLatin1String("nobus")) {
        writeReadRemove(service);
        return 0;
    }
#ifdef JT_SECRET_SERVICE
    if (mode == QLatin1String("locked") || mode == QLatin1String("nologin")) {
        QString why;
        if (!breakDefaultCollection(mode, &why)) {
            say(QStringLiteral("broken.failed=") + why);
            return 3;
        }
        writeReadRemove(service);
        return 0;
    }
    if (mode == QLatin1String("stalled"))
        return stalledKeyring(service);
#endif
    say(QStringLiteral("unknown helper mode"));
    return 2;
}

} // namespace

class TestSecretStore : public QObject {
    Q_OBJECT

    QString m_service; // unique per run: nothing collides with another run or a real entry
    QString m_secret;

private slots:
    void initTestCase() {
        // The keychain's own words, in the helpers' output and in what the log checks see.
        qputenv("QT_LOGGING_RULES", "jt.keychain.info=true");
        QLoggingCategory::setFilterRules(QStringLiteral("jt.keychain.info=true"));
        m_service = QStringLiteral("jobtarget-setup-test-%1-%2")
                        .arg(QCoreApplication::applicationPid())
                        .arg(randomHex());
        m_secret = QStringLiteral("jt-tëst-sécret-🔑-密码-Ω≈ç “quoted” 'single' \"double\" $HOME %1 \\n-") +
                   randomHex();
    }

    void cleanupTestCase() {
        // Nothing of ours stays in a keychain, even after a failed test.
        if (secretServiceMissing().isEmpty()) {
            clearKeychain(m_service);
            clearKeychain(m_service + QStringLiteral("-other"));
        }
    }

    // --- the real Secret Service

    void realStoreReadReplaceRemove() {
        REQUIRE_SECRET_SERVICE();
#ifndef Q_OS_WIN
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
                 "secret-tool is missing (install libsecret-tools)");
#endif
        SecretStore store(m_service);
        const QString key = QString::fromLatin1(SecretStore::SecretKey);

        const auto written = waitFor([&](auto done) { store.write(key, m_secret, done); });
        QCOMPARE(written->calls, 1);
        QVERIFY2(written->result.ok(), qPrintable(written->result.message));
        QVERIFY(written->elapsedMs < ChildBoundMs);

        KeychainItems items = keychainItems(m_service);
        QVERIFY(items.read);
        QCOMPARE(items.keys, QStringList{key});
        QVERIFY2(items.secrets == QStringList{m_secret},
                 "the keychain does not hold the secret as written (UTF-8 text)");

        const auto readBack = waitFor([&](auto done) { store.read(key, done); });
        QCOMPARE(readBack->calls, 1);
        QVERIFY(readBack->result.ok());
        QVERIFY2(readBack->result.secret == m_secret, "the secret read back differs from the one written");
        QVERIFY(readBack->result.message.isEmpty());

        // Replace: the same item, the new secret.
        const QString newSecret = QStringLiteral("jt-rotated-ключ-🗝️-") + randomHex();
        const auto replaced = waitFor([&](auto done) { store.write(key, newSecret, done); });
        QVERIFY2(replaced->result.ok(), qPrintable(replaced->result.message));
        const auto readNew = waitFor([&](auto done) { store.read(key, done); });
        QVERIFY(readNew->result.ok());
        QVERIFY2(readNew->result.secret == newSecret, "the replaced secret was not read back");
        items = keychainItems(m_service);
        QCOMPARE(items.keys, QStringList{key}); // replaced, not added
        QVERIFY2(items.secrets == QStringList{newSecret}, "the old secret is still in the keychain");

        const auto removed = waitFor([&](auto done) { store.remove(key, done); });
        QCOMPARE(removed->calls, 1);
        QVERIFY2(removed->result.ok(), qPrintable(removed->result.message));
        items = keychainItems(m_service);
        QVERIFY(items.read);
        QVERIFY(items.keys.isEmpty());

        const auto readGone = waitFor([&](auto done) { store.read(key, done); });
        QCOMPARE(readGone->calls, 1);
        QCOMPARE(readGone->result.problem, KeychainProblem::NotFound);
        QCOMPARE(readGone->result.message, SecretStore::messageFor(KeychainProblem::NotFound));
        QVERIFY(readGone->result.secret.isEmpty());

        // Removing what is not there is what the caller wanted.
        const auto removedAgain = waitFor([&](auto done) { store.remove(key, done); });
        QVERIFY2(removedAgain->result.ok(), qPrintable(removedAgain->result.message));
    }

    void realKeysAndServicesAreSeparate() {
        REQUIRE_SECRET_SERVICE();
        SecretStore store(m_service);
        SecretStore other(m_service + QStringLiteral("-other"));
        const QString a = QStringLiteral("key-a"), b = QStringLiteral("key-b");
        QVERIFY(waitFor([&](auto done) { store.write(a, QStringLiteral("secret-a"), done); })->result.ok());
        QVERIFY(waitFor([&](auto done) { store.write(b, QStringLiteral("secret-b"), done); })->result.ok());
        QVERIFY(
            waitFor([&](auto done) { other.write(a, QStringLiteral("secret-other"), done); })->result.ok());

        QVERIFY(waitFor([&](auto done) { store.remove(a, done); })->result.ok());
        QCOMPARE(waitFor([&](auto done) { store.read(a, done); })->result.problem, KeychainProblem::NotFound);
        QCOMPARE(waitFor([&](auto done) { store.read(b, done); })->result.secret, QStringLiteral("secret-b"));
        QCOMPARE(waitFor([&](auto done) { other.read(a, done); })->result.secret,
                 QStringLiteral("secret-other"));

        QVERIFY(waitFor([&](auto done) { store.remove(b, done); })->result.ok());
        QVERIFY(waitFor([&](auto done) { other.remove(a, done); })->result.ok());
        const KeychainItems left = keychainItems(other.service());
        QVERIFY(left.read);
        QVERIFY(left.keys.isEmpty());
    }

    // --- no session bus: a child process of this binary, no display

    void noSessionBus_data() {
        QTest::addColumn<bool>("addressGone");
        QTest::newRow("bus address points nowhere") << true;
        QTest::newRow("no bus address, no display") << false;
    }

    void noSessionBus() {
#ifndef JT_SECRET_SERVICE
        SECRET_SERVICE_ONLY();
#else
        QFETCH(bool, addressGone);
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = headlessEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"),
                   runtime.path()); // no $XDG_RUNTIME_DIR/bus to fall back on
        if (addressGone)
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + runtime.path() + QStringLiteral("/no-such-bus"));
        else
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));

        const ProcessRun child = runProcess(QCoreApplication::applicationFilePath(),
                                            {QString::fromLatin1(HelperFlag), QStringLiteral("nobus")}, env);
        QVERIFY(child.started);
        QVERIFY2(child.finished, "the helper did not finish: a keychain call without a bus hangs");
        QVERIFY2(child.elapsedMs < ChildBoundMs, qPrintable(QString::number(child.elapsedMs)));
        QVERIFY2(!child.output.contains(HelperSecret), "the secret appeared in the helper's output");
        QCOMPARE(child.exitCode, 0);

        const QHash<QString, QString> got = parseHelperOutput(child.output);
        for (const char *operation : {"write", "read", "remove"}) {
            const QString op = QString::fromLatin1(operation);
            QVERIFY2(got.value(op + QStringLiteral(".problem")) == QLatin1String("Unavailable"),
                     qPrintable(op + QLatin1String(": ") + child.output));
            QCOMPARE(got.value(op + QStringLiteral(".message")),
                     SecretStore::messageFor(KeychainProblem::Unavailable));
            QVERIFY(got.value(op + QStringLiteral(".ms")).toLongLong() < 2000);
        }
        qInfo("no bus: %lld ms in all; %s", child.elapsedMs, qUtf8Printable(keychainWords(child.output)));
#endif
    }

    // --- a broken keyring
    // A private keyring in a child (the wrapper again), locked or without a login collection, no display:
    // QtKeychain shows it only on writing (table "How no keychain looks"); the store says "locked" for all
    // three.
    void brokenKeyring_data() {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<KeychainProblem>("expected");
        QTest::addColumn<QString>("messageHas");
        QTest::newRow("locked, no display") << QStringLiteral("locked") << KeychainProblem::Locked
                                            << SecretStore::messageFor(KeychainProblem::Locked);
        QTest::newRow("no login collection") << QStringLiteral("nologin") << KeychainProblem::Unavailable
                                             << QStringLiteral("no default collection (\"login\")");
    }

    void brokenKeyring() {
#ifndef JT_SECRET_SERVICE
        SECRET_SERVICE_ONLY();
#else
        QFETCH(QString, mode);
        QFETCH(KeychainProblem, expected);
        QFETCH(QString, messageHas);
        QProcessEnvironment env =
            headlessEnvironment(); // with a display, a password prompt would open and wait
        env.insert(QStringLiteral("JT_KEYRING_TIMEOUT"), QStringLiteral("30"));
        const ProcessRun child =
            runProcess(QStringLiteral("sh"),
                       {QStringLiteral(JT_KEYRING_WRAPPER), QCoreApplication::applicationFilePath(),
                        QString::fromLatin1(HelperFlag), mode},
                       env);
        QVERIFY(child.started);
        QVERIFY2(child.finished, "the helper did not finish: a keychain call hangs");
        QVERIFY2(child.elapsedMs < ChildBoundMs, qPrintable(QString::number(child.elapsedMs)));
        QVERIFY2(!child.output.contains(HelperSecret), "the secret appeared in the helper's output");
        QVERIFY2(child.exitCode == 0, qPrintable(child.output));

        const QHash<QString, QString> got = parseHelperOutput(child.output);
        QVERIFY2(got.contains(QStringLiteral("broken")), qPrintable(child.output));
        QVERIFY2(got.value(QStringLiteral("write.problem")) == problemName(expected),
                 qPrintable(child.output));
        QVERIFY2(got.value(QStringLiteral("write.message")).contains(messageHas),
                 qPrintable(got.value(QStringLiteral("write.message"))));
        // A locked keyring answers a read with "not found" and a delete with success (deleting nothing):
        // the store asks the Secret Service whether it is locked, and says so.
        const QString otherwise = mode == QLatin1String("locked") ? problemName(KeychainProblem::Locked)
                                                                  : problemName(KeychainProblem::NotFound);
        QCOMPARE(got.value(QStringLiteral("read.problem")), otherwise);
        QCOMPARE(got.value(QStringLiteral("remove.problem")),
                 mode == QLatin1String("locked") ? otherwise : problemName(KeychainProblem::None));
        QVERIFY(got.value(QStringLiteral("write.ms")).toLongLong() < 2000);
        qInfo("%s: %lld ms in all (a private keyring started and stopped); %s", qUtf8Printable(mode),
              child.elapsedMs, qUtf8Printable(keychainWords(child.output)));
#endif
    }

    // A keyring that does not answer: TimedOut within the timeout, with the real QtKeychain; the store is
    // destroyed while the job waits, and the job's late answer harms nothing.
    void stalledKeyring() {
#ifndef JT_SECRET_SERVICE
        SECRET_SERVICE_ONLY();
#else
        QProcessEnvironment env = headlessEnvironment();
        env.insert(QStringLiteral("JT_KEYRING_TIMEOUT"), QStringLiteral("30"));
        const ProcessRun child =
            runProcess(QStringLiteral("sh"),
                       {QStringLiteral(JT_KEYRING_WRAPPER), QCoreApplication::applicationFilePath(),
                        QString::fromLatin1(HelperFlag), QStringLiteral("stalled")},
                       env);
        QVERIFY(child.started);
        QVERIFY2(child.finished, "the helper did not finish: the timeout did not end a hanging job");
        QVERIFY2(child.elapsedMs < ChildBoundMs, qPrintable(QString::number(child.elapsedMs)));
        QVERIFY2(!child.output.contains(HelperSecret), "the secret appeared in the helper's output");
        QVERIFY2(child.exitCode == 0, qPrintable(child.output));

        const QHash<QString, QString> got = parseHelperOutput(child.output);
        QVERIFY2(got.contains(QStringLiteral("broken")), qPrintable(child.output));
        QVERIFY2(got.value(QStringLiteral("write.problem")) == QLatin1String("TimedOut"),
                 qPrintable(child.output));
        QCOMPARE(got.value(QStringLiteral("write.message")),
                 SecretStore::messageFor(KeychainProblem::TimedOut, 1s));
        const qint64 ms = got.value(QStringLiteral("write.ms")).toLongLong();
        QVERIFY2(ms >= 990 && ms < 3000, qPrintable(QString::number(ms)));
        // What a caller must know: the timed-out write still landed once the keyring answered.
        QCOMPARE(got.value(QStringLiteral("late.read.problem")), QStringLiteral("None"));
        QCOMPARE(got.value(QStringLiteral("late.read.same")), QStringLiteral("yes"));
        QCOMPARE(got.value(QStringLiteral("late.remove.problem")), QStringLiteral("None"));
        qInfo("stalled: %lld ms in all (a private keyring started and stopped)", child.elapsedMs);
#endif
    }

    // --- the fake backend: every error code, no answer at all, the store's lifetime

    void fakeRoundTrip() {
        FakeStore fake;
        SecretStore &store = *fake.store;
        QVERIFY(waitFor([&](auto done) { store.write(QStringLiteral("k"), m_secret, done); })->result.ok());
        QCOMPARE(fake.keychain->requests.size(), 1);
        QCOMPARE(fake.keychain->requests[0].service, QStringLiteral("jobtarget-setup-fake"));
        QCOMPARE(fake.keychain->requests[0].key, QStringLiteral("k"));
        const auto read = waitFor([&](auto done) { store.read(QStringLiteral("k"), done); });
        QVERIFY(read->result.ok());
        QVERIFY(read->result.secret == m_secret);
        QVERIFY(waitFor([&](auto done) { store.remove(QStringLiteral("k"), done); })->result.ok());
        QCOMPARE(waitFor([&](auto done) { store.read(QStringLiteral("k"), done); })->result.problem,
                 KeychainProblem::NotFound);
        QVERIFY(waitFor([&](auto done) { store.remove(QStringLiteral("k"), done); })->result.ok());
    }

    void fakeErrorMapping_data() {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("words");
        QTest::addColumn<KeychainProblem>("expected");
        QTest::addColumn<QString>("messageHas"); // empty: exactly messageFor(expected)

        using P = KeychainProblem;
        const QString none;
        const QString noAutolaunch = QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY");
        const QString noService =
            QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files");
        const QString noLogin =
            QStringLiteral("Object does not exist at path “/org/freedesktop/secrets/collection/login”");
        const QString locked = QStringLiteral("Cannot create an item in a locked collection");
        for (const char *op : {"write", "read", "remove"}) {
            const QString o = QString::fromLatin1(op);
            auto row = [&](const char *name) -> QTestData & {
                return QTest::addRow("%s: %s", op, name);
            };
            row("7 no bus (autolaunch)") << o << 7 << noAutolaunch << P::Unavailable << none;
            row("7 bus address gone")
                << o << 7 << QStringLiteral("Could not connect: No such file or directory") << P::Unavailable
                << none;
            row("7 no Secret Service") << o << 7 << noService << P::Unavailable << none;
            row("7 libsecret missing") << o << 7 << QStringLiteral("Unknown error") << P::Unavailable << none;
            row("7 no login keyring")
                << o << 7 << noLogin << P::Unavailable << QStringLiteral("default collection");
            row("5 no backend") << o << 5 << QStringLiteral("No keychain service available") << P::Unavailable
                                << none;
            row("6 not implemented") << o << 6 << QString() << P::Unavailable << none;
            row("4 locked") << o << 4 << locked << P::Locked << none;
            row("4 locked, no words") << o << 4 << QString() << P::Locked << none;
            row("3 denied by user") << o << 3 << QStringLiteral("Access to keychain denied") << P::Locked
                                    << none;
            row("7 unknown words") << o << 7 << QStringLiteral("Something odd: disk full") << P::Other
                                   << QStringLiteral("Something odd: disk full");
            row("7 no words") << o << 7 << QString() << P::Other << none;
            row("2 could not delete") << o << 2 << QStringLiteral("Could not delete entry") << P::Other
                                      << QStringLiteral("Could not delete entry");
        }
        QTest::newRow("read: 1 not found")
            << QStringLiteral("read") << 1 << QStringLiteral("Entry not found") << P::NotFound << none;
        QTest::newRow("remove: 1 not found is success")
            << QStringLiteral("remove") << 1 << QStringLiteral("Entry not found") << P::None << none;
        QTest::newRow("write: 1 (empty service and key)")
            << QStringLiteral("write") << 1 << QStringLiteral("Both service name and key are empty")
            << P::Other << QStringLiteral("Both service name and key are empty");
        QTest::newRow("write: 7 words echo the secret")
            << QStringLiteral("write") << 7 << QStringLiteral("bad value SECRET here") << P::Other
            << QStringLiteral("bad value … here");
        QTest::newRow("write: ok") << QStringLiteral("write") << 0 << QString() << P::None << none;
    }

    void fakeErrorMapping() {
        QFETCH(QString, operation);
        QFETCH(int, code);
        QFETCH(QString, words);
        QFETCH(KeychainProblem, expected);
        QFETCH(QString, messageHas);

        LogCapture logs;
        FakeStore fake(FakeKeychain::Mode::Fixed);
        // The secret written is the one the fake echoes (a keychain quoting its input must not leak it);
        // reads and removes must not leak the secret the fake answers with either.
        fake.keychain->fixed = {KeychainCode(code),
                                QString(words).replace(QStringLiteral("SECRET"), m_secret),
                                operation == QLatin1String("read") ? m_secret : QString()};
        SecretStore &store = *fake.store;
        const auto outcome = waitFor([&](auto done) {
            if (operation == QLatin1String("write"))
                store.write(QStringLiteral("k"), m_secret, done);
            else if (operation == QLatin1String("read"))
                store.read(QStringLiteral("k"), done);
            else
                store.remove(QStringLiteral("k"), done);
        });
        deliverQueued(); // a second answer would show now
        QCOMPARE(outcome->calls, 1);
        QCOMPARE(outcome->result.problem, expected);
        if (expected == KeychainProblem::None) {
            QVERIFY(outcome->result.message.isEmpty());
            return;
        }
        QVERIFY(!outcome->result.message.isEmpty());
        if (messageHas.isEmpty())
            QCOMPARE(outcome->result.message, SecretStore::messageFor(expected));
        else
            QVERIFY2(outcome->result.message.contains(messageHas), qPrintable(outcome->result.message));
        QVERIFY2(!outcome->result.message.contains(m_secret), "the secret is in the message");
        QVERIFY2(outcome->result.secret.isEmpty(), "a failed call returned a secret");
        for (const QString &line : logs.lines())
            QVERIFY2(!line.contains(m_secret), "the secret is in a log line");
    }

    void fakeTimeout_data() {
        QTest::addColumn<QString>("operation");
        QTest::newRow("write") << QStringLiteral("write");
        QTest::newRow("read") << QStringLiteral("read");
        QTest::newRow("remove") << QStringLiteral("remove");
    }

    void fakeTimeout() {
        QFETCH(QString, operation);
        LogCapture logs;
        FakeStore fake(FakeKeychain::Mode::Silent);
        SecretStore &store = *fake.store;
        store.setTimeout(300ms);
        const auto outcome = waitFor([&](auto done) {
            if (operation == QLatin1String("write"))
                store.write(QStringLiteral("k"), m_secret, done);
            else if (operation == QLatin1String("read"))
                store.read(QStringLiteral("k"), done);
            else
                store.remove(QStringLiteral("k"), done);
        });
        QCOMPARE(outcome->calls, 1);
        QCOMPARE(outcome->result.problem, KeychainProblem::TimedOut);
        // Not before the timeout (a coarse timer may fire up to 5 % early); how late depends on the machine.
        QVERIFY2(outcome->elapsedMs >= 285, qPrintable(QString::number(outcome->elapsedMs)));
        QCOMPARE(outcome->result.message, SecretStore::messageFor(KeychainProblem::TimedOut, 300ms));
        QVERIFY2(outcome->result.message.contains(QLatin1String("within 1 s")),
                 qPrintable(outcome->result.message));

        // The keychain answers after all: ignored (the caller already has its answer).
        QCOMPARE(fake.keychain->requests.size(), 1);
        fake.keychain->requests[0].done({KeychainCode::NoError, {}, m_secret});
        deliverQueued();
        QCOMPARE(outcome->calls, 1);
        QCOMPARE(outcome->result.problem, KeychainProblem::TimedOut);
        // The store still works.
        fake.keychain->mode = FakeKeychain::Mode::Memory;
        QVERIFY(waitFor([&](auto done) { store.remove(QStringLiteral("k"), done); })->result.ok());
        for (const QString &line : logs.lines())
            QVERIFY2(!line.contains(m_secret), "the secret is in a log line");
    }

    void fakeLateAnswerIsIgnored() {
        FakeStore fake(FakeKeychain::Mode::Silent);
        fake.store->setTimeout(50ms);
        int calls = 0;
        KeychainProblem problem = KeychainProblem::None;
        fake.store->write(QStringLiteral("k"), m_secret, [&](const KeychainResult &r) {
            ++calls;
            problem = r.problem;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 2000);
        QCOMPARE(problem, KeychainProblem::TimedOut);
        fake.keychain->requests[0].done({KeychainCode::AccessDenied, QStringLiteral("late"), {}});
        deliverQueued();
        QCOMPARE(calls, 1);
        QCOMPARE(problem, KeychainProblem::TimedOut);
    }

    void fakeStoreDestroyedWhileWaiting() {
        FakeStore fake(FakeKeychain::Mode::Silent);
        fake.store->setTimeout(50ms);
        int calls = 0;
        fake.store->write(QStringLiteral("k"), m_secret, [&](const KeychainResult &) { ++calls; });
        fake.store->read(QStringLiteral("k"), [&](const KeychainResult &) { ++calls; });
        fake.store.reset(); // the backend goes with it; its requests' callbacks stay with the "jobs"
        passTimers(150);    // past the timeout: no timer of the gone store fires
        for (const FakeKeychain::Request &request : fake.keychain->requests)
            request.done({KeychainCode::NoError, {}, m_secret}); // the keychain answers late: nothing happens
        deliverQueued();
        QCOMPARE(calls, 0);
    }

    void fakeAnswerBeforeDeliveryThenStoreGone() {
        // Answered, but the store is destroyed before the callback's turn in the event loop: not called.
        FakeStore fake(FakeKeychain::Mode::Fixed);
        fake.keychain->answerSynchronously = true;
        int calls = 0;
        fake.store->write(QStringLiteral("k"), m_secret, [&](const KeychainResult &) { ++calls; });
        QCOMPARE(calls, 0); // never from within write()
        fake.store.reset();
        deliverQueued();
        QCOMPARE(calls, 0);
    }

    void fakeNeverCallsBackFromWithin() {
        FakeStore fake(FakeKeychain::Mode::Fixed);
        fake.keychain->answerSynchronously = true; // a backend breaking its contract
        int calls = 0;
        fake.store->write(QStringLiteral("k"), m_secret, [&](const KeychainResult &r) {
            ++calls;
            QVERIFY(r.ok());
        });
        QCOMPARE(calls, 0);
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 2000);
    }

    void fakeCallbackMayDestroyTheStore() {
        auto keychain = std::make_shared<FakeKeychain>();
        auto *store = new SecretStore(std::make_unique<FakeBackend>(keychain), QStringLiteral("s"));
        QPointer<SecretStore> alive(store);
        bool called = false;
        store->write(QStringLiteral("k"), QStringLiteral("v"), [&](const KeychainResult &r) {
            called = true;
            QVERIFY(r.ok());
            delete store;
        });
        QTRY_VERIFY_WITH_TIMEOUT(called, 2000);
        QVERIFY(!alive);

        // The same from the timeout's side.
        keychain->mode = FakeKeychain::Mode::Silent;
        store = new SecretStore(std::make_unique<FakeBackend>(keychain), QStringLiteral("s"));
        alive = store;
        store->setTimeout(20ms);
        called = false;
        store->read(QStringLiteral("k"), [&](const KeychainResult &r) {
            called = true;
            QCOMPARE(r.problem, KeychainProblem::TimedOut);
            delete store;
        });
        QTRY_VERIFY_WITH_TIMEOUT(called, 2000);
        QVERIFY(!alive);
    }

    void defaults() {
        SecretStore store; // the QtKeychain backend; no job is started
        QCOMPARE(store.timeout(), 15000ms);
        QCOMPARE(store.service(), QString::fromLatin1(SecretStore::DefaultService));
        QVERIFY(SecretStore::messageFor(KeychainProblem::TimedOut).contains(QLatin1String("within 15 s")));
        QVERIFY(
            SecretStore::messageFor(KeychainProblem::TimedOut, 1500ms).contains(QLatin1String("within 2 s")));
        store.setTimeout(0ms);
        QCOMPARE(store.timeout(), 1ms);
        QVERIFY(SecretStore::messageFor(KeychainProblem::None).isEmpty());
        QVERIFY(SecretStore::messageFor(KeychainProblem::Unavailable)
                    .contains(QLatin1String("Nothing was stored in a file")));
        QVERIFY(SecretStore::messageFor(KeychainProblem::Locked).contains(QLatin1String("Unlock")));
    }
};

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc >= 3 && std::strcmp(argv[1], HelperFlag) == 0)
        return runHelper(QString::fromLocal8Bit(argv[2]));
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
