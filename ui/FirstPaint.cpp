#include "FirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace jt::ui {

FirstPaint::FirstPaint(QWidget *window, std::function<void()> then)
    : QObject(window)
    , m_then(std::move(then)) {
    window->installEventFilter(this);
}

void FirstPaint::watch(QWidget *window, std::function<void()> then) {
    new FirstPaint(window, std::move(then)); // owned by the window; deletes itself once done
}

bool FirstPaint::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // After this paint and the rest of the frame reached the screen.
        QTimer::singleShot(0, this, [this] {
            const auto then = std::move(m_then);
            deleteLater();
            then();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace jt::ui
