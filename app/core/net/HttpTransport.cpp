#include "HttpTransport.h"

#include "NetLog.h"
#include "RateLimit.h"
#include "ServerText.h"
#include "TransportPolicy.h"
#include "Version.h"
#include "net/ByteSize.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

using namespace std::chrono;

namespace jt {

using namespace byte_size;

Q_LOGGING_CATEGORY(lcNet, "jt.net", QtWarningMsg)

namespace {

// The system proxy for Greenhouse; never a proxy for this computer's own addresses (the simulator, tests).
class LoopbackBypassingProxyFactory : public QNetworkProxyFactory {
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override {
        if (HttpTransport::isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return systemProxyForQuery(query);
    }
};

} // namespace

// ---- HttpTransport ----

HttpTransport::HttpTransport(TransportSettings settings, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_settings(std::move(settings))
    , m_rateGate(m_settings.rateGate ? m_settings.rateGate
                                     : std::make_shared<RateGate>(m_settings.maxRateLimitWait)) {
    m_nam->setProxyFactory(new LoopbackBypassingProxyFactory);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setStrictTransportSecurityEnabled(false);
}

HttpTransport::~HttpTransport() {
    cancelAll();
}

HttpCall *HttpTransport::send(HttpRequest request) {
    auto *call = new HttpCall(this, std::move(request));
    m_calls.removeAll(nullptr);
    m_calls.append(call);
    // Started from the event loop so that the caller can connect to finished() first.
    QMetaObject::invokeMethod(call, &HttpCall::startAttempt, Qt::QueuedConnection);
    return call;
}

void HttpTransport::cancelAll() {
    const auto calls = m_calls;
    for (const QPointer<HttpCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void HttpTransport::endAll(NetworkProblem why) {
    m_endedWith = why;
    const auto calls = m_calls;
    for (const QPointer<HttpCall> &call : calls) {
        if (call)
            call->cancel(why);
    }
}

bool HttpTransport::isLoopbackHost(const QString &host) {
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name == QLatin1String("localhost"))
        return true;
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

bool HttpTransport::isAllowedUrl(const QUrl &url) {
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
}

void HttpTransport::noteRateLimit(const QUrl &url, const HttpResponse &response) {
    m_rateGate->note(originOf(url), response.status, response.header("retry-after"),
                     response.header("x-ratelimit-remaining"), response.header("x-ratelimit-reset"),
                     QDateTime::currentDateTimeUtc());
}

QDateTime HttpTransport::takeTurn(const QUrl &url) {
    return m_rateGate->takeTurn(originOf(url), QDateTime::currentDateTimeUtc());
}

void HttpTransport::settleTurn(const QUrl &url) {
    m_rateGate->settle(originOf(url));
}

// ---- HttpCall ----

HttpCall::HttpCall(HttpTransport *transport, HttpRequest request)
    : QObject(transport)
    , m_transport(transport)
    , m_request(std::move(request))
    , m_currentUrl(m_request.url)
    , m_silence(new QTimer(this))
    , m_attemptBound(new QTimer(this))
    , m_retry(new QTimer(this)) {
    m_silence->setSingleShot(true);
    m_attemptBound->setSingleShot(true);
    m_retry->setSingleShot(true);
    connect(m_silence, &QTimer::timeout, this, &HttpCall::onSilence);
    connect(m_attemptBound, &QTimer::timeout, this, [this] { // a trickle ends like silence
        m_trickled = true;
        onSilence();
    });
    connect(m_retry, &QTimer::timeout, this, &HttpCall::startAttempt);
}

void HttpCall::cancel(NetworkProblem why) {
    if (m_done)
        return;
    HttpResponse response;
    response.problem = why;
    response.attempts = m_attempts;
    finish(std::move(response));
}

void HttpCall::startAttempt() {
    if (m_done)
        return;
    if (m_transport->m_endedWith != NetworkProblem::None) { // sent or retried after the deadline
        cancel(m_transport->m_endedWith);
        return;
    }
    if (!HttpTransport::isAllowedUrl(m_currentUrl)) {
        HttpResponse response;
        response.problem = NetworkProblem::Refused;
        response.detail = QStringLiteral("refused to contact %1").arg(m_currentUrl.host());
        finish(std::move(response));
        return;
    }
    if (const QDateTime gate = m_transport->takeTurn(m_currentUrl); gate.isValid()) {
        emit waiting(gate);
        emit m_transport->rateLimitWait(gate);
        m_retry->start(milliseconds(QDateTime::currentDateTimeUtc().msecsTo(gate)));
        return;
    }
    m_turnTaken = m_currentUrl;

    if (!m_clock.isValid())
        m_clock.start();
    ++m_attempts;
    {
        // The latest this call can end if nothing answers: this attempt and every retry left, with backoffs.
        const TransportSettings &policy = m_transport->settings();
        const int attempt = m_failuresRetried + 1;
        const int maxAttempts = policy.retryBudget + 1;
        const milliseconds worst =
            worstCaseLeft(attempt, maxAttempts, policy.attemptTimeout, policy.firstBackoff);
        emit m_transport->attemptStarted(attempt, maxAttempts,
                                         QDateTime::currentDateTimeUtc().addMSecs(worst.count()));
    }
    m_received.clear();
    m_timedOut = false;
    m_trickled = false;
    m_tooLarge = false;

    QNetworkRequest request(m_currentUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("User-Agent", "jobtarget-setup/" JT_VERSION);
    request.setRawHeader("Accept", "application/json");
    if (!m_request.authorization.isEmpty())
        request.setRawHeader("Authorization", m_request.authorization);
    if (!m_request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    if (m_currentUrl.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_transport->settings().extraCaCertificates.isEmpty())
            tls.addCaCertificates(m_transport->settings().extraCaCertificates);
        request.setSslConfiguration(tls);
    }

    QNetworkReply *reply =
        m_request.body.isEmpty() && m_request.method == "GET"
            ? m_transport->m_nam->get(request)
            : m_transport->m_nam->sendCustomRequest(request, m_request.method, m_request.body);
    m_reply = reply;
    // Qt's reading thread would otherwise buffer an endless answer as fast as it arrives, whatever our cap:
    // it reads on only as we take bytes out. Qt 6.4 hands the size to that thread only once the request has
    // started, which for a request with a body (the token's POST) is after this returns: set once more then.
    // (Unset, an endless token answer grew the process to 1.2 GB under Wine before the cap stopped it.)
    const qint64 readBuffer = qMin<qint64>(m_request.maxBodyBytes, 256_KiB);
    reply->setReadBufferSize(readBuffer);
    QMetaObject::invokeMethod(
        reply, [reply, readBuffer] { reply->setReadBufferSize(readBuffer); }, Qt::QueuedConnection);
    m_attemptBound->start(m_transport->settings().attemptTimeout *
                          qMax(1, m_transport->settings().attemptBoundFactor));
    const auto alive = [this] {
        m_silence->start(m_transport->settings().attemptTimeout);
    };
    // An aborted reply can still signal (Qt delivers what its network thread had queued, on Windows even
    // after `finished`): only the open reply of the current attempt counts.
    const auto current = [this, reply] {
        return reply == m_reply && reply->isOpen();
    };
    connect(reply, &QNetworkReply::readyRead, this, [this, alive, current, reply] {
        if (!current() || m_tooLarge)
            return;
        alive();
        m_received += reply->readAll();
        if (m_received.size() > m_request.maxBodyBytes) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, alive, current, reply] {
        if (!current() || m_tooLarge)
            return;
        alive();
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > m_request.maxBodyBytes) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::uploadProgress, this, alive);
    connect(reply, &QNetworkReply::encrypted, this, alive);
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
    alive();
}

void HttpCall::onSilence() {
    if (m_reply) {
        m_timedOut = true;
        m_reply->abort();
    }
}

void HttpCall::onReplyFinished() {
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_silence->stop();
    m_attemptBound->stop();
    m_reply = nullptr;
    reply->disconnect(this); // nothing it still has queued reaches the next attempt
    reply->deleteLater();
    settleTurn(); // before the answer is noted: it no longer counts as in flight
    if (!m_tooLarge && reply->isOpen())
        m_received += reply->readAll();

    HttpResponse response;
    response.attempts = m_attempts;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.insert(pair.first.toLower(), pair.second);
    const QNetworkReply::NetworkError error = reply->error();

    if (m_tooLarge) {
        response.status = 0;
        response.problem = NetworkProblem::UnexpectedAnswer;
        response.detail =
            QStringLiteral("the answer was larger than %1 MB").arg(m_request.maxBodyBytes / 1_MiB);
        finish(std::move(response));
        return;
    }
    if (m_timedOut || isTransportError(error)) {
        // Headers or part of the body arrived, then the connection broke. (Qt sometimes reports the close
        // before the status it had read: the bytes received tell it too; seen under load.)
        const bool truncated = response.status != 0 || !m_received.isEmpty();
        response.status = 0;
        response.problem = m_timedOut  ? NetworkProblem::Timeout
                           : truncated ? NetworkProblem::UnexpectedAnswer
                                       : problemOfTransportError(error);
        response.detail =
            m_trickled ? QStringLiteral("no complete answer within %1 s")
                             .arg(duration_cast<seconds>(m_transport->settings().attemptTimeout *
                                                         m_transport->settings().attemptBoundFactor)
                                      .count())
            : m_timedOut ? QStringLiteral("no answer within %1 s")
                               .arg(duration_cast<seconds>(m_transport->settings().attemptTimeout).count())
            : truncated ? QStringLiteral("the answer was cut off")
                        : scrubEchoes(reply->errorString(), m_request.echoSensitive);
        if ((m_timedOut || truncated || isRetryableTransportError(error)) &&
            m_failuresRetried < m_transport->settings().retryBudget) {
            ++m_failuresRetried;
            retryLater(backoffBefore(m_failuresRetried, m_transport->settings().firstBackoff));
            return;
        }
        finish(std::move(response));
        return;
    }
    if (response.status == 0) {
        response.problem = NetworkProblem::UnexpectedAnswer;
        response.detail = scrubEchoes(reply->errorString(), m_request.echoSensitive);
        finish(std::move(response));
        return;
    }

    response.body = std::move(m_received);
    m_transport->noteRateLimit(m_currentUrl, response);

    if (response.status >= 300 && response.status < 400) {
        const QUrl target = m_currentUrl.resolved(QUrl::fromEncoded(response.header("location")));
        if (followRedirect(target))
            return;
        response.problem = NetworkProblem::UnexpectedAnswer;
        response.detail =
            QStringLiteral("redirected to another address (%1), not followed").arg(target.host());
        finish(std::move(response));
        return;
    }
    if (response.status == 429) {
        if (m_rateLimitsRetried < m_transport->settings().rateLimitRetries) {
            ++m_rateLimitsRetried;
            retryLater(milliseconds(0)); // the rate gate makes it wait for Retry-After
            return;
        }
        response.problem = NetworkProblem::RateLimited;
        response.detail = QStringLiteral("rate limited (HTTP 429)");
        finish(std::move(response));
        return;
    }
    if (response.status >= 500) {
        if (m_failuresRetried < m_transport->settings().retryBudget) {
            ++m_failuresRetried;
            retryLater(backoffBefore(m_failuresRetried, m_transport->settings().firstBackoff));
            return;
        }
        response.problem = NetworkProblem::ServerError;
        response.detail = QStringLiteral("HTTP %1").arg(response.status);
        finish(std::move(response));
        return;
    }
    finish(std::move(response));
}

bool HttpCall::followRedirect(const QUrl &target) {
    // Same origin only: the Authorization header must never reach another host.
    if (!target.isValid() || originOf(target) != originOf(m_currentUrl) ||
        m_redirects >= m_transport->settings().maxRedirects)
        return false;
    ++m_redirects;
    m_currentUrl = target;
    retryLater(milliseconds(0));
    return true;
}

void HttpCall::retryLater(milliseconds delay) {
    if (delay.count() > 0) {
        // A little jitter so parallel calls do not retry in lock-step.
        delay += milliseconds(QRandomGenerator::global()->bounded(int(delay.count() / 4) + 1));
    }
    m_retry->start(delay);
}

void HttpCall::settleTurn() {
    if (m_turnTaken.isEmpty())
        return;
    m_transport->settleTurn(m_turnTaken);
    m_turnTaken.clear();
}

void HttpCall::finish(HttpResponse response) {
    if (m_done)
        return;
    m_done = true;
    m_silence->stop();
    m_attemptBound->stop();
    m_retry->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    settleTurn();
    if (response.attempts == 0)
        response.attempts = m_attempts;
    if (lcNet().isDebugEnabled()) {
        // The address without its query (ids, filters); what the server might echo is scrubbed.
        const QString address = scrubEchoes(
            m_currentUrl.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment),
            m_request.echoSensitive);
        const QString outcome = response.problem == NetworkProblem::None ? QString::number(response.status)
                                                                         : problemWord(response.problem);
        qCDebug(lcNet).noquote() << QString::fromLatin1(m_request.method) << address << outcome << "attempts"
                                 << response.attempts << "ms" << m_clock.elapsed();
    }
    m_response = std::move(response);
    emit finished();
    deleteLater();
}

} // namespace jt
