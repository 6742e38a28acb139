#pragma once

#include "VerificationReport.h"

namespace jt {

// Status words for people, translated ("granted", "could not be checked"). The JSON keeps statusWord()'s ids.
struct StatusText {
    Q_DECLARE_TR_FUNCTIONS(StatusText)

public:
    static QString of(CredentialStatus status);
    static QString of(PermissionStatus status);
};

// How a status looks, decided once for the text report, the summary and the wizard's icons: passed, failed,
// could not be checked, or not checked yet.
enum class StatusMark { Passed, Failed, Unchecked, Pending };
[[nodiscard]] StatusMark markOf(CredentialStatus status);
[[nodiscard]] StatusMark markOf(PermissionStatus status);
// ✓, ✗ or ⚠ (for both kinds of "not known").
[[nodiscard]] QString markSymbol(StatusMark mark);

} // namespace jt
