#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace jt {

class HandoffSummary;

// The hand-off summary as a file: every format by name, its bytes, and the one way it is written — atomically
// (QSaveFile), owner-only (0600) when the secret is in it, and never through a link or over a device.
class HandoffFile {
    Q_DECLARE_TR_FUNCTIONS(HandoffFile)

public:
    enum class Format { Markdown, Html, Pdf, Json };

    // "md"/"markdown", "html"/"htm", "pdf", "json" (any case); nullopt for anything else.
    static std::optional<Format> formatFromName(const QString &name);
    // The bytes of a file in that format (UTF-8 for the text ones).
    static QByteArray render(const HandoffSummary &summary, Format format);
    static bool save(const HandoffSummary &summary, const QString &path, Format format,
                     QString *error = nullptr);
    // Why `path` may not be written (translated), or empty: only a regular file (or none yet) is written.
    // A symlink planted in a shared folder is never followed, a device, FIFO or folder never replaced.
    static QString refusedPath(const QString &path);
};

} // namespace jt
