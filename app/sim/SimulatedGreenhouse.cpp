#include "SimulatedGreenhouse.h"

#include "SimData.h"
#include "SimPrivate.h"

namespace jt::sim {

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

void SimulatedGreenhouse::prepareData() {
    SimData::instance();
}

bool SimulatedGreenhouse::start(const QHostAddress &address, const SimTls *tls, bool dataOnFirstRequest) {
    stop();
    if (!dataOnFirstRequest)
        prepareData(); // the account now rather than during the first request
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
