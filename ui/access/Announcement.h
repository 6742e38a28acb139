#pragma once

#include <QString>

class QWidget;

namespace jt::ui::Announcement {

// An outcome that appears after an action (a check passed or failed, saved, copied, cleared, a wait) must
// reach a screen reader, not only the eye. Measured with Orca 43 on Qt 6.4 (Debian 12) over AT-SPI:
//  - a widget with the *notification* role that becomes showing is spoken: "notification", its name, then
//    the text of its labels (so a region with labels of its own is not named again: it would be said twice);
//  - a widget becoming showing again, while already visible, is spoken again;
//  - the alert role, and renaming or re-describing the focused widget, are not spoken at all;
//  - a description set before the focus moves is spoken after the control's name;
//  - while its queue of unread events is long (a "deluge": about a hundred, such as five description events
//    for every key typed), Orca drops "shown" events unheard: send no event that changes nothing;
//  - Tab into a text field is silent if the field's caret event comes before its focus event (Qt 6.4's
//    order; AccessibilityEvents.h puts it right).
// tests/ui/tst_orca_speech.cpp checks the most important outcomes with Orca itself.
// A *region* is such a notification widget (a banner, a status line). On Qt 6.8 and later the announcement
// event is used instead of the "showing" one.

// Makes `region` a notification region; call it in the widget's constructor, before it is ever shown.
void makeRegion(QWidget *region);

// The region now shows `text` (a region without labels of its own is named after it): announces it. Call it
// before showing the region: a region hidden now is announced by Qt's own "shown" event (once: repeats are
// filtered, see AccessibilityEvents.h), one already showing gets the event here. The same text on a region
// still showing is not repeated.
void post(QWidget *region, const QString &text);

// Moves the keyboard to `target` with `outcome` as its description, so that the screen reader says the
// result right after the control it lands on (a notification spoken just before would be cut off by the
// focus change). Returns the target, whose description the caller clears when the outcome is gone.
QWidget *focusWithOutcome(QWidget *target, const QString &outcome);

} // namespace jt::ui::Announcement
