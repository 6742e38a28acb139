#include "ConnectionStore.h"

#include <QPointer>

namespace jt {

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

// All or nothing: the keychain item, then the settings; when the settings cannot be written, the keychain is
// put back as it was (the previous secret, or none), so the two never tell of different connections.
void ConnectionStore::save(const StoredConnection &connection, const QString &secret,
                           std::function<void(KeychainResult)> done) {
    QPointer<ConnectionStore> self(this);
    const QString key = QString::fromLatin1(SecretStore::SecretKey);
    m_secrets.read(key, [self, key, connection, secret,
                         done = std::move(done)](KeychainResult before) mutable {
        if (!self)
            return;
        if (!before.ok() && before.problem != KeychainProblem::NotFound) {
            done(before); // locked, unavailable: nothing was written
            return;
        }
        const std::optional<QString> previous =
            before.ok() ? std::optional<QString>(std::exchange(before.secret, QString())) : std::nullopt;
        self->m_secrets.write(key, secret, [self, key, connection, previous, done](KeychainResult written) {
            if (!self || !written.ok() || self->m_settings.save(connection)) {
                done(written);
                return;
            }
            // Said as it happened: put back, or (rarely) not, and then what the admin has to do.
            const QString notWritten = tr("The settings could not be written (%1), so the connection was not "
                                          "stored. Check that the disk has room and the folder can be "
                                          "written to, then save again.")
                                           .arg(self->m_settings.location());
            const auto putBack = [done, notWritten](const KeychainResult &restored) {
                done({KeychainProblem::Other,
                      {},
                      restored.ok() ? notWritten
                                    : notWritten + QLatin1Char(' ') +
                                          tr("The keychain could not be put back as it was (%1): "
                                             "remove the stored credentials before you save again.")
                                              .arg(restored.message)});
            };
            if (previous)
                self->m_secrets.write(key, *previous, putBack);
            else
                self->m_secrets.remove(key, putBack);
        });
    });
}

bool ConnectionStore::recordCheck(StoredConnection checked) {
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
    Loaded loaded;
    loaded.connection = m_settings.load();
    if (!loaded.connection) {
        loaded.keychain = nothingStored();
        done(loaded);
        return;
    }
    m_secrets.read(QString::fromLatin1(SecretStore::SecretKey), [loaded, done = std::move(done)](
                                                                    KeychainResult result) mutable {
        if (result.ok())
            loaded.secret = std::exchange(result.secret, QString());
        else if (result.problem == KeychainProblem::NotFound)
            result.message =
                tr("The stored connection's secret is not in the keychain, or the keychain is locked. "
                   "Unlock it and try again, or set the connection up again with JobTarget Setup.");
        loaded.keychain = result;
        done(loaded);
    });
}

void ConnectionStore::remove(std::function<void(KeychainResult)> done) {
    QPointer<ConnectionStore> self(this);
    m_secrets.remove(QString::fromLatin1(SecretStore::SecretKey),
                     [self, done = std::move(done)](KeychainResult result) {
                         // Kept while the secret may still be in the keychain, so that removing can be
                         // retried.
                         if (self && (result.ok() || result.problem == KeychainProblem::NotFound))
                             self->m_settings.clear();
                         done(result);
                     });
}

} // namespace jt
