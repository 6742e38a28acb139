#pragma once

#include "store/ConnectionStore.h"

#include <QObject>
#include <functional>
#include <optional>

namespace jt {

// The wizard's keychain jobs on the stored connection: saving the verified one, reading it back (to check it
// now or to hand it off again), noting the one being replaced, removing it. Each job is asynchronous; every
// answer carries the ticket current when its job started, and one overtaken by what the admin did since
// (typed, went back, entered the demo) is dropped. SetupController is the façade the pages see; this is its
// part that talks to the ConnectionStore.
class StoredConnectionFlow : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Busy, Done };
    Q_ENUM(State)

    explicit StoredConnectionFlow(QObject *parent = nullptr)
        : QObject(parent) {}

    void setStore(ConnectionStore *store) { m_store = store; }
    bool hasStore() const { return m_store != nullptr; }
    std::optional<StoredConnection> stored() const;

    // Saves `connection` with its secret; without a store (never in the product) it ends with a problem.
    void save(const StoredConnection &connection, const QString &secret);
    void savePractice(); // the demo: done at once, nothing stored
    void resetSave();    // what was saved is no longer what is shown
    State saveState() const { return m_saveState; }
    const KeychainResult &saveResult() const { return m_saveResult; }

    // Reads the stored connection and its secret; `use` gets it when the keychain gave both.
    using Use = std::function<void(ConnectionStore::Loaded &loaded)>;
    void read(Use use);
    void abandonRead(); // a keychain answer still to come is dropped
    State loadState() const { return m_loadState; }
    const KeychainResult &loadResult() const { return m_loadResult; }

    // "Last checked": a check of the stored connection, recorded with it.
    void recordCheck(const StoredConnection &checked);

    // Replacing (rotation): the old credential, to be revoked once the new one is stored.
    void noteReplaced(const std::optional<StoredConnection> &old);
    bool isReplacing() const { return !m_replacedFingerprint.isEmpty(); }
    QString replacedClientId() const { return m_replacedClientId; }

    void remove(); // "nothing in the keychain" counts as removed
    State removeState() const { return m_removeState; }
    const KeychainResult &removeResult() const { return m_removeResult; }

signals:
    void changed(); // a job started or ended
    void saved();   // a save ended well (before changed())
    void removed(); // a removal ended well (before changed())

private:
    ConnectionStore *m_store = nullptr;
    State m_saveState = State::Idle;
    State m_loadState = State::Idle;
    State m_removeState = State::Idle;
    KeychainResult m_saveResult;
    KeychainResult m_loadResult;
    KeychainResult m_removeResult;
    int m_ticket = 0;
    QString m_replacedFingerprint;
    QString m_replacedClientId;
};

} // namespace jt
