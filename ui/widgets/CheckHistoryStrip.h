#pragma once

#include "watch/CheckRecord.h"

#include <QList>
#include <QWidget>

class QGridLayout;

namespace jt::ui {

// The daily check's history at a glance: one mark per check, oldest first, in rows of MarksPerRow. A mark
// says its outcome by colour *and* shape (passed: a green circle, failed: a red square, could not check: an
// amber triangle), and its date and outcome as tooltip and accessible name.
// For the keyboard it is one stop in the Tab order, a list whose current mark (the latest at first) the
// arrow keys, Home and End move; a screen reader hears the current mark's date and outcome as it moves.
class CheckHistoryStrip : public QWidget {
    Q_OBJECT
public:
    static constexpr int MarksPerRow = 50;

    explicit CheckHistoryStrip(QWidget *parent = nullptr);
    void setRecords(const QList<CheckRecord> &records); // hidden while there is none
    QList<QWidget *> marks() const { return m_marks; }
    int currentIndex() const { return m_current; } // -1 while there is no mark

    // A mark's shape and colour, drawn into `box`.
    static void paintMark(class QPainter &painter, const QRectF &box, CheckOutcome outcome);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void setCurrent(int index);
    void tellCurrent(); // the current mark to a screen reader, as the focused item of the list

    QGridLayout *m_grid;
    QList<QWidget *> m_marks;
    int m_current = -1;
};

// One mark, drawn (vector: sharp at any scale).
class CheckMark : public QWidget {
    Q_OBJECT
public:
    CheckMark(CheckOutcome outcome, QWidget *parent = nullptr);
    CheckOutcome outcome() const { return m_outcome; }
    QSize sizeHint() const override;
    // The strip's current mark while the strip has the keyboard: ringed, and "focused" to a screen reader.
    bool isFocusedMark() const { return m_focused; }
    void setFocusedMark(bool focused);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CheckOutcome m_outcome;
    bool m_focused = false;
};

} // namespace jt::ui
