#include "Icons.h"

#include "verify/StatusText.h"

namespace jt::ui {

QString statusIconPath(StatusIcon status) {
    switch (status) {
    case StatusIcon::Granted:
        return QStringLiteral(":/icons/status-granted.svg");
    case StatusIcon::Missing:
        return QStringLiteral(":/icons/status-missing.svg");
    case StatusIcon::Warning:
        return QStringLiteral(":/icons/status-warning.svg");
    case StatusIcon::Pending:
        return QStringLiteral(":/icons/status-pending.svg");
    case StatusIcon::Busy:
        return QStringLiteral(":/icons/status-busy.svg");
    case StatusIcon::Info:
        return QStringLiteral(":/icons/info.svg");
    case StatusIcon::Error:
        return QStringLiteral(":/icons/error.svg");
    }
    return {};
}

QIcon statusIcon(StatusIcon status) {
    return QIcon(statusIconPath(status));
}

QIcon namedIcon(const char *name) {
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

StatusIcon iconFor(PermissionStatus status) {
    switch (markOf(status)) {
    case StatusMark::Passed:
        return StatusIcon::Granted;
    case StatusMark::Failed:
        return StatusIcon::Missing;
    case StatusMark::Unchecked:
        return StatusIcon::Warning;
    case StatusMark::Pending:
        break;
    }
    return StatusIcon::Pending;
}

} // namespace jt::ui
