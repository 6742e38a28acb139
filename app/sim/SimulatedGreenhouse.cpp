#include "SimulatedGreenhouse.h"

#include "SimData.h"
#include "SimPrivate.h"

#include <limits>

namespace jt::sim {

namespace {

// Oversized bodies: "[" + fixed-size elements + padding + "]", produced piece by piece at any offset.
constexpr qint64 OversizedElement = 80;

QByteArray oversizedElement(qint64 index) {
    QByteArray element = "{\"id\":" + QByteArray::number(1000000000 + index) + ",\"name\":\"";
    element += QByteArray(OversizedElement - element.size() - 2, 'x');
    element += "\"}";
    return element;
}

QByteArray oversizedChunk(qint64 total, qint64 offset, qint64 maxBytes) {
    // Layout: '[' then `count` segments of (element + ',' or ' ') then spaces then ']'.
    const qint64 segment = OversizedElement + 1;
    const qint64 count = total >= 2 ? (total - 2) / segment : 0;
    QByteArray out;
    out.reserve(maxBytes);
    qint64 position = offset;
    const qint64 end = qMin(total, offset + maxBytes);
    while (position < end) {
        if (position == 0) {
            out += '[';
            ++position;
        } else if (position == total - 1) {
            out += ']';
            ++position;
        } else if (position - 1 < count * segment) {
            const qint64 index = (position - 1) / segment;
            const qint64 within = (position - 1) % segment;
            QByteArray piece = oversizedElement(index) + (index + 1 < count ? ',' : ' ');
            piece = piece.mid(within, end - position);
            out += piece;
            position += piece.size();
        } else {
            const qint64 spaces = qMin(end, total - 1) - position;
            out += QByteArray(spaces, ' ');
            position += spaces;
        }
    }
    return out;
}

QByteArray truncatableBody() {
    QJsonArray items;
    for (int i = 0; i < 40; ++i) {
        items.append(QJsonObject{{QStringLiteral("id"), qint64(4170009001) + i},
                                 {QStringLiteral("name"), QStringLiteral("Truncated Job %1").arg(i)},
                                 {QStringLiteral("status"), QStringLiteral("open")}});
    }
    return QJsonDocument(items).toJson(QJsonDocument::Compact);
}

} // namespace

SimHttpResponse jsonResponse(int status, const QJsonDocument &document) {
    SimHttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.body = document.toJson(QJsonDocument::Compact);
    return response;
}

SimHttpResponse messageResponse(int status, const QString &message, const QStringList &errors) {
    QJsonObject object{{QStringLiteral("message"), message}};
    if (!errors.isEmpty())
        object.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors));
    return jsonResponse(status, object);
}

QUrlQuery queryOf(const SimHttpRequest &request) {
    return QUrlQuery(QString::fromUtf8(request.query));
}

std::optional<std::pair<QString, QString>> basicCredentials(const QByteArray &authorization) {
    if (authorization.size() < 6 || authorization.left(6).toLower() != "basic ")
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray &text = *decoded;
    const qsizetype colon = text.indexOf(':');
    if (colon < 0)
        return std::pair{QString::fromUtf8(text), QString()};
    return std::pair{QString::fromUtf8(text.left(colon)), QString::fromUtf8(text.mid(colon + 1))};
}

QList<QByteArray> pathSegments(const QByteArray &path) {
    QList<QByteArray> segments = path.split('/');
    segments.removeAll(QByteArray());
    return segments;
}

bool isDigits(const QByteArray &text) {
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool RateWindow::exhausted() {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - startMs >= qint64(windowSeconds) * 1000) {
        startMs = now;
        used = 0;
    }
    return used >= limit;
}

void RateWindow::addHeaders(SimHttpResponse &response) {
    exhausted(); // a new window if the last one is over
    ++used;
    // Floor of 10 unless strict: ordinary test traffic must never look like it is about to be throttled.
    const int remaining = strict ? qMax(0, limit - used) : qMax(10, limit - used);
    response.setHeader("X-RateLimit-Limit", QByteArray::number(limit));
    response.setHeader("X-RateLimit-Remaining", QByteArray::number(remaining));
    response.setHeader("X-RateLimit-Reset", QByteArray::number(startMs / 1000 + windowSeconds));
}

