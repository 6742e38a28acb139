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

StatusMark markOf(CredentialStatus status) {
    switch (status) {
    case CredentialStatus::Accepted:
        return StatusMark::Passed;
    case CredentialStatus::Rejected:
        return StatusMark::Failed;
    case CredentialStatus::Unreachable:
        return StatusMark::Unchecked;
    case CredentialStatus::NotChecked:
        break;
    }
    return StatusMark::Pending;
}

StatusMark markOf(PermissionStatus status) {
    switch (status) {
    case PermissionStatus::Granted:
        return StatusMark::Passed;
    case PermissionStatus::Missing:
        return StatusMark::Failed;
    case PermissionStatus::Unreachable:
        return StatusMark::Unchecked;
    case PermissionStatus::NotChecked:
        break;
    }
    return StatusMark::Pending;
}

QString markSymbol(StatusMark mark) {
    switch (mark) {
    case StatusMark::Passed:
        return QStringLiteral("✓");
    case StatusMark::Failed:
        return QStringLiteral("✗");
    case StatusMark::Unchecked:
    case StatusMark::Pending:
        break;
    }
    return QStringLiteral("⚠");
}

} // namespace jt
