// Drives the simulated Greenhouse with a plain QNetworkAccessManager over real sockets, HTTP and HTTPS.

#include "TestTls.h"
#include "UnderWine.h"
#include "net/ByteSize.h"
#include "sim/SimulatedGreenhouse.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using jt::sim::Api;
using jt::sim::Fault;
using jt::sim::FaultRule;
using jt::sim::SimulatedGreenhouse;
using jt::sim::TokenExpiry;

Q_DECLARE_METATYPE(jt::sim::TokenExpiry)

using namespace jt::byte_size;

namespace {

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const { return headers.value(name); }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

QByteArray basic(const QByteArray &user, const QByteArray &password) {
    return "Basic " + (user + ':' + password).toBase64();
}

QUrl at(const QUrl &base, const char *pathAndQuery) {
    return QUrl(base.toString() + QLatin1String(pathAndQuery));
}

QUrl at(const QUrl &base, const QString &pathAndQuery) {
    return QUrl(base.toString() + pathAndQuery);
}

// "<url>; rel="next",<url>; rel="last"" -> rel -> url
QHash<QByteArray, QUrl> parseLinks(const QByteArray &header) {
    QHash<QByteArray, QUrl> links;
    for (const QByteArray &part : header.split(',')) {
        const qsizetype open = part.indexOf('<');
        const qsizetype close = part.indexOf('>');
        const qsizetype rel = part.indexOf("rel=\"");
        if (open < 0 || close < open || rel < 0)
            continue;
        const QByteArray name = part.mid(rel + 5, part.indexOf('"', rel + 5) - rel - 5);
        links.insert(name, QUrl::fromEncoded(part.mid(open + 1, close - open - 1)));
    }
    return links;
}

const char *const SiteAdmin = SimulatedGreenhouse::SiteAdminUserId;

} // namespace

class TstSimulator : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SimulatedGreenhouse> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QSslConfiguration m_tlsConfig; // used for https URLs

    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &authorization = {},
               const QByteArray &body = {}, int transferTimeoutMs = 0,
               const QHash<QByteArray, QByteArray> &extraHeaders = {}) {
        QNetworkRequest request(url);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArray("application/x-www-form-urlencoded"));
        for (auto it = extraHeaders.cbegin(); it != extraHeaders.cend(); ++it)
            request.setRawHeader(it.key(), it.value());
        // Redirects are what the test looks at, not something to follow.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (transferTimeoutMs > 0)
            request.setTransferTimeout(transferTimeoutMs);
        if (url.scheme() == QLatin1String("https"))
            request.setSslConfiguration(m_tlsConfig);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Reply result;
        if (!finished.wait(10000)) {
            reply->abort();
            delete reply;
            result.error = QNetworkReply::TimeoutError;
            return result;
        }
        result.elapsedMs = timer.elapsed();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        if (reply->isOpen()) // not after a transfer timeout aborted it
            result.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        delete reply;
        return result;
    }

    Reply get(const QUrl &url, const QByteArray &authorization = {}) {
        return send("GET", url, authorization);
    }

    Reply requestToken(const QByteArray &sub) {
        const QByteArray body =
            "grant_type=client_credentials" + (sub.isEmpty() ? QByteArray() : "&sub=" + sub);
        return send("POST", at(m_sim->authUrl(), "/token"),
                    basic(SimulatedGreenhouse::ClientId, SimulatedGreenhouse::ClientSecret), body);
    }

    QByteArray bearer(const QByteArray &sub = SiteAdmin) {
        const Reply reply = requestToken(sub);
        return "Bearer " + reply.object().value(QStringLiteral("access_token")).toString().toLatin1();
    }

    QByteArray harvestKey() const { return basic(SimulatedGreenhouse::HarvestKey, QByteArray()); }

    void startSim(const jt::sim::SimTls *tls) {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_sim = std::make_unique<SimulatedGreenhouse>();
        QVERIFY(m_sim->start(QHostAddress::LocalHost, tls));
    }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tokenSuccess_data();
    void tokenSuccess();
    void tokenErrors_data();
    void tokenErrors();

    void v3ListsAndScopes();
    void v3SiteAdminAndServiceAccount();
    void v3RejectsBadOrExpiredTokens();
    void v3CursorPagination();
    void v3UnprocessableAndNotFound();

    void v1Authentication();
    void v1Permissions_data();
    void v1Permissions();
    void v1LookupsAndShapes();
    void v1LinkPagination();

    void boards();
    void boardErrorsAndETag();

    void seenRequests();
    void faultRateLimited();
    void faultServerErrorCountsDown();
    void faultDropConnection();
    void faultNeverAnswer();
    void faultMalformedAndCaptive();
    void faultTruncated();
    void faultOversized();
    void faultRedirect();
    void latency();
    void parallelKeepAlive();
    void stopFromSlotAndRestart();

    void httpsEndToEnd();
    void httpsUntrustedCaFails();
};

