// The hand-off summary on paper: PDF rasterised and read back, the practice mark and page numbers on every
// page, long addresses that wrap at sensible points, one label column in every section.
#include "SummaryFixture.h"

#include <QPageSize>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>

using namespace jt;
using namespace jt::test;

class SummaryDocumentTest : public QObject, SummaryFixture {
    Q_OBJECT

private slots:
    void initTestCase() { prepareConnections(); }

    void practicePdfIsMarkedOnEveryPage() {
        const QString notice = HandoffSummary::practiceNotice();
        HandoffSummary summary = HandoffSummary::fromConnection(m_v1, m_generated);
        summary.setJobTitles(m_titles);
        summary.includeSecret(V1Key);
        const QString realPdf = path(QStringLiteral("handoff-real-long.pdf"));
        QVERIFY(HandoffFile::save(summary, realPdf, HandoffFile::Format::Pdf));
        summary.markAsPractice();
        const QString practicePdf = path(QStringLiteral("handoff-practice.pdf"));
        QVERIFY(HandoffFile::save(summary, practicePdf, HandoffFile::Format::Pdf));
        keep(practicePdf);

        PDF_TEXT_CHECKS_FOLLOW();
        const QStringList pages = pdfPages(practicePdf);
        QVERIFY2(pages.size() >= 2, qPrintable(QStringLiteral("%1 page(s)").arg(pages.size())));
        for (qsizetype i = 0; i < pages.size(); ++i) {
            QVERIFY2(pages.at(i).contains(notice), qPrintable(QStringLiteral("page %1").arg(i + 1)));
            QVERIFY(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
        }
        QVERIFY(pages.last().contains(QLatin1String("support.jobtarget.com"))); // nothing lost at the end

        const QStringList realPages = pdfPages(realPdf);
        QCOMPARE(realPages.size(), pages.size());
        for (const QString &page : realPages)
            QVERIFY(!page.contains(notice));
    }

    // --- long addresses ------------------------------------------------------------------------------------

    // On paper a long address wraps after a '/' or a '.', not in the middle of a word; what someone copies
    // from (HTML, Markdown, JSON) keeps it exactly as it is.
    void longAddressesWrapOnPaperOnly() {
        StoredConnection longBoard = m_v3;
        longBoard.boardToken = QStringLiteral("acmeroboticsworldwidemanufacturingcareers");
        const HandoffSummary summary = HandoffSummary::fromConnection(longBoard, m_generated);
        const QString address = QStringLiteral("https://boards.greenhouse.io/") + longBoard.boardToken;
        const QChar zeroWidthSpace(0x200B);
        const QChar wordJoiner(0x2060);
        for (const QByteArray &bytes : {HandoffFile::render(summary, HandoffFile::Format::Html),
                                        HandoffFile::render(summary, HandoffFile::Format::Markdown),
                                        HandoffFile::render(summary, HandoffFile::Format::Json)}) {
            const QString text = QString::fromUtf8(bytes);
            QVERIFY(text.contains(address));
            QVERIFY(!text.contains(zeroWidthSpace));
            QVERIFY(!text.contains(wordJoiner));
        }
        // In a browser the link wraps after its separators (<wbr>, no character when copied), and
        // "https://" stays with the host's first part; its text is the address, whole.
        const QString html = HandoffText::html(summary);
        QVERIFY2(html.contains(QStringLiteral("<a href=\"%1\"><span style=\"white-space: nowrap\">https://"
                                              "boards.</span><wbr>greenhouse.<wbr>io/<wbr>%2</a>")
                                   .arg(address, longBoard.boardToken)),
                 qPrintable(html));
        QVERIFY(plainTextOfHtml(html).contains(address));

        // The paper rendering may break after every '/', '.', '-', '?' and '&' past the scheme (Qt's own line
        // breaking allows it after '/' and '-' only, so "boards.greenhouse.io" could not wrap at all).
        const QString paper = HandoffDocument(summary).textDocument()->toPlainText();
        QVERIFY(paper.contains(QStringLiteral("https://%2boards.%1greenhouse.%1io/%1%3")
                                   .arg(zeroWidthSpace, wordJoiner, longBoard.boardToken)));
        QVERIFY(paper.contains(
            QStringLiteral("https://%2support.%1jobtarget.%1com").arg(zeroWidthSpace, wordJoiner)));

        const QString pdf = path(QStringLiteral("handoff-long-address.pdf"));
        QVERIFY(HandoffFile::save(summary, pdf, HandoffFile::Format::Pdf));
        keep(pdf);
        PDF_TEXT_CHECKS_FOLLOW();
        QStringList lines = pdfText(pdf).remove(zeroWidthSpace).remove(wordJoiner).split(QLatin1Char('\n'));
        for (QString &line : lines)
            line = line.trimmed();
        // The address breaks after the host's slash, and the token stands whole on the next line.
        const qsizetype host = lines.indexOf(QStringLiteral("https://boards.greenhouse.io/"));
        QVERIFY2(host > 0 && host + 1 < lines.size(), qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(lines.at(host + 1), longBoard.boardToken);
    }

    // "https://" never ends a line: on paper at any width, an address breaks only after its separators (Qt's
    // own line breaking would leave the scheme alone at the end of a line, the help centre's address on the
    // next).
    void addressesNeverBreakAfterTheScheme() {
        const std::unique_ptr<QTextDocument> document = HandoffDocument(v3Summary()).textDocument();
        const QRegularExpression separatorAtEnd(QStringLiteral("[/.\\-?&]$"));
        int wrapped = 0;
        for (int width = 300; width <= 720; width += 4) {
            document->setTextWidth(width);
            (void)document->size(); // laid out
            for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
                const QTextLayout *layout = block.layout();
                for (int i = 0; i + 1 < layout->lineCount(); ++i) {
                    const QTextLine line = layout->lineAt(i);
                    QString text = block.text().mid(line.textStart(), line.textLength());
                    text.remove(QChar(0x200B)).remove(QChar(0x2060));
                    QVERIFY2(!text.endsWith(QLatin1String("://")) && !text.endsWith(QLatin1String("https:")),
                             qPrintable(QStringLiteral("at %1: %2").arg(width).arg(text)));
                    // A line ending inside an address ends at one of its separators.
                    const qsizetype scheme = text.lastIndexOf(QLatin1String("https://"));
                    if (scheme >= 0 && !text.mid(scheme).contains(QLatin1Char(' ')) &&
                        block.text().mid(line.textStart() + line.textLength(), 1) != QLatin1String(" ")) {
                        QVERIFY2(text.contains(separatorAtEnd),
                                 qPrintable(QStringLiteral("at %1: %2").arg(width).arg(text)));
                        ++wrapped;
                    }
                }
            }
        }
        QVERIFY(wrapped > 0); // the widths did wrap addresses

        // And in the PDF, as a reader's tool extracts it: no line ends in the scheme.
        const QString pdf = path(QStringLiteral("handoff-addresses.pdf"));
        QVERIFY(HandoffFile::save(v3Summary(), pdf, HandoffFile::Format::Pdf));
        PDF_TEXT_CHECKS_FOLLOW();
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QLatin1String("support.jobtarget.com")));
        for (const QString &line : text.split(QLatin1Char('\n')))
            QVERIFY2(!line.trimmed().endsWith(QLatin1String("://")), qPrintable(line));
    }

    // The paper is the admin's: Letter in the United States and Canada, A4 elsewhere, as pdfinfo reads it.
    void pdfPageSizeFollowsTheLocale_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("pageSize");
        const QString letter = QStringLiteral("612 x 792 pts (letter)");
        const QString a4 = QStringLiteral("595 x 842 pts (A4)");
        QTest::newRow("en_US") << QStringLiteral("en_US") << letter;
        QTest::newRow("en_CA") << QStringLiteral("en_CA") << letter;
        QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << letter;
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << a4;
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << a4;
        QTest::newRow("es_MX") << QStringLiteral("es_MX") << a4;
    }

    void pdfPageSizeFollowsTheLocale() {
        QFETCH(QString, locale);
        QFETCH(QString, pageSize);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        const QString pdf = path(QStringLiteral("handoff-%1.pdf").arg(locale));
        const bool saved = HandoffFile::save(v3Summary(), pdf, HandoffFile::Format::Pdf);
        QLocale::setDefault(before);
        QVERIFY(saved);
        keep(pdf);
        QCOMPARE(HandoffDocument::pageSizeFor(QLocale(locale)).id(),
                 pageSize.endsWith(QLatin1String("(letter)")) ? QPageSize::Letter : QPageSize::A4);
        PDF_TEXT_CHECKS_FOLLOW();
        QProcess info;
        info.start(poppler(QStringLiteral("pdfinfo")), {pdf});
        QVERIFY2(info.waitForFinished(60000) && info.exitCode() == 0, "pdfinfo (poppler-utils) is needed");
        const QString output = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(output.simplified().contains(QStringLiteral("Page size: ") + pageSize), qPrintable(output));
    }

    void labelColumnIsTheSameInEverySection() {
        HandoffSummary summary = HandoffSummary::fromConnection(m_v1, m_generated); // the longer labels
        summary.includeSecret(V1Key);
        const std::unique_ptr<QTextDocument> document = HandoffDocument(summary).textDocument();
        document->setTextWidth(700);
        QList<qreal> columns;
        for (QTextFrame *frame : document->rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (table && table->columns() == 2) // the facts (and the secret); not the permissions grid
                columns << valueColumnOf(*document, table);
        }
        QCOMPARE(columns.size(), 4); // prepared by, job board, credential, secret
        for (qreal column : std::as_const(columns))
            QCOMPARE(column, columns.first());
    }

    // --- PDF and print -------------------------------------------------------------------------------------

    void pdfRendersReadably() {
#ifndef Q_OS_WIN
        if (poppler(QStringLiteral("pdftoppm")).isEmpty() || poppler(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftoppm/pdftotext not found: install the Debian package poppler-utils");
#endif
        const QString pdf = path(QStringLiteral("handoff-acme.pdf"));
        QString error;
        QVERIFY2(HandoffFile::save(v3Summary(), pdf, HandoffFile::Format::Pdf, &error), qPrintable(error));
        const QByteArray bytes = readAll(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(!bytes.contains(V3Secret.toUtf8()));
        keep(pdf);

        PDF_TEXT_CHECKS_FOLLOW();
        QProcess raster;
        const QString prefix = path(QStringLiteral("handoff-page"));
        raster.start(poppler(QStringLiteral("pdftoppm")),
                     {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                      QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                      pdf, prefix});
        QVERIFY(raster.waitForFinished(60000));
        QCOMPARE(raster.exitCode(), 0);
        const QStringList pages =
            QDir(m_dir.path()).entryList({QStringLiteral("handoff-page*.png")}, QDir::Files);
        QCOMPARE(pages.size(), 1);
        const QString png = path(pages.first());
        keep(png);
        const QImage page(png);
        QVERIFY(!page.isNull());
        QVERIFY2(page.width() > 400 && page.height() > 600, "an A4 page at 60 dpi is about 496 × 702");
        QVERIFY(page.height() > page.width()); // portrait
        const double ink = inkOf(page);
        QVERIFY2(ink > 0.01, qPrintable(QStringLiteral("page 1 is blank (ink %1)").arg(ink)));

        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QLatin1String("Acme Robotics")));
        QVERIFY(text.contains(QLatin1String("jobtarget-4417")));
        QVERIFY(text.contains(QLatin1String("Jobs > List jobs")));
        QVERIFY(text.contains(QLatin1String("Next steps with JobTarget")));
        QVERIFY(!text.contains(V3Secret));
    }

    void pdfWithSecretWarnsAndIsPrivate() {
        HandoffSummary summary = v3Summary();
        summary.includeSecret(V3Secret);
        const QString pdf = path(QStringLiteral("handoff-secret.pdf"));
        QFile::remove(pdf);
        QVERIFY(HandoffFile::save(summary, pdf, HandoffFile::Format::Pdf));
        VERIFY_OWNER_ONLY(pdf);
        keep(pdf);
        const QString html = path(QStringLiteral("handoff-secret.html"));
        QVERIFY(HandoffFile::save(summary, html, HandoffFile::Format::Html));
        VERIFY_OWNER_ONLY(html);
        keep(html);
        PDF_TEXT_CHECKS_FOLLOW();
        const QString text = pdfText(pdf).simplified();
        QVERIFY(text.contains(V3Secret));
        QVERIFY(text.contains(QLatin1String("This document contains the secret.")));
    }

    void textDocumentForPrinting() {
        const std::unique_ptr<QTextDocument> document = HandoffDocument(v3Summary()).textDocument();
        QVERIFY(document);
        QCOMPARE(document->metaInformation(QTextDocument::DocumentTitle),
                 QStringLiteral("Hand-off to JobTarget: Acme Robotics"));
        QVERIFY(document->toPlainText().contains(QLatin1String("Openings > List openings")));

        // How the HTML reads on screen: rendered at a window's width, it has ink and stays readable.
        document->setTextWidth(760);
        const QSizeF size = document->documentLayout()->documentSize();
        QVERIFY(size.height() > 400);
        QImage image(QSize(760, int(size.height()) + 1), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            document->drawContents(&painter);
        }
        QVERIFY(inkOf(image) > 0.01);
        const QString png = path(QStringLiteral("handoff-html.png"));
        QVERIFY(image.save(png));
        keep(png);
    }
};

QTEST_MAIN(SummaryDocumentTest)
#include "tst_summary_document.moc"
