#include "SecretStore.h"

#include "net/ServerText.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <algorithm>

// Failures in the keychain's own words, for support (QT_LOGGING_RULES="jt.keychain.info=true"); never the
// secret.
Q_LOGGING_CATEGORY(lcKeychain, "jt.keychain", QtWarningMsg)

namespace jt {

namespace {

// QtKeychain 0.13.2 on Linux says "no keychain here" only in words (error 7, OtherError): no session bus, no
// Secret Service, libsecret missing ("Unknown error"), no D-Bus at all on the KWallet path. These are its and
// GLib's (untranslated: the app never loads QtKeychain's own translations) texts for those cases.
const char *const NoKeychainTexts[] = {
    "Cannot autolaunch D-Bus",                   // no session bus, no display
    "dbus-launch",                               // no session bus, display but no dbus-x11
    "machine-id",                                // no session bus, no /etc/machine-id to autolaunch one
    "Could not connect",                         // session bus address to a socket that is gone
    "Could not get the session bus",             //
    "was not provided by any .service files",    // a bus, but no Secret Service installed
    "org.freedesktop.DBus.Error.ServiceUnknown", //
    "org.freedesktop.DBus.Error.NameHasNoOwner", //
    "org.freedesktop.DBus.Error.Spawn",          // the Secret Service could not be started
    "org.freedesktop.DBus.Error.NoServer",       //
    "org.freedesktop.DBus.Error.Disconnected",   //
    "Unknown error",                             // libsecret-1.so.0 missing (QtKeychain dlopens it)
    "D-Bus is not running",                      // KWallet path
    "No keychain service available",             // KWallet path
};

bool says(const QString &text, const char *words) {
    return text.contains(QLatin1String(words), Qt::CaseInsensitive);
}

bool saysNoKeychain(const QString &text) {
    return std::any_of(std::begin(NoKeychainTexts), std::end(NoKeychainTexts),
                       [&](const char *words) { return says(text, words); });
}

// gnome-keyring without a default ("login") collection: "Object does not exist at path
// “/org/freedesktop/secrets/collection/login”".
bool saysNoDefaultKeyring(const QString &text) {
    return says(text, "Object does not exist at path") || says(text, "/collection/login") ||
           says(text, "/aliases/default");
}

bool saysLocked(const QString &text) {
    return says(text, "locked collection") || says(text, "is locked") || says(text, "IsLocked");
}

const char *operationName(int operation) {
    static const char *const names[] = {"write", "read", "remove"};
    return names[operation];
}

// One job in flight: its callback and its timeout. A child of the store, so the store's end takes it along.
class PendingJob : public QObject {
public:
    PendingJob(QObject *store, std::function<void(KeychainResult)> done)
        : QObject(store)
        , m_store(store)
        , m_done(std::move(done)) {}

    QTimer timer;