void TstSimulator::initTestCase() {
    QVERIFY(QFile::exists(jt::test::testCaFile()));
    m_tlsConfig = QSslConfiguration::defaultConfiguration();
    m_tlsConfig.addCaCertificates(QSslCertificate::fromPath(jt::test::testCaFile()));
}

void TstSimulator::init() {
    startSim(nullptr);
}

void TstSimulator::cleanup() {
    m_nam.reset();
    m_sim.reset();
}

void TstSimulator::tokenSuccess_data() {
    QTest::addColumn<TokenExpiry>("expiry");
    QTest::addColumn<QString>("field");
    QTest::newRow("expires_in") << TokenExpiry::ExpiresIn << QStringLiteral("expires_in");
    QTest::newRow("expires_at") << TokenExpiry::ExpiresAt << QStringLiteral("expires_at");
    QTest::newRow("expires") << TokenExpiry::Expires << QStringLiteral("expires");
    QTest::newRow("missing") << TokenExpiry::Missing << QString();
}

void TstSimulator::tokenSuccess() {
    QFETCH(TokenExpiry, expiry);
    QFETCH(QString, field);
    m_sim->scenario().tokenExpiry = expiry;
    m_sim->scenario().tokenLifetimeSeconds = 1800;
    const Reply reply = requestToken(SiteAdmin);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("content-type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(reply.header("cache-control"), QByteArray("no-store"));
    QVERIFY(!reply.header("date").isEmpty());
    const QJsonObject object = reply.object();
    QCOMPARE(object.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QVERIFY(object.value(QStringLiteral("access_token")).toString().size() > 20);
    const QStringList expiryFields{QStringLiteral("expires_in"), QStringLiteral("expires_at"),
                                   QStringLiteral("expires")};
    for (const QString &name : expiryFields)
        QCOMPARE(object.contains(name), name == field);
    if (expiry == TokenExpiry::ExpiresAt) {
        const QDateTime at = QDateTime::fromString(object.value(field).toString(), Qt::ISODate);
        QVERIFY(at.isValid());
        QCOMPARE(at.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(at) - 1800) < 10);
    } else if (!field.isEmpty()) {
        QCOMPARE(object.value(field).toInt(), 1800);
    }
    QCOMPARE(m_sim->tokensIssued(), 1);
    // Without sub: the credential's service account.
    QCOMPARE(requestToken(QByteArray()).status, 200);
    QCOMPARE(m_sim->tokensIssued(), 2);
}

void TstSimulator::tokenErrors_data() {
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    const QByteArray id = SimulatedGreenhouse::ClientId;
    const QByteArray secret = SimulatedGreenhouse::ClientSecret;
    const QByteArray form = "grant_type=client_credentials";
    QTest::newRow("no credentials") << QByteArray() << form << 401 << QStringLiteral("message")
                                    << QStringLiteral("Unauthorized");
    QTest::newRow("bearer instead of basic") << QByteArray("Bearer abc") << form << 401
                                             << QStringLiteral("message") << QStringLiteral("Unauthorized");
    QTest::newRow("no id suffix") << basic("jobtarget", secret) << form << 400 << QStringLiteral("message")
                                  << QStringLiteral(
                                         "client_id=jobtarget does not contain a valid client ID suffix");
    QTest::newRow("unknown id") << basic("someone-12", secret) << form << 401 << QStringLiteral("error")
                                << QStringLiteral("invalid_client");
    QTest::newRow("wrong secret") << basic(id, "nope") << form << 401 << QStringLiteral("error")
                                  << QStringLiteral("invalid_client");
    QTest::newRow("no grant_type") << basic(id, secret) << QByteArray("sub=4080123") << 400
                                   << QStringLiteral("error") << QStringLiteral("unsupported_grant_type");
    QTest::newRow("other grant_type") << basic(id, secret) << QByteArray("grant_type=password") << 400
                                      << QStringLiteral("error") << QStringLiteral("unsupported_grant_type");
    QTest::newRow("unknown sub") << basic(id, secret) << QByteArray(form + "&sub=999") << 400
                                 << QStringLiteral("error") << QStringLiteral("invalid_request");
}

void TstSimulator::tokenErrors() {
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const Reply reply = send("POST", at(m_sim->authUrl(), "/token"), authorization, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.object().value(field).toString(), value);
    QVERIFY(!reply.body.contains(SimulatedGreenhouse::ClientSecret));
    QCOMPARE(m_sim->tokensIssued(), 0);
}

void TstSimulator::v3ListsAndScopes() {
    const QByteArray token = bearer();
    Reply reply = get(at(m_sim->harvestUrl(), "/v3/jobs?ids=4170001001,4170001002"), token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.array().size(), 2);
    QCOMPARE(reply.array().at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Robotics Software Engineer"));
    QVERIFY(reply.header("link").isEmpty());
    QCOMPARE(reply.header("x-ratelimit-limit"), QByteArray("75"));
    QVERIFY(reply.header("x-ratelimit-remaining").toInt() >= 10);
    QVERIFY(reply.header("x-ratelimit-reset").toLongLong() >= QDateTime::currentSecsSinceEpoch());

    reply = get(at(m_sim->harvestUrl(), "/v3/job_posts?job_ids=4170001001"), token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.array().size(), 2); // the live post and an unpublished one
    QCOMPARE(reply.array().at(0).toObject().value(QStringLiteral("job_id")).toInteger(), 4170001001);
    reply = get(at(m_sim->harvestUrl(), "/v3/openings?job_ids=4170001002"), token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.array().size(), 2);
    QVERIFY(reply.array().at(0).toObject().value(QStringLiteral("open")).toBool());

    reply = get(at(m_sim->harvestUrl(), "/v3/job_boards"), token);
    QCOMPARE(reply.status, 200);
    // As Greenhouse's v3 reference has it: company_name (no "name"), status live or draft, internal.
    QStringList tokens;
    for (const QJsonValue board : reply.array()) {
        const QJsonObject object = board.toObject();
        tokens << object.value(QStringLiteral("url_token")).toString();
        QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("live"));
        QVERIFY(!object.value(QStringLiteral("company_name")).toString().isEmpty());
        QVERIFY(!object.contains(QStringLiteral("name")));
        QCOMPARE(object.value(QStringLiteral("internal")).toBool(),
                 tokens.last() == QLatin1String(SimulatedGreenhouse::InternalBoardToken));
    }
    QCOMPARE(tokens,
             (QStringList{QStringLiteral("acme"), QStringLiteral("quietco"), QStringLiteral("bigboard"),
                          QString::fromLatin1(SimulatedGreenhouse::InternalBoardToken)}));
    m_sim->scenario().draftBoards = {QStringLiteral("quietco")};
    reply = get(at(m_sim->harvestUrl(), "/v3/job_boards"), token);
    QCOMPARE(reply.array().at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("draft"));
    m_sim->scenario().draftBoards.clear();

    // Scopes are checked on every request: removing one affects tokens already issued.
    m_sim->scenario().missingPermissions = {QStringLiteral("harvest:jobs:list")};
    m_sim->scenario().jobBoardsScopeGranted = false;
    reply = get(at(m_sim->harvestUrl(), "/v3/jobs"), token);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.body,
             QByteArray(R"({"errors":["The credential does not have the scope harvest:jobs:list"],)"
                        R"("message":"Forbidden"})"));
    QVERIFY(!reply.header("x-ratelimit-remaining").isEmpty());
    reply = get(at(m_sim->harvestUrl(), "/v3/job_boards"), token);
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.body.contains("harvest:job_boards:list"));
    QCOMPARE(get(at(m_sim->harvestUrl(), "/v3/job_posts"), token).status, 200);
}

