#include "CheckHistoryStrip.h"

#include <QGridLayout>
#include <QPainter>
#include <QPainterPath>

namespace jt::ui {

CheckHistoryStrip::CheckHistoryStrip(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this)) {
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(2);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(MarksPerRow, 1);
    setAccessibleName(tr("History of the daily checks"));
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
    setVisible(!records.isEmpty());
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

void CheckMark::paintEvent(QPaintEvent * /*event*/) {
    QPainter painter(this);
    CheckHistoryStrip::paintMark(painter, QRectF(rect()).adjusted(1, 1, -1, -1), m_outcome);
}

} // namespace jt::ui
