// The one HTTP layer, against the simulated Greenhouse over real sockets: retries, rate limits, size caps,
// redirects, TLS and the refusal of plain HTTP to other hosts.
#include "TestTls.h"
#include "UnderWine.h"
#include "net/ByteSize.h"
#include "net/HttpTransport.h"
#include "net/LinkHeader.h"
#include "net/RateLimit.h"
#include "net/TransportPolicy.h"
#include "sim/SimulatedGreenhouse.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace jt;
using namespace jt::byte_size;
using namespace jt::sim;
using namespace std::chrono_literals;

class TransportTest : public QObject {
    Q_OBJECT

    SimulatedGreenhouse *m_sim = nullptr;

    static TransportSettings fast() {
        TransportSettings settings;
        settings.attemptTimeout = 1500ms;
        settings.firstBackoff = 50ms;
        return settings;
    }

    HttpRequest v1Jobs() const {
        HttpRequest request;
        request.url = m_sim->harvestUrl().resolved(QUrl(QStringLiteral("/v1/jobs?per_page=1")));
        request.authorization = "Basic " + (QByteArray(SimulatedGreenhouse::HarvestKey) + ':').toBase64();
        return request;
    }

    static HttpResponse run(HttpTransport &transport, HttpRequest request, int timeoutMs = 20000) {
        HttpCall *call = transport.send(std::move(request));
        HttpResponse response;
        QObject::connect(call, &HttpCall::finished, call, [&response, call] { response = call->response(); });
        QSignalSpy done(call, &HttpCall::finished);
        if (!done.wait(timeoutMs))
            QTest::qFail("the call did not finish in time", __FILE__, __LINE__); // never a default answer
        return response;
    }

    void addFault(Fault fault, int count, Api api = Api::Harvest) {
        m_sim->scenario().faults.append(FaultRule{api, fault, count, {}});
    }

private slots:
    void init() {
        m_sim = new SimulatedGreenhouse(this);
        QVERIFY(m_sim->start());
    }
    void cleanup() {
        delete m_sim;
        m_sim = nullptr;
    }

    void plainAnswer() {
        HttpTransport transport(fast());
        const HttpResponse response = run(transport, v1Jobs());
        QVERIFY(response.answered());
        QCOMPARE(response.status, 200);
        QCOMPARE(response.attempts, 1);
        QVERIFY(response.body.startsWith('['));
        QVERIFY(!response.header("x-ratelimit-limit").isEmpty());
    }

    void serverErrorThenSuccessIsRetried() {
        addFault(Fault::ServerError, 1);
        HttpTransport transport(fast());
        const HttpResponse response = run(transport, v1Jobs());
        QCOMPARE(response.status, 200);
        QCOMPARE(response.attempts, 2);
    }

    void serverErrorBeyondBudget() {
        addFault(Fault::ServerError, -1);
        HttpTransport transport(fast());
        const HttpResponse response = run(transport, v1Jobs());
        QCOMPARE(response.problem, NetworkProblem::ServerError);
        QCOMPARE(response.attempts, 3); // one try and two retries, no more
        QCOMPARE(m_sim->seen().size(), 3);
    }

    void droppedConnectionIsRetried() {
        addFault(Fault::DropConnection, 1);
        HttpTransport transport(fast());
        const HttpResponse response = run(transport, v1Jobs());
        QCOMPARE(response.status, 200);
        QCOMPARE(m_sim->seen().size(), 2); // Qt's own resend or ours: the second try answered

        m_sim->clearSeen();
        addFault(Fault::DropConnection, -1);
        const HttpResponse dropped = run(transport, v1Jobs());
        QCOMPARE(dropped.problem, NetworkProblem::Network);
        QVERIFY(m_sim->seen().size() <= 6); // bounded retries
    }

    void silenceTimesOut() {
        addFault(Fault::NeverAnswer, -1);
        TransportSettings settings = fast();
        settings.attemptTimeout = 300ms;
        HttpTransport transport(settings);
        const HttpResponse response = run(transport, v1Jobs());
        QCOMPARE(response.problem, NetworkProblem::Timeout);
        QCOMPARE(response.attempts, 3);
    }

    void rateLimitHonoursRetryAfter() {
        m_sim->scenario().retryAfterSeconds = 1;
        addFault(Fault::RateLimited, 1);
        HttpTransport transport(fast());
        QSignalSpy waits(&transport, &HttpTransport::rateLimitWait);
        QElapsedTimer clock;
        clock.start();
        const HttpResponse response = run(transport, v1Jobs());
        QCOMPARE(response.status, 200);
        QCOMPARE(response.attempts, 2);
        QVERIFY(waits.count() >= 1); // the UI can show a countdown
        QVERIFY2(clock.elapsed() >= 900, "the retry must wait for Retry-After");
    }

