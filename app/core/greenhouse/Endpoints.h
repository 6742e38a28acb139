#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace jt {

// The three Greenhouse hosts. Overridable (tests, demo, the GREENHOUSE_*_URL variables); a base that is not
// https (or plain http to this computer) is refused before anything is sent.
struct GreenhouseEndpoints {
    QUrl auth{QStringLiteral("https://auth.greenhouse.io")};
    QUrl harvest{QStringLiteral("https://harvest.greenhouse.io")};
    QUrl boards{QStringLiteral("https://boards-api.greenhouse.io")};

    // Defaults overridden by GREENHOUSE_AUTH_URL, GREENHOUSE_HARVEST_URL, GREENHOUSE_BOARDS_URL.
    static std::optional<GreenhouseEndpoints> fromEnvironment(QString *error);
    // nullopt and a translated reason when `text` cannot be a base URL we talk to.
    static std::optional<QUrl> parseBase(const QString &text, const QString &name, QString *error);

    // base + path (a path and query such as "/v3/jobs?per_page=1").
    static QUrl join(const QUrl &base, const QString &pathAndQuery);

    // A job board token as Greenhouse makes them, the last part of a board's address: 1 to 100 of a–z,
    // 0–9, "-" and "_".
    static bool isBoardToken(const QString &token);
};

} // namespace jt
