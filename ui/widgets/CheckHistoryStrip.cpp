#include "CheckHistoryStrip.h"

#include "access/AccessibleRole.h"

#include <QAccessibleWidget>
#include <QGridLayout>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <utility>

namespace jt::ui {

namespace {

// A mark as a list item: focused (and selected) while it is the current mark of a focused strip, as an
// item view's current row is.
class AccessibleMark : public QAccessibleWidget {
public:
    explicit AccessibleMark(CheckMark *mark)
        : QAccessibleWidget(mark, QAccessible::ListItem) {}
    QAccessible::State state() const override {
        QAccessible::State state = QAccessibleWidget::state();
        const bool focused = static_cast<CheckMark *>(widget())->isFocusedMark();
        state.focusable = true;
        state.selectable = true;
        state.focused = focused;
        state.selected = focused;
        return state;
    }
};

QAccessibleInterface *accessibleMark(const QString &, QObject *object) {
    auto *mark = qobject_cast<CheckMark *>(object);
    return mark ? new AccessibleMark(mark) : nullptr;
}

} // namespace

CheckHistoryStrip::CheckHistoryStrip(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this)) {
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(2);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(MarksPerRow, 1);
    giveAccessibleRole(this, QAccessible::List); // before anything asks Qt about the strip
    setAccessibleName(tr("History of the daily checks"));
    setFocusPolicy(Qt::StrongFocus);
    static const bool installed = [] {
        QAccessible::installFactory(&accessibleMark);
        return true;
    }();
    Q_UNUSED(installed);
}

void CheckHistoryStrip::setRecords(const QList<CheckRecord> &records) {
    qDeleteAll(m_marks);
    m_marks.clear();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const CheckRecord &record = records.at(i);
        auto *mark = new CheckMark(record.outcome, this);
        mark->setToolTip(record.describe());
        mark->setAccessibleName(record.describe());
        m_grid->addWidget(mark, int(i / MarksPerRow), int(i % MarksPerRow));
        m_marks << mark;
    }
    m_current = -1;
    setCurrent(int(m_marks.size()) - 1); // the latest check: what the admin wants to know first
    setVisible(!records.isEmpty());
}

void CheckHistoryStrip::setCurrent(int index) {
    if (index < 0 || index >= m_marks.size())
        return;
    if (m_current >= 0 && m_current < m_marks.size())
        static_cast<CheckMark *>(m_marks.at(m_current))->setFocusedMark(false);
    m_current = index;
    if (hasFocus()) {
        static_cast<CheckMark *>(m_marks.at(m_current))->setFocusedMark(true);
        tellCurrent();
    }
}

void CheckHistoryStrip::tellCurrent() {
    if (m_current < 0 || !QAccessible::isActive())
        return;
    QAccessibleEvent focus(m_marks.at(m_current), QAccessible::Focus);
    QAccessible::updateAccessibility(&focus);
}

void CheckHistoryStrip::keyPressEvent(QKeyEvent *event) {
    int next = m_current;
    switch (event->key()) {
    case Qt::Key_Left:
        next = m_current - 1;
        break;
    case Qt::Key_Right:
        next = m_current + 1;
        break;
    case Qt::Key_Up:
        next = m_current - MarksPerRow;
        break;
    case Qt::Key_Down:
        next = m_current + MarksPerRow;
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = int(m_marks.size()) - 1;
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setCurrent(qBound(0, next, int(m_marks.size()) - 1));
    event->accept();
}

void CheckHistoryStrip::focusInEvent(QFocusEvent *event) {
    QWidget::focusInEvent(event);
    if (m_current >= 0) {
        static_cast<CheckMark *>(m_marks.at(m_current))->setFocusedMark(true);
        tellCurrent();
    }
}

void CheckHistoryStrip::focusOutEvent(QFocusEvent *event) {
    QWidget::focusOutEvent(event);
    if (m_current >= 0)
        static_cast<CheckMark *>(m_marks.at(m_current))->setFocusedMark(false);
}

void CheckHistoryStrip::paintMark(QPainter &painter, const QRectF &box, CheckOutcome outcome) {
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    switch (outcome) {
    case CheckOutcome::Passed:
        painter.setBrush(QColor(0x2f, 0x85, 0x5a)); // the "granted" icon's green
        painter.drawEllipse(box);
        break;
    case CheckOutcome::Failed:
        painter.setBrush(QColor(0xe5, 0x3e, 0x3e)); // the "missing" icon's red
        painter.drawRect(box);
        break;
    case CheckOutcome::NotChecked: {
        painter.setBrush(QColor(0xec, 0xc9, 0x4b)); // the "warning" icon's amber, with its darker edge
        painter.setPen(QPen(QColor(0xb7, 0x79, 0x1f), 1));
        QPainterPath triangle;
        triangle.moveTo(box.center().x(), box.top());
        triangle.lineTo(box.right(), box.bottom());
        triangle.lineTo(box.left(), box.bottom());
        triangle.closeSubpath();
        painter.drawPath(triangle);
        break;
    }
    }
}

CheckMark::CheckMark(CheckOutcome outcome, QWidget *parent)
    : QWidget(parent)
    , m_outcome(outcome) {
    setFixedSize(sizeHint());
}

QSize CheckMark::sizeHint() const {
    const int side = fontMetrics().height() * 3 / 4;
    return {side, side};
}

void CheckMark::setFocusedMark(bool focused) {
    if (std::exchange(m_focused, focused) != focused)
        update();
}

void CheckMark::paintEvent(QPaintEvent * /*event*/) {
    QPainter painter(this);
    // Ringed, the mark is drawn smaller: the ring stays inside the mark's own square.
    const int inset = m_focused ? 3 : 1;
    CheckHistoryStrip::paintMark(painter, QRectF(rect()).adjusted(inset, inset, -inset, -inset), m_outcome);
    if (m_focused) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
        painter.drawRect(QRectF(rect()).adjusted(0.75, 0.75, -0.75, -0.75));
    }
}

} // namespace jt::ui