    void rateLimitBeyondBudget() {
        m_sim->scenario().retryAfterSeconds = 1;
        addFault(Fault::RateLimited, -1);
        HttpTransport transport(fast());
        const HttpResponse response = run(transport, v1Jobs());
        QCOMPARE(response.problem, NetworkProblem::RateLimited);
        QCOMPARE(response.attempts, 3);
    }

    // One byte every 100 ms resets the silence timer every time: each attempt still ends after 3 ×
    // attemptTimeout, so the whole call after its three attempts (it never ended before).
    void aTrickleEndsAtTheAttemptBound() {
        m_sim->scenario().dripMs = 100;
        addFault(Fault::Drip, -1);
        TransportSettings settings = fast();
        settings.attemptTimeout = 400ms;
        HttpTransport transport(settings);
        QElapsedTimer clock;
        clock.start();
        const HttpResponse response = run(transport, v1Jobs());
        QCOMPARE(response.problem, NetworkProblem::Timeout);
        QCOMPARE(response.attempts, 3);
        QVERIFY2(response.detail.contains(QStringLiteral("no complete answer")), qPrintable(response.detail));
        QVERIFY2(clock.elapsed() >= 3600 /* 3 attempts × 1.2 s */,
                 qPrintable(QString::number(clock.elapsed())));
    }

    // A chunked answer that never ends is cut at the size cap, not read forever.
    void anEndlessBodyIsCutAtTheCap() {
        addFault(Fault::EndlessBody, -1);
        HttpTransport transport(fast());
        HttpRequest request = v1Jobs();
        request.maxBodyBytes = 1_MiB;
        const HttpResponse response = run(transport, request);
        QCOMPARE(response.problem, NetworkProblem::UnexpectedAnswer);
        QVERIFY(response.detail.contains(QStringLiteral("larger than")));
        QVERIFY(response.body.isEmpty());
    }

    void oversizedBodyIsCut() {
        m_sim->scenario().oversizedBytes = 3_MiB;
        addFault(Fault::Oversized, -1);
        HttpTransport transport(fast());
        HttpRequest request = v1Jobs();
        request.maxBodyBytes = 1_MiB;
        const HttpResponse response = run(transport, request);
        QCOMPARE(response.problem, NetworkProblem::UnexpectedAnswer);
        QVERIFY(response.body.isEmpty());
    }

    void truncatedBodyIsNotAnAnswer() {
        addFault(Fault::TruncatedJson, -1);
        HttpTransport transport(fast());
        const HttpResponse response = run(transport, v1Jobs());
        QVERIFY(!response.answered());
        QCOMPARE(response.problem, NetworkProblem::UnexpectedAnswer);
    }

    void redirectToAnotherHostIsNotFollowed() {
        // A second host on the loopback network records whether anything reached it.
        SimulatedGreenhouse elsewhere;
        QVERIFY(elsewhere.start(QHostAddress(QStringLiteral("127.0.0.2"))));
        m_sim->scenario().redirectTarget = elsewhere.harvestUrl().toString() + QLatin1Char('/');
        addFault(Fault::RedirectElsewhere, -1);
        HttpTransport transport(fast());
        const HttpResponse response = run(transport, v1Jobs());
        QCOMPARE(response.problem, NetworkProblem::UnexpectedAnswer);
        QVERIFY(response.detail.contains(QLatin1String("127.0.0.2")));
        QCOMPARE(elsewhere.seen().size(), 0); // neither the request nor its Authorization header left
    }

