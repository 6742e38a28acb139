#include "SecretMemory.h"

#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace jt {

bool protectSecretsInMemory() {
#if defined(__linux__)
    return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    return false;
#endif
}

bool secretsInMemoryProtected() {
#if defined(__linux__)
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    return false;
#endif
}

} // namespace jt
