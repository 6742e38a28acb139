#include "ChoiceList.h"

#include <QAccessible>
#include <QKeyEvent>

namespace jt::ui {

ChoiceList::ChoiceList(QWidget *parent)
    : QListWidget(parent) {
    setSelectionMode(QAbstractItemView::SingleSelection);
}

void ChoiceList::keyPressEvent(QKeyEvent *event) {
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    const int key = event->key();
    if (plain &&
        (key == Qt::Key_Space || key == Qt::Key_Select || key == Qt::Key_Return || key == Qt::Key_Enter)) {
        if (QListWidgetItem *item = currentItem())
            emit confirmed(item);
        if (key == Qt::Key_Return || key == Qt::Key_Enter)
            event->ignore(); // the dialog's default button (Next, once there is something to go on with)
        else
            event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

void ChoiceList::focusInEvent(QFocusEvent *event) {
    m_arriving = true;
    // Arriving chooses nothing: the first row becomes current quietly (as the list would do itself).
    if (!currentItem() && count() > 0 && event->reason() != Qt::MouseFocusReason) {
        const QSignalBlocker quiet(this);
        setCurrentRow(0, QItemSelectionModel::NoUpdate);
    }
    QListWidget::focusInEvent(event);
    m_arriving = false;
    // After the focus event for the list itself (sent once this returns), the row: otherwise a screen reader
    // says "list with 3 items" and never which one the keyboard is on.
    QMetaObject::invokeMethod(this, &ChoiceList::nameCurrentRow, Qt::QueuedConnection);
}

void ChoiceList::nameCurrentRow() {
    if (!hasFocus() || currentRow() < 0)
        return;
    QAccessibleEvent event(this, QAccessible::Focus);
    event.setChild(currentRow());
    QAccessible::updateAccessibility(&event);
}

// QListView tells assistive technology that a new current row has the focus, and what was selected, whether
// or not the list has the keyboard: a row set to follow a field would pull a screen reader out of that field.
void ChoiceList::currentChanged(const QModelIndex &current, const QModelIndex &previous) {
    if (hasFocus() && !m_arriving)
        QListWidget::currentChanged(current, previous);
    else
        // NOLINTNEXTLINE(bugprone-parent-virtual-call): QListView's own would speak the row (see above)
        QAbstractItemView::currentChanged(current, previous);
}

void ChoiceList::selectionChanged(const QItemSelection &selected, const QItemSelection &deselected) {
    if (hasFocus())
        QListWidget::selectionChanged(selected, deselected);
    else
        // NOLINTNEXTLINE(bugprone-parent-virtual-call): QListView's own would speak the row (see above)
        QAbstractItemView::selectionChanged(selected, deselected);
}

} // namespace jt::ui
