#pragma once

#include <QListWidget>

namespace jt::ui {

// A list to choose one thing from with the keyboard: the arrow keys only move between the rows; Space or
// Enter confirms the current row (Enter then still reaches the dialog's default button). Tabbing in makes the
// first row current without choosing it, and a screen reader hears which row the keyboard is on. The current
// row is told to assistive technology only while the list has the keyboard: when the page moves it to follow
// what is typed in a field, a screen reader stays in that field.
class ChoiceList : public QListWidget {
    Q_OBJECT
public:
    explicit ChoiceList(QWidget *parent = nullptr);

signals:
    void confirmed(QListWidgetItem *item);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void selectionChanged(const QItemSelection &selected, const QItemSelection &deselected) override;

private:
    void nameCurrentRow();

    bool m_arriving = false; // the focus is coming in: the list's own focus event names the row afterwards
};

} // namespace jt::ui
