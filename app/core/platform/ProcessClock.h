#pragma once

#include <optional>

namespace jt {

// Milliseconds since this process started, as the kernel recorded its start (Linux: /proc/self/stat against
// the boot-time clock, in the kernel's 10 ms ticks) — so a startup benchmark includes the dynamic loader and
// static initialisation, not only what follows main(). Elsewhere: nullopt (the caller measures from main()).
std::optional<double> millisecondsSinceProcessStart();

} // namespace jt
