#pragma once

#include "SimulatedGreenhouse.h"
#include "wizard/DemoGreenhouse.h"

namespace jt::sim {

// The wizard's demo Greenhouse: the simulator, behind the core's DemoGreenhouse interface.
class DemoSimulator : public DemoGreenhouse {
public:
    // Quick: the account's data is built after the wizard's first paint (main) or by the first request.
    [[nodiscard]] bool start() override { return m_greenhouse.start(QHostAddress::LocalHost, nullptr, true); }
    GreenhouseEndpoints endpoints() const override;
    Credential credential() const override;
    void setWithheld(const QString &permissionId, bool withheld) override;
    bool isWithheld(const QString &permissionId) const override;

    SimulatedGreenhouse &greenhouse() { return m_greenhouse; } // tests and screenshots play its scenarios

    static DemoGreenhouseFactory factory();
    // The simulator behind a controller's demo; nullptr when that is not one.
    static SimulatedGreenhouse *of(DemoGreenhouse *demo);

private:
    SimulatedGreenhouse m_greenhouse;
};

} // namespace jt::sim