    // The first outcome counts (the answer or the timeout); the callback runs from the event loop, in the
    // store's context, so it never runs once the store is gone.
    void finish(KeychainResult result) {
        if (m_finished)
            return;
        m_finished = true;
        timer.stop();
        QMetaObject::invokeMethod(
            m_store, [done = std::move(m_done), result = std::move(result)]() { done(result); },
            Qt::QueuedConnection);
        deleteLater();
    }

private:
    QObject *m_store;
    std::function<void(KeychainResult)> m_done;
    bool m_finished = false;
};

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : SecretStore(makeQtKeychainBackend(), std::move(service), parent) {}

SecretStore::SecretStore(std::unique_ptr<KeychainBackend> backend, QString service, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
    , m_service(std::move(service)) {
    Q_ASSERT(m_backend);
}

SecretStore::~SecretStore() = default;

void SecretStore::setTimeout(std::chrono::milliseconds timeout) {
    m_timeout = std::max(timeout, std::chrono::milliseconds(1));
}

void SecretStore::write(const QString &key, const QString &secret, std::function<void(KeychainResult)> done) {
    start(Operation::Write, key, secret, std::move(done));
}

void SecretStore::read(const QString &key, std::function<void(KeychainResult)> done) {
    start(Operation::Read, key, QString(), std::move(done));
}

void SecretStore::remove(const QString &key, std::function<void(KeychainResult)> done) {
    start(Operation::Remove, key, QString(), std::move(done));
}

void SecretStore::start(Operation operation, const QString &key, const QString &secret,
                        std::function<void(KeychainResult)> done) {
    auto *pending = new PendingJob(this, std::move(done));
    const QPointer<PendingJob> guard(pending);
    const std::chrono::milliseconds timeout = m_timeout;

    pending->timer.setSingleShot(true);
    pending->timer.setTimerType(Qt::PreciseTimer);
    connect(&pending->timer, &QTimer::timeout, pending, [guard, operation, timeout] {
        qCInfo(lcKeychain, "keychain %s: no answer within %lld ms", operationName(int(operation)),
               static_cast<long long>(timeout.count()));
        KeychainResult result;
        result.problem = KeychainProblem::TimedOut;
        result.message = messageFor(KeychainProblem::TimedOut, timeout);
        guard->finish(std::move(result));
    });
    pending->timer.start(timeout);

    // Runs only while the job is still waiting: not after the timeout, not after the store is gone.
    auto answered = [guard, operation, secret](KeychainAnswer answer) {
        if (!guard)
            return;
        guard->finish(interpret(operation, std::move(answer), secret));
    };
    switch (operation) {
    case Operation::Write:
        m_backend->write(m_service, key, secret, std::move(answered));
        break;
    case Operation::Read:
        m_backend->read(m_service, key, std::move(answered));
        break;
    case Operation::Remove:
        m_backend->remove(m_service, key, std::move(answered));
        break;
    }
}

KeychainResult SecretStore::interpret(Operation operation, KeychainAnswer answer, const QString &secret) {
    KeychainResult result;
    if (answer.code == KeychainCode::NoError) {
        if (operation == Operation::Read)
            result.secret = std::move(answer.secret);
        return result;
    }

    // The keychain's own words, safe to show and log: the secret never (in any of the forms a server or a
    // keychain might quote it), control characters never, length capped; the one scrubber for outside text.
    const QString words = scrubEchoes(answer.errorString, {secret.toUtf8()}, 300);
    switch (answer.code) {
    case KeychainCode::NoError:
        break;
    case KeychainCode::EntryNotFound:
        if (operation == Operation::Remove)
            return {}; // nothing to remove: what the caller wanted
        result.problem = operation == Operation::Read ? KeychainProblem::NotFound : KeychainProblem::Other;
        break;
    case KeychainCode::AccessDeniedByUser:
    case KeychainCode::AccessDenied:
        result.problem = KeychainProblem::Locked;
        break;
    case KeychainCode::NoBackendAvailable:
    case KeychainCode::NotImplemented:
        result.problem = KeychainProblem::Unavailable;
        break;
    case KeychainCode::CouldNotDeleteEntry:
    case KeychainCode::OtherError:
        if (saysNoDefaultKeyring(words)) {
            result.problem = KeychainProblem::Unavailable;
            result.message = noDefaultKeyringMessage();
        } else if (saysLocked(words)) {
            result.problem = KeychainProblem::Locked;
        } else if (saysNoKeychain(words)) {
            result.problem = KeychainProblem::Unavailable;
        } else {
            result.problem = KeychainProblem::Other;
        }
        break;
    }
    if (result.message.isEmpty())
        result.message = messageFor(result.problem, DefaultTimeout, words);

    if (result.problem != KeychainProblem::NotFound) {
        qCInfo(lcKeychain, "keychain %s failed: error %d: %s", operationName(int(operation)),
               int(answer.code), qUtf8Printable(words));
    }
    return result;
}

QString SecretStore::messageFor(KeychainProblem problem, std::chrono::milliseconds timeout,
                                const QString &detail) {
    switch (problem) {
    case KeychainProblem::None:
        return {};
    case KeychainProblem::NotFound:
        return tr("Nothing is stored in the keychain under this name yet.");
    case KeychainProblem::Unavailable:
        return tr(
            "No keychain is available: the Secret Service (GNOME Keyring or KWallet) is not running. Start "
            "your desktop's keyring, or install gnome-keyring, then try again. Nothing was stored in a "
            "file.");
    case KeychainProblem::Locked:
        return tr(
            "The keyring is locked or access was denied. Unlock it (for example by logging in again) and "
            "try again.");
    case KeychainProblem::TimedOut: {
        const auto seconds = int((std::max(timeout, std::chrono::milliseconds(1)).count() + 999) / 1000);
        return tr(
            "The keychain did not answer within %n s. If a password prompt is open, answer it; then try "
            "again.",
            nullptr, seconds);
    }
    case KeychainProblem::Other:
        if (detail.isEmpty())
            return tr(
                "The keychain reported an unexpected error. Try again; if it keeps happening, restart your "
                "desktop's keyring (or log out and in again).");
        return tr("The keychain reported an unexpected error: %1. Try again; if it keeps happening, restart "
                  "your "
                  "desktop's keyring (or log out and in again).")
            .arg(detail);
    case KeychainProblem::Incomplete:
        return tr("The stored connection is incomplete; save it again. The keychain does not hold the secret "
                  "that was saved with this computer's settings (a save was cut short, or another program "
                  "changed the keychain). Set the connection up again with JobTarget Setup, or with "
                  "`jobtarget-setup verify --save`.");
    case KeychainProblem::SettingsNotWritten:
        return tr("The settings could not be written (%1), so the connection was not stored. Check that the "
                  "disk has room and the folder can be written to, then save again.")
            .arg(detail);
    case KeychainProblem::Busy:
        return tr("Another save of the connection is still under way (in another JobTarget Setup window or a "
                  "script). Try again when it has finished.");
    }
    return {};
}

QString SecretStore::noDefaultKeyringMessage() {
    return tr(
        "No keychain is available: the keyring has no default collection (\"login\") to store passwords "
        "in. Open your desktop's password manager (for example \"Passwords and Keys\"), create a default "
        "keyring, then try again. Nothing was stored in a file.");
}

} // namespace jt