void TstSimulator::v3SiteAdminAndServiceAccount() {
    const QByteArray basicUser = bearer(SimulatedGreenhouse::BasicUserId);
    for (const char *path : {"/v3/jobs", "/v3/job_posts", "/v3/openings", "/v3/job_boards"}) {
        const Reply reply = get(at(m_sim->harvestUrl(), path), basicUser);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.object().value(QStringLiteral("errors")).toArray().at(0).toString(),
                 QStringLiteral("The user for this token is not a Site Admin"));
    }
    const QByteArray service = bearer(QByteArray());
    QCOMPARE(get(at(m_sim->harvestUrl(), "/v3/openings?per_page=5"), service).status, 200);
}

void TstSimulator::v3RejectsBadOrExpiredTokens() {
    const QByteArray expectedBody = R"({"errors":["Token could not be decoded or has expired"],)"
                                    R"("message":"Unauthorized"})";
    Reply reply = get(at(m_sim->harvestUrl(), "/v3/jobs"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.body, expectedBody);
    QCOMPARE(get(at(m_sim->harvestUrl(), "/v3/jobs"), "Bearer made-up").status, 401);

    m_sim->scenario().tokenLifetimeSeconds = 0; // expired the moment it is issued
    reply = get(at(m_sim->harvestUrl(), "/v3/jobs"), bearer());
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.body, expectedBody);

    m_sim->scenario().tokenLifetimeSeconds = 3600;
    const QByteArray token = bearer();
    QCOMPARE(get(at(m_sim->harvestUrl(), "/v3/jobs?per_page=1"), token).status, 200);
    m_sim->expireTokens();
    QCOMPARE(get(at(m_sim->harvestUrl(), "/v3/jobs?per_page=1"), token).status, 401);
}

