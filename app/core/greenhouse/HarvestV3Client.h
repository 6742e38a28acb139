#pragma once

#include "HarvestClient.h"

#include <QList>
#include <memory>

namespace jt {

// Harvest v3: OAuth client credentials. The token is fetched once and re-used until shortly before it
// expires.
class HarvestV3Client : public HarvestClient {
    Q_OBJECT
public:
    HarvestV3Client(HttpTransport *transport, GreenhouseEndpoints endpoints, QString clientId, QString secret,
                    QString userId, QObject *parent = nullptr);

    void authenticate(std::function<void(CredentialOutcome)> done) override;
    void probe(const RequiredPermission &permission, std::function<void(ProbeOutcome)> done) override;
    void lookupJobs(const QList<qint64> &ids, std::function<void(SameAccountOutcome)> done) override;
    void listBoards(std::function<void(BoardListing)> done) override;

    static constexpr qsizetype MaxIdsPerFilter = 50; // Greenhouse answers 422 to a longer ids= list

    // For the token answer: expiry from expires_in, expires_at or expires (whichever is present).
    static QDateTime expiryOf(const QJsonObject &token, const QDateTime &now);
    // One page of GET /v3/job_boards: the boards with a real token (nullopt: not a JSON array).
    static std::optional<QList<VisibleBoard>> parseBoards(const QByteArray &body);
    // The one sentence for "Greenhouse refused this Client ID and Client Secret", wherever it is decided.
    static QString rejectedMessage();

private:
    // GET with the bearer token; a 401 gets one fresh token and one more try, a second 401 means rejected.
    void getWithToken(const QUrl &url, qint64 maxBytes,
                      std::function<void(const HttpResponse &, bool rejected)> done, bool isRetry = false);
    void requestToken();
    void collectBoards(const QUrl &page, int pagesLeft, const std::shared_ptr<BoardListing> &listing,
                       const std::function<void(BoardListing)> &done);
    CredentialOutcome judgeToken(const HttpResponse &response);

    QString m_clientId;
    QString m_secret;
    QString m_userId;
    QByteArray m_token;
    QDateTime m_tokenExpires;
    int m_tokenGeneration = 0;
    bool m_tokenRequested = false;
    CredentialOutcome m_lastOutcome;
    QList<std::function<void(CredentialOutcome)>> m_waitingForToken;
};

} // namespace jt
