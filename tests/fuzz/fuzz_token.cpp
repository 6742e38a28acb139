// The token endpoint's answer (HarvestV3Client): any JSON gives a valid expiry; a numeric lifetime
// ("expires_in") gives one between now and a day from now, however large or odd.

#include "FuzzCheck.h"
#include "greenhouse/HarvestV3Client.h"

#include <QJsonObject>
#include <QTimeZone>

using namespace jt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const auto document = HarvestClient::parseJson(fuzz::bytes(data, size));
    if (!document || !document->isObject())
        return 0;
    const QJsonObject token = document->object();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1796040000, QTimeZone::utc());
    const QDateTime expires = HarvestV3Client::expiryOf(token, now);
    FUZZ_CHECK(expires.isValid());
    // A lifetime the server gives is obeyed, up to a day: never expired on arrival, never kept for ever.
    const QJsonValue lifetime = token.value(QLatin1String("expires_in"));
    if (lifetime.isDouble() && lifetime.toDouble() >= 0)
        FUZZ_CHECK(expires >= now && expires <= now.addDays(1));
    return 0;
}
