// SetupController: the stored connection as the pages see it — what is handed off, the credential fields
// filled from the keychain for "Check it now", replacing. The keychain jobs themselves: StoredConnectionFlow.

#include "SetupController.h"

namespace jt {

std::optional<StoredConnection> SetupController::storedConnection() const {
    return m_stored.stored();
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
    if (!boardPassed())
        return;
    if (isDemo())
        m_stored.savePractice(); // practice stores nothing
    else
        m_stored.save(checkedConnection(), secretCheck().value);
}

void SetupController::checkStoredConnection() {
    readStoredConnection(true);
}

void SetupController::loadStoredConnection() {
    readStoredConnection(false);
}

void SetupController::readStoredConnection(bool thenCheck) {
    if (isDemo()) // never into the demo: a real secret must not reach the practice server (entering it
        return;   // abandons a read still under way)
    m_stored.read([this, thenCheck](ConnectionStore::Loaded &loaded) {
        const StoredConnection &stored = *loaded.connection;
        m_progress.kind = stored.kind;
        m_clientIdText = stored.clientId;
        m_userIdText = stored.userId;
        currentSecret() = std::exchange(loaded.secret, QString());
        m_boardText = stored.boardToken;
        invalidatePermissions();
        m_storedLoaded = true;
        emit credentialChanged();
        emit boardInputChanged();
        if (thenCheck) {
            // Everything again, with the board: the same check as the wizard's last one.
            checkBoard();
            m_checkingStored = boardState() == CheckState::Busy;
        }
    });
}

void SetupController::startReplacing() {
    const auto stored = storedConnection();
    m_stored.noteReplaced(stored);
    // The new credential is typed fresh; the board stays what it was.
    clearSecrets();
    m_clientIdText.clear();
    m_userIdText.clear();
    if (stored) {
        m_progress.kind = stored->kind;
        m_boardText = stored->boardToken;
    }
    invalidatePermissions();
    emit credentialChanged();
    emit boardInputChanged();
}

} // namespace jt