void TstSimulator::v3CursorPagination() {
    const QByteArray token = bearer();
    QUrl url = at(m_sim->harvestUrl(), "/v3/jobs?per_page=500");
    QSet<qint64> ids;
    int pages = 0;
    while (url.isValid()) {
        const Reply reply = get(url, token);
        QCOMPARE(reply.status, 200);
        for (const QJsonValue job : reply.array())
            ids.insert(job.toObject().value(QStringLiteral("id")).toInteger());
        ++pages;
        const QHash<QByteArray, QUrl> links = parseLinks(reply.header("link"));
        url = links.value("next");
        if (url.isValid()) {
            QCOMPARE(links.size(), 1); // v3 only has next
            QCOMPARE(url.adjusted(QUrl::RemoveQuery), at(m_sim->harvestUrl(), "/v3/jobs"));
            QCOMPARE(QUrlQuery(url).queryItems().size(), 1);
            QVERIFY(QUrlQuery(url).hasQueryItem(QStringLiteral("cursor")));
        }
    }
    QCOMPARE(pages, 11);
    QCOMPARE(ids.size(), 12 + 3 + 5000);

    // The cursor keeps the first request's filter and page size.
    Reply reply = get(
        at(m_sim->harvestUrl(), "/v3/job_posts?job_ids=4170001001,4170001002,4170001003&per_page=2"), token);
    QCOMPARE(reply.array().size(), 2);
    const QUrl next = parseLinks(reply.header("link")).value("next");
    reply = get(next, token); // four posts in all: 4170001001 has an unpublished second one
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.array().size(), 2);
    QVERIFY(reply.header("link").isEmpty());

    // Anything next to a cursor is refused.
    reply = get(QUrl(next.toString() + QStringLiteral("&per_page=5")), token);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Unprocessable Content"));
    QVERIFY(!reply.object().value(QStringLiteral("errors")).toArray().isEmpty());
}

void TstSimulator::v3UnprocessableAndNotFound() {
    const QByteArray token = bearer();
    QCOMPARE(get(at(m_sim->harvestUrl(), "/v3/jobs?per_page=0"), token).status, 422);
    QCOMPARE(get(at(m_sim->harvestUrl(), "/v3/jobs?per_page=501"), token).status, 422);
    QCOMPARE(get(at(m_sim->harvestUrl(), "/v3/jobs?cursor=garbage!"), token).status, 422);
    QCOMPARE(get(at(m_sim->harvestUrl(), "/v3/jobs?ids=1,x"), token).status, 422);
    // At most 50 ids per filter, as Greenhouse documents it.
    QByteArray fifty = "1";
    for (int id = 2; id <= 50; ++id)
        fifty += ',' + QByteArray::number(id);
    QCOMPARE(get(at(m_sim->harvestUrl(), QString::fromLatin1("/v3/jobs?ids=" + fifty)), token).status, 200);
    QCOMPARE(get(at(m_sim->harvestUrl(), QString::fromLatin1("/v3/jobs?ids=" + fifty + ",51")), token).status,
             422);
    QCOMPARE(get(at(m_sim->harvestUrl(), QString::fromLatin1("/v3/openings?job_ids=" + fifty + ",51")), token)
                 .status,
             422);
    const Reply reply = get(at(m_sim->harvestUrl(), "/v3/candidates"), token);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.body, QByteArray(R"({"message":"Resource not found"})"));
    QCOMPARE(get(at(m_sim->harvestUrl(), "/auth/token"), token).status, 404);
}

void TstSimulator::v1Authentication() {
    const QByteArray expected = R"({"message":"Invalid Basic Auth credentials"})";
    Reply reply = get(at(m_sim->harvestUrl(), "/v1/jobs"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.body, expected);
    QCOMPARE(get(at(m_sim->harvestUrl(), "/v1/jobs"), basic("wrong-key", {})).body, expected);
    // Authentication runs before routing.
    QCOMPARE(get(at(m_sim->harvestUrl(), "/v1/nothing/here"), basic("wrong-key", {})).status, 401);
    QCOMPARE(get(at(m_sim->harvestUrl(), "/v1/nothing/here"), harvestKey()).status, 404);
    reply = get(at(m_sim->harvestUrl(), "/v1/jobs?per_page=1"), harvestKey());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("x-ratelimit-limit"), QByteArray("50"));
    QVERIFY(reply.header("x-ratelimit-remaining").toInt() >= 10);
}

void TstSimulator::v1Permissions_data() {
    QTest::addColumn<QString>("permission");
    QTest::addColumn<QString>("path");
    QTest::newRow("jobs.list") << QStringLiteral("jobs.list") << QStringLiteral("/v1/jobs");
    QTest::newRow("jobs.retrieve") << QStringLiteral("jobs.retrieve")
                                   << QStringLiteral("/v1/jobs/4170001001");
    QTest::newRow("job_posts.list") << QStringLiteral("job_posts.list") << QStringLiteral("/v1/job_posts");
    QTest::newRow("job_posts.list_for_job")
        << QStringLiteral("job_posts.list_for_job") << QStringLiteral("/v1/jobs/4170001001/job_posts");
    QTest::newRow("job_posts.retrieve_for_job")
        << QStringLiteral("job_posts.retrieve_for_job") << QStringLiteral("/v1/jobs/4170001001/job_post");
    QTest::newRow("openings.list_for_job")
        << QStringLiteral("openings.list_for_job") << QStringLiteral("/v1/jobs/4170001001/openings");
}

