#include "HandoffFile.h"

#include "HandoffDocument.h"
#include "HandoffSummary.h"
#include "HandoffText.h"
#include "platform/OwnerOnlyFile.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace jt {

std::optional<HandoffFile::Format> HandoffFile::formatFromName(const QString &name) {
    const QString lower = name.toLower();
    if (lower == QLatin1String("md") || lower == QLatin1String("markdown"))
        return Format::Markdown;
    if (lower == QLatin1String("html") || lower == QLatin1String("htm"))
        return Format::Html;
    if (lower == QLatin1String("pdf"))
        return Format::Pdf;
    if (lower == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QByteArray HandoffFile::render(const HandoffSummary &summary, Format format) {
    switch (format) {
    case Format::Markdown:
        return HandoffText::markdown(summary).toUtf8();
    case Format::Html:
        return HandoffText::html(summary).toUtf8();
    case Format::Json:
        return QJsonDocument(HandoffText::json(summary)).toJson(QJsonDocument::Indented);
    case Format::Pdf:
        break;
    }
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    HandoffDocument(summary).writePdf(&buffer);
    return pdf;
}

namespace {

// Windows' device names: "NUL", "CON", "COM1"… are devices in every folder, and with any extension
// ("nul.md"), and QFileInfo does not see them as anything but a missing file.
bool isWindowsDeviceName(const QString &baseName) {
#ifdef Q_OS_WIN
    static const QRegularExpression devices(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return devices.match(baseName.trimmed()).hasMatch();
#else
    Q_UNUSED(baseName)
    return false;
#endif
}

} // namespace

QString HandoffFile::refusedPath(const QString &path) {
    const QFileInfo target(path);
    if (target.isSymLink()) // checked first: the other tests follow the link
        return tr("%1 is a symbolic link; choose another name.").arg(QDir::toNativeSeparators(path));
    if (target.exists() && target.isDir())
        return tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(path));
    if ((target.exists() && !target.isFile()) || isWindowsDeviceName(target.completeBaseName()))
        return tr("%1 is not a regular file (a device or a pipe); choose another name.")
            .arg(QDir::toNativeSeparators(path));
    return {};
}

bool HandoffFile::save(const HandoffSummary &summary, const QString &path, Format format, QString *error) {
    if (const QString refused = refusedPath(path); !refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    QSaveFile file(path);
    const auto fail = [&file, error] {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    // Owner-only before a byte of the secret is written (the file may have existed with wider permissions).
    if (summary.containsSecret() && !restrictToOwner(file))
        return fail();
    if (format == Format::Pdf) {
        if (!HandoffDocument(summary).writePdf(&file))
            return fail();
    } else {
        const QByteArray bytes = render(summary, format);
        if (file.write(bytes) != bytes.size())
            return fail();
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // Windows: the list that keeps others out can only be set now (OwnerOnlyFile.h). A secret file that
    // cannot be made private is not left behind.
    if (summary.containsSecret() && !restrictToOwner(path)) {
        QFile::remove(path);
        if (error)
            *error = tr("The file would contain the secret, but it could not be made readable by you alone, "
                        "so it was "
                        "not saved.");
        return false;
    }
    return true;
}

} // namespace jt
