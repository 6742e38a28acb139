#include "AccessibleRole.h"

#include <QAccessibleWidget>
#include <QWidget>

namespace jt::ui {

namespace {

constexpr char RoleProperty[] = "jtAccessibleRole";

QAccessibleInterface *withGivenRole(const QString &, QObject *object) {
    auto *widget = qobject_cast<QWidget *>(object);
    const QVariant role = widget ? widget->property(RoleProperty) : QVariant();
    if (!role.isValid())
        return nullptr;
    return new QAccessibleWidget(widget, QAccessible::Role(role.toInt()));
}

} // namespace

void giveAccessibleRole(QWidget *widget, QAccessible::Role role) {
    static const bool installed = [] {
        QAccessible::installFactory(&withGivenRole);
        return true;
    }();
    Q_UNUSED(installed);
    widget->setProperty(RoleProperty, int(role));
}

} // namespace jt::ui