void TstSimulator::v1Permissions() {
    QFETCH(QString, permission);
    QFETCH(QString, path);
    const QByteArray expected = R"({"message":"This API Key does not have permission for this endpoint"})";
    QCOMPARE(get(at(m_sim->harvestUrl(), path), harvestKey()).status, 200);
    m_sim->scenario().missingPermissions = {permission};
    Reply reply = get(at(m_sim->harvestUrl(), path), harvestKey());
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.body, expected);
    m_sim->scenario().v1MissingAnsweredAs401 = true;
    reply = get(at(m_sim->harvestUrl(), path), harvestKey());
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.body, expected);
    // The other five are unaffected.
    m_sim->scenario().v1MissingAnsweredAs401 = false;
    const QString other =
        path == QLatin1String("/v1/jobs") ? QStringLiteral("/v1/job_posts") : QStringLiteral("/v1/jobs");
    QCOMPARE(get(at(m_sim->harvestUrl(), other), harvestKey()).status, 200);
}

void TstSimulator::v1LookupsAndShapes() {
    Reply reply = get(at(m_sim->harvestUrl(), "/v1/jobs/4170001003"), harvestKey());
    QCOMPARE(reply.status, 200);
    QJsonObject job = reply.object();
    QCOMPARE(job.value(QStringLiteral("id")).toInteger(), 4170001003);
    QCOMPARE(job.value(QStringLiteral("name")).toString(), QStringLiteral("Mechanical Design Engineer"));
    QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QVERIFY(!job.value(QStringLiteral("requisition_id")).toString().isEmpty());
    QCOMPARE(job.value(QStringLiteral("departments")).toArray().size(), 1);
    QCOMPARE(job.value(QStringLiteral("offices")).toArray().size(), 1);
    QVERIFY(!job.value(QStringLiteral("openings")).toArray().isEmpty());

    reply = get(at(m_sim->harvestUrl(), "/v1/jobs/4170001001/job_post"), harvestKey());
    QCOMPARE(reply.status, 200);
    const QJsonObject post = reply.object();
    QVERIFY(post.value(QStringLiteral("live")).toBool());
    QCOMPARE(post.value(QStringLiteral("job_id")).toInteger(), 4170001001);
    QCOMPARE(post.value(QStringLiteral("location")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Boston, MA"));
    QCOMPARE(get(at(m_sim->harvestUrl(), "/v1/jobs/4170001001/job_posts"), harvestKey()).array().size(), 2);
    reply = get(at(m_sim->harvestUrl(), "/v1/jobs/4170002001/openings"), harvestKey());
    QCOMPARE(reply.array().size(), 1);
    QCOMPARE(reply.array().at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("closed"));

    // Unknown ids, and othercorp's job ids, are not this account's.
    for (const char *path :
         {"/v1/jobs/1", "/v1/jobs/7100000001", "/v1/jobs/1/openings", "/v1/jobs/1/job_post"}) {
        reply = get(at(m_sim->harvestUrl(), path), harvestKey());
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.body, QByteArray(R"({"message":"Resource not found"})"));
    }
    // The permission check comes before the lookup.
    m_sim->scenario().missingPermissions = {QStringLiteral("jobs.retrieve")};
    QCOMPARE(get(at(m_sim->harvestUrl(), "/v1/jobs/1"), harvestKey()).status, 403);
}

void TstSimulator::v1LinkPagination() {
    Reply reply = get(at(m_sim->harvestUrl(), "/v1/jobs?per_page=500"), harvestKey());
    QHash<QByteArray, QUrl> links = parseLinks(reply.header("link"));
    QVERIFY(links.contains("next"));
    QVERIFY(!links.contains("prev"));
    QCOMPARE(QUrlQuery(links.value("last")).queryItemValue(QStringLiteral("page")), QStringLiteral("11"));
    QCOMPARE(links.value("next").host(), m_sim->harvestUrl().host());

    QSet<qint64> ids;
    QUrl url = at(m_sim->harvestUrl(), "/v1/jobs?per_page=500");
    int pages = 0;
    while (url.isValid()) {
        reply = get(url, harvestKey());
        QCOMPARE(reply.status, 200);
        for (const QJsonValue job : reply.array())
            ids.insert(job.toObject().value(QStringLiteral("id")).toInteger());
        links = parseLinks(reply.header("link"));
        if (pages > 0)
            QVERIFY(links.contains("prev"));
        url = links.value("next");
        ++pages;
    }
    QCOMPARE(pages, 11);
    QCOMPARE(ids.size(), 5015);

    // Filters survive in the links; one page means no Link header.
    reply = get(at(m_sim->harvestUrl(), "/v1/job_posts?live=true&per_page=500"), harvestKey());
    links = parseLinks(reply.header("link"));
    QCOMPARE(QUrlQuery(links.value("next")).queryItemValue(QStringLiteral("live")), QStringLiteral("true"));
    QCOMPARE(QUrlQuery(links.value("last")).queryItemValue(QStringLiteral("page")), QStringLiteral("11"));
    reply = get(at(m_sim->harvestUrl(), "/v1/jobs?status=closed"), harvestKey());
    QCOMPARE(reply.array().size(), 2);
    QVERIFY(reply.header("link").isEmpty());
    QCOMPARE(get(at(m_sim->harvestUrl(), "/v1/jobs?per_page=501"), harvestKey()).status, 422);
}

void TstSimulator::boards() {
    Reply reply = get(at(m_sim->boardsUrl(), "/v1/boards/acme"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("name")).toString(), QStringLiteral("Acme Robotics"));
    QVERIFY(reply.object().value(QStringLiteral("content")).toString().startsWith(QLatin1String("<p>")));

    reply = get(at(m_sim->boardsUrl(), "/v1/boards/ACME/jobs")); // tokens are case-insensitive
    QCOMPARE(reply.status, 200);
    const QJsonArray jobs = reply.object().value(QStringLiteral("jobs")).toArray();
    QCOMPARE(reply.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInt(),
             jobs.size());
    int withJob = 0;
    int prospects = 0;
    for (const QJsonValue value : jobs) {
        const QJsonObject post = value.toObject();
        QCOMPARE(post.value(QStringLiteral("absolute_url")).toString(),
                 QStringLiteral("https://boards.greenhouse.io/acme/jobs/%1")
                     .arg(post.value(QStringLiteral("id")).toInteger()));
        QCOMPARE(post.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QVERIFY(post.value(QStringLiteral("metadata")).isNull());
        if (post.value(QStringLiteral("internal_job_id")).isNull())
            ++prospects;
        else
            ++withJob;
    }
    QCOMPARE(withJob, 12);
    QCOMPARE(prospects, 1);
    const qint64 firstJob = jobs.at(0).toObject().value(QStringLiteral("internal_job_id")).toInteger();
    QCOMPARE(get(at(m_sim->harvestUrl(), QStringLiteral("/v1/jobs/%1").arg(firstJob)), harvestKey()).status,
             200);

    reply = get(at(m_sim->boardsUrl(), "/v1/boards/quietco/jobs"));
    QCOMPARE(reply.body, QByteArray(R"({"jobs":[],"meta":{"total":0}})"));

    reply = get(at(m_sim->boardsUrl(), "/v1/boards/othercorp/jobs"));
    const QJsonArray other = reply.object().value(QStringLiteral("jobs")).toArray();
    QCOMPARE(other.size(), 6);
    const qint64 foreignJob = other.at(0).toObject().value(QStringLiteral("internal_job_id")).toInteger();
    QCOMPARE(get(at(m_sim->harvestUrl(), QStringLiteral("/v1/jobs/%1").arg(foreignJob)), harvestKey()).status,
             404);

    reply = get(at(m_sim->boardsUrl(), "/v1/boards/BigBoard/jobs"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInt(),
             5000);
    QCOMPARE(reply.object().value(QStringLiteral("jobs")).toArray().size(), 5000);
}

void TstSimulator::boardErrorsAndETag() {
    Reply reply = get(at(m_sim->boardsUrl(), "/v1/boards/nosuchboard"));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.body, QByteArray(R"({"error":"Job board not found","status":404})"));
    reply = get(at(m_sim->boardsUrl(), "/v1/boards/nosuchboard/jobs"));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.body, QByteArray(R"({"error":"Job not found","status":404})"));

    reply = get(at(m_sim->boardsUrl(), "/v1/boards/acme/jobs"));
    const QByteArray etag = reply.header("etag");
    QVERIFY(etag.startsWith('"'));
    reply = send("GET", at(m_sim->boardsUrl(), "/v1/boards/acme/jobs"), {}, {}, 0, {{"If-None-Match", etag}});
    QCOMPARE(reply.status, 304);
    QVERIFY(reply.body.isEmpty());
}

void TstSimulator::seenRequests() {
    QSignalSpy spy(m_sim.get(), &SimulatedGreenhouse::requestSeen);
    get(at(m_sim->harvestUrl(), "/v1/jobs?per_page=2"), harvestKey());
    requestToken(SiteAdmin);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(m_sim->seen().size(), 2);
    const jt::sim::SeenRequest &first = m_sim->seen().at(0);
    QCOMPARE(first.api, Api::Harvest);
    QCOMPARE(first.method, QByteArray("GET"));
    QCOMPARE(first.target, QByteArray("/v1/jobs?per_page=2"));
    QCOMPARE(first.authorization, harvestKey());
    const jt::sim::SeenRequest &second = m_sim->seen().at(1);
    QCOMPARE(second.api, Api::Auth);
    QCOMPARE(second.body, QByteArray("grant_type=client_credentials&sub=4080123"));
    m_sim->clearSeen();
    QVERIFY(m_sim->seen().isEmpty());
}

void TstSimulator::faultRateLimited() {
    m_sim->scenario().retryAfterSeconds = 7;
    m_sim->scenario().faults = {FaultRule{Api::Harvest, Fault::RateLimited, 1, QStringLiteral("/v3/jobs")}};
    const QByteArray token = bearer();
    QCOMPARE(get(at(m_sim->harvestUrl(), "/v3/openings?per_page=1"), token).status, 200); // path not matched
    Reply reply = get(at(m_sim->harvestUrl(), "/v3/jobs?per_page=1"), token);
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("retry-after"), QByteArray("7"));
    QCOMPARE(reply.header("x-ratelimit-remaining"), QByteArray("0"));
    QVERIFY(reply.header("x-ratelimit-reset").toLongLong() >= QDateTime::currentSecsSinceEpoch() + 5);
    QCOMPARE(get(at(m_sim->harvestUrl(), "/v3/jobs?per_page=1"), token).status, 200); // count used up
    QCOMPARE(m_sim->scenario().faults.at(0).count, 0);
}

