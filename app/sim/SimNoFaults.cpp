// The demo's simulator, in the shipped binary: no fault injection (SimFaults.cpp is for the tests only).

#include "SimPrivate.h"

namespace jt::sim {

std::optional<SimHttpResponse> SimulatedGreenhouse::Private::takeFault(Api, const SimHttpRequest &) {
    return std::nullopt;
}

} // namespace jt::sim
