#include "Endpoints.h"

#include "net/HttpTransport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace jt {

std::optional<QUrl> GreenhouseEndpoints::parseBase(const QString &text, const QString &name, QString *error) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const auto refuse = [&](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        //: %1 is the environment variable that holds the address, such as GREENHOUSE_HARVEST_URL
        return refuse(QCoreApplication::translate("Endpoints", "The address in %1 is not valid.").arg(name));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        //: %1 is the environment variable that holds the address, such as GREENHOUSE_HARVEST_URL
        return refuse(QCoreApplication::translate("Endpoints", "The address in %1 must not contain a user "
                                                               "name, a query or a fragment.")
                          .arg(name));
    if (!HttpTransport::isAllowedUrl(url))
        //: %1 is the environment variable that holds the address, such as GREENHOUSE_HARVEST_URL
        return refuse(QCoreApplication::translate(
                          "Endpoints", "The address in %1 is refused: only https:// addresses are used "
                                       "(http:// only for this computer: localhost, 127.0.0.0/8, ::1).")
                          .arg(name));
    QUrl base = url;
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path);
    return base;
}

std::optional<GreenhouseEndpoints> GreenhouseEndpoints::fromEnvironment(QString *error) {
    GreenhouseEndpoints endpoints;
    const struct {
        const char *variable;
        QUrl *target;
    } overrides[] = {{"GREENHOUSE_AUTH_URL", &endpoints.auth},
                     {"GREENHOUSE_HARVEST_URL", &endpoints.harvest},
                     {"GREENHOUSE_BOARDS_URL", &endpoints.boards}};
    for (const auto &entry : overrides) {
        const QString value = qEnvironmentVariable(entry.variable);
        if (value.isEmpty())
            continue;
        const auto base = parseBase(value, QString::fromLatin1(entry.variable), error);
        if (!base)
            return std::nullopt;
        *entry.target = *base;
    }
    return endpoints;
}

QUrl GreenhouseEndpoints::join(const QUrl &base, const QString &pathAndQuery) {
    const qsizetype queryAt = pathAndQuery.indexOf(QLatin1Char('?'));
    QUrl url = base;
    url.setPath(base.path() + pathAndQuery.left(queryAt));
    if (queryAt >= 0)
        url.setQuery(pathAndQuery.mid(queryAt + 1));
    return url;
}

bool GreenhouseEndpoints::isBoardToken(const QString &token) {
    // Anchored as a whole: "$" also matches before a final line break (found by fuzzing: "gn\n" passed).
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9_-]{1,100}")));
    return shape.match(token).hasMatch();
}

} // namespace jt
