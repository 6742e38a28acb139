#pragma once

#include "net/ByteSize.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace jt::sim {

using namespace byte_size;

// Which of the simulated hosts a fault applies to.
enum class Api { Auth, Harvest, Boards };

enum class TokenExpiry { ExpiresIn, ExpiresAt, Expires, Missing };

enum class Fault {
    None,
    RateLimited,       // 429 with Retry-After: retryAfterSeconds, X-RateLimit-Reset
    ServerError,       // 503 with a JSON body
    DropConnection,    // close the socket without answering
    NeverAnswer,       // read the request, never answer, keep the socket open
    MalformedJson,     // 200, application/json, not JSON
    TruncatedJson,     // 200, Content-Length larger than what is sent, then close
    CaptivePortal,     // 200, text/html login page
    Oversized,         // 200, application/json with a body of oversizedBytes
    RedirectElsewhere, // 302 to redirectTarget (another host)
    Drip,              // 200, then the body one byte every dripMs, never finishing in any useful time
    EndlessBody,       // 200, Transfer-Encoding: chunked, chunks that never end
    ProxySignIn        // 401, text/html: a proxy or portal asking to sign in, not Greenhouse
};

struct FaultRule {
    Api api = Api::Harvest;
    Fault fault = Fault::None;
    int count = -1;       // how many requests it hits; -1 = every request
    QString pathContains; // empty = every path of that API
};

// Everything the simulated Greenhouse can be made to do. Tests change it between requests.
struct SimScenario {
    // v3 scopes ("harvest:jobs:list") and v1 permission ids ("jobs.retrieve") the credential lacks.
    QSet<QString> missingPermissions;
    bool jobBoardsScopeGranted = true; // v3 board discovery (harvest:job_boards:list)
    QSet<QString> unlistedBoards;   // board tokens that discovery leaves out (an account with fewer boards)
    QSet<QString> draftBoards;      // board tokens that discovery answers with "status": "draft"
    QList<QJsonObject> extraBoards; // answered by v3 discovery after the account's boards, exactly as given
    bool v1MissingAnsweredAs401 = false; // the UNCONFIRMED variant of "no permission"
    // A user who is not a Site Admin as the token's subject: Greenhouse's docs say such users "will not
    // return results" (empty lists); some clients report 403. Both are played.
    bool nonAdminSubjectGetsEmptyLists = false;
    bool secretRotated = false; // ClientId takes RotatedClientSecret as well as ClientSecret (for a week)
    TokenExpiry tokenExpiry = TokenExpiry::ExpiresAt; // an RFC 3339 time, as Greenhouse's v3 clients read it
    int tokenLifetimeSeconds = 3600;
    int latencyMs = 0;   // added before every answer
    int boardCopies = 1; // each board's live jobs listed this many times (a bigger board, for benchmarks)
    int retryAfterSeconds = 1;
    // v3's rate limit for real: this many requests per window (0: the headers only, never below 10 left).
    int v3RequestsPerWindow = 0;
    int v3WindowSeconds = 30;
    qint64 oversizedBytes = 8_MiB;
    int dripMs = 1000;
    QString redirectTarget; // absolute URL for Fault::RedirectElsewhere
    QList<FaultRule> faults;
};

} // namespace jt::sim
