#pragma once

#include "greenhouse/HarvestClient.h"

#include <QIcon>
#include <QString>

namespace jt::ui {

// The product's SVG icons (resources/icons), by meaning.
enum class StatusIcon { Granted, Missing, Warning, Pending, Busy, Info, Error };

QIcon statusIcon(StatusIcon status);
QIcon namedIcon(const char *name); // ":/icons/<name>.svg"
QString statusIconPath(StatusIcon status);
StatusIcon iconFor(PermissionStatus status);

} // namespace jt::ui
