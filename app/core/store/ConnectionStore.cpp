#include "ConnectionStore.h"

#include "SaveLock.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

#include <cstdio>

namespace jt {

namespace {

const QString SecretKey = QString::fromLatin1(SecretStore::SecretKey);

// Test builds only: with JT_TEST_PAUSE_BETWEEN_WRITES=FILE a save stops after the keychain was written and
// read back, says so on standard error, and goes on once FILE exists (tests kill it there, or start another
// save meanwhile). Otherwise `resume` runs at once.
void pauseBetweenWrites(QObject *context, const std::function<void()> &resume) {
#ifdef JT_TEST_SEAMS
    const QString until = qEnvironmentVariable("JT_TEST_PAUSE_BETWEEN_WRITES");
    if (!until.isEmpty()) {
        std::fputs("jt-test-seam: paused between the keychain and the settings\n", stderr);
        std::fflush(stderr);
        auto *poll = new QTimer(context);
        QObject::connect(poll, &QTimer::timeout, context, [poll, until, resume] {
            if (!QFileInfo::exists(until))
                return;
            poll->deleteLater();
            poll->stop();
            resume();
        });
        poll->start(20);
        return;
    }
#else
    Q_UNUSED(context)
#endif
    resume();
}

// `done`, after the lock is released (a caller may start the next operation from it).
template <typename Result>
std::function<void(Result)> releasing(std::shared_ptr<SaveLock> lock, std::function<void(Result)> done) {
    return [lock = std::move(lock), done = std::move(done)](Result result) {
        if (lock)
            lock->unlock();
        done(std::move(result));
    };
}

} // namespace

ConnectionStore::ConnectionStore(SecretStore &secrets, ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_settings(settings) {}

KeychainResult ConnectionStore::nothingStored() {
    return {KeychainProblem::NotFound,
            {},
            tr("No connection is stored yet. Set one up with JobTarget Setup, or with `jobtarget-setup "
               "verify --save`.")};
}

KeychainResult ConnectionStore::whyNoneStored() const {
    // A value that breaks its rule (the file damaged or edited): named, never shown, and never sent.
    if (const QString value = m_settings.damagedValue(); !value.isEmpty())
        return {
            KeychainProblem::Incomplete,
            {},
            //: %1 names the value, such as "job board token"
            tr("The stored connection is damaged; save it again. A value in this computer's settings is "
               "not valid: %1. Set the connection up again with JobTarget Setup, or with `jobtarget-setup "
               "verify --save`.")
                .arg(value)};
    if (m_settings.isDamaged()) // half a connection (a write cut short), not none
        return {KeychainProblem::Incomplete, {}, SecretStore::messageFor(KeychainProblem::Incomplete)};
    return nothingStored();
}

KeychainResult ConnectionStore::settingsNotWritten() const {
    return {KeychainProblem::SettingsNotWritten,
            {},
            SecretStore::messageFor(KeychainProblem::SettingsNotWritten, {}, m_settings.location())};
}

// Beside the settings file (QSettings' own "<file>.lock" guards only one sync, not the keychain with it).
QString ConnectionStore::lockPath() const {
    return m_settings.location() + QStringLiteral(".save-lock");
}

void ConnectionStore::whenLocked(Locked then) {
    auto lock = std::make_shared<SaveLock>(lockPath());
    const SaveLock::State state =
        QDir().mkpath(QFileInfo(lockPath()).absolutePath()) ? lock->tryLock() : SaveLock::State::Failed;
    if (state != SaveLock::State::HeldElsewhere) {
        QTimer::singleShot(0, this, [this, lock, state, then = std::move(then)] {
            if (state == SaveLock::State::Locked)
                then(lock, {});
            else
                then(nullptr, settingsNotWritten());
        });
        return;
    }
    emit waitingForAnotherSave();
    auto *poll = new QTimer(this);
    const QDeadlineTimer deadline(m_lockWait);
    connect(poll, &QTimer::timeout, this, [this, poll, lock, then = std::move(then), deadline] {
        const SaveLock::State now = lock->tryLock();
        if (now == SaveLock::State::HeldElsewhere && !deadline.hasExpired())
            return;
        poll->stop();
        poll->deleteLater();
        if (now == SaveLock::State::Locked)
            then(lock, {});
        else if (now == SaveLock::State::HeldElsewhere)
            then(nullptr, {KeychainProblem::Busy, {}, SecretStore::messageFor(KeychainProblem::Busy)});
        else
            then(nullptr, settingsNotWritten());
    });
    poll->start(50);
}

// All or nothing: the keychain item (read back), then the settings (read back from their file); when
// anything fails after the keychain was written, it is put back as it was (the previous secret, or none), so
// the two never tell of different connections.
void ConnectionStore::save(const StoredConnection &connection, const QString &secret,
                           std::function<void(KeychainResult)> done) {
    QPointer<ConnectionStore> self(this);
    whenLocked([self, connection, secret, done = std::move(done)](const std::shared_ptr<SaveLock> &lock,
                                                                  const KeychainResult &notLocked) {
        if (!self)
            return;
        if (!lock)
            return done(notLocked);
        auto unlockThenDone = releasing(lock, done);
        self->m_secrets.read(SecretKey, [self, connection, secret, unlockThenDone](KeychainResult before) {
            if (!self)
                return;
            if (!before.ok() && before.problem != KeychainProblem::NotFound)
                return unlockThenDone(before); // locked, unavailable: nothing was written
            std::optional<QString> previous;
            if (before.ok())
                previous = std::exchange(before.secret, QString());
            self->writeSecret(connection, secret, previous, unlockThenDone);
        });
    });
}

void ConnectionStore::writeSecret(const StoredConnection &connection, const QString &secret,
                                  const std::optional<QString> &previous,
                                  const std::function<void(KeychainResult)> &done) {
    QPointer<ConnectionStore> self(this);
    m_secrets.write(SecretKey, secret, [self, connection, previous, done](const KeychainResult &written) {
        if (!self)
            return;
        if (!written.ok())
            return done(written); // the keychain refused: it holds what it held
        self->m_secrets.read(SecretKey, [self, connection, previous, done](KeychainResult readBack) {
            if (!self)
                return;
            const bool same = readBack.ok() && StoredConnection::fingerprintOf(readBack.secret) ==
                                                   connection.secretFingerprint;
            readBack.secret.fill(QLatin1Char(' '));
            if (!same) {
                const KeychainResult failure =
                    readBack.ok() || readBack.problem == KeychainProblem::NotFound
                        ? KeychainResult{KeychainProblem::Other,
                                         {},
                                         SecretStore::messageFor(KeychainProblem::Other, {},
                                                                 tr("the secret read back is not the one "
                                                                    "written"))}
                        : readBack;
                return self->putBack(previous, failure, done);
            }
            pauseBetweenWrites(self, [self, connection, previous, done] {
                if (self)
                    self->writeSettings(connection, previous, done);
            });
        });
    });
}

void ConnectionStore::writeSettings(const StoredConnection &connection,
                                    const std::optional<QString> &previous,
                                    const std::function<void(KeychainResult)> &done) {
    if (m_settings.save(connection))
        return done({});
    putBack(previous, settingsNotWritten(), done);
}

// Said as it happened: put back, or (rarely) not, and then what the admin has to do.
void ConnectionStore::putBack(const std::optional<QString> &previous, const KeychainResult &failure,
                              const std::function<void(KeychainResult)> &done) {
    const auto restored = [failure, done](const KeychainResult &result) {
        KeychainResult told = failure;
        if (!result.ok())
            told.message += QLatin1Char(' ') + tr("The keychain could not be put back as it was (%1): remove "
                                                  "the stored credentials before you save again.")
                                                   .arg(result.message);
        done(told);
    };
    if (previous)
        m_secrets.write(SecretKey, *previous, restored);
    else
        m_secrets.remove(SecretKey, restored);
}

bool ConnectionStore::recordCheck(StoredConnection checked) {
    SaveLock lock(lockPath());
    if (lock.tryLock() != SaveLock::State::Locked)
        return false; // a save is under way: what it stores is newer than this check
    const auto stored = m_settings.load();
    if (!stored || stored->secretFingerprint != checked.secretFingerprint)
        return false;
    if (checked.boardName.isEmpty())
        checked.boardName = stored->boardName;
    if (checked.boardToken.isEmpty())
        checked.boardToken = stored->boardToken;
    return m_settings.save(checked);
}

void ConnectionStore::load(std::function<void(Loaded)> done) {
    QPointer<ConnectionStore> self(this);
    whenLocked([self, done = std::move(done)](const std::shared_ptr<SaveLock> &lock,
                                              const KeychainResult &notLocked) {
        if (!self)
            return;
        Loaded loaded;
        loaded.connection = self->m_settings.load();
        // A folder that cannot take the lock file (read-only) can still be read; only a save under way waits.
        if (!loaded.connection || notLocked.problem == KeychainProblem::Busy) {
            loaded.keychain = loaded.connection ? notLocked : self->whyNoneStored();
            return done(loaded);
        }
        self->m_secrets.read(SecretKey, [loaded,
                                         done = releasing(lock, done)](KeychainResult result) mutable {
            // Stored settings without their secret, or with another one, are half a connection.
            if (result.problem == KeychainProblem::NotFound ||
                (result.ok() &&
                 StoredConnection::fingerprintOf(result.secret) != loaded.connection->secretFingerprint)) {
                result.secret.fill(QLatin1Char(' '));
                result = {
                    KeychainProblem::Incomplete, {}, SecretStore::messageFor(KeychainProblem::Incomplete)};
            }
            if (result.ok())
                loaded.secret = std::exchange(result.secret, QString());
            loaded.keychain = result;
            done(loaded);
        });
    });
}

void ConnectionStore::remove(std::function<void(KeychainResult)> done) {
    QPointer<ConnectionStore> self(this);
    whenLocked([self, done = std::move(done)](const std::shared_ptr<SaveLock> &lock,
                                              const KeychainResult &notLocked) {
        if (!self)
            return;
        if (!lock)
            return done(notLocked);
        self->m_secrets.remove(SecretKey, [self, done = releasing(lock, done)](const KeychainResult &result) {
            // Kept while the secret may still be in the keychain, so that removing can be retried.
            if (self && (result.ok() || result.problem == KeychainProblem::NotFound))
                self->m_settings.clear();
            done(result);
        });
    });
}

} // namespace jt
