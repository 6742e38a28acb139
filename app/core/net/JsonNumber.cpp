#include "JsonNumber.h"

#include <QJsonValue>

#include <cmath>

namespace jt {

namespace {
constexpr double ExactLimit = 9007199254740992.0; // 2^53
}

std::optional<qint64> wholeNumber(double value) {
    if (!std::isfinite(value) || std::trunc(value) != value || std::fabs(value) > ExactLimit)
        return std::nullopt;
    return qint64(value);
}

std::optional<qint64> jsonInteger(const QJsonValue &value) {
    if (value.isDouble())
        return wholeNumber(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        if (ok && std::fabs(double(parsed)) <= ExactLimit)
            return parsed;
    }
    return std::nullopt;
}

} // namespace jt
