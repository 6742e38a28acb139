#pragma once

// Internals of SimulatedGreenhouse, shared by its route files. Not part of the public API.

#include "SimHttpServer.h"
#include "SimulatedGreenhouse.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <optional>

namespace jt::sim {

struct IssuedToken {
    QString subject; // empty: the credential's service account
    QDateTime expiresAt;
};

// A fixed rate-limit window: counts requests, reports what is left, never lets normal use reach zero.
struct RateWindow {
    int limit = 0;
    int windowSeconds = 0;
    qint64 startMs = 0;
    int used = 0;
    bool strict = false; // the real budget (scenario.v3RequestsPerWindow); else never below 10 left

    // Starts a new window when the last one is over; true when this window's budget is spent.
    bool exhausted();
    void addHeaders(SimHttpResponse &response);
};

inline constexpr RateWindow DefaultV3Window{75, 30};

struct SimulatedGreenhouse::Private {
    explicit Private(SimulatedGreenhouse *owner)
        : q(owner) {}

    SimulatedGreenhouse *q;
    SimScenario scenario;
    QList<SeenRequest> seen;
    QHash<QByteArray, IssuedToken> tokens;
    int tokensIssued = 0;
    int handlingDepth = 0; // > 0 while a request is being answered (and requestSeen's slots run)
    RateWindow v1Window{50, 10};
    RateWindow v3Window = DefaultV3Window;
    RateWindow authWindow{60, 60};             // the token endpoint's own window
    int throttled = 0;                         // 429s answered because a window's budget was spent
    QHash<QString, QByteArray> boardJobsCache; // "token|content" -> body; the data never changes
    std::unique_ptr<SimHttpServer> auth;
    std::unique_ptr<SimHttpServer> harvest;
    std::unique_ptr<SimHttpServer> boards;

    SimHttpResponse handle(Api api, const SimHttpRequest &request);
    std::optional<SimHttpResponse> takeFault(Api api, const SimHttpRequest &request);
    SimHttpResponse faultResponse(Api api, Fault fault, const SimHttpRequest &request) const;

    SimHttpResponse handleAuth(const SimHttpRequest &request);
    SimHttpResponse handleHarvest(const SimHttpRequest &request);
    SimHttpResponse handleV1(const SimHttpRequest &request); // routeV1 plus rate-limit headers
    SimHttpResponse routeV1(const SimHttpRequest &request);
    SimHttpResponse handleV3(const SimHttpRequest &request); // routeV3 plus rate-limit headers
    SimHttpResponse routeV3(const SimHttpRequest &request);
    SimHttpResponse handleBoards(const SimHttpRequest &request);
};

// Shared response helpers.
SimHttpResponse jsonResponse(int status, const QJsonDocument &document);
inline SimHttpResponse jsonResponse(int status, const QJsonObject &object) {
    return jsonResponse(status, QJsonDocument(object));
}
inline SimHttpResponse jsonResponse(int status, const QJsonArray &array) {
    return jsonResponse(status, QJsonDocument(array));
}
// {"message": message} and, when given, "errors": [errors...]
SimHttpResponse messageResponse(int status, const QString &message, const QStringList &errors = {});
QUrlQuery queryOf(const SimHttpRequest &request);
// Decodes "Basic base64(user:password)"; nullopt when the header is not that.
std::optional<std::pair<QString, QString>> basicCredentials(const QByteArray &authorization);
// Splits "/a/b/c" into {"a","b","c"}.
QList<QByteArray> pathSegments(const QByteArray &path);
bool isDigits(const QByteArray &text);

} // namespace jt::sim
