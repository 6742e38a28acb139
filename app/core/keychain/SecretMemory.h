#pragma once

namespace jt {

// Secrets are held in this process's memory while it runs (typed, read from the keychain, sent): no core
// dump may contain them and no other process of the user may read them by attaching a debugger. Called
// first thing in main(), for the whole run.
//  - Linux: prctl(PR_SET_DUMPABLE, 0): no core dump, no ptrace attach by the user's processes, /proc/PID/mem
//    and friends owned by root.
//  - macOS (written, not built here): setrlimit(RLIMIT_CORE, 0) and ptrace(PT_DENY_ATTACH).
//  - Windows: nothing the process can do for itself (crash dumps are a machine policy; a debugger of the same
//    user cannot be refused); returns false, and the secret is held as briefly as elsewhere.
// Returns whether the protection is in place.
bool protectSecretsInMemory();
bool secretsInMemoryProtected();

} // namespace jt
