// The Link header of a list answer (RFC 8288), which decides the next page: every relation found names a
// valid address, resolved against the page it came from.

#include "FuzzCheck.h"
#include "net/LinkHeader.h"

#include <QUrl>

using namespace jt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QUrl base(QStringLiteral("https://harvest.greenhouse.io/v3/jobs?per_page=500"));
    const auto links = parseLinkHeader(fuzz::bytes(data, size), base);
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        FUZZ_CHECK(!it.key().isEmpty() && it.key() == it.key().toLower());
        FUZZ_CHECK(it.value().isValid());
        FUZZ_CHECK(!it.value().isRelative());
    }
    return 0;
}
