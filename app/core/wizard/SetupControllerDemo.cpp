// SetupController: the demo session — entering it, leaving it (the admin's own values back), its credential
// and its practice of a missing permission.

#include "SetupController.h"

#include "sim/SimulatedGreenhouse.h"

namespace jt {

namespace {
// What the demo's "missing permission" practice takes away, for either kind of credential.
const QStringList PractisedMissing{QStringLiteral("harvest:openings:list"),
                                   QStringLiteral("openings.list_for_job")};
} // namespace

bool SetupController::enterDemo() {
    if (isDemo())
        return true;
    auto demo = std::make_unique<sim::SimulatedGreenhouse>();
    if (!demo->start())
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
    GreenhouseEndpoints endpoints;
    endpoints.auth = m_demo->authUrl();
    endpoints.harvest = m_demo->harvestUrl();
    endpoints.boards = m_demo->boardsUrl();
    m_endpoints = endpoints;
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
    if (credentialKind() == CredentialKind::HarvestV3) {
        m_clientIdText = QString::fromLatin1(sim::SimulatedGreenhouse::ClientId);
        currentSecret() = QString::fromLatin1(sim::SimulatedGreenhouse::ClientSecret);
    } else {
        currentSecret() = QString::fromLatin1(sim::SimulatedGreenhouse::HarvestKey);
    }
    invalidatePermissions();
    emit credentialChanged();
}

void SetupController::setPractiseMissingPermission(bool missing) {
    if (!isDemo())
        return;
    QSet<QString> &lacking = m_demo->scenario().missingPermissions;
    for (const QString &id : PractisedMissing) {
        if (missing)
            lacking.insert(id);
        else
            lacking.remove(id);
    }
    invalidatePermissions(); // the earlier answer no longer says anything
    emit demoChanged();
}

bool SetupController::practisingMissingPermission() const {
    return isDemo() && m_demo->scenario().missingPermissions.contains(PractisedMissing.first());
}

} // namespace jt
