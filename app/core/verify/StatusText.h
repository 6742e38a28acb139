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

} // namespace jt
