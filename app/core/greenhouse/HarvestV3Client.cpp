#include "HarvestV3Client.h"

#include "net/ByteSize.h"
#include "net/JsonNumber.h"
#include "net/LinkHeader.h"
#include "net/ServerText.h"
#include "net/TransportPolicy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>

namespace jt {

using namespace byte_size;

namespace {
constexpr int DefaultTokenSeconds = 3600;
constexpr int RenewBeforeSeconds = 60; // a token this close to expiry is not used for a new request
constexpr qint64 MaxTokenSeconds = qint64(24) * 3600; // a longer lifetime is still renewed after a day
} // namespace

HarvestV3Client::HarvestV3Client(HttpTransport *transport, GreenhouseEndpoints endpoints, QString clientId,
                                 QString secret, QString userId, QObject *parent)
    : HarvestClient(transport, std::move(endpoints), parent)
    , m_clientId(std::move(clientId))
    , m_secret(std::move(secret))
    , m_userId(std::move(userId)) {}

QDateTime HarvestV3Client::expiryOf(const QJsonObject &token, const QDateTime &now) {
    // Whole seconds, within what a token's lifetime or an epoch time can be (nothing for 1e30 or -5).
    const auto seconds = [](const QJsonValue &value) -> std::optional<qint64> {
        std::optional<qint64> number = jsonInteger(value);
        if (!number && value.isString()) { // "3600.0"
            bool ok = false;
            number = wholeNumber(std::round(value.toString().toDouble(&ok)));
            if (!ok)
                number.reset();
        }
        if (number && (*number < 0 || *number > 32503680000)) // the year 3000
            number.reset();
        return number;
    };
    const auto instant = [&](const QJsonValue &value) -> QDateTime {
        if (value.isString()) {
            QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            if (parsed.isValid())
                return parsed.toUTC();
        }
        if (const auto number = seconds(value)) {
            // "expires" is seen both as a lifetime and as an epoch time.
            if (*number > 1'000'000'000)
                return QDateTime::fromSecsSinceEpoch(*number, QTimeZone::utc());
            return now.addSecs(*number);
        }
        return {};
    };
    // A lifetime beyond any bound is a long one, capped, not none (found by fuzzing: 483303333160 was
    // ignored, and an "expires" of 2013 next to it made the fresh token expired on arrival).
    const QJsonValue lifetime = token.value(QLatin1String("expires_in"));
    if (lifetime.isDouble() && lifetime.toDouble() >= 0)
        return now.addSecs(qint64(std::min(lifetime.toDouble(), double(MaxTokenSeconds))));
    if (const auto in = seconds(lifetime))
        return now.addSecs(std::min(*in, MaxTokenSeconds));
    for (const char *key : {"expires_at", "expires"}) {
        QDateTime when = instant(token.value(QLatin1String(key)));
        if (when.isValid())
            return when;
    }
    return now.addSecs(DefaultTokenSeconds);
}

QString HarvestV3Client::rejectedMessage() {
    return tr("Greenhouse rejected the Client ID or the Client Secret. Copy both again; if the secret was "
              "lost, create a new credential and revoke the old one.");
}

void HarvestV3Client::authenticate(std::function<void(CredentialOutcome)> done) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_token.isEmpty() && now.secsTo(m_tokenExpires) > RenewBeforeSeconds) {
        QTimer::singleShot(0, this, [this, done = std::move(done)] { done(m_lastOutcome); });
        return;
    }
    m_waitingForToken.append(std::move(done));
    if (!m_tokenRequested)
        requestToken();
}

void HarvestV3Client::requestToken() {
    m_tokenRequested = true;
    m_token.clear();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    if (!m_userId.isEmpty())
        form.addQueryItem(QStringLiteral("sub"), m_userId);
    HttpRequest request;
    request.method = "POST";
    request.url = GreenhouseEndpoints::join(m_endpoints.auth, QStringLiteral("/token"));
    request.authorization = "Basic " + (m_clientId.toUtf8() + ':' + m_secret.toUtf8()).toBase64();
    request.contentType = "application/x-www-form-urlencoded";
    request.body = form.toString(QUrl::FullyEncoded).toUtf8();
    request.maxBodyBytes = 64_KiB;
    request.echoSensitive = {m_clientId.toUtf8(), m_secret.toUtf8()};
    HttpCall *call = m_transport->send(std::move(request));
    connect(call, &HttpCall::finished, this, [this, call] {
        m_tokenRequested = false;
        m_lastOutcome = judgeToken(call->response());
        const auto waiting = std::exchange(m_waitingForToken, {});
        for (const auto &done : waiting)
            done(m_lastOutcome);
    });
}

