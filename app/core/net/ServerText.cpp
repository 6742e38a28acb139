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
    for (const QJsonValue &error : errors) {
        if (error.isString())
            parts << error.toString();
        else if (error.isObject())
            parts << messageOf(error.toObject());
    }
    return parts.join(QStringLiteral(" — "));
}

} // namespace

QString plainServerValue(const QString &value, int maxLength) {
    QString text = value.simplified(); // whitespace controls become spaces first
    text.erase(std::remove_if(text.begin(), text.end(),
                              [](QChar c) { return c.category() == QChar::Other_Control; }),
               text.end());
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QStringLiteral("…");
    return text;
}

QString scrubEchoes(QString text, const QList<QByteArray> &echoed, int maxLength) {
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
    // Control characters (terminal escapes) never reach a terminal or a label.
    text.erase(std::remove_if(text.begin(), text.end(),
                              [](QChar c) { return c.category() == QChar::Other_Control && c != u'\n'; }),
               text.end());
    return scrubEchoes(text, echoed, maxLength);
}

} // namespace jt
