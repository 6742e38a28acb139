// A Harvest answer to a permission probe (HarvestClient::judgeProbe), for every required permission and
// the statuses that decide something: whatever the body, a verdict comes out, its words are clean and the
// body's text never reaches it raw.

#include "FuzzCheck.h"
#include "greenhouse/HarvestClient.h"
#include "greenhouse/Permissions.h"
#include "net/HttpTransport.h"

using namespace jt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    HttpResponse response;
    response.body = fuzz::bytes(data, size);
    HarvestClient::isJsonObjectOrEmpty(response.body);
    for (const CredentialKind kind : {CredentialKind::HarvestV3, CredentialKind::HarvestV1}) {
        for (const RequiredPermission &permission : requiredPermissions(kind)) {
            for (const int status : {200, 401, 403, 404, 422, 500}) {
                response.status = status;
                const ProbeOutcome outcome = HarvestClient::judgeProbe(permission, response);
                FUZZ_CHECK(fuzz::showsOnlySafeCharacters(outcome.detail, false));
            }
        }
    }
    return 0;
}
