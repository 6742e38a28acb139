#pragma once

#include <QAccessible>

class QWidget;

namespace jt::ui {

// Exposes `widget` to assistive technology with `role` instead of the one Qt gives its class (a frame is
// a "filler" otherwise): a notification that is spoken when it appears, a page that is named when the
// keyboard enters it. Call it in the widget's constructor, before Qt has been asked about the widget.
void giveAccessibleRole(QWidget *widget, QAccessible::Role role);

} // namespace jt::ui
