// Board token or job board address as pasted (BoardTokenInput): either a token that is one — lower case,
// letters, digits, "-" and "_" — or a reason, never both and never neither.

#include "FuzzCheck.h"
#include "greenhouse/Endpoints.h"
#include "verify/BoardToken.h"

using namespace jt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const BoardTokenInput parsed = BoardTokenInput::parse(QString::fromUtf8(fuzz::bytes(data, size)));
    FUZZ_CHECK(parsed.token.isEmpty() != parsed.error.isEmpty());
    if (!parsed.token.isEmpty()) {
        FUZZ_CHECK(GreenhouseEndpoints::isBoardToken(parsed.token));
        FUZZ_CHECK(parsed.token == parsed.token.toLower());
        // Normalised: parsing the token again gives the same token.
        FUZZ_CHECK(BoardTokenInput::parse(parsed.token).token == parsed.token);
    }
    return 0;
}
