// The simulator's fault injection (SimScenario::faults): rate limits, server errors, dropped and silent
// connections, captive portals, truncated, malformed, oversized and endless answers. Only the tests'
// simulator (jt_sim_faults) has it; the demo's (jt_sim, in the shipped binary) has SimNoFaults.cpp instead.

#include "SimPrivate.h"
#include "net/ByteSize.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

namespace jt::sim {

using namespace byte_size;

namespace {

// Oversized bodies: "[" + fixed-size elements + padding + "]", produced piece by piece at any offset.
constexpr qint64 OversizedElement = 80;

QByteArray oversizedElement(qint64 index) {
    QByteArray element = R"({"id":)" + QByteArray::number(1000000000 + index) + R"(,"name":")";
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
        response.body = R"({"jobs": [ {"id": 1,)";
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
        response.body = QByteArray(1_MiB, ' ');
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

} // namespace jt::sim
