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

void ConnectionStore::save(const StoredConnection &connection, const QString &secret,
                           std::function<void(KeychainResult)> done) {
    QPointer<ConnectionStore> self(this);
    m_secrets.write(QString::fromLatin1(SecretStore::SecretKey), secret,
                    [self, connection, done = std::move(done)](KeychainResult result) {
                        if (self && result.ok())
                            self->m_settings.save(connection);
                        done(result);
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
    m_settings.save(checked);
    return true;
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
