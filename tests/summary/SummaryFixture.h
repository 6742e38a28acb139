#pragma once

#include "UnderWine.h"

// What the hand-off summary's suites share: three connections verified against the simulated Greenhouse
// (v3, legacy, v3 with a permission missing), a folder for rendered files, and ways to read them back (PDF
// through poppler-utils' pdftotext and pdftoppm). Set JT_SUMMARY_ARTIFACTS=DIR to keep the rendered files.
#include "SimFixture.h"
#include "handoff/HandoffDocument.h"
#include "handoff/HandoffFile.h"
#include "handoff/HandoffSummary.h"
#include "handoff/HandoffText.h"
#include "store/StoredConnection.h"
#include "watch/CheckHistory.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextTable>
#include <QtTest>

#include <memory>

namespace jt::test {

using sim::SimulatedGreenhouse;

inline const QString V3Secret = QString::fromLatin1(SimulatedGreenhouse::ClientSecret);
inline const QString V1Key = QString::fromLatin1(SimulatedGreenhouse::HarvestKey);
inline const QString HelpCentre = QStringLiteral("https://support.jobtarget.com");
inline const QString Hostile = QStringLiteral("<script>alert(\"x\")</script> & *Co* | <b>bold</b>");

inline QString plainTextOfHtml(const QString &html) {
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

inline QString plainTextOfMarkdown(const QString &markdown) {
    QTextDocument document;
    document.setMarkdown(markdown);
    return document.toPlainText();
}

inline QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Share of pixels that are not (nearly) white.
inline double inkOf(const QImage &image) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qint64 ink = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (qGray(line[x]) < 235)
                ++ink;
        }
    }
    return rgb.isNull() ? 0 : double(ink) / (double(rgb.width()) * rgb.height());
}

// poppler-utils' pdftotext and pdftoppm are Linux programs, which a Windows build (under Wine) cannot start:
// there a test reads the PDF's text and pictures only on Linux, and says so when it reaches them.
#ifdef Q_OS_WIN
#define PDF_TEXT_CHECKS_FOLLOW()                                                                             \
    QSKIP("The PDF's text and pages are read with poppler-utils (pdftotext, pdftoppm), Linux programs: "     \
          "the Linux suites check them")
#else
#define PDF_TEXT_CHECKS_FOLLOW()                                                                             \
    do {                                                                                                     \
    } while (false)
#endif

inline QString poppler(const QString &tool) {
    return QStandardPaths::findExecutable(tool);
}

inline QString pdfText(const QString &path) {
    QProcess process;
    process.start(poppler(QStringLiteral("pdftotext")), {path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of each page, as a reader of the PDF sees it (pdftotext ends every page with a form feed).
inline QStringList pdfPages(const QString &path) {
    QStringList pages = pdfText(path).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// The x position where the value column of a facts table starts (its first row's second cell).
inline qreal valueColumnOf(QTextDocument &document, QTextTable *table) {
    const QTextBlock block = table->cellAt(0, 1).firstCursorPosition().block();
    return document.documentLayout()->blockBoundingRect(block).left();
}

inline void keep(const QString &path) {
    const QString dir = qEnvironmentVariable("JT_SUMMARY_ARTIFACTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString target = QDir(dir).filePath(QFileInfo(path).fileName());
    QFile::remove(target);
    QFile::copy(path, target);
}

class SummaryFixture {
protected:
    std::unique_ptr<SimulatedGreenhouse> m_sim;
    StoredConnection m_v3;
    StoredConnection m_v1;
    StoredConnection m_missing; // v3, one permission missing
    QStringList m_titles;       // the first live jobs of acme, as the board check found them
    QTemporaryDir m_dir;
    QDateTime m_generated = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);

    HandoffSummary v3Summary() const { return HandoffSummary::fromConnection(m_v3, m_generated); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A history of `passed` daily checks from 1 November 2026 on, then `failed` failures.
    CheckHistory historyOf(int passed, int failed = 0) const {
        CheckHistory history(path(QStringLiteral("check-history.json")));
        for (int i = 0; i < passed + failed; ++i) {
            CheckRecord record;
            record.at = QDateTime(QDate(2026, 11, 1).addDays(i), QTime(10, 0), Qt::UTC);
            record.outcome = i < passed ? CheckOutcome::Passed : CheckOutcome::Failed;
            history.append(record);
        }
        return history;
    }

    // For initTestCase(): the simulator, and the three connections verified against it.
    void prepareConnections() {
        QVERIFY(m_dir.isValid());
        m_sim = std::make_unique<SimulatedGreenhouse>();
        QVERIFY(m_sim->start());

        const VerificationRequest v3 = v3Request(*m_sim, QStringLiteral("acme"));
        const VerificationReport v3Report = verify(v3);
        QCOMPARE(v3Report.exitStatus(), ExitStatus::Ok);
        m_v3 = StoredConnection::fromVerification(v3, v3Report);
        m_titles = v3Report.board.firstTitles;
        QCOMPARE(m_titles.size(), 5);

        const VerificationRequest v1 = v1Request(*m_sim, QStringLiteral("acme"));
        const VerificationReport v1Report = verify(v1);
        QCOMPARE(v1Report.exitStatus(), ExitStatus::Ok);
        m_v1 = StoredConnection::fromVerification(v1, v1Report);

        m_sim->scenario().missingPermissions = {QStringLiteral("harvest:openings:list")};
        const VerificationReport missingReport = verify(v3);
        QCOMPARE(missingReport.exitStatus(), ExitStatus::PermissionsMissing);
        m_missing = StoredConnection::fromVerification(v3, missingReport);
        m_sim->scenario().missingPermissions.clear();

        QVERIFY(m_v3.isValid());
        QCOMPARE(m_v3.boardName, QStringLiteral("Acme Robotics"));
    }

    void checkEveryPermission(const QString &text, CredentialKind kind, const QString &status) {
        for (const RequiredPermission &permission : requiredPermissions(kind))
            QVERIFY2(text.contains(permission.labelString()), qPrintable(permission.labelString()));
        QCOMPARE(text.count(status), requiredPermissions(kind).size());
    }
};

} // namespace jt::test
