#pragma once

#include "Endpoints.h"
#include "Permissions.h"
#include "net/HttpTransport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QObject>
#include <functional>
#include <optional>

namespace jt {

enum class CredentialStatus { Accepted, Rejected, Unreachable, NotChecked };
enum class PermissionStatus { Granted, Missing, Unreachable, NotChecked };

struct CredentialOutcome {
    CredentialStatus status = CredentialStatus::NotChecked;
    NetworkProblem problem = NetworkProblem::None;
    QString message;    // translated sentence for people
    QString serverText; // what Greenhouse said, scrubbed
    QDateTime expires;  // v3 token expiry
    // v3: the user ID given as the token's subject when Greenhouse answered it with empty lists while the
    // credential's own service account saw the board's jobs: not a Site Admin's.
    QString notSiteAdminUserId;
};

struct ProbeOutcome {
    PermissionStatus status = PermissionStatus::NotChecked;
    bool credentialRejected = false; // the answer said the credential itself is not valid
    NetworkProblem problem = NetworkProblem::None;
    QString detail; // scrubbed technical detail or server text
};

struct SameAccountOutcome {
    std::optional<bool> sameAccount; // nullopt: not decidable
    QString reason;                  // why not decidable
};

// An external job board the credential can see (GET /v3/job_boards); internal boards are never kept.
struct VisibleBoard {
    QString token;
    QString name;     // Greenhouse's company_name
    bool live = true; // "status": "live"; false for "draft" (not published)
};

struct BoardListing {
    bool available = false; // the credential may list boards
    QList<VisibleBoard> boards;
    NetworkProblem problem = NetworkProblem::None;
};

// What the verifier needs from a Harvest credential of either kind.
class HarvestClient : public QObject {
    Q_OBJECT
public:
    HarvestClient(HttpTransport *transport, GreenhouseEndpoints endpoints, QObject *parent);

    // v3: obtains (or re-uses) a token. v1: a key has no separate check; it is judged by its probes.
    virtual void authenticate(std::function<void(CredentialOutcome)> done) = 0;
    virtual void probe(const RequiredPermission &permission, std::function<void(ProbeOutcome)> done) = 0;
    // Do any of these Harvest job ids exist in the credential's account?
    virtual void lookupJobs(const QList<qint64> &ids, std::function<void(SameAccountOutcome)> done) = 0;
    // Boards the credential can see (v3 with the job boards scope); v1 cannot list boards.
    virtual void listBoards(std::function<void(BoardListing)> done);

    // Pure readers of an answer (public for the fuzz targets). The parts of a probe answer that mean the same
    // for both kinds (200 with the expected JSON, 403, 404 on a per-job endpoint, odd answers); 401 is left
    // to the caller.
    static ProbeOutcome judgeProbe(const RequiredPermission &permission, const HttpResponse &response);
    static bool isJsonObjectOrEmpty(const QByteArray &body);
    static std::optional<QJsonDocument> parseJson(const QByteArray &body);

protected:
    HttpTransport *m_transport;
    GreenhouseEndpoints m_endpoints;
};

} // namespace jt