void TstSimulator::faultServerErrorCountsDown() {
    m_sim->scenario().faults = {FaultRule{Api::Boards, Fault::ServerError, 2, {}}};
    for (int i = 0; i < 2; ++i) {
        const Reply reply = get(at(m_sim->boardsUrl(), "/v1/boards/acme"));
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.body, QByteArray(R"({"message":"Service Unavailable"})"));
    }
    QCOMPARE(get(at(m_sim->boardsUrl(), "/v1/boards/acme")).status, 200);
    // A fault on one API leaves the others alone.
    m_sim->scenario().faults = {FaultRule{Api::Auth, Fault::ServerError, -1, {}}};
    QCOMPARE(get(at(m_sim->boardsUrl(), "/v1/boards/acme")).status, 200);
    QCOMPARE(requestToken(SiteAdmin).status, 503);
    QCOMPARE(m_sim->tokensIssued(), 0);
}

void TstSimulator::faultDropConnection() {
    m_sim->scenario().faults = {FaultRule{Api::Auth, Fault::DropConnection, -1, {}}};
    const Reply reply = requestToken(SiteAdmin);
    QCOMPARE(reply.status, 0);
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    // QNetworkAccessManager silently re-sends a request whose connection closed before any answer.
    QVERIFY(m_sim->seen().size() >= 1);
    QCOMPARE(m_sim->tokensIssued(), 0);
}

