#include "BoardToken.h"

#include "greenhouse/Endpoints.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace jt {

namespace {
bool isGreenhouseBoardHost(const QString &host) {
    return host == QLatin1String("greenhouse.io") || host.endsWith(QLatin1String(".greenhouse.io"));
}
} // namespace

BoardTokenInput BoardTokenInput::parse(const QString &input) {
    QString text = input.trimmed();
    if (text.startsWith(QLatin1Char('"')) || text.startsWith(QLatin1Char('\''))) {
        text.remove(QLatin1Char('"'));
        text.remove(QLatin1Char('\''));
        text = text.trimmed();
    }
    if (text.isEmpty())
        return {{}, tr("Enter the job board token or paste the address of your job board.")};

    const bool looksLikeUrl = text.contains(QLatin1Char('/')) || text.contains(QLatin1Char('.'));
    if (looksLikeUrl) {
        QUrl url = QUrl::fromUserInput(text);
        const QString host = url.host().toLower();
        if (!url.userInfo().isEmpty()) // a user name or password is never part of a board's address
            return {{},
                    tr("This address holds a user name or password. Paste the job board's address without "
                       "them, such as https://boards.greenhouse.io/yourcompany.")};
        if (!url.isValid() || !isGreenhouseBoardHost(host))
            return {{},
                    tr("This address is not a Greenhouse job board. Paste an address such as "
                       "https://boards.greenhouse.io/yourcompany, or just the token.")};
        QString candidate = QUrlQuery(url).queryItemValue(QStringLiteral("for"));
        if (candidate.isEmpty()) {
            QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
            // https://boards-api.greenhouse.io/v1/boards/{token}/jobs
            const qsizetype boardsAt = segments.indexOf(QStringLiteral("boards"));
            if (boardsAt >= 0 && boardsAt + 1 < segments.size())
                candidate = segments.at(boardsAt + 1);
            else if (!segments.isEmpty() && segments.first() != QLatin1String("embed"))
                candidate = segments.first(); // boards.greenhouse.io/{token}[/jobs/{id}]
        }
        if (candidate.isEmpty())
            return {{},
                    tr("This Greenhouse address does not name a job board. Open your job board and "
                       "copy its address, or copy the token from Dev Center.")};
        text = candidate;
    }
    text = text.toLower();
    if (!GreenhouseEndpoints::isBoardToken(text))
        return {
            {},
            tr("A job board token is made of up to 100 letters a–z, digits, “-” and “_”, like “acme”. Copy "
               "it from Dev Center → Configuring Your Job Board → Your Board Token.")};
    return {text, {}};
}

} // namespace jt
