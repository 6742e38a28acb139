#pragma once

#include "StoredConnection.h"
#include "keychain/SecretStore.h"

#include <QObject>
#include <functional>
#include <optional>

namespace jt {

// The stored connection as a whole: the secret in the OS keychain, the rest in settings. The wizard's "Save
// securely" page and `verify --save` both store through here, so a scripted set-up stores exactly what the
// wizard stores.
class ConnectionStore : public QObject {
    Q_OBJECT
public:
    ConnectionStore(SecretStore &secrets, ConnectionSettings &settings, QObject *parent = nullptr);

    struct Loaded {
        std::optional<StoredConnection> connection;
        QString secret;
        KeychainResult keychain; // why the secret could not be read, if so
    };

    // The secret first; only when the keychain took it are the settings written (never half a connection).
    void save(const StoredConnection &connection, const QString &secret,
              std::function<void(KeychainResult)> done);
    void load(std::function<void(Loaded)> done);
    // The keychain entry, then the settings (kept if the keychain could not be reached, so it can be
    // retried).
    void remove(std::function<void(KeychainResult)> done);
    std::optional<StoredConnection> stored() const { return m_settings.load(); }
    // A later check of the stored connection becomes its "last checked" result (settings only; the secret
    // is unchanged). Ignored unless it is the same secret; a board name not found this time is kept.
    bool recordCheck(StoredConnection checked);

    static KeychainResult nothingStored();

private:
    SecretStore &m_secrets;
    ConnectionSettings &m_settings;
};

} // namespace jt
