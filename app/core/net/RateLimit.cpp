#include "RateLimit.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace jt {

std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now) {
    bool ok = false;
    const qint64 secs = value.trimmed().toLongLong(&ok);
    if (ok)
        return std::chrono::seconds(std::clamp<qint64>(secs, 0, 365LL * 24 * 3600));
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(when)));
}

QDateTime rateLimitUntil(int status, const QByteArray &retryAfter, const QByteArray &remaining,
                         const QByteArray &reset, const QDateTime &now, std::chrono::seconds cap) {
    QDateTime until;
    if (status == 429) {
        const auto wait = parseRetryAfter(retryAfter, now);
        until = now.addSecs(wait ? std::min<qint64>(wait->count(), cap.count() + 1) : 2);
    } else if (remaining.trimmed() == "0") {
        bool ok = false;
        const qint64 epoch = reset.trimmed().toLongLong(&ok);
        // Beyond the cap it is capped anyway; out of QDateTime's range it would be invalid.
        const qint64 capped = std::clamp<qint64>(epoch, 0, now.toSecsSinceEpoch() + cap.count() + 1);
        until = ok ? QDateTime::fromSecsSinceEpoch(capped, QTimeZone::utc()) : now.addSecs(1);
    }
    if (!until.isValid() || until <= now)
        return {};
    return std::min(until, now.addSecs(cap.count()));
}

void RateGate::note(const QString &origin, int status, const QByteArray &retryAfter,
                    const QByteArray &remaining, const QByteArray &reset, const QDateTime &now) {
    const QDateTime until = rateLimitUntil(status, retryAfter, remaining, reset, now, m_cap);
    if (until.isValid()) {
        QDateTime &gate = m_until[origin];
        gate = std::max(gate.isValid() ? gate : now, until);
    }
    if (status == 429) { // Retry-After says when (above); the window is unknown until then
        m_budget.remove(origin);
        return;
    }
    // What is left of the window: the answer's word less the requests still in flight, unless fewer are left
    // by our own count (requests sent after it was counted).
    bool counted = false;
    bool timed = false;
    const qint64 answered = remaining.trimmed().toLongLong(&counted);
    const qint64 resetSeconds = reset.trimmed().toLongLong(&timed);
    if (!counted || !timed || answered < 0)
        return;
    const qint64 left = answered - m_inFlight.value(origin);
    // Whole seconds, perhaps rounded down: the window is taken to end a second later.
    const QDateTime resetAt = QDateTime::fromSecsSinceEpoch(
        std::clamp<qint64>(resetSeconds, 0, now.toSecsSinceEpoch() + 3600) + 1, QTimeZone::utc());
    Budget &budget = m_budget[origin];
    if (budget.reset.isValid() && resetAt < budget.reset)
        return; // a late answer from the window before: the newer window's count stands
    budget.remaining = budget.reset == resetAt ? std::min(budget.remaining, left) : left;
    budget.reset = resetAt;
}

QDateTime RateGate::takeTurn(const QString &origin, const QDateTime &now) {
    QDateTime gate = m_until.value(origin);
    auto budget = m_budget.find(origin);
    if (budget != m_budget.end() && budget->reset <= now) {
        m_budget.erase(budget); // a new window: unknown until its first answer
        budget = m_budget.end();
    }
    if (budget != m_budget.end() && budget->remaining <= 0) {
        const QDateTime reset = std::min(budget->reset, now.addSecs(m_cap.count()));
        gate = gate.isValid() ? std::max(gate, reset) : reset;
    }
    if (gate.isValid() && now.msecsTo(gate) > 20)
        return gate;
    if (budget != m_budget.end())
        --budget->remaining;
    ++m_inFlight[origin];
    return {};
}

void RateGate::settle(const QString &origin) {
    auto inFlight = m_inFlight.find(origin);
    if (inFlight != m_inFlight.end() && --*inFlight <= 0)
        m_inFlight.erase(inFlight);
}

} // namespace jt
