#include "DemoSimulator.h"

namespace jt::sim {

GreenhouseEndpoints DemoSimulator::endpoints() const {
    GreenhouseEndpoints endpoints;
    endpoints.auth = m_greenhouse.authUrl();
    endpoints.harvest = m_greenhouse.harvestUrl();
    endpoints.boards = m_greenhouse.boardsUrl();
    return endpoints;
}

DemoGreenhouse::Credential DemoSimulator::credential() const {
    return {QString::fromLatin1(SimulatedGreenhouse::ClientId),
            QString::fromLatin1(SimulatedGreenhouse::ClientSecret),
            QString::fromLatin1(SimulatedGreenhouse::HarvestKey)};
}

void DemoSimulator::setWithheld(const QString &permissionId, bool withheld) {
    QSet<QString> &missing = m_greenhouse.scenario().missingPermissions;
    if (withheld)
        missing.insert(permissionId);
    else
        missing.remove(permissionId);
}

bool DemoSimulator::isWithheld(const QString &permissionId) const {
    return m_greenhouse.scenario().missingPermissions.contains(permissionId);
}

DemoGreenhouseFactory DemoSimulator::factory() {
    return [] {
        return std::make_unique<DemoSimulator>();
    };
}

SimulatedGreenhouse *DemoSimulator::of(DemoGreenhouse *demo) {
    auto *simulator = dynamic_cast<DemoSimulator *>(demo);
    return simulator ? &simulator->greenhouse() : nullptr;
}

} // namespace jt::sim
