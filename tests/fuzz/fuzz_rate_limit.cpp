// Retry-After and X-RateLimit-* (RateLimit.h): a wait is never negative and never longer than the cap,
// whatever the headers say (numbers beyond 64 bits, dates in year 9999, signs, garbage) — also through the
// RateGate, with requests in flight and settled in between.

#include "FuzzCheck.h"
#include "net/RateLimit.h"

#include <QList>
#include <QTimeZone>

using namespace jt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    const QList<QByteArray> lines = input.split('\n');
    const QByteArray retryAfter = lines.value(0);
    const QByteArray remaining = lines.value(1);
    const QByteArray reset = lines.value(2);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1796040000, QTimeZone::utc()); // 2026-11-30
    const std::chrono::seconds cap(30);

    if (const auto wait = parseRetryAfter(retryAfter, now))
        FUZZ_CHECK(wait->count() >= 0);
    for (const int status : {200, 429, 503}) {
        const QDateTime until = rateLimitUntil(status, retryAfter, remaining, reset, now, cap);
        if (until.isValid()) {
            FUZZ_CHECK(until > now);
            FUZZ_CHECK(until <= now.addSecs(cap.count()));
        }
    }

    RateGate gate(cap);
    const QString origin = QStringLiteral("https://harvest.greenhouse.io:443");
    int inFlight = 0;
    for (int step = 0; step < 6; ++step) {
        const QDateTime at = now.addSecs(step);
        const QDateTime wait = gate.takeTurn(origin, at);
        if (wait.isValid()) {
            FUZZ_CHECK(wait > at);
            FUZZ_CHECK(wait <= at.addSecs(cap.count()));
        } else {
            ++inFlight;
        }
        if (inFlight > 0 && step % 2 == 1) {
            gate.settle(origin);
            --inFlight;
            gate.note(origin, step == 5 ? 429 : 200, retryAfter, remaining, reset, at);
        }
    }
    return 0;
}
