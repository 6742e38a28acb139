#pragma once

#include "NetworkProblem.h"

#include <QNetworkReply>
#include <QString>
#include <QUrl>
#include <chrono>

namespace jt {

// The transport's decisions that need no network, as plain functions (unit-tested apart from HttpTransport).

// "https://host:443": what a rate limit and a redirect are kept to (host in lower case, default port
// spelled).
[[nodiscard]] QString originOf(const QUrl &url);

// A failure below HTTP (no status): which problem the admin is told about, and whether another attempt may
// help.
[[nodiscard]] bool isTransportError(QNetworkReply::NetworkError error);
[[nodiscard]] NetworkProblem problemOfTransportError(QNetworkReply::NetworkError error);
[[nodiscard]] bool isRetryableTransportError(QNetworkReply::NetworkError error);

// The pause before retry `retry` (1, 2, …) after a timeout, a drop or a 5xx: doubled each time, before
// jitter.
[[nodiscard]] std::chrono::milliseconds backoffBefore(int retry, std::chrono::milliseconds firstBackoff);
// The longest a call can still take when attempt `attempt` of `maxAttempts` starts and nothing answers: this
// attempt and every one left, each `attemptTimeout`, with the backoffs between them (jitter included).
[[nodiscard]] std::chrono::milliseconds worstCaseLeft(int attempt, int maxAttempts,
                                                      std::chrono::milliseconds attemptTimeout,
                                                      std::chrono::milliseconds firstBackoff);

} // namespace jt
