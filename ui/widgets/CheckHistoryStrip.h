#pragma once

#include "watch/CheckRecord.h"

#include <QList>
#include <QWidget>

class QGridLayout;

namespace jt::ui {

// The daily check's history at a glance: one mark per check, oldest first, in rows of MarksPerRow. A mark
// says its outcome by colour *and* shape (passed: a green circle, failed: a red square, could not check: an
// amber triangle), and its date and outcome as tooltip and accessible name.
class CheckHistoryStrip : public QWidget {
    Q_OBJECT
public:
    static constexpr int MarksPerRow = 50;

    explicit CheckHistoryStrip(QWidget *parent = nullptr);
    void setRecords(const QList<CheckRecord> &records); // hidden while there is none
    QList<QWidget *> marks() const { return m_marks; }

    // A mark's shape and colour, drawn into `box`.
    static void paintMark(class QPainter &painter, const QRectF &box, CheckOutcome outcome);

private:
    QGridLayout *m_grid;
    QList<QWidget *> m_marks;
};

// One mark, drawn (vector: sharp at any scale).
class CheckMark : public QWidget {
    Q_OBJECT
public:
    CheckMark(CheckOutcome outcome, QWidget *parent = nullptr);
    CheckOutcome outcome() const { return m_outcome; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CheckOutcome m_outcome;
};

} // namespace jt::ui