    void plainHttpOnlyToLoopback() {
        QVERIFY(HttpTransport::isAllowedUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/x"))));
        QVERIFY(HttpTransport::isAllowedUrl(QUrl(QStringLiteral("http://127.3.4.5/x"))));
        QVERIFY(HttpTransport::isAllowedUrl(QUrl(QStringLiteral("http://localhost/x"))));
        QVERIFY(HttpTransport::isAllowedUrl(QUrl(QStringLiteral("http://[::1]:81/x"))));
        QVERIFY(HttpTransport::isAllowedUrl(QUrl(QStringLiteral("https://harvest.greenhouse.io/v1"))));
        QVERIFY(!HttpTransport::isAllowedUrl(QUrl(QStringLiteral("http://harvest.greenhouse.io/v1"))));
        QVERIFY(!HttpTransport::isAllowedUrl(QUrl(QStringLiteral("http://10.0.0.1/"))));
        QVERIFY(!HttpTransport::isAllowedUrl(QUrl(QStringLiteral("http://localhost.example.com/"))));
        QVERIFY(!HttpTransport::isAllowedUrl(QUrl(QStringLiteral("ftp://127.0.0.1/"))));
        QVERIFY(!HttpTransport::isAllowedUrl(QUrl(QStringLiteral("https://user:pw@harvest.greenhouse.io/"))));

        HttpTransport transport(fast());
        HttpRequest request = v1Jobs();
        request.url = QUrl(QStringLiteral("http://harvest.greenhouse.io/v1/jobs"));
        const HttpResponse response = run(transport, request);
        QCOMPARE(response.problem, NetworkProblem::Refused);
        QCOMPARE(response.attempts, 0); // nothing was sent
    }

    void connectionRefusedIsNetwork() {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        HttpTransport transport(fast());
        HttpRequest request = v1Jobs();
        request.url.setPort(port);
        const HttpResponse response = run(transport, request);
        QCOMPARE(response.problem, NetworkProblem::Network);
    }

    void tlsNeedsTrustedCertificate() {
        SKIP_UNDER_WINE(jt::test::WineServesNoTls);
        SimulatedGreenhouse secure;
        const SimTls tls = test::simTls();
        QVERIFY(!tls.key.isNull());
        QVERIFY(secure.start(QHostAddress::LocalHost, &tls));
        QCOMPARE(secure.harvestUrl().scheme(), QStringLiteral("https"));
        HttpRequest request = v1Jobs();
        request.url = secure.harvestUrl().resolved(QUrl(QStringLiteral("/v1/jobs?per_page=1")));

        {
            HttpTransport untrusted(fast());
            QCOMPARE(run(untrusted, request).problem, NetworkProblem::Tls);
        }
        {
            TransportSettings settings = fast();
            settings.extraCaCertificates = QSslCertificate::fromPath(test::otherCaFile());
            HttpTransport wrongCa(settings);
            QCOMPARE(run(wrongCa, request).problem, NetworkProblem::Tls);
        }
        TransportSettings settings = fast();
        settings.extraCaCertificates = QSslCertificate::fromPath(test::testCaFile());
        HttpTransport trusted(settings);
        const HttpResponse response = run(trusted, request);
        QCOMPARE(response.status, 200);
    }

    void cancelStopsAtOnce() {
        addFault(Fault::NeverAnswer, -1);
        HttpTransport transport(fast());
        HttpCall *call = transport.send(v1Jobs());
        QSignalSpy done(call, &HttpCall::finished);
        QTRY_COMPARE(m_sim->seen().size(), 1);
        NetworkProblem problem = NetworkProblem::None;
        connect(call, &HttpCall::finished, this, [&problem, call] { problem = call->response().problem; });
        transport.cancelAll();
        QCOMPARE(done.count(), 1);
        QCOMPARE(problem, NetworkProblem::Cancelled);
    }

    void linkHeader() {
        const QUrl base(QStringLiteral("https://harvest.greenhouse.io/v1/jobs?page=1"));
        const auto links =
            parseLinkHeader("<https://harvest.greenhouse.io/v1/jobs?page=2&per_page=1>; rel=\"next\", "
                            "<https://harvest.greenhouse.io/v1/jobs?page=9&per_page=1>; rel=\"last\"",
                            base);
        QCOMPARE(links.value(QStringLiteral("next")).query(), QStringLiteral("page=2&per_page=1"));
        QCOMPARE(links.value(QStringLiteral("last")).query(), QStringLiteral("page=9&per_page=1"));
        QVERIFY(!links.contains(QStringLiteral("prev")));
        QCOMPARE(parseLinkHeader("</v3/jobs?cursor=abc>; rel=next", base).value(QStringLiteral("next")),
                 QUrl(QStringLiteral("https://harvest.greenhouse.io/v3/jobs?cursor=abc")));
        QVERIFY(parseLinkHeader("", base).isEmpty());
    }

    // What the rate gate obeys, apart from the transport (the same functions are fuzzed).
    void retryAfterAndRateLimitHeaders() {
        using std::chrono::seconds;
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-30T12:00:00Z"), Qt::ISODate);
        QCOMPARE(parseRetryAfter("120", now), std::optional<seconds>(120));
        QCOMPARE(parseRetryAfter(" -5 ", now), std::optional<seconds>(0));
        QCOMPARE(parseRetryAfter("Mon, 30 Nov 2026 12:00:45 GMT", now), std::optional<seconds>(45));
        QCOMPARE(parseRetryAfter("Mon, 30 Nov 2026 11:00:00 GMT", now), std::optional<seconds>(0)); // past
        QCOMPARE(parseRetryAfter("soon", now), std::nullopt);
        QCOMPARE(parseRetryAfter("99999999999999999999", now), std::nullopt); // not a number that fits

        const seconds cap(30);
        QCOMPARE(rateLimitUntil(429, "10", {}, {}, now, cap), now.addSecs(10));
        QCOMPARE(rateLimitUntil(429, "garbage", {}, {}, now, cap), now.addSecs(2));
        QCOMPARE(rateLimitUntil(429, "86400", {}, {}, now, cap), now.addSecs(30)); // capped
        QCOMPARE(rateLimitUntil(429, "0", {}, {}, now, cap), QDateTime());         // no wait
        const QByteArray inTwenty = QByteArray::number(now.addSecs(20).toSecsSinceEpoch());
        QCOMPARE(rateLimitUntil(200, {}, "0", inTwenty, now, cap), now.addSecs(20));
        QCOMPARE(rateLimitUntil(200, {}, "5", inTwenty, now, cap), QDateTime()); // requests left
        QCOMPARE(rateLimitUntil(200, {}, "0", "not-a-time", now, cap), now.addSecs(1));
        QCOMPARE(rateLimitUntil(200, {}, "0", "1e30", now, cap), now.addSecs(1));
        QCOMPARE(rateLimitUntil(200, {}, "0", "9223372036854775807", now, cap), now.addSecs(30));
        QCOMPARE(rateLimitUntil(200, {}, "0", "-9223372036854775807", now, cap), QDateTime());
    }

    // The transport's pure decisions: what a rate limit is kept to, how a failure below HTTP is told, which
    // failures are worth another attempt, and how long a silent Greenhouse is given in all.
    void policies() {
        using std::chrono::milliseconds;
        QCOMPARE(originOf(QUrl(QStringLiteral("https://Harvest.Greenhouse.io/v3/jobs?x=1"))),
                 QStringLiteral("https://harvest.greenhouse.io:443"));
        QCOMPARE(originOf(QUrl(QStringLiteral("http://127.0.0.1:8080/token"))),
                 QStringLiteral("http://127.0.0.1:8080"));

        QCOMPARE(problemOfTransportError(QNetworkReply::HostNotFoundError), NetworkProblem::Dns);
        QCOMPARE(problemOfTransportError(QNetworkReply::SslHandshakeFailedError), NetworkProblem::Tls);
        QCOMPARE(problemOfTransportError(QNetworkReply::TimeoutError), NetworkProblem::Timeout);
        QCOMPARE(problemOfTransportError(QNetworkReply::ProxyConnectionRefusedError),
                 NetworkProblem::Network);
        QVERIFY(isTransportError(QNetworkReply::ConnectionRefusedError));
        QVERIFY(!isTransportError(QNetworkReply::NoError));
        QVERIFY(
            !isTransportError(QNetworkReply::ContentNotFoundError)); // an HTTP answer, judged by its status
        QVERIFY(isRetryableTransportError(QNetworkReply::RemoteHostClosedError));
        QVERIFY(!isRetryableTransportError(QNetworkReply::HostNotFoundError)); // a typo stays a typo
        QVERIFY(!isRetryableTransportError(QNetworkReply::SslHandshakeFailedError));

        QCOMPARE(backoffBefore(1, milliseconds(400)), milliseconds(400));
        QCOMPARE(backoffBefore(2, milliseconds(400)), milliseconds(800));
        QCOMPARE(backoffBefore(3, milliseconds(400)), milliseconds(1600));
        // First of three attempts of 20 s: three attempts and two backoffs (400 and 800 ms, a quarter more).
        QCOMPARE(worstCaseLeft(1, 3, milliseconds(20000), milliseconds(400)),
                 milliseconds(60000 + 500 + 1000));
        QCOMPARE(worstCaseLeft(3, 3, milliseconds(20000), milliseconds(400)), milliseconds(20000));
    }

    // jt.net: one line per request — method, address, status or problem, attempts, time — and nothing a
    // secret could be in: no header, no body, no query, nothing the server might echo.
    void netLogSaysWhatHappenedWithoutSecrets() {
        static QStringList lines;
        lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("jt.net.debug=true"));
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &context, const QString &message) {
                if (qstrcmp(context.category, "jt.net") == 0)
                    lines << message;
            });
        HttpTransport transport(fast());
        HttpRequest request = v1Jobs();
        request.url = m_sim->harvestUrl().resolved(QUrl(QStringLiteral("/v1/jobs/4170001001?secret=q-5a1e")));
        request.authorization = "Basic c2VjcmV0LWF1dGg6";
        request.body = "body-3f9c";
        request.echoSensitive = {"4170001001"};
        addFault(Fault::ServerError, 1);
        const HttpResponse response = run(transport, request);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(response.answered());
        QCOMPARE(lines.size(), 1);
        const QString line = lines.first();
        QVERIFY2(line.startsWith(QStringLiteral("GET http://127.0.0.1:")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("/v1/jobs/")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral(" %1 attempts 2 ms ").arg(response.status)), qPrintable(line));
        for (const QString &secret : {QStringLiteral("4170001001"), QStringLiteral("q-5a1e"),
                                      QStringLiteral("c2VjcmV0LWF1dGg6"), QStringLiteral("body-3f9c")})
            QVERIFY2(!line.contains(secret), qPrintable(line));
    }

    // The per-origin gate: a window's budget, counted down by the requests sent and less those still in
    // flight, waits for the reset (a second late: Reset is whole seconds); a 429 leaves Retry-After in
    // charge; a new window is unknown.
    void rateGateBudget() {
        using std::chrono::seconds;
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-30T12:00:00Z"), Qt::ISODate);
        const QString harvest = QStringLiteral("https://harvest.greenhouse.io:443");
        const QByteArray reset = QByteArray::number(now.addSecs(10).toSecsSinceEpoch());
        RateGate gate(seconds(30));
        QCOMPARE(gate.takeTurn(harvest, now), QDateTime()); // nothing known: go
        gate.settle(harvest);                               // its answer:
        gate.note(harvest, 200, {}, "2", reset, now);
        QCOMPARE(gate.takeTurn(harvest, now), QDateTime());
        QCOMPARE(gate.takeTurn(harvest, now), QDateTime());
        QCOMPARE(gate.takeTurn(harvest, now), now.addSecs(11)); // spent: wait for the reset
        QCOMPARE(gate.takeTurn(QStringLiteral("https://auth.greenhouse.io:443"), now),
                 QDateTime());                                   // its own
        gate.note(harvest, 200, {}, "5", reset, now.addSecs(1)); // an older answer counts no more than ours
        QCOMPARE(gate.takeTurn(harvest, now.addSecs(1)), now.addSecs(11));
        QCOMPARE(gate.takeTurn(harvest, now.addSecs(12)), QDateTime()); // a new window

        // A late answer from the window before (its request crossed the reset) says nothing of this one.
        RateGate crossing(seconds(30));
        const QByteArray nextReset = QByteArray::number(now.addSecs(22).toSecsSinceEpoch());
        crossing.note(harvest, 200, {}, "1", nextReset, now.addSecs(12));
        crossing.note(harvest, 200, {}, "9", reset, now.addSecs(12));
        QCOMPARE(crossing.takeTurn(harvest, now.addSecs(12)), QDateTime());
        QCOMPARE(crossing.takeTurn(harvest, now.addSecs(12)), now.addSecs(23));

        // Four sent at once; the first answer says 3 are left, but the server may have counted the other
        // three already: none may leave before the reset.
        RateGate burst(seconds(30));
        for (int sent = 0; sent < 4; ++sent)
            QCOMPARE(burst.takeTurn(harvest, now), QDateTime());
        burst.settle(harvest);
        burst.note(harvest, 200, {}, "3", reset, now);
        QCOMPARE(burst.takeTurn(harvest, now), now.addSecs(11));
        for (int answered = 0; answered < 3; ++answered)
            burst.settle(harvest);
        burst.note(harvest, 200, {}, "4", reset, now); // fewer counted than we feared: the answer's word
        QCOMPARE(burst.takeTurn(harvest, now), now.addSecs(11)); // ... unless our own count says less

        RateGate throttled(seconds(30));
        throttled.note(harvest, 429, "3", "0", reset, now);
        QCOMPARE(throttled.takeTurn(harvest, now), now.addSecs(3));
        QCOMPARE(throttled.takeTurn(harvest, now.addSecs(3)), QDateTime());

        RateGate capped(seconds(30));
        capped.note(harvest, 200, {}, "0", QByteArray::number(now.addSecs(3600).toSecsSinceEpoch()), now);
        QCOMPARE(capped.takeTurn(harvest, now), now.addSecs(30));
    }
};

QTEST_GUILESS_MAIN(TransportTest)
#include "tst_transport.moc"
