#include "LinkHeader.h"

#include <QRegularExpression>

namespace jt {

QHash<QString, QUrl> parseLinkHeader(const QByteArray &value, const QUrl &base) {
    QHash<QString, QUrl> links;
    static const QRegularExpression entry(QStringLiteral(R"(<([^>]*)>\s*((?:;\s*[^;,]+)*))"));
    static const QRegularExpression rel(QStringLiteral(R"re(;\s*rel\s*=\s*"?([^";,]+)"?)re"),
                                        QRegularExpression::CaseInsensitiveOption);
    auto it = entry.globalMatch(QString::fromLatin1(value));
    while (it.hasNext()) {
        const auto match = it.next();
        const QUrl target = base.resolved(QUrl::fromEncoded(match.captured(1).trimmed().toLatin1()));
        const auto relation = rel.match(match.captured(2));
        if (!relation.hasMatch() || !target.isValid())
            continue;
        // rel may hold several space-separated relations.
        for (const QString &name : relation.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            links.insert(name.toLower(), target);
    }
    return links;
}

} // namespace jt
