#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace jt::ui {

// Runs `then` once, just after `window` was first painted (the moment the admin sees it): for
// --benchmark-startup, and for starting what the first page does not need.
class FirstPaint final : public QObject {
public:
    static void watch(QWidget *window, std::function<void()> then);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaint(QWidget *window, std::function<void()> then);
    std::function<void()> m_then;
};

} // namespace jt::ui
