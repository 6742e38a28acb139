#pragma once

// The core's plain enums by name when a QCOMPARE fails ("Missing", not "1"). QTest finds these toString
// overloads by argument-dependent lookup; the classes' own enums are Q_ENUMs and need none.

#include "greenhouse/Permissions.h"
#include "net/NetworkProblem.h"
#include "verify/VerificationReport.h"
#include "wizard/ProgressStore.h"
#include "wizard/StartOffer.h"
#include "wizard/WizardStep.h"

#include <QTest>

namespace jt {

namespace enum_names {
inline char *named(const char *name, int value) {
    return QTest::toString(QByteArray(name) + " (" + QByteArray::number(value) + ')');
}
} // namespace enum_names

inline char *toString(CredentialKind kind) {
    return enum_names::named(credentialKindWord(kind).toLatin1().constData(), int(kind));
}
inline char *toString(CredentialStatus status) {
    return enum_names::named(statusWord(status).toLatin1().constData(), int(status));
}
inline char *toString(PermissionStatus status) {
    return enum_names::named(statusWord(status).toLatin1().constData(), int(status));
}
inline char *toString(BoardStatus status) {
    return enum_names::named(statusWord(status).toLatin1().constData(), int(status));
}
inline char *toString(NetworkProblem problem) {
    return enum_names::named(problemWord(problem).toLatin1().constData(), int(problem));
}

inline char *toString(ExitStatus status) {
    static const char *const names[] = {
        "Ok",           "Internal",    "BadInput",           "CredentialRejected", "PermissionsMissing",
        "BoardProblem", "Unreachable", "KeychainUnavailable"};
    const int value = int(status);
    return enum_names::named(value >= 0 && value < 8 ? names[value] : "?", value);
}

inline char *toString(WizardStep step) {
    static const char *const names[] = {"Welcome",
                                        "DeveloperPermission",
                                        "CreateCredential",
                                        "EnterCredential",
                                        "CheckPermissions",
                                        "JobBoard",
                                        "Save",
                                        "HandOff",
                                        "ExistingConnection"};
    const int value = int(step);
    return enum_names::named(value >= 0 && value < 9 ? names[value] : "?", value);
}

inline char *toString(StartChoice choice) {
    static const char *const names[] = {"SetUp", "Existing", "Resume", "Demo"};
    const int value = int(choice);
    return enum_names::named(value >= 0 && value < 4 ? names[value] : "?", value);
}

inline char *toString(DeveloperAccess access) {
    static const char *const names[] = {"Unknown", "Present", "Absent"};
    const int value = int(access);
    return enum_names::named(value >= 0 && value < 3 ? names[value] : "?", value);
}

} // namespace jt
