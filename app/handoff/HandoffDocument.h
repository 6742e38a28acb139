#pragma once

#include "HandoffSummary.h"

#include <QCoreApplication>
#include <memory>

class QIODevice;
class QLocale;
class QPageSize;
class QPagedPaintDevice;
class QTextDocument;

namespace jt {

// The hand-off summary on paper: the QTextDocument that PDF and printing lay out, page by page, with a
// header (the practice notice when the summary is marked as practice) and a footer ("Page n of m") on every
// page. Needs a QGuiApplication (fonts).
class HandoffDocument {
    Q_DECLARE_TR_FUNCTIONS(HandoffDocument)

public:
    explicit HandoffDocument(HandoffSummary summary)
        : m_summary(std::move(summary)) {}

    [[nodiscard]] std::unique_ptr<QTextDocument> textDocument() const;
    // Lays the summary out on `device` (a QPdfWriter, a QPrinter). False if it cannot paint.
    bool print(QPagedPaintDevice *device) const;
    // A PDF on the paper of the admin's locale (pageSizeFor(QLocale())), straight to the device (the caller
    // decides about atomicity and permissions: HandoffFile).
    bool writePdf(QIODevice *device) const;
    // Letter in the United States and Canada, A4 everywhere else.
    static QPageSize pageSizeFor(const QLocale &locale);

private:
    HandoffSummary m_summary; // a copy: a document may outlive the summary it was made from
};

} // namespace jt
