#pragma once

#include "SimScenario.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>
#include <memory>

namespace jt::sim {

class SimHttpServer;

// What the simulator saw, for tests to assert on.
struct SeenRequest {
    Api api;
    QByteArray method;
    QByteArray target;        // path and query as sent
    QByteArray authorization; // as received (tests check it never reaches another host)
    QByteArray body;
};

struct SimTls {
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    QSslKey key;
};

// A Greenhouse on 127.0.0.1: the token endpoint, Harvest v1 and v3, and the Job Board API, each on its own
// port (three hosts, as in reality). Used by the tests, the benchmark and the wizard's --demo mode.
class SimulatedGreenhouse : public QObject {
    Q_OBJECT
public:
    // Known good credentials of the simulated account.
    static constexpr const char *ClientId = "jobtarget-4417";
    static constexpr const char *ClientSecret = "sim-client-secret-5c1e0a7b2d9f";
    static constexpr const char *SiteAdminUserId = "4080123";
    static constexpr const char *BasicUserId = "4080456"; // exists but is not a Site Admin
    static constexpr const char *HarvestKey = "3c5ef1a2b7d94e60a1f28c4d9b0e7f13";
    // The same credential's new secret after a rotation (scenario secretRotated: both work, as Greenhouse
    // keeps a rotated secret valid for up to a week), and a second credential of the account.
    static constexpr const char *RotatedClientSecret = "sim-client-secret-rotated-8e41d07a";
    static constexpr const char *OtherClientId = "jobtarget-5521";
    static constexpr const char *OtherClientSecret = "sim-other-client-secret-93b2f6c1";
    // Boards: acme (12 live jobs, this account), quietco (no live jobs), othercorp (another account's jobs),
    // bigboard (5,000 live jobs, this account).
    static constexpr const char *BoardToken = "acme";
    // The account's internal board (for employees): listed by /v3/job_boards with "internal": true, never
    // offered to JobTarget, not on the public Job Board API.
    static constexpr const char *InternalBoardToken = "acme-internal";
    static constexpr qint64 InternalBoardId = 4009;

    explicit SimulatedGreenhouse(QObject *parent = nullptr);
    ~SimulatedGreenhouse() override;

    // Listens on three ports of `address`; with tls set, every port speaks HTTPS only. The account's data
    // (a 5,000-job board among them) is built first unless `dataOnFirstRequest`: then whoever needs it first,
    // prepareData() or a request, builds it (the demo starts before the wizard's first paint, this after).
    bool start(const QHostAddress &address = QHostAddress::LocalHost, const SimTls *tls = nullptr,
               bool dataOnFirstRequest = false);
    static void prepareData();
    void stop();

    QUrl authUrl() const;    // base: POST {authUrl}/token
    QUrl harvestUrl() const; // base: {harvestUrl}/v1/..., {harvestUrl}/v3/...
    QUrl boardsUrl() const;  // base: {boardsUrl}/v1/boards/{token}

    SimScenario &scenario();
    const SimScenario &scenario() const;
    void setScenario(const SimScenario &scenario);

    const QList<SeenRequest> &seen() const;
    // 429s answered because a rate-limit window's budget was spent (scenario.v3RequestsPerWindow).
    int throttledAnswers() const;
    void clearSeen();
    int tokensIssued() const;
    // Makes every token issued so far expired, as if its lifetime had passed (tests of token refresh).
    void expireTokens();

signals:
    void requestSeen(const jt::sim::SeenRequest &request);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace jt::sim
