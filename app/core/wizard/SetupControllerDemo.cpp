// SetupController: the demo session — entering it, leaving it (the admin's own values back), its credential
// and its practice of a missing permission.

#include "SetupController.h"

namespace jt {

namespace {
constexpr CredentialKind BothKinds[] = {CredentialKind::HarvestV3, CredentialKind::HarvestV1};
} // namespace

bool SetupController::enterDemo() {
    if (isDemo())
        return true;
    std::unique_ptr<DemoGreenhouse> demo = m_demoFactory ? m_demoFactory() : nullptr;
    if (!demo || !demo->start())
        return false;
    m_liveEndpoints = m_endpoints;
    m_beforeDemo = {m_progress, m_clientIdText, m_userIdText, m_boardText};
    m_demo = std::move(demo);
    // A real secret must never reach the practice server, and practice values never the real Greenhouse.
    m_progress.developerAccess = DeveloperAccess::Unknown;
    m_clientIdText.clear();
    m_userIdText.clear();
    clearSecrets();
    m_boardText.clear();
    m_endpoints = m_demo->endpoints();
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
    m_demo.reset();
    m_endpoints = m_liveEndpoints;
    // Back to where the admin was before practising; the demo's values mean nothing to the real Greenhouse.
    m_progress = m_beforeDemo.progress;
    m_clientIdText = m_beforeDemo.clientId;
    m_userIdText = m_beforeDemo.userId;
    m_boardText = m_beforeDemo.board;
    clearSecrets();
    invalidatePermissions();
    emit credentialChanged();
    emit boardInputChanged();
    emit demoChanged();
}

void SetupController::fillDemoCredential() {
    if (!isDemo())
        return;
    const DemoGreenhouse::Credential demo = m_demo->credential();
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
    for (const CredentialKind kind : BothKinds) // whichever kind the admin practises with
        m_demo->setWithheld(practisedMissingPermission(kind).idString(), missing);
    invalidatePermissions(); // the earlier answer no longer says anything
    emit demoChanged();
}

bool SetupController::practisingMissingPermission() const {
    return isDemo() && m_demo->isWithheld(practisedMissingPermission(credentialKind()).idString());
}

} // namespace jt