CredentialOutcome HarvestV3Client::judgeToken(const HttpResponse &response) {
    CredentialOutcome outcome;
    if (!response.answered()) {
        outcome.status = CredentialStatus::Unreachable;
        outcome.problem = response.problem;
        outcome.message = problemSentence(response.problem);
        outcome.serverText = response.detail;
        return outcome;
    }
    const QList<QByteArray> echoes = {m_clientId.toUtf8(), m_secret.toUtf8()};
    outcome.serverText = safeServerText(response.body, echoes);
    const auto document = parseJson(response.body);
    const QJsonObject body = document ? document->object() : QJsonObject{};
    const auto unexpected = [&] {
        outcome.status = CredentialStatus::Unreachable;
        outcome.problem = NetworkProblem::UnexpectedAnswer;
        outcome.message = problemSentence(NetworkProblem::UnexpectedAnswer);
        return outcome;
    };
    if (!document || !document->isObject())
        return unexpected();

    if (response.status == 200) {
        const QString token = body.value(QLatin1String("access_token")).toString();
        if (token.isEmpty())
            return unexpected();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_token = token.toUtf8();
        m_tokenExpires = expiryOf(body, now);
        ++m_tokenGeneration;
        outcome.status = CredentialStatus::Accepted;
        outcome.expires = m_tokenExpires;
        outcome.message = tr("Greenhouse accepted the Client ID and Client Secret.");
        outcome.serverText.clear();
        return outcome;
    }
    const QString raw = QString::fromUtf8(response.body);
    outcome.status = CredentialStatus::Rejected;
    if (raw.contains(QLatin1String("client ID suffix"), Qt::CaseInsensitive)) {
        outcome.message =
            tr("Greenhouse does not recognise this Client ID. Copy it again from API Credential "
               "Management: it looks like “name-1234”.");
    } else if (response.status == 401 || raw.contains(QLatin1String("invalid_client"))) {
        outcome.message = rejectedMessage();
    } else if (response.status == 400 && !m_userId.isEmpty()) {
        outcome.message =
            tr("Greenhouse did not accept the Site Admin user ID. Use the number at the end of the "
               "user's Greenhouse address (…/users/12345), or leave the user ID out.");
    } else if (response.status >= 400 && response.status < 500) {
        outcome.message =
            tr("Greenhouse refused to issue a token for this credential (HTTP %1).").arg(response.status);
    } else {
        return unexpected();
    }
    return outcome;
}

void HarvestV3Client::getWithToken(const QUrl &url, qint64 maxBytes,
                                   std::function<void(const HttpResponse &, bool rejected)> done,
                                   bool isRetry) {
    authenticate([this, url, maxBytes, done = std::move(done), isRetry](const CredentialOutcome &auth) {
        if (auth.status != CredentialStatus::Accepted) {
            HttpResponse failed;
            failed.problem =
                auth.status == CredentialStatus::Unreachable ? auth.problem : NetworkProblem::None;
            failed.detail = auth.message;
            done(failed, auth.status == CredentialStatus::Rejected);
            return;
        }
        HttpRequest request;
        request.url = url;
        request.authorization = "Bearer " + m_token;
        request.maxBodyBytes = maxBytes;
        request.echoSensitive = {m_token};
        const int generation = m_tokenGeneration;
        HttpCall *call = m_transport->send(std::move(request));
        connect(call, &HttpCall::finished, this, [=, this] {
            const HttpResponse &response = call->response();
            // Only Greenhouse's own JSON 401 speaks about the token; anything else is judged as an odd
            // answer.
            const auto document = parseJson(response.body);
            if (response.answered() && response.status == 401 && document && document->isObject()) {
                if (isRetry) {
                    done(response, true);
                    return;
                }
                if (generation == m_tokenGeneration) // nobody renewed it meanwhile
                    m_token.clear();
                getWithToken(url, maxBytes, done, true);
                return;
            }
            done(response, false);
        });
    });
}

void HarvestV3Client::probe(const RequiredPermission &permission, std::function<void(ProbeOutcome)> done) {
    getWithToken(GreenhouseEndpoints::join(m_endpoints.harvest, QString::fromLatin1(permission.probe)), 1_MiB,
                 [&permission, done = std::move(done)](const HttpResponse &response, bool rejected) {
                     if (rejected) {
                         ProbeOutcome outcome;
                         outcome.credentialRejected = true;
                         outcome.status = PermissionStatus::NotChecked;
                         done(outcome);
                         return;
                     }
                     if (response.status == 0 && response.problem == NetworkProblem::None) {
                         done(ProbeOutcome{}); // no token: nothing was checked
                         return;
                     }
                     done(judgeProbe(permission, response));
                 });
}

