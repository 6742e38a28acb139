#include "StatusLine.h"

#include "access/Announcement.h"

#include <QHBoxLayout>
#include <QLabel>

namespace jt::ui {

StatusLine::StatusLine(QWidget *parent, Kind kind)
    : QWidget(parent)
    , m_kind(kind)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this)) {
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 4);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    // Both kinds are notification regions; a field's hint is announced only when its typing pauses.
    Announcement::makeRegion(this);
    setVisible(false);
}

void StatusLine::showStatus(StatusIcon icon, const QString &text, bool announce) {
    const int size = fontMetrics().height();
    m_icon->setPixmap(statusIcon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
    m_text->setText(text);
    if (m_kind == Kind::Outcome && announce)
        Announcement::post(this, text); // its label says the text: the line itself has no name
    // Only a change: Qt sends a description event for every call, and a screen reader that reads each
    // one back over the bus falls seconds behind the typing that refreshes the hints at every key.
    if (m_described && m_described->accessibleDescription() != text)
        m_described->setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

QString StatusLine::text() const {
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

} // namespace jt::ui
