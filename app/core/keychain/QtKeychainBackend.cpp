// The real keychain: one QtKeychain job per operation.

#include "KeychainBackend.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#ifdef JT_SECRET_SERVICE_LOCK_PROBE
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QFile>
#endif

namespace jt {

static_assert(int(KeychainCode::NoError) == QKeychain::NoError);
static_assert(int(KeychainCode::EntryNotFound) == QKeychain::EntryNotFound);
static_assert(int(KeychainCode::CouldNotDeleteEntry) == QKeychain::CouldNotDeleteEntry);
static_assert(int(KeychainCode::AccessDeniedByUser) == QKeychain::AccessDeniedByUser);
static_assert(int(KeychainCode::AccessDenied) == QKeychain::AccessDenied);
static_assert(int(KeychainCode::NoBackendAvailable) == QKeychain::NoBackendAvailable);
static_assert(int(KeychainCode::NotImplemented) == QKeychain::NotImplemented);
static_assert(int(KeychainCode::OtherError) == QKeychain::OtherError);

namespace {

KeychainCode codeOf(QKeychain::Error error) {
    const int value = int(error);
    if (value < int(KeychainCode::NoError) || value > int(KeychainCode::OtherError))
        return KeychainCode::OtherError;
    return KeychainCode(value);
}

class QtKeychainBackend final : public KeychainBackend {
public:
    void write(const QString &service, const QString &key, const QString &secret, Done done) override {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setTextData(secret);
        start(job, itemKey(service, key), std::move(done));
    }

    // A locked Secret Service collection answers a read with "not found" and a delete with success (deleting
    // nothing): both are asked again as "is it locked?", so that a locked keyring is said to be locked.
    void read(const QString &service, const QString &key, Done done) override {
        start(new QKeychain::ReadPasswordJob(service), itemKey(service, key),
              [done = std::move(done)](KeychainAnswer answer) {
                  if (answer.code != KeychainCode::EntryNotFound)
                      return done(std::move(answer));
                  whenUnlocked(std::move(answer), done);
              });
    }

    void remove(const QString &service, const QString &key, Done done) override {
        whenUnlocked({}, [service, key, done = std::move(done)](KeychainAnswer unlocked) {
            if (unlocked.code != KeychainCode::NoError)
                return done(std::move(unlocked));
            start(new QKeychain::DeletePasswordJob(service), itemKey(service, key), done);
        });
    }

private:
    // QtKeychain's Windows Credential Manager backend names an item by its key alone: the service is not part
    // of it, so two programs (or two services of ours) using one key would share one item. There the
    // service is put into the name, as Credential Manager then lists it:
    // "jobtarget-setup/greenhouse-credential-secret". Elsewhere the keychains keep both.
    static QString itemKey(const QString &service, const QString &key) {
#ifdef Q_OS_WIN
        return service + QLatin1Char('/') + key;
#else
        Q_UNUSED(service)
        return key;
#endif
    }

    // The job has no parent and deletes itself once it has finished: libsecret keeps a raw pointer to it
    // until it answers, so nobody may delete it earlier (not even on a timeout, nor with the store that
    // started it). QtKeychain runs one job at a time, process-wide: a job that never finishes holds up every
    // later one.
    static void start(QKeychain::Job *job, const QString &key, Done done) {
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plaintext file
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, job,
                         [done = std::move(done)](QKeychain::Job *finished) {
                             KeychainAnswer answer;
                             answer.code = codeOf(finished->error());
                             if (answer.code != KeychainCode::NoError)
                                 answer.errorString = finished->errorString();
                             else if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                                 answer.secret = read->textData();
                             done(std::move(answer));
                         });
        job->start();
    }

    // `answer` when the default collection is not known to be locked, else AccessDenied with words that
    // SecretStore reads as "locked". Always answers from the event loop.
    static void whenUnlocked(KeychainAnswer answer, Done done) {
#ifdef JT_SECRET_SERVICE_LOCK_PROBE
        // In a Flatpak, libsecret keeps the secret in the app's own keyring behind the Secret portal when the
        // desktop has one: the host's collection being locked then says nothing about it.
        const bool sandboxed = QFile::exists(QStringLiteral("/.flatpak-info"));
        const QDBusConnection bus = QDBusConnection::sessionBus();
        if (bus.isConnected() && !sandboxed) {
            QDBusMessage get = QDBusMessage::createMethodCall(
                QStringLiteral("org.freedesktop.secrets"),
                QStringLiteral("/org/freedesktop/secrets/aliases/default"),
                QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
            get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
            // Not auto-started: a bus without a Secret Service answers at once instead of activating one.
            get.setAutoStartService(false);
            const QDBusPendingCall call = bus.asyncCall(get, 5000);
            if (!call.isFinished()) {
                auto *watcher = new QDBusPendingCallWatcher(call);
                QObject::connect(
                    watcher, &QDBusPendingCallWatcher::finished, watcher,
                    [answer = std::move(answer), done = std::move(done)](QDBusPendingCallWatcher *finished) {
                        finished->deleteLater();
                        done(saysLocked(*finished) ? lockedAnswer() : answer);
                    });
                return;
            }
            if (saysLocked(call))
                answer = lockedAnswer();
        }
#endif
        QTimer::singleShot(0, [answer = std::move(answer), done = std::move(done)] { done(answer); });
    }

#ifdef JT_SECRET_SERVICE_LOCK_PROBE
    static bool saysLocked(const QDBusPendingCall &call) {
        const QDBusPendingReply<QDBusVariant> reply = call;
        return reply.isValid() && reply.value().variant().toBool();
    }
#endif
    static KeychainAnswer lockedAnswer() {
        return {KeychainCode::AccessDenied, QStringLiteral("The default keyring collection is locked"), {}};
    }
};

} // namespace

std::unique_ptr<KeychainBackend> makeQtKeychainBackend() {
    return std::make_unique<QtKeychainBackend>();
}

} // namespace jt
