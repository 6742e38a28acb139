#pragma once

#include <QByteArray>
#include <QDateTime>
#include <chrono>
#include <optional>

namespace jt {

// How long Greenhouse asks us to wait, read from an answer's headers (pure functions, so that they are
// unit-tested and fuzzed apart from the transport that obeys them).

// Retry-After: delay-seconds or an HTTP date (RFC 9110 §10.2.3), never negative; nullopt when unreadable.
std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

// The time before which no request should go to that origin again, or an invalid QDateTime when the answer
// asks for no wait: a 429's Retry-After (2 s when unreadable), or X-RateLimit-Reset (epoch seconds) when
// X-RateLimit-Remaining is 0 (1 s when unreadable). Capped at `now + cap`.
QDateTime rateLimitUntil(int status, const QByteArray &retryAfter, const QByteArray &remaining,
                         const QByteArray &reset, const QDateTime &now, std::chrono::seconds cap);

} // namespace jt
