#include "ReadingView.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QFontMetrics>
#include <QTextDocument>
#include <QtMath>

namespace jt::ui {

ReadingView::ReadingView(QWidget *parent)
    : QTextBrowser(parent) {
    // A caret for the keyboard (and for a screen reader's reading commands), links reached with Tab.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard |
                            Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setOpenLinks(false); // a link is the page's to follow (anchorClicked), never a new document in here
    setWordWrapMode(QTextOption::WordWrap); // never inside a word: "JobTarge t" is no value to type
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true); // what layouts read: as tall as the text at the width given
    setSizePolicy(policy);
    connect(document(), &QTextDocument::contentsChanged, this, [this] {
        m_measured.reset();
        updateGeometry();
    });
}

ReadingView::~ReadingView() = default;

void ReadingView::setPanelBackground() {
    viewport()->setAutoFillBackground(false);
}

QTextDocument &ReadingView::measured() const {
    if (!m_measured) {
        m_measured.reset(document()->clone());
        m_measured->setDefaultFont(document()->defaultFont());
        m_measured->setDocumentMargin(document()->documentMargin());
        m_measured->documentLayout()->setPaintDevice(document()->documentLayout()->paintDevice());
    }
    return *m_measured;
}

int ReadingView::heightForWidth(int width) const {
    QTextDocument &text = measured();
    text.setTextWidth(qMax(0, width - frameSpace())); // the width the view's own document is laid out at
    return qCeil(text.size().height()) + frameSpace();
}

QSize ReadingView::sizeHint() const {
    QTextDocument &text = measured();
    text.setTextWidth(-1); // unwrapped
    // On one line, up to the width of a comfortable paragraph, as a word-wrapped label.
    const int paragraph = fontMetrics().averageCharWidth() * 80;
    const int width = qMin(qCeil(text.size().width()), paragraph) + frameSpace();
    return {width, heightForWidth(width)};
}

QSize ReadingView::minimumSizeHint() const {
    QTextDocument &text = measured();
    text.setTextWidth(0); // a line for each word: as wide as the longest
    const int width = qCeil(text.size().width()) + frameSpace();
    text.setTextWidth(-1);
    return {width, qCeil(text.size().height()) + frameSpace()};
}

void ReadingView::changeEvent(QEvent *event) {
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_measured.reset();
        updateGeometry();
    }
}

} // namespace jt::ui
