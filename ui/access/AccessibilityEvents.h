#pragma once

class QObject;
class QWidget;

namespace jt::ui {

// One filter in front of whatever receives the accessibility events (the platform's AT-SPI bridge, or a
// test's recorder installed before it), for two things Qt 6.4 gets wrong for a screen reader:
//  - Secrets: Qt sends every change of a line edit's text with the text in clear, also in password mode,
//    where reading the field returns nothing; any program on the user's accessibility bus could record a
//    secret as it is typed, pasted or filled in. The text events of secret inputs are rewritten to as many
//    "•" as characters.
//  - Repeats: QWizard hides and re-shows its whole content whenever its buttons change, and Qt then sends
//    "shown" for every visible widget again; a screen reader speaks a notification each time it is shown.
//    A notification's "shown" passes once per announcement (see expectAnnouncement), repeats are dropped.
//  - Order: a text field's caret events sent before its focus event (see the .cpp) are dropped, so that a
//    screen reader says the field that Tab reaches.
//  - Descriptions: a change of a description is not forwarded (Qt 6.4 sends it in a form Orca cannot
//    speak); the description is read with its control when the control gets the focus.
// Installed once per process; idempotent.
void filterAccessibilityEvents();

// Marks a line edit (or any text input) as holding a secret, whatever its echo mode.
void markAsSecretInput(QObject *input);
bool isSecretInput(const QObject *input);

// The next "shown" event of this notification region is an announcement and passes the filter.
void expectAnnouncement(QWidget *region);

} // namespace jt::ui
