#pragma once

#include <QByteArray>
#include <QHash>
#include <QUrl>

namespace jt {

// RFC 8288 Link header: relation ("next", "prev", "last") to target, resolved against `base`.
// Greenhouse's pages are followed exactly as linked, never built by hand.
QHash<QString, QUrl> parseLinkHeader(const QByteArray &value, const QUrl &base);

} // namespace jt
