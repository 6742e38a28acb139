#pragma once

#include "NetworkProblem.h"
#include "RateLimit.h"
#include "net/ByteSize.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <chrono>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace jt {

using namespace byte_size;

// Policy of the one HTTP layer every Greenhouse client uses.
struct TransportSettings {
    std::chrono::milliseconds attemptTimeout{20000}; // connecting, and silence while waiting for bytes
    int attemptBoundFactor = 3; // an attempt as a whole ends after this many attemptTimeouts, however
                                // slowly bytes trickle in (each byte resets the silence timer)
    int retryBudget = 2;        // extra attempts for timeouts, drops and 5xx
    int rateLimitRetries = 2;   // extra attempts after a 429
    std::chrono::milliseconds firstBackoff{400};   // doubled for each further retry
    std::chrono::seconds maxRateLimitWait{30};     // cap on one Retry-After / X-RateLimit-Reset wait
    std::chrono::milliseconds runDeadline{120000}; // a whole check, waits included (--deadline); 0: none
    int maxRedirects = 3;                          // same-origin only
    QList<QSslCertificate> extraCaCertificates;    // trusted on top of the system store
    // What Greenhouse said is left of each rate-limit window. Shared by every transport of one session (the
    // wizard's checks follow each other), so a later check does not spend a budget an earlier one used up;
    // null: the transport keeps its own.
    std::shared_ptr<RateGate> rateGate;
};

struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    QByteArray authorization; // full header value; never sent to another origin
    QByteArray contentType;
    QByteArray body;
    qint64 maxBodyBytes = 2_MiB;
    // Values of the request that a server might echo back (ids, tokens); scrubbed from any text we show.
    QList<QByteArray> echoSensitive;
};

struct HttpResponse {
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    NetworkProblem problem = NetworkProblem::None;
    QString detail; // technical, already scrubbed: safe to show
    int attempts = 0;

    bool answered() const { return problem == NetworkProblem::None; }
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

class HttpTransport;

// One logical request, including its retries. Emits finished() exactly once.
class HttpCall : public QObject {
    Q_OBJECT
public:
    const HttpResponse &response() const { return m_response; }
    const HttpRequest &request() const { return m_request; }
    void cancel(NetworkProblem why = NetworkProblem::Cancelled);

signals:
    void finished();
    // Waiting for a rate limit to reset: the UI shows a countdown to `until`.
    void waiting(const QDateTime &until);

private:
    friend class HttpTransport;
    HttpCall(HttpTransport *transport, HttpRequest request);
    void startAttempt();
    void onReplyFinished();
    void onSilence();
    void retryLater(std::chrono::milliseconds delay);
    void finish(HttpResponse response);
    bool followRedirect(const QUrl &target);
    void settleTurn();

    HttpTransport *m_transport;
    HttpRequest m_request;
    QUrl m_currentUrl;
    QUrl m_turnTaken; // the rate gate let an attempt to this address leave; settled when the attempt ends
    QElapsedTimer m_clock; // from the first attempt, for the jt.net log
    HttpResponse m_response;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_silence;
    QTimer *m_attemptBound;
    QTimer *m_retry;
    QByteArray m_received;
    int m_attempts = 0;
    int m_failuresRetried = 0;
    int m_rateLimitsRetried = 0;
    int m_redirects = 0;
    bool m_timedOut = false;
    bool m_trickled = false; // the attempt's overall bound ended it
    bool m_tooLarge = false;
    bool m_done = false;
};

class HttpTransport : public QObject {
    Q_OBJECT
public:
    explicit HttpTransport(TransportSettings settings = {}, QObject *parent = nullptr);
    ~HttpTransport() override;

    // The call is owned by the transport and deletes itself after finished() has been delivered.
    HttpCall *send(HttpRequest request);
    void cancelAll();
    // Ends every call with `why` (the run's deadline passed), and every call sent or retried after it,
    // until reopen().
    void endAll(NetworkProblem why);
    void reopen() { m_endedWith = NetworkProblem::None; }

    const TransportSettings &settings() const { return m_settings; }
    static bool isLoopbackHost(const QString &host);
    // https always; http only to loopback hosts.
    static bool isAllowedUrl(const QUrl &url);

signals:
    // Some call waits for a rate limit to reset (429 Retry-After, X-RateLimit-Remaining: 0).
    void rateLimitWait(const QDateTime &until);
    // Some call sent attempt `attempt` of at most `maxAttempts`; if nothing answers, it gives up by then.
    void attemptStarted(int attempt, int maxAttempts, const QDateTime &givesUpBy);

private:
    friend class HttpCall;
    QNetworkAccessManager *m_nam;
    TransportSettings m_settings;
    std::shared_ptr<RateGate> m_rateGate;
    QList<QPointer<HttpCall>> m_calls;
    NetworkProblem m_endedWith = NetworkProblem::None;
    void noteRateLimit(const QUrl &url, const HttpResponse &response);
    // When a request to `url` may leave (invalid: now, and it is counted against the window's budget).
    [[nodiscard]] QDateTime takeTurn(const QUrl &url);
    void settleTurn(const QUrl &url);
};

} // namespace jt
