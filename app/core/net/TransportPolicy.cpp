#include "TransportPolicy.h"

#include <algorithm>

using namespace std::chrono;

namespace jt {

QString originOf(const QUrl &url) {
    return url.scheme() + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':') +
           QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

bool isTransportError(QNetworkReply::NetworkError error) {
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

NetworkProblem problemOfTransportError(QNetworkReply::NetworkError error) {
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return NetworkProblem::Dns;
    case QNetworkReply::SslHandshakeFailedError:
        return NetworkProblem::Tls;
    case QNetworkReply::TimeoutError:
        return NetworkProblem::Timeout;
    default:
        return NetworkProblem::Network;
    }
}

bool isRetryableTransportError(QNetworkReply::NetworkError error) {
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

milliseconds backoffBefore(int retry, milliseconds firstBackoff) {
    return firstBackoff * (1 << std::clamp(retry - 1, 0, 16));
}

milliseconds worstCaseLeft(int attempt, int maxAttempts, milliseconds attemptTimeout,
                           milliseconds firstBackoff) {
    milliseconds worst = attemptTimeout * std::max(1, maxAttempts - attempt + 1);
    for (int retry = attempt; retry < maxAttempts; ++retry)
        worst += backoffBefore(retry, firstBackoff) * 5 / 4; // with the jitter (up to a quarter more)
    return worst;
}

} // namespace jt
