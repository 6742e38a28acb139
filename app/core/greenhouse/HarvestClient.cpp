#include "HarvestClient.h"

#include "net/ServerText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace jt {

HarvestClient::HarvestClient(HttpTransport *transport, GreenhouseEndpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_endpoints(std::move(endpoints)) {}

void HarvestClient::listBoards(std::function<void(BoardListing)> done) {
    QTimer::singleShot(0, this, [done = std::move(done)] { done(BoardListing{}); });
}

std::optional<QJsonDocument> HarvestClient::parseJson(const QByteArray &body) {
    QJsonParseError error{};
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return std::nullopt;
    return document;
}

bool HarvestClient::isJsonObjectOrEmpty(const QByteArray &body) {
    if (body.trimmed().isEmpty())
        return true;
    const auto document = parseJson(body);
    return document && document->isObject();
}

ProbeOutcome HarvestClient::judgeProbe(const RequiredPermission &permission, const HttpResponse &response) {
    ProbeOutcome outcome;
    if (!response.answered()) {
        outcome.status = PermissionStatus::Unreachable;
        outcome.problem = response.problem;
        outcome.detail = response.detail;
        return outcome;
    }
    const auto unexpected = [&](const QString &why) {
        outcome.status = PermissionStatus::Unreachable;
        outcome.problem = NetworkProblem::UnexpectedAnswer;
        outcome.detail = why;
        return outcome;
    };
    const QString serverText = safeServerText(response.body, {});
    switch (response.status) {
    case 200: {
        const auto document = parseJson(response.body);
        if (!document || (permission.probeAnswersList ? !document->isArray() : !document->isObject()))
            return unexpected(QStringLiteral("HTTP 200 without the JSON Greenhouse sends"));
        outcome.status = PermissionStatus::Granted;
        return outcome;
    }
    case 403:
        // A proxy's HTML "forbidden" page is not Greenhouse refusing a permission.
        if (!isJsonObjectOrEmpty(response.body))
            return unexpected(QStringLiteral("HTTP 403 that did not come from Greenhouse"));
        outcome.status = PermissionStatus::Missing;
        outcome.detail = serverText;
        return outcome;
    case 404: {
        // A per-job endpoint answers 404 for a job id that does not exist only after the permission check.
        const bool perJob = QByteArray(permission.probe).contains("{job_id}");
        const auto document = parseJson(response.body);
        if (perJob && document && document->isObject()) {
            outcome.status = PermissionStatus::Granted;
            return outcome;
        }
        return unexpected(QStringLiteral("HTTP 404: is the Harvest address right?"));
    }
    default:
        return unexpected(serverText.isEmpty()
                              ? QStringLiteral("HTTP %1").arg(response.status)
                              : QStringLiteral("HTTP %1: %2").arg(response.status).arg(serverText));
    }
}

} // namespace jt