SimHttpResponse SimulatedGreenhouse::Private::handle(Api api, const SimHttpRequest &request) {
    const SeenRequest record{api, request.method, request.target, request.header("authorization"),
                             request.body};
    seen.append(record);
    ++handlingDepth;
    emit q->requestSeen(record);
    --handlingDepth;

    SimHttpResponse response;
    if (!auth || !harvest || !boards) {
        response.action = SimHttpResponse::Action::Close; // stopped by a slot of requestSeen
        return response;
    }
    if (std::optional<SimHttpResponse> faulted = takeFault(api, request)) {
        response = std::move(*faulted);
    } else {
        switch (api) {
        case Api::Auth:
            response = handleAuth(request);
            authWindow.addHeaders(response); // the token endpoint's own window
            break;
        case Api::Harvest:
            response = handleHarvest(request);
            break;
        case Api::Boards:
            response = handleBoards(request);
            break;
        }
    }
    if (response.action != SimHttpResponse::Action::NeverAnswer)
        response.delayMs = qMax(0, scenario.latencyMs);
    return response;
}

std::optional<SimHttpResponse> SimulatedGreenhouse::Private::takeFault(Api api,
                                                                       const SimHttpRequest &request) {
    for (FaultRule &rule : scenario.faults) {
        if (rule.api != api || rule.fault == Fault::None || rule.count == 0)
            continue;
        if (!rule.pathContains.isEmpty() && !QString::fromUtf8(request.target).contains(rule.pathContains))
            continue;
        if (rule.count > 0)
            --rule.count;
        return faultResponse(api, rule.fault, request);
    }
    return std::nullopt;
}

SimHttpResponse SimulatedGreenhouse::Private::faultResponse(Api api, Fault fault,
                                                            const SimHttpRequest &request) const {
    SimHttpResponse response;
    switch (fault) {
    case Fault::None:
        break;
    case Fault::RateLimited: {
        response = messageResponse(429, QStringLiteral("Too Many Requests"));
        const bool v1 = api == Api::Harvest && request.path.startsWith("/v1/");
        const int wait = qMax(0, scenario.retryAfterSeconds);
        response.setHeader("Retry-After", QByteArray::number(wait));
        response.setHeader("X-RateLimit-Limit", v1 ? "50" : "75");
        response.setHeader("X-RateLimit-Remaining", "0");
        response.setHeader("X-RateLimit-Reset",
                           QByteArray::number(QDateTime::currentSecsSinceEpoch() + wait));
        break;
    }
    case Fault::ServerError:
        response = messageResponse(503, QStringLiteral("Service Unavailable"));
        break;
    case Fault::DropConnection:
        response.action = SimHttpResponse::Action::Close;
        break;
    case Fault::NeverAnswer:
        response.action = SimHttpResponse::Action::NeverAnswer;
        break;
    case Fault::MalformedJson:
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        response.body = "{\"jobs\": [ {\"id\": 1,";
        break;
    case Fault::TruncatedJson:
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        response.body = truncatableBody();
        response.truncateAfter = response.body.size() / 2;
        break;
    case Fault::ProxySignIn:
        response.status = 401;
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.body = "<!DOCTYPE html><html><body><h1>Proxy sign-in required</h1></body></html>";
        break;
    case Fault::CaptivePortal:
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.body = "<!DOCTYPE html><html><head><title>Guest Wi-Fi</title></head><body>"
                        "<h1>Sign in to the Wi-Fi</h1><form method=\"post\" action=\"/login\">"
                        "<input name=\"room\"><button>Connect</button></form></body></html>";
        break;
    case Fault::Oversized: {
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        const qint64 total = qMax<qint64>(2, scenario.oversizedBytes);
        response.streamedSize = total;
        response.streamed = [total](qint64 offset, qint64 maxBytes) {
            return oversizedChunk(total, offset, maxBytes);
        };
        break;
    }
    case Fault::Drip:
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        response.body = QByteArray(1024 * 1024, ' ');
        response.dripMs = qMax(1, scenario.dripMs);
        break;
    case Fault::EndlessBody:
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        response.chunked = true;
        response.streamedSize = -1;
        response.streamed = [](qint64 offset, qint64 maxBytes) {
            return oversizedChunk(std::numeric_limits<qint64>::max(), offset, maxBytes);
        };
        break;
    case Fault::RedirectElsewhere: {
        response.status = 302;
        QString target = scenario.redirectTarget;
        if (target.endsWith(QLatin1Char('/')))
            target += QString::fromUtf8(request.target.mid(1));
        response.setHeader("Location", target.toUtf8());
        break;
    }
    }
    return response;
}

