#include "WrappingRow.h"

#include <QStyle>
#include <QWidget>

namespace jt::ui {

WrappingRow::WrappingRow(QWidget *parent)
    : QLayout(parent) {
    setContentsMargins(0, 0, 0, 0);
}

WrappingRow::~WrappingRow() {
    qDeleteAll(m_items);
}

void WrappingRow::addItem(QLayoutItem *item) {
    m_items.append(item);
}

QLayoutItem *WrappingRow::takeAt(int index) {
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

// As narrow as its widest item: anything wider goes to the next line.
QSize WrappingRow::minimumSize() const {
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

// All on one line.
QSize WrappingRow::sizeHint() const {
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? gap(Qt::Horizontal) : 0) + item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void WrappingRow::setGeometry(const QRect &rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

// The layout's own spacing (set, or inherited from the layout it sits in); else what the style puts between
// two buttons (QStyle's layout metrics may be -1: "ask layoutSpacing").
int WrappingRow::gap(Qt::Orientation orientation) const {
    if (spacing() >= 0)
        return spacing();
    const QWidget *owner = parentWidget();
    return owner ? qMax(0, owner->style()->layoutSpacing(QSizePolicy::PushButton, QSizePolicy::PushButton,
                                                         orientation, nullptr, owner))
                 : 6;
}

int WrappingRow::arrange(const QRect &rect, bool place) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    const bool rightToLeft = parentWidget() && parentWidget()->layoutDirection() == Qt::RightToLeft;
    int x = 0;
    int y = area.y();
    int lineHeight = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize size = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX));
        if (x > 0 && x + gap(Qt::Horizontal) + size.width() > area.width()) { // the next line
            y += lineHeight + gap(Qt::Vertical);
            x = 0;
            lineHeight = 0;
        }
        if (x > 0)
            x += gap(Qt::Horizontal);
        if (place) {
            const int left = rightToLeft ? area.right() + 1 - x - size.width() : area.x() + x;
            item->setGeometry(QRect(QPoint(left, y), size));
        }
        x += size.width();
        lineHeight = qMax(lineHeight, size.height());
    }
    const QMargins margins = contentsMargins();
    return y + lineHeight - area.y() + margins.top() + margins.bottom();
}

} // namespace jt::ui
