#pragma once

#include <QLoggingCategory>

namespace jt {

// "jt.net": one line per request that ended — method, address without its query, status or problem, attempts,
// milliseconds. Never a header or a body; what a server might echo is scrubbed. Off unless asked for:
// QT_LOGGING_RULES="jt.net.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace jt
