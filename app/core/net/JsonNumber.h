#pragma once

#include <QtGlobal>

#include <optional>

class QJsonValue;

namespace jt {

// A whole number from a server's JSON (an id, a count, seconds), or nothing when the value is not one: not a
// number (or a string of one), not finite, not whole, or beyond ±2^53, where a JSON number has lost digits.
// Never a cast of an arbitrary double (1e30 would be undefined behaviour).
[[nodiscard]] std::optional<qint64> jsonInteger(const QJsonValue &value);
std::optional<qint64> wholeNumber(double value);

} // namespace jt
