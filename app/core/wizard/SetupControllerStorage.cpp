// SetupController: the stored connection — saving it, checking it again, replacing and removing it.

#include "SetupController.h"

#include <QPointer>

namespace jt {

void SetupController::setConnectionStore(ConnectionStore *store) {
    m_connections = store;
}

// Every keychain job carries the ticket current when it started; an answer with an older ticket was overtaken
// (the admin typed, went back, entered the demo) and is dropped.
void SetupController::resetSave() {
    if (m_saveState == StoreState::Idle)
        return;
    if (m_saveState == StoreState::Busy)
        ++m_storeTicket;
    m_saveState = StoreState::Idle; // what was saved is no longer what is shown
    m_saveResult = {};
    emit storeChanged();
}

void SetupController::abandonStoredCheck() {
    if (m_loadState != StoreState::Busy)
        return;
    ++m_storeTicket;
    m_loadState = StoreState::Idle;
    emit storeChanged();
}

std::optional<StoredConnection> SetupController::storedConnection() const {
    return m_connections ? m_connections->stored() : std::nullopt;
}

StoredConnection SetupController::checkedConnection() const {
    VerificationRequest verified = request();
    verified.boardToken =
        boardReport().board.token.isEmpty() ? boardInput().token : boardReport().board.token;
    return StoredConnection::fromVerification(verified, boardReport());
}

StoredConnection SetupController::verifiedConnection() const {
    // A returning admin hands off what is stored, with its last recorded check.
    if (m_storedLoaded) {
        if (const auto stored = storedConnection())
            return *stored;
    }
    return checkedConnection();
}

void SetupController::saveConnection() {
    if (!boardPassed() || m_saveState == StoreState::Busy)
        return;
    m_saveState = StoreState::Busy;
    m_saveResult = {};
    emit storeChanged();
    if (isDemo() || !m_connections) {
        // Practice stores nothing; without a store (never in the product) there is nowhere to put it.
        m_saveState = StoreState::Done;
        if (!isDemo())
            m_saveResult = {KeychainProblem::Unavailable, {}, tr("No keychain is set up for this session.")};
        emit storeChanged();
        return;
    }
    QPointer<SetupController> self(this);
    const int ticket = ++m_storeTicket;
    m_connections->save(checkedConnection(), secretCheck().value, [self, ticket](KeychainResult result) {
        if (!self || ticket != self->m_storeTicket)
            return;
        self->m_saveState = StoreState::Done;
        self->m_saveResult = result;
        if (result.ok())
            self->forgetProgress(); // set up: nothing left to resume
        emit self->storeChanged();
    });
}

void SetupController::checkStoredConnection() {
    readStoredConnection(true);
}

void SetupController::loadStoredConnection() {
    readStoredConnection(false);
}

void SetupController::readStoredConnection(bool thenCheck) {
    if (!m_connections || m_loadState == StoreState::Busy)
        return;
    m_loadState = StoreState::Busy;
    m_loadResult = {};
    emit storeChanged();
    QPointer<SetupController> self(this);
    const int ticket = ++m_storeTicket;
    m_connections->load([self, ticket, thenCheck](ConnectionStore::Loaded loaded) {
        // Never into the demo: a real secret must not reach the practice server.
        if (!self || ticket != self->m_storeTicket || self->isDemo())
            return;
        self->m_loadState = StoreState::Done;
        self->m_loadResult = loaded.keychain;
        if (loaded.connection && loaded.keychain.ok()) {
            const StoredConnection &stored = *loaded.connection;
            self->m_progress.kind = stored.kind;
            self->m_clientIdText = stored.clientId;
            self->m_userIdText = stored.userId;
            self->currentSecret() = std::exchange(loaded.secret, QString());
            self->m_boardText = stored.boardToken;
            self->invalidatePermissions();
            self->m_storedLoaded = true;
            emit self->credentialChanged();
            emit self->boardInputChanged();
            if (thenCheck) {
                // Everything again, with the board: the same check as the wizard's last one.
                self->checkBoard();
                self->m_checkingStored = self->boardState() == CheckState::Busy;
            }
        }
        emit self->storeChanged();
    });
}

void SetupController::startReplacing() {
    const auto stored = storedConnection();
    m_replacedFingerprint = stored ? stored->secretFingerprint : QString();
    m_replacedClientId = stored ? stored->clientId : QString();
    // The new credential is typed fresh; the board stays what it was.
    clearSecrets();
    m_clientIdText.clear();
    m_userIdText.clear();
    if (stored) {
        m_progress.kind = stored->kind;
        m_boardText = stored->boardToken;
    }
    m_saveState = StoreState::Idle;
    invalidatePermissions();
    emit credentialChanged();
    emit boardInputChanged();
}

void SetupController::removeStoredConnection() {
    if (!m_connections || m_removeState == StoreState::Busy)
        return;
    m_removeState = StoreState::Busy;
    m_removeResult = {};
    emit storeChanged();
    QPointer<SetupController> self(this);
    m_connections->remove([self](KeychainResult result) {
        if (!self)
            return;
        if (result.problem == KeychainProblem::NotFound)
            result = {}; // nothing left in the keychain is what was asked for
        self->m_removeState = StoreState::Done;
        self->m_removeResult = result;
        emit self->storeChanged();
    });
}

} // namespace jt