SimHttpResponse SimulatedGreenhouse::Private::handleHarvest(const SimHttpRequest &request) {
    if (request.path.startsWith("/v1/"))
        return handleV1(request);
    if (request.path.startsWith("/v3/"))
        return handleV3(request);
    return messageResponse(404, QStringLiteral("Resource not found"));
}

SimulatedGreenhouse::SimulatedGreenhouse(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this)) {}

SimulatedGreenhouse::~SimulatedGreenhouse() {
    stop();
}

bool SimulatedGreenhouse::start(const QHostAddress &address, const SimTls *tls) {
    stop();
    SimData::instance(); // build the account now rather than during the first request
    Private *p = d.get();
    auto make = [&](Api api) {
        auto server = std::make_unique<SimHttpServer>(
            [p, api](const SimHttpRequest &request) { return p->handle(api, request); });
        if (tls)
            server->setTls(*tls);
        return server;
    };
    d->auth = make(Api::Auth);
    d->harvest = make(Api::Harvest);
    d->boards = make(Api::Boards);
    if (!d->auth->listen(address, 0) || !d->harvest->listen(address, 0) || !d->boards->listen(address, 0)) {
        stop();
        return false;
    }
    return true;
}

void SimulatedGreenhouse::stop() {
    // Servers own their connections; destroying them closes every socket and cancels pending answers.
    // A slot of requestSeen may stop us while a connection's code is still on the stack: then the
    // server may only go once that code has returned.
    for (std::unique_ptr<SimHttpServer> *server : {&d->auth, &d->harvest, &d->boards}) {
        if (!*server)
            continue;
        (*server)->close();
        (*server)->closeConnections();
        if (d->handlingDepth > 0)
            server->release()->deleteLater();
        else
            server->reset();
    }
}

QUrl SimulatedGreenhouse::authUrl() const {
    return d->auth ? d->auth->baseUrl() : QUrl();
}

QUrl SimulatedGreenhouse::harvestUrl() const {
    return d->harvest ? d->harvest->baseUrl() : QUrl();
}

QUrl SimulatedGreenhouse::boardsUrl() const {
    return d->boards ? d->boards->baseUrl() : QUrl();
}

SimScenario &SimulatedGreenhouse::scenario() {
    return d->scenario;
}

const SimScenario &SimulatedGreenhouse::scenario() const {
    return d->scenario;
}

void SimulatedGreenhouse::setScenario(const SimScenario &scenario) {
    d->scenario = scenario;
}

const QList<SeenRequest> &SimulatedGreenhouse::seen() const {
    return d->seen;
}

int SimulatedGreenhouse::throttledAnswers() const {
    return d->throttled;
}

void SimulatedGreenhouse::clearSeen() {
    d->seen.clear();
    d->throttled = 0;
}

int SimulatedGreenhouse::tokensIssued() const {
    return d->tokensIssued;
}

void SimulatedGreenhouse::expireTokens() {
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (IssuedToken &token : d->tokens)
        token.expiresAt = past;
}

} // namespace jt::sim
