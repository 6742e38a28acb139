#include "Announcement.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QLabel>
#include <QWidget>

namespace jt::ui::Announcement {

namespace {

constexpr char RegionProperty[] = "jtAnnouncementRegion";
constexpr char PostedProperty[] = "jtAnnouncementText";

QAccessibleInterface *regionInterface(const QString &, QObject *object) {
    auto *widget = qobject_cast<QWidget *>(object);
    if (widget && isRegion(widget))
        return new QAccessibleWidget(widget, QAccessible::Notification);
    return nullptr;
}

} // namespace

void makeRegion(QWidget *region) {
    static const bool installed = [] {
        QAccessible::installFactory(&regionInterface);
        return true;
    }();
    Q_UNUSED(installed);
    region->setProperty(RegionProperty, true);
}

bool isRegion(const QWidget *widget) {
    return widget && widget->property(RegionProperty).toBool();
}

void post(QWidget *region, const QString &text) {
    const bool unchanged = region->property(PostedProperty).toString() == text;
    region->setProperty(PostedProperty, text);
    if (!region->findChild<QLabel *>()) // no labels of its own to read: its name says it
        region->setAccessibleName(text);
    if (unchanged || text.isEmpty() || !region->isVisible())
        return; // hidden now: Qt announces it when it is shown
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QAccessibleAnnouncementEvent event(region, text);
#else
    QAccessibleEvent event(region, QAccessible::ObjectShow);
#endif
    QAccessible::updateAccessibility(&event);
}

QWidget *focusWithOutcome(QWidget *target, const QString &outcome) {
    target->setAccessibleDescription(outcome);
    target->setFocus(Qt::OtherFocusReason);
    return target;
}

} // namespace jt::ui::Announcement
