#pragma once

// Helpers shared by the core tests: the simulator's endpoints and a verification run to completion.

#include "EnumNames.h"
#include "greenhouse/Endpoints.h"
#include "sim/SimulatedGreenhouse.h"
#include "verify/Verifier.h"

#include <QSignalSpy>
#include <QTest>

namespace jt::test {

inline GreenhouseEndpoints endpointsOf(const jt::sim::SimulatedGreenhouse &sim) {
    GreenhouseEndpoints endpoints;
    endpoints.auth = sim.authUrl();
    endpoints.harvest = sim.harvestUrl();
    endpoints.boards = sim.boardsUrl();
    return endpoints;
}

inline VerificationRequest v3Request(const jt::sim::SimulatedGreenhouse &sim, const QString &board = {}) {
    VerificationRequest request;
    request.kind = CredentialKind::HarvestV3;
    request.clientId = QString::fromLatin1(jt::sim::SimulatedGreenhouse::ClientId);
    request.secret = QString::fromLatin1(jt::sim::SimulatedGreenhouse::ClientSecret);
    request.boardToken = board;
    request.endpoints = endpointsOf(sim);
    return request;
}

inline VerificationRequest v1Request(const jt::sim::SimulatedGreenhouse &sim, const QString &board = {}) {
    VerificationRequest request;
    request.kind = CredentialKind::HarvestV1;
    request.secret = QString::fromLatin1(jt::sim::SimulatedGreenhouse::HarvestKey);
    request.boardToken = board;
    request.endpoints = endpointsOf(sim);
    return request;
}

inline TransportSettings quickTransport() {
    TransportSettings settings;
    settings.attemptTimeout = std::chrono::milliseconds(1500);
    settings.firstBackoff = std::chrono::milliseconds(50);
    return settings;
}

// Runs a whole verification and returns its report.
inline VerificationReport verify(const VerificationRequest &request,
                                 TransportSettings settings = quickTransport()) {
    Verifier verifier(std::move(settings));
    QSignalSpy finished(&verifier, &Verifier::finished);
    verifier.start(request);
    if (finished.isEmpty() && !finished.wait(30000))
        QTest::qFail("the verification did not finish within 30 s", __FILE__, __LINE__); // never a default
    return verifier.report();
}

inline PermissionStatus statusOf(const VerificationReport &report, const char *id) {
    for (const PermissionRow &row : report.permissions) {
        if (row.permission->idString() == QLatin1String(id))
            return row.status;
    }
    return PermissionStatus::NotChecked;
}

} // namespace jt::test
