#include "Announcement.h"

#include "AccessibilityEvents.h"
#include "AccessibleRole.h"

#include <QAccessible>
#include <QLabel>
#include <QWidget>

namespace jt::ui::Announcement {

namespace {
constexpr char PostedProperty[] = "jtAnnouncementText";
} // namespace

void makeRegion(QWidget *region) {
    filterAccessibilityEvents(); // a region's repeated "shown" events are dropped there
    giveAccessibleRole(region, QAccessible::Notification);
}

void post(QWidget *region, const QString &text) {
    const bool unchanged = region->property(PostedProperty).toString() == text;
    region->setProperty(PostedProperty, text);
    if (!region->findChild<QLabel *>()) // no labels of its own to read: its name says it
        region->setAccessibleName(text);
    if (text.isEmpty())
        return;
    if (!region->isVisible()) { // hidden now: Qt's own "shown" event announces it, once
        expectAnnouncement(region);
        return;
    }
    if (unchanged)
        return;
    expectAnnouncement(region);
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
