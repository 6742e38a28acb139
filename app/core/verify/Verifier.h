#pragma once

#include "VerificationReport.h"
#include "greenhouse/Endpoints.h"
#include "net/HttpTransport.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace jt {

class HarvestClient;
class JobBoardClient;

struct VerificationRequest {
    CredentialKind kind = CredentialKind::HarvestV3;
    QString clientId;   // v3
    QString userId;     // v3, optional
    QString secret;     // v3 Client Secret or v1 API key
    QString boardToken; // normalised (BoardTokenInput); empty: the board check is skipped
    GreenhouseEndpoints endpoints;
};

// Runs every check of a connection, concurrently where the checks do not depend on each other: the token (v3)
// and the public board first, then the permission probes, board discovery and the same-account look-up.
class Verifier : public QObject {
    Q_OBJECT
public:
    explicit Verifier(TransportSettings settings = {}, QObject *parent = nullptr);
    ~Verifier() override;

    void start(const VerificationRequest &request);
    void cancel();
    bool isRunning() const { return m_pending > 0; }
    const VerificationReport &report() const { return m_report; }

    static constexpr int TitlesShown = 5;
    static constexpr int SameAccountSample = 3;

signals:
    void progressed(); // a part of the report changed
    void rateLimited(const QDateTime &until);
    // A request went out (again): attempt `attempt` of at most `maxAttempts`, given up by `givesUpBy`.
    void attempting(int attempt, int maxAttempts, const QDateTime &givesUpBy);
    void finished();

private:
    void checkBoard();
    void checkCredential();
    void runProbes();
    void maybeCheckSameAccount();
    void lookAgainWithoutUserId();
    void judgeUserId();
    void partDone();
    void finalise();

    HttpTransport *m_transport;
    VerificationRequest m_request;
    VerificationReport m_report;
    QPointer<HarvestClient> m_harvest;
    QPointer<HarvestClient> m_serviceAccount; // v3 without the user ID, for one look-up (judgeUserId)
    std::optional<bool> m_seenWithoutUserId;
    QPointer<JobBoardClient> m_boards;
    QList<qint64> m_sampleIds;
    bool m_boardJobsKnown = false;
    bool m_credentialAccepted = false;
    bool m_sameAccountStarted = false;
    bool m_cancelled = false;
    QTimer m_deadline; // the run's --deadline
    bool m_anyRejection = false;
    int m_pending = 0;
};

} // namespace jt
