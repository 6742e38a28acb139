// SetupController: the demo session — entering it, leaving it (the admin's own values back), its credential
// and its practice of a missing permission.

#include "SetupController.h"

namespace jt {

bool SetupController::enterDemo() {
    if (isDemo())
        return true;
    if (!m_demo.enter({m_progress, m_clientIdText, m_userIdText, m_boardText}, m_endpoints))
        return false;
    // A real secret must never reach the practice server, and practice values never the real Greenhouse.
    m_progress.developerAccess = DeveloperAccess::Unknown;
    m_clientIdText.clear();
    m_userIdText.clear();
    clearSecrets();
    m_boardText.clear();
    m_endpoints = m_demo.greenhouse()->endpoints();
    invalidatePermissions();
    emit credentialChanged();
    emit boardInputChanged();
    emit demoChanged();
    return true;
}

void SetupController::leaveDemo() {
    if (!isDemo())
        return;
    stopRun();
    const DemoSession::Left real = m_demo.leave();
    m_endpoints = real.endpoints;
    // Back to where the admin was before practising; the demo's values mean nothing to the real Greenhouse.
    m_progress = real.typed.progress;
    m_clientIdText = real.typed.clientId;
    m_userIdText = real.typed.userId;
    m_boardText = real.typed.board;
    clearSecrets();
    invalidatePermissions();
    emit credentialChanged();
    emit boardInputChanged();
    emit demoChanged();
}

void SetupController::fillDemoCredential() {
    if (!isDemo())
        return;
    const DemoGreenhouse::Credential demo = m_demo.greenhouse()->credential();
    if (credentialKind() == CredentialKind::HarvestV3) {
        m_clientIdText = demo.clientId;
        currentSecret() = demo.clientSecret;
    } else {
        currentSecret() = demo.legacyKey;
    }
    invalidatePermissions();
    emit credentialChanged();
}

void SetupController::setPractiseMissingPermission(bool missing) {
    if (!isDemo())
        return;
    m_demo.practiseMissingPermission(missing);
    invalidatePermissions(); // the earlier answer no longer says anything
    emit demoChanged();
}

bool SetupController::practisingMissingPermission() const {
    return m_demo.practisingMissingPermission(credentialKind());
}

} // namespace jt