// GET /v3/jobs?ids=… in groups of at most 50 ids (Greenhouse's limit on an ids filter), per_page=500: found
// when any group finds one of its ids; undecided when a group could not tell and none found one.
void HarvestV3Client::lookupJobs(const QList<qint64> &ids, std::function<void(SameAccountOutcome)> done) {
    struct Tally {
        qsizetype pending = 0;
        bool found = false;
        QString undecided; // the first reason a group could not tell
    };
    auto tally = std::make_shared<Tally>();
    tally->pending = (ids.size() + MaxIdsPerFilter - 1) / MaxIdsPerFilter;
    if (ids.isEmpty()) {
        QTimer::singleShot(0, this, [done = std::move(done)] { done(SameAccountOutcome{}); });
        return;
    }
    for (qsizetype first = 0; first < ids.size(); first += MaxIdsPerFilter) {
        const QList<qint64> group = ids.mid(first, MaxIdsPerFilter);
        QStringList idText;
        for (qint64 id : group)
            idText << QString::number(id);
        const QString path =
            QStringLiteral("/v3/jobs?ids=%1&per_page=500").arg(idText.join(QLatin1Char(',')));
        getWithToken(GreenhouseEndpoints::join(m_endpoints.harvest, path), 1_MiB,
                     [group, tally, done](const HttpResponse &response, bool rejected) {
                         if (rejected || !response.answered() || response.status != 200) {
                             if (tally->undecided.isEmpty())
                                 tally->undecided = response.status == 403
                                                        ? tr("the credential may not list jobs")
                                                        : tr("the job look-up did not succeed");
                         } else if (const auto document = parseJson(response.body);
                                    !document || !document->isArray()) {
                             if (tally->undecided.isEmpty())
                                 tally->undecided = tr("the job look-up gave an unexpected answer");
                         } else {
                             for (const QJsonValue job : document->array()) {
                                 const auto id = jsonInteger(job.toObject().value(QLatin1String("id")));
                                 tally->found = tally->found || (id && group.contains(*id));
                             }
                         }
                         if (--tally->pending > 0)
                             return;
                         SameAccountOutcome outcome;
                         if (tally->found)
                             outcome.sameAccount = true;
                         else if (tally->undecided.isEmpty())
                             outcome.sameAccount = false;
                         else
                             outcome.reason = tally->undecided;
                         done(outcome);
                     });
    }
}

std::optional<QList<VisibleBoard>> HarvestV3Client::parseBoards(const QByteArray &body) {
    const auto document = parseJson(body);
    if (!document || !document->isArray())
        return std::nullopt;
    QList<VisibleBoard> boards;
    for (const QJsonValue value : document->array()) {
        const QJsonObject board = value.toObject();
        // JobTarget needs the public board: an internal one (for employees) is never offered.
        if (board.value(QLatin1String("internal")).toBool())
            continue;
        // Only a token that is one (letters, digits, - and _) is offered; a name is shown scrubbed.
        const QString token = board.value(QLatin1String("url_token")).toString().toLower();
        if (!GreenhouseEndpoints::isBoardToken(token))
            continue;
        // v3 names the board by company_name ("name" only in answers older than the v3 reference).
        QString name = board.value(QLatin1String("company_name")).toString();
        if (name.isEmpty())
            name = board.value(QLatin1String("name")).toString();
        boards.append({token, plainServerValue(name),
                       board.value(QLatin1String("status")).toString() != QLatin1String("draft")});
    }
    return boards;
}

void HarvestV3Client::listBoards(std::function<void(BoardListing)> done) {
    collectBoards(
        GreenhouseEndpoints::join(m_endpoints.harvest, QStringLiteral("/v3/job_boards?per_page=500")), 20,
        std::make_shared<BoardListing>(), done);
}

void HarvestV3Client::collectBoards(const QUrl &page, int pagesLeft,
                                    const std::shared_ptr<BoardListing> &listing,
                                    const std::function<void(BoardListing)> &done) {
    getWithToken(page, 1_MiB, [=, this](const HttpResponse &response, bool) {
        listing->problem = response.problem;
        const auto boards = response.status == 200 ? parseBoards(response.body) : std::nullopt;
        if (!boards) {
            listing->available = false;
            done(*listing);
            return;
        }
        listing->available = true;
        listing->boards += *boards;
        const QUrl next = parseLinkHeader(response.header("link"), page).value(QStringLiteral("next"));
        // The token only ever goes to the Harvest host.
        if (next.isValid() && pagesLeft > 1 && originOf(next) == originOf(page)) {
            collectBoards(next, pagesLeft - 1, listing, done);
            return;
        }
        done(*listing);
    });
}

} // namespace jt
