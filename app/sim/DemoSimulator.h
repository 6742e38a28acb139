#pragma once

#include "SimulatedGreenhouse.h"
#include "wizard/DemoGreenhouse.h"

namespace jt::sim {

// The wizard's demo Greenhouse: the simulator, behind the core's DemoGreenhouse interface.
class DemoSimulator : public DemoGreenhouse {
public:
    [[nodiscard]] bool start() override { return m_greenhouse.start(); }
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
