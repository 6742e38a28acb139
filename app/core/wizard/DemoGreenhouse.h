#pragma once

#include "greenhouse/Endpoints.h"

#include <QString>
#include <functional>
#include <memory>

namespace jt {

// The demo's practice Greenhouse on this computer. The core only knows this interface; the application gives
// the controller a factory for the built-in simulator (app/sim), so the engine does not carry it.
class DemoGreenhouse {
public:
    virtual ~DemoGreenhouse() = default;

    // Starts listening on 127.0.0.1; false when it could not.
    [[nodiscard]] virtual bool start() = 0;
    virtual GreenhouseEndpoints endpoints() const = 0;

    // The credential it accepts: a v3 Client ID and secret, and a legacy API key.
    struct Credential {
        QString clientId;
        QString clientSecret;
        QString legacyKey;
    };
    virtual Credential credential() const = 0;

    // The practice of a missing permission: the credential lacks this one (an id of the permission table).
    virtual void setWithheld(const QString &permissionId, bool withheld) = 0;
    virtual bool isWithheld(const QString &permissionId) const = 0;
};

using DemoGreenhouseFactory = std::function<std::unique_ptr<DemoGreenhouse>()>;

} // namespace jt
