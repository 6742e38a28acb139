#include "ServerText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace jt {

namespace {

QString messageOf(const QJsonObject &object) {
    QStringList parts;
    for (const char *key : {"message", "error", "error_description"}) {
        const QString value = object.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            parts << value;
    }
    const QJsonArray errors = object.value(QLatin1String("errors")).toArray();
    for (const QJsonValue error : errors) {
        if (error.isString())
            parts << error.toString();
        else if (error.isObject())
            parts << messageOf(error.toObject());
    }
    return parts.join(QStringLiteral(" — "));
}

} // namespace

bool isUnsafeServerCharacter(QChar c) {
    const char16_t code = c.unicode();
    return c.category() == QChar::Other_Control                  // C0 and C1: terminal escapes, BEL, CR
           || (code >= 0x202A && code <= 0x202E)                 // bidirectional embeddings and overrides
           || (code >= 0x2066 && code <= 0x2069)                 // bidirectional isolates
           || code == 0x200E || code == 0x200F || code == 0x061C // direction marks
           || (code >= 0x200B && code <= 0x200D)                 // zero-width space, non-joiner, joiner
           || code == 0x2060 || code == 0xFEFF;                  // word joiner, zero-width no-break space
}

QString withoutUnsafeCharacters(QString text, bool keepLineBreaks) {
    text.erase(std::remove_if(text.begin(), text.end(),
                              [keepLineBreaks](QChar c) {
                                  return isUnsafeServerCharacter(c) && !(keepLineBreaks && c == u'\n');
                              }),
               text.end());
    return text;
}

QString plainServerValue(const QString &value, int maxLength) {
    // Whitespace controls become spaces first, then the rest of the unsafe characters go.
    QString text = withoutUnsafeCharacters(value.simplified(), false).simplified();
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QStringLiteral("…");
    return text;
}

QString scrubEchoes(QString text, const QList<QByteArray> &echoed, int maxLength) {
    text = withoutUnsafeCharacters(std::move(text), true);
    for (const QByteArray &value : echoed) {
        if (value.size() < 3)
            continue; // too short to be a secret; replacing it would garble the text
        for (const QByteArray &form : {value, value.toPercentEncoding(), value.toBase64()})
            text.replace(QString::fromUtf8(form), QStringLiteral("…"), Qt::CaseInsensitive);
    }
    text = text.simplified();
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QStringLiteral("…");
    return text;
}

QString safeServerText(const QByteArray &body, const QList<QByteArray> &echoed, int maxLength) {
    QString text;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        text = messageOf(document.object());
    } else {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        text = QString::fromUtf8(body.left(4096)).remove(tags);
    }
    // Control characters (terminal escapes), direction overrides and invisible characters never reach a
    // terminal, a file or a label.
    return scrubEchoes(withoutUnsafeCharacters(text, true), echoed, maxLength);
}

} // namespace jt
