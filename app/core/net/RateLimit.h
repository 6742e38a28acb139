#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <chrono>
#include <optional>

namespace jt {

// How long Greenhouse asks us to wait, read from an answer's headers (pure functions, so that they are
// unit-tested and fuzzed apart from the transport that obeys them).

// Retry-After: delay-seconds or an HTTP date (RFC 9110 §10.2.3), never negative; nullopt when unreadable.
[[nodiscard]] std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value,
                                                                  const QDateTime &now);

// The time before which no request should go to that origin again, or an invalid QDateTime when the answer
// asks for no wait: a 429's Retry-After (2 s when unreadable), or X-RateLimit-Reset (epoch seconds) when
// X-RateLimit-Remaining is 0 (1 s when unreadable). Capped at `now + cap`.
[[nodiscard]] QDateTime rateLimitUntil(int status, const QByteArray &retryAfter, const QByteArray &remaining,
                                       const QByteArray &reset, const QDateTime &now,
                                       std::chrono::seconds cap);

// Per origin ("https://host:443"): when the next request may leave. From 429s (Retry-After) and from what
// each answer says is left of its window (X-RateLimit-Remaining/Reset), less the requests sent since and
// those still in flight (the server may not have counted them yet): a spent budget waits for the window's
// reset (at most `cap`) instead of walking into a 429.
class RateGate {
public:
    explicit RateGate(std::chrono::seconds cap)
        : m_cap(cap) {}

    // An answer from `origin` arrived (its request settled first).
    void note(const QString &origin, int status, const QByteArray &retryAfter, const QByteArray &remaining,
              const QByteArray &reset, const QDateTime &now);
    // When a request to `origin` may leave; invalid: now, and it is counted against the window's budget.
    // Every granted turn is settled once, when its request ends: answered, failed, cancelled.
    [[nodiscard]] QDateTime takeTurn(const QString &origin, const QDateTime &now);
    void settle(const QString &origin);

private:
    struct Budget {
        qint64 remaining = 0;
        QDateTime reset;
    };
    std::chrono::seconds m_cap;
    QHash<QString, QDateTime> m_until; // 429 Retry-After, X-RateLimit-Remaining: 0
    QHash<QString, Budget> m_budget;   // forgotten once its window is over
    QHash<QString, int> m_inFlight;    // turns taken, not yet settled
};

} // namespace jt
