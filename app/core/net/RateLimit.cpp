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

} // namespace jt
