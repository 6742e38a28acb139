#pragma once

#include "StoredConnection.h"
#include "keychain/SecretStore.h"

#include <QObject>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace jt {

class SaveLock;

// The stored connection as a whole: the secret in the OS keychain, the rest in settings. The wizard's "Save
// securely" page and `verify --save` both store through here, so a scripted set-up stores exactly what the
// wizard stores.
//
// Saving is all or nothing: under a lock (SaveLock) beside the settings,
// so that two saves (two windows, a script) run one after the other; the keychain item is written and read
// back, then the settings are written and read back; when anything fails, the keychain is put back as it was.
// Loading refuses a pair whose fingerprints differ (a save killed between its two writes) as Incomplete.
class ConnectionStore : public QObject {
    Q_OBJECT
public:
    ConnectionStore(SecretStore &secrets, ConnectionSettings &settings, QObject *parent = nullptr);

    struct Loaded {
        std::optional<StoredConnection> connection;
        QString secret;
        KeychainResult keychain; // why the connection could not be read, if so (then `secret` is empty)
    };

    void save(const StoredConnection &connection, const QString &secret,
              std::function<void(KeychainResult)> done);
    // The settings and the secret they were saved with; nothing stored, locked, incomplete otherwise.
    void load(std::function<void(Loaded)> done);
    // The keychain entry, then the settings (kept if the keychain could not be reached, so it can be
    // retried).
    void remove(std::function<void(KeychainResult)> done);
    std::optional<StoredConnection> stored() const { return m_settings.load(); }
    // A later check of the stored connection becomes its "last checked" result (settings only; the secret
    // is unchanged). Ignored unless it is the same secret, or while a save is under way; a board name not
    // found this time is kept.
    bool recordCheck(StoredConnection checked);

    // How long an operation waits for another one (another process) to finish; then Busy.
    void setLockWait(std::chrono::milliseconds wait) { m_lockWait = wait; }

    static KeychainResult nothingStored();
    // When stored() has none: nothing stored, or settings a cut-short write left damaged, or a stored value
    // that breaks its rule (both Incomplete: saving again mends them; the message names the value).
    KeychainResult whyNoneStored() const;

signals:
    // The lock is held by someone else: the operation waits (up to the lock wait) instead of mixing the two.
    void waitingForAnotherSave();

private:
    using Locked = std::function<void(std::shared_ptr<SaveLock>, KeychainResult)>;
    // `then` runs from the event loop holding the lock, or with a null lock and why it could not be taken.
    void whenLocked(Locked then);
    QString lockPath() const;
    KeychainResult settingsNotWritten() const;
    void writeSecret(const StoredConnection &connection, const QString &secret,
                     const std::optional<QString> &previous, const std::function<void(KeychainResult)> &done);
    void writeSettings(const StoredConnection &connection, const std::optional<QString> &previous,
                       const std::function<void(KeychainResult)> &done);
    void putBack(const std::optional<QString> &previous, const KeychainResult &failure,
                 const std::function<void(KeychainResult)> &done);

    SecretStore &m_secrets;
    ConnectionSettings &m_settings;
    std::chrono::milliseconds m_lockWait{20000};
};

} // namespace jt
