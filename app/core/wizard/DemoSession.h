#pragma once

#include "DemoGreenhouse.h"
#include "ProgressStore.h"

#include <memory>

namespace jt {

// The demo: the practice Greenhouse while it runs, and what the admin had typed for the real one, put back
// when the demo ends. The controller clears its fields on entering and restores them from here on leaving.
class DemoSession {
public:
    // What the admin had typed (never the secret: it is cleared, not kept).
    struct Typed {
        Progress progress;
        QString clientId;
        QString userId;
        QString board;
    };

    void setFactory(DemoGreenhouseFactory factory) { m_factory = std::move(factory); }

    // Starts the practice Greenhouse, keeping `real` and `liveEndpoints` until leave(). False without a
    // factory or when it could not start.
    [[nodiscard]] bool enter(const Typed &real, const GreenhouseEndpoints &liveEndpoints);
    // Ends it; what enter() kept.
    struct Left {
        Typed typed;
        GreenhouseEndpoints endpoints;
    };
    Left leave();

    bool isActive() const { return m_greenhouse != nullptr; }
    DemoGreenhouse *greenhouse() const { return m_greenhouse.get(); }

    // The practice of a missing permission (the permission table's choice, for either kind of credential).
    void practiseMissingPermission(bool missing);
    bool practisingMissingPermission(CredentialKind kind) const;

private:
    DemoGreenhouseFactory m_factory;
    std::unique_ptr<DemoGreenhouse> m_greenhouse;
    Typed m_real;
    GreenhouseEndpoints m_liveEndpoints;
};

} // namespace jt
