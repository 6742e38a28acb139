#pragma once

#include <QMetaType>
#include <QString>

namespace jt {

// Why a request could not give a usable answer. Everything except None means "couldn't check".
enum class NetworkProblem {
    None,
    Network,          // connection refused, dropped, no route, proxy failure
    Dns,              // host name not found
    Tls,              // certificate or handshake failure (never ignored)
    Timeout,          // nothing connected, or silence longer than the per-attempt timeout
    RateLimited,      // 429 beyond the retry budget
    ServerError,      // 5xx beyond the retry budget
    UnexpectedAnswer, // not what Greenhouse sends: HTML, bad JSON, truncated, oversized, odd redirect
    Refused,          // our own policy refused to send it (plain http to a non-loopback host)
    Cancelled,        // the user cancelled
    Deadline,         // the whole check ran out of time (--deadline, rate-limit waits included)
};

// Stable machine word for JSON ("network", "dns", ...).
QString problemWord(NetworkProblem problem);
// One translated sentence for people: what went wrong and what to try.
QString problemSentence(NetworkProblem problem);

} // namespace jt

Q_DECLARE_METATYPE(jt::NetworkProblem)
