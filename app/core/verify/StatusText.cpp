#include "StatusText.h"

namespace jt {

QString StatusText::of(CredentialStatus status) {
    switch (status) {
    case CredentialStatus::Accepted:
        return tr("accepted", "credential status");
    case CredentialStatus::Rejected:
        return tr("rejected", "credential status");
    case CredentialStatus::Unreachable:
        return tr("could not be checked", "credential status");
    case CredentialStatus::NotChecked:
        break;
    }
    return tr("not checked", "credential status");
}

QString StatusText::of(PermissionStatus status) {
    switch (status) {
    case PermissionStatus::Granted:
        return tr("granted", "permission status");
    case PermissionStatus::Missing:
        return tr("missing", "permission status");
    case PermissionStatus::Unreachable:
        return tr("could not be checked", "permission status");
    case PermissionStatus::NotChecked:
        break;
    }
    return tr("not checked", "permission status");
}

} // namespace jt
