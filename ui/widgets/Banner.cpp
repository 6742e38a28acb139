#include "Banner.h"

#include "access/Announcement.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jt::ui {

namespace {
QColor toneColour(Banner::Tone tone) {
    switch (tone) {
    case Banner::Tone::Error:
        return QColor(0xc5, 0x30, 0x30);
    case Banner::Tone::Warning:
        return QColor(0xd6, 0x9e, 0x2e);
    case Banner::Tone::Success:
        return QColor(0x2f, 0x85, 0x5a);
    case Banner::Tone::Info:
        break;
    }
    return QColor(0x2b, 0x6c, 0xb0);
}

StatusIcon toneIcon(Banner::Tone tone) {
    switch (tone) {
    case Banner::Tone::Error:
        return StatusIcon::Error;
    case Banner::Tone::Warning:
        return StatusIcon::Warning;
    case Banner::Tone::Success:
        return StatusIcon::Granted;
    case Banner::Tone::Info:
        break;
    }
    return StatusIcon::Info;
}
} // namespace

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_retry(new QPushButton(tr("&Try again"), this)) {
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_title->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // names from Greenhouse appear in here: never markup
    m_detail->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_icon->setAlignment(Qt::AlignTop);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_detail);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 8, 10, 8);
    row->addWidget(m_icon);
    row->addLayout(text, 1);
    row->addWidget(m_retry, 0, Qt::AlignVCenter);
    connect(m_retry, &QPushButton::clicked, this, &Banner::retryRequested);
    // Out of the focus chain while hidden: a wizard that gives a new page's first control the focus must
    // never land on an invisible "Try again".
    m_retry->setFocusPolicy(Qt::NoFocus);
    Announcement::makeRegion(this);
    hide();
}

void Banner::showMessage(Tone tone, const QString &title, const QString &detail, bool offerRetry) {
    m_tone = tone;
    const int size = fontMetrics().height() + 4;
    m_icon->setPixmap(statusIcon(toneIcon(tone)).pixmap(QSize(size, size), devicePixelRatioF()));
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_retry->setVisible(offerRetry);
    m_retry->setFocusPolicy(offerRetry ? Qt::StrongFocus : Qt::NoFocus);
    // A tinted background that works in light and dark palettes: the tone blended into the window colour.
    QPalette tinted = palette();
    const QColor base = parentWidget() ? parentWidget()->palette().color(QPalette::Window)
                                       : palette().color(QPalette::Window);
    const QColor accent = toneColour(tone);
    tinted.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * 0.85f + accent.redF() * 0.15f,
                                                       base.greenF() * 0.85f + accent.greenF() * 0.15f,
                                                       base.blueF() * 0.85f + accent.blueF() * 0.15f));
    setPalette(tinted);
    Announcement::post(this, detail.isEmpty() ? title : title + QLatin1Char('\n') + detail);
    show();
}

void Banner::clear() {
    m_title->clear();
    m_detail->clear();
    m_retry->setFocusPolicy(Qt::NoFocus);
    hide();
}

QString Banner::title() const {
    return isVisibleTo(parentWidget()) ? m_title->text() : QString();
}
QString Banner::detail() const {
    return isVisibleTo(parentWidget()) ? m_detail->text() : QString();
}

} // namespace jt::ui
