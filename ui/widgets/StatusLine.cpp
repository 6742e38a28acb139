#include "StatusLine.h"

#include <QHBoxLayout>
#include <QLabel>

namespace jt::ui {

StatusLine::StatusLine(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this)) {
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 4);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    setVisible(false);
}

void StatusLine::showStatus(StatusIcon icon, const QString &text) {
    const int size = fontMetrics().height();
    m_icon->setPixmap(statusIcon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
    m_text->setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

QString StatusLine::text() const {
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

} // namespace jt::ui
