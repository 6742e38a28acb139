#pragma once

#include <QUrl>

namespace jt {

// Pages of Greenhouse's web app the wizard opens for the admin, and
// JobTarget's help centre. One place, so a changed address is one edit.
struct GreenhouseLinks {
    static QUrl devCenter() { return QUrl(QStringLiteral("https://app.greenhouse.io/configure/dev_center")); }
    static QUrl credentials() {
        return QUrl(QStringLiteral("https://app.greenhouse.io/configure/dev_center/credentials"));
    }
    static QUrl jobBoardSettings() {
        return QUrl(QStringLiteral("https://app.greenhouse.io/configure/dev_center/config"));
    }
    static QUrl jobTargetContact() { return QUrl(QStringLiteral("https://support.jobtarget.com")); }
};

} // namespace jt
