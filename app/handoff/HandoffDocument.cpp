#include "HandoffDocument.h"

#include "HandoffSummary.h"
#include "HandoffText.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>

// The paged renderings of the hand-off summary: the QTextDocument they lay out, PDF through QPdfWriter and
// printing through whatever QPagedPaintDevice the caller has (a QPrinter). Every page gets a header and a
// footer of its own, so a practice summary says so on page 2 as much as on page 1.

namespace jt {

namespace {

const QColor PracticeColor(0x8a, 0x53, 0x00);
const QColor QuietColor(0x52, 0x60, 0x6d);

} // namespace

std::unique_ptr<QTextDocument> HandoffDocument::textDocument() const {
    auto document = std::make_unique<QTextDocument>();
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Segoe UI"),
                      QStringLiteral("Helvetica Neue"), QStringLiteral("Arial")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setHtml(HandoffText::pagedHtml(m_summary));
    document->setMetaInformation(QTextDocument::DocumentTitle, m_summary.title());
    return document;
}

bool HandoffDocument::print(QPagedPaintDevice *device) const {
    if (!device)
        return false;
    QPainter painter(device);
    if (!painter.isActive())
        return false;
    const std::unique_ptr<QTextDocument> document = textDocument();
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    layout->setPaintDevice(device); // measured in the device's pixels, as QTextDocument::print() does
    QTextFrameFormat root = document->rootFrame()->frameFormat();
    root.setMargin(0); // the device's page margins frame the text
    document->rootFrame()->setFrameFormat(root);

    // A header and a footer band on every page, the text between them.
    QFont bandFont = document->defaultFont();
    bandFont.setPointSizeF(8.5);
    QFont noticeFont = bandFont;
    noticeFont.setBold(true);
    const QFontMetricsF metrics(noticeFont, device);
    const qreal gap = device->logicalDpiY() * 5 / 25.4; // 5 mm between a band and the text
    const qreal band = metrics.height() + gap;
    const QRectF page(0, 0, device->width(), device->height());
    const QRectF body(0, band, page.width(), page.height() - 2 * band);
    document->setPageSize(body.size());
    const int pages = document->pageCount();
    const qreal rule = std::max<qreal>(1, device->logicalDpiY() / 150.0);

    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !device->newPage())
            return false;
        painter.save();
        painter.translate(body.left(), body.top() - index * body.height());
        const QRectF view(0, index * body.height(), body.width(), body.height());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        layout->draw(&painter, context);
        painter.restore();

        const QRectF header(0, 0, page.width(), metrics.height());
        const QRectF footer(0, page.height() - metrics.height(), page.width(), metrics.height());
        const QString notice = QStringLiteral("⚠ ") + HandoffSummary::practiceNotice();
        if (m_summary.isPractice()) {
            painter.setFont(noticeFont);
            painter.setPen(PracticeColor);
            painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, notice);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, notice);
        } else {
            painter.setFont(bandFont);
            painter.setPen(QuietColor);
            painter.drawText(
                header, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(bandFont, device).elidedText(m_summary.title(), Qt::ElideRight, page.width()));
        }
        painter.setPen(QPen(m_summary.isPractice() ? PracticeColor : QuietColor, rule));
        painter.drawLine(QPointF(0, header.bottom() + gap / 3),
                         QPointF(page.width(), header.bottom() + gap / 3));
        painter.setFont(bandFont);
        painter.setPen(QuietColor);
        //: In the footer of every page of the PDF and the printout
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(index + 1).arg(pages));
    }
    return true;
}

QPageSize HandoffDocument::pageSizeFor(const QLocale &locale) {
    const QLocale::Territory territory = locale.territory();
    return QPageSize(territory == QLocale::UnitedStates || territory == QLocale::Canada ? QPageSize::Letter
                                                                                        : QPageSize::A4);
}

bool HandoffDocument::writePdf(QIODevice *device) const {
    if (!device || !device->isWritable())
        return false;
    bool painted = false;
    {
        QPdfWriter writer(device);
        writer.setPageSize(pageSizeFor(QLocale()));
        writer.setPageMargins(QMarginsF(20, 14, 20, 14), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(m_summary.title());
        writer.setCreator(QStringLiteral("JobTarget Setup for Greenhouse"));
        painted = print(&writer);
    } // the writer finishes the file here
    return painted;
}

} // namespace jt