void TstSimulator::faultNeverAnswer() {
    m_sim->scenario().latencyMs = 5000; // must not apply: nothing is ever sent
    m_sim->scenario().faults = {FaultRule{Api::Harvest, Fault::NeverAnswer, 1, {}}};
    const Reply silent = send("GET", at(m_sim->harvestUrl(), "/v1/jobs"), harvestKey(), {}, 300);
    QCOMPARE(silent.status, 0);
    QVERIFY(silent.error != QNetworkReply::NoError);
    QVERIFY(silent.elapsedMs < 3000);
    m_sim->scenario().latencyMs = 0;
    QCOMPARE(get(at(m_sim->harvestUrl(), "/v1/jobs?per_page=1"), harvestKey()).status, 200);
}

void TstSimulator::faultMalformedAndCaptive() {
    m_sim->scenario().faults = {FaultRule{Api::Boards, Fault::MalformedJson, 1, {}},
                                FaultRule{Api::Boards, Fault::CaptivePortal, 1, {}}};
    Reply reply = get(at(m_sim->boardsUrl(), "/v1/boards/acme/jobs"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("content-type"), QByteArray("application/json; charset=utf-8"));
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);

    reply = get(at(m_sim->boardsUrl(), "/v1/boards/acme/jobs"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("content-type").startsWith("text/html"));
    QVERIFY(reply.body.contains("Sign in to the Wi-Fi"));
}

void TstSimulator::faultTruncated() {
    m_sim->scenario().faults = {FaultRule{Api::Harvest, Fault::TruncatedJson, 1, {}}};
    const Reply reply = get(at(m_sim->harvestUrl(), "/v1/jobs"), harvestKey());
    QVERIFY(reply.error != QNetworkReply::NoError);
    QVERIFY(reply.header("content-length").toLongLong() > reply.body.size());
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TstSimulator::faultOversized() {
    m_sim->scenario().oversizedBytes = 3_MiB + 17;
    m_sim->scenario().faults = {FaultRule{Api::Boards, Fault::Oversized, 1, {}}};
    const Reply reply = get(at(m_sim->boardsUrl(), "/v1/boards/acme/jobs"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.size(), 3_MiB + 17);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.array().size() > 30000);
}

void TstSimulator::faultRedirect() {
    m_sim->scenario().redirectTarget = QStringLiteral("https://login.example.net/");
    m_sim->scenario().faults = {FaultRule{Api::Harvest, Fault::RedirectElsewhere, -1, {}}};
    Reply reply = get(at(m_sim->harvestUrl(), "/v1/jobs?page=2"), harvestKey());
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.header("location"), QByteArray("https://login.example.net/v1/jobs?page=2"));
    m_sim->scenario().redirectTarget = QStringLiteral("https://login.example.net/portal");
    reply = get(at(m_sim->harvestUrl(), "/v1/jobs"), harvestKey());
    QCOMPARE(reply.header("location"), QByteArray("https://login.example.net/portal"));
}

void TstSimulator::latency() {
    m_sim->scenario().latencyMs = 300;
    Reply reply = get(at(m_sim->boardsUrl(), "/v1/boards/acme"));
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.elapsedMs >= 290, QByteArray::number(reply.elapsedMs).constData());
    m_sim->scenario().faults = {FaultRule{Api::Boards, Fault::ServerError, 1, {}}};
    reply = get(at(m_sim->boardsUrl(), "/v1/boards/acme"));
    QCOMPARE(reply.status, 503);
    QVERIFY2(reply.elapsedMs >= 290, QByteArray::number(reply.elapsedMs).constData());
}

