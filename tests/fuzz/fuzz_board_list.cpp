// One page of GET /v3/job_boards (HarvestV3Client::parseBoards): only real tokens are offered, in lower
// case, and every name shown is clean.

#include "FuzzCheck.h"
#include "greenhouse/Endpoints.h"
#include "greenhouse/HarvestV3Client.h"

using namespace jt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const auto boards = HarvestV3Client::parseBoards(fuzz::bytes(data, size));
    if (!boards)
        return 0;
    for (const VisibleBoard &board : *boards) {
        FUZZ_CHECK(GreenhouseEndpoints::isBoardToken(board.token));
        FUZZ_CHECK(board.token == board.token.toLower());
        FUZZ_CHECK(fuzz::showsOnlySafeCharacters(board.name, false));
        FUZZ_CHECK(board.name.size() <= 200);
    }
    return 0;
}
