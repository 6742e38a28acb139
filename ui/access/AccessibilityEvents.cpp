#include "AccessibilityEvents.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <utility>

namespace jt::ui {

namespace {

constexpr char SecretProperty[] = "jtSecretInput";
constexpr char ExpectedProperty[] = "jtAnnouncementExpected";

QAccessible::UpdateHandler s_forward = nullptr;
bool s_installed = false;

QString masked(const QString &text) {
    return QString(text.size(), QChar(0x2022)); // as many bullets as the field shows
}

// The same event with the text replaced, or null when the event carries no text of a secret input.
std::unique_ptr<QAccessibleEvent> maskedCopy(QAccessibleEvent *event) {
    if (!isSecretInput(event->object()))
        return nullptr;
    switch (event->type()) {
    case QAccessible::TextInserted: {
        const auto *insert = static_cast<QAccessibleTextInsertEvent *>(event);
        auto copy = std::make_unique<QAccessibleTextInsertEvent>(event->object(), insert->changePosition(),
                                                                 masked(insert->textInserted()));
        copy->setCursorPosition(insert->cursorPosition());
        return copy;
    }
    case QAccessible::TextRemoved: {
        const auto *remove = static_cast<QAccessibleTextRemoveEvent *>(event);
        auto copy = std::make_unique<QAccessibleTextRemoveEvent>(event->object(), remove->changePosition(),
                                                                 masked(remove->textRemoved()));
        copy->setCursorPosition(remove->cursorPosition());
        return copy;
    }
    case QAccessible::TextUpdated: {
        const auto *update = static_cast<QAccessibleTextUpdateEvent *>(event);
        auto copy = std::make_unique<QAccessibleTextUpdateEvent>(event->object(), update->changePosition(),
                                                                 masked(update->textRemoved()),
                                                                 masked(update->textInserted()));
        copy->setCursorPosition(update->cursorPosition());
        return copy;
    }
    default:
        return nullptr;
    }
}

// A notification's "shown" that is no announcement: the region was shown again with its ancestors.
bool isRepeatedShowing(QAccessibleEvent *event) {
    if (event->type() != QAccessible::ObjectShow)
        return false;
    QAccessibleInterface *iface = event->accessibleInterface();
    if (!iface || iface->role() != QAccessible::Notification)
        return false;
    QObject *region = event->object();
    if (region && region->property(ExpectedProperty).toBool()) {
        region->setProperty(ExpectedProperty, false);
        return false;
    }
    return true;
}

// The widget between its focus-in and the "focus" event that tells the screen reader. A line edit places its
// caret (and, reached by Tab, selects its text) in its focus-in, and Qt 6.4 sends those events before the
// focus event: Orca 43 then moves its focus with the caret, silently, and the focus event that follows finds
// nothing new to say, so Tab into a text field says nothing at all. Those events are dropped (the focus
// event makes the screen reader read the field, caret and all); until the event loop runs again at most,
// should the focus event never come (a window that is not active).
QPointer<QWidget> s_gainingFocus;

class FocusInWatch : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::FocusIn && watched->isWidgetType()) {
            s_gainingFocus = static_cast<QWidget *>(watched);
            QTimer::singleShot(0, this, [] { s_gainingFocus.clear(); });
        }
        return false;
    }
};

bool isCaretBeforeFocus(QAccessibleEvent *event) {
    if (!s_gainingFocus || event->object() != s_gainingFocus.data())
        return false;
    if (event->type() == QAccessible::Focus) {
        s_gainingFocus.clear();
        return false;
    }
    return event->type() == QAccessible::TextCaretMoved || event->type() == QAccessible::TextSelectionChanged;
}

// Qt 6.4 sends a description change with the object where the text belongs, which Orca cannot speak ("bad
// content sent to speak()", and Orca 43.0 crashed on it). Nothing is lost without it: a screen reader reads
// the description as the control gets the focus, and re-describing a control is never spoken anyway.
bool isDescriptionChange(const QAccessibleEvent *event) {
    return event->type() == QAccessible::DescriptionChanged;
}

void filteringHandler(QAccessibleEvent *event) {
    if (isRepeatedShowing(event) || isCaretBeforeFocus(event) || isDescriptionChange(event))
        return;
    const std::unique_ptr<QAccessibleEvent> copy = maskedCopy(event);
    QAccessibleEvent *forwarded = copy ? copy.get() : event;
    if (s_forward) {
        s_forward(forwarded);
        return;
    }
    // No handler before ours: the platform's bridge is reached through Qt's own path, with ours out of
    // the way for the one call.
    QAccessible::installUpdateHandler(nullptr);
    QAccessible::updateAccessibility(forwarded);
    QAccessible::installUpdateHandler(&filteringHandler);
}

} // namespace

void markAsSecretInput(QObject *input) {
    input->setProperty(SecretProperty, true);
}

bool isSecretInput(const QObject *input) {
    if (!input)
        return false;
    if (input->property(SecretProperty).toBool())
        return true;
    const auto *edit = qobject_cast<const QLineEdit *>(input);
    return edit && edit->echoMode() != QLineEdit::Normal;
}

void filterAccessibilityEvents() {
    if (std::exchange(s_installed, true))
        return;
    s_forward = QAccessible::installUpdateHandler(&filteringHandler);
    if (QCoreApplication *application = QCoreApplication::instance())
        application->installEventFilter(new FocusInWatch(application));
}

void expectAnnouncement(QWidget *region) {
    region->setProperty(ExpectedProperty, true);
}

} // namespace jt::ui
