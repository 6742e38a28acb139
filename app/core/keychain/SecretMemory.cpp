#include "SecretMemory.h"

#if defined(__linux__)
#include <sys/prctl.h>
#elif defined(__APPLE__)
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/types.h>
#endif

namespace jt {

// Written for macOS, not built here: no core file, and no debugger attaches (PT_DENY_ATTACH also refuses
// one started later). Windows: Windows Error Reporting's dumps are a per-machine policy and a debugger of the
// same user cannot be refused by the process itself, so nothing is claimed there (false).
bool protectSecretsInMemory() {
#if defined(__linux__)
    return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#elif defined(__APPLE__)
    const rlimit none{0, 0};
    return setrlimit(RLIMIT_CORE, &none) == 0 && ptrace(PT_DENY_ATTACH, 0, nullptr, 0) == 0;
#else
    return false;
#endif
}

bool secretsInMemoryProtected() {
#if defined(__linux__)
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#elif defined(__APPLE__)
    rlimit core{};
    return getrlimit(RLIMIT_CORE, &core) == 0 && core.rlim_cur == 0; // PT_DENY_ATTACH cannot be read back
#else
    return false;
#endif
}

} // namespace jt
