#include "DemoSession.h"

namespace jt {

bool DemoSession::enter(const Typed &real, const GreenhouseEndpoints &liveEndpoints) {
    if (isActive())
        return true;
    std::unique_ptr<DemoGreenhouse> greenhouse = m_factory ? m_factory() : nullptr;
    if (!greenhouse || !greenhouse->start())
        return false;
    m_greenhouse = std::move(greenhouse);
    m_real = real;
    m_liveEndpoints = liveEndpoints;
    return true;
}

DemoSession::Left DemoSession::leave() {
    m_greenhouse.reset();
    return {std::exchange(m_real, {}), m_liveEndpoints};
}

void DemoSession::practiseMissingPermission(bool missing) {
    if (!isActive())
        return;
    for (const CredentialKind kind : {CredentialKind::HarvestV3, CredentialKind::HarvestV1})
        m_greenhouse->setWithheld(practisedMissingPermission(kind).idString(), missing);
}

bool DemoSession::practisingMissingPermission(CredentialKind kind) const {
    return isActive() && m_greenhouse->isWithheld(practisedMissingPermission(kind).idString());
}

} // namespace jt