void TstSimulator::parallelKeepAlive() {
    // More requests than QNetworkAccessManager's 6 connections per host, some with a delay, all at once.
    m_sim->scenario().latencyMs = 50;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 20; ++i) {
        const QUrl url = i % 2 ? at(m_sim->boardsUrl(), "/v1/boards/acme/jobs")
                               : at(m_sim->boardsUrl(), "/v1/boards/bigboard/jobs");
        replies.append(m_nam->get(QNetworkRequest(url)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](QNetworkReply *reply) { return reply->isFinished(); }),
                             10000);
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(QJsonDocument::fromJson(reply->readAll()).isObject());
        delete reply;
    }
    QCOMPARE(m_sim->seen().size(), 20);
}

void TstSimulator::stopFromSlotAndRestart() {
    SimulatedGreenhouse *sim = m_sim.get();
    const QMetaObject::Connection connection =
        connect(sim, &SimulatedGreenhouse::requestSeen, sim, [sim] { sim->stop(); });
    const Reply reply = get(at(m_sim->boardsUrl(), "/v1/boards/acme"));
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QVERIFY(!m_sim->boardsUrl().isValid());
    disconnect(connection);
    QVERIFY(m_sim->start());
    QCOMPARE(get(at(m_sim->boardsUrl(), "/v1/boards/acme")).status, 200);
}

void TstSimulator::httpsEndToEnd() {
    SKIP_UNDER_WINE(jt::test::WineServesNoTls);
    const jt::sim::SimTls tls = jt::test::simTls();
    QVERIFY(!tls.certificate.isNull());
    QVERIFY(!tls.key.isNull());
    startSim(&tls);
    QCOMPARE(m_sim->authUrl().scheme(), QStringLiteral("https"));
    const QByteArray token = bearer();
    QVERIFY(token.size() > 30);
    Reply reply = get(at(m_sim->harvestUrl(), "/v3/jobs?per_page=500"), token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.array().size(), 500);
    QVERIFY(parseLinks(reply.header("link")).value("next").scheme() == QLatin1String("https"));
    reply = get(at(m_sim->boardsUrl(), "/v1/boards/bigboard/jobs"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("jobs")).toArray().size(), 5000);

    m_sim->scenario().oversizedBytes = 2_MiB;
    m_sim->scenario().faults = {FaultRule{Api::Boards, Fault::Oversized, 1, {}},
                                FaultRule{Api::Boards, Fault::TruncatedJson, 1, {}}};
    reply = get(at(m_sim->boardsUrl(), "/v1/boards/acme/jobs"));
    QCOMPARE(reply.body.size(), 2_MiB);
    QVERIFY(QJsonDocument::fromJson(reply.body).isArray());
    reply = get(at(m_sim->boardsUrl(), "/v1/boards/acme/jobs"));
    QVERIFY(reply.error != QNetworkReply::NoError);
}

void TstSimulator::httpsUntrustedCaFails() {
    SKIP_UNDER_WINE(jt::test::WineServesNoTls);
    const jt::sim::SimTls tls = jt::test::simTls();
    startSim(&tls);
    QSslConfiguration untrusting = QSslConfiguration::defaultConfiguration();
    untrusting.setCaCertificates(QSslCertificate::fromPath(jt::test::otherCaFile()));
    m_tlsConfig.swap(untrusting);
    const Reply reply = get(at(m_sim->boardsUrl(), "/v1/boards/acme"));
    m_tlsConfig.swap(untrusting);
    QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(m_sim->seen().isEmpty());
}

QTEST_GUILESS_MAIN(TstSimulator)
#include "tst_simulator.moc"
