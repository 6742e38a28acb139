#include "HarvestV1Client.h"

#include "net/ByteSize.h"
#include "net/ServerText.h"

#include <QTimer>

namespace jt {

using namespace byte_size;

HarvestV1Client::HarvestV1Client(HttpTransport *transport, GreenhouseEndpoints endpoints, QString apiKey,
                                 QObject *parent)
    : HarvestClient(transport, std::move(endpoints), parent)
    , m_apiKey(std::move(apiKey)) {}

void HarvestV1Client::authenticate(std::function<void(CredentialOutcome)> done) {
    QTimer::singleShot(0, this, [done = std::move(done)] { done(CredentialOutcome{}); });
}

HttpCall *HarvestV1Client::get(const QString &pathAndQuery) {
    HttpRequest request;
    request.url = GreenhouseEndpoints::join(m_endpoints.harvest, pathAndQuery);
    request.authorization = "Basic " + (m_apiKey.toUtf8() + ':').toBase64();
    request.maxBodyBytes = 1_MiB;
    request.echoSensitive = {m_apiKey.toUtf8()};
    return m_transport->send(std::move(request));
}

void HarvestV1Client::probe(const RequiredPermission &permission, std::function<void(ProbeOutcome)> done) {
    const QString path =
        QString::fromLatin1(permission.probe).replace(QLatin1String("{job_id}"), QString::number(ProbeJobId));
    HttpCall *call = get(path);
    connect(call, &HttpCall::finished, this, [this, call, &permission, done = std::move(done)] {
        const HttpResponse &response = call->response();
        const auto document = parseJson(response.body);
        // Only Greenhouse's own JSON 401 judges the key; a proxy's or portal's page is "couldn't check".
        if (response.answered() && response.status == 401 && document && document->isObject()) {
            ProbeOutcome outcome;
            const QString message = safeServerText(response.body, {m_apiKey.toUtf8()});
            // Greenhouse may say "no permission for this endpoint" with 401 instead of 403.
            if (message.contains(QLatin1String("permission"), Qt::CaseInsensitive)) {
                outcome.status = PermissionStatus::Missing;
                outcome.detail = message;
            } else {
                outcome.credentialRejected = true;
                outcome.detail = message;
            }
            done(outcome);
            return;
        }
        done(judgeProbe(permission, response));
    });
}

void HarvestV1Client::lookupJobs(const QList<qint64> &ids, std::function<void(SameAccountOutcome)> done) {
    struct Tally {
        int pending = 0;
        bool found = false;
        bool undecided = false;
    };
    auto tally = std::make_shared<Tally>();
    tally->pending = int(ids.size());
    for (qint64 id : ids) {
        HttpCall *call = get(QStringLiteral("/v1/jobs/%1").arg(id));
        connect(call, &HttpCall::finished, this, [call, tally, done] {
            const HttpResponse &response = call->response();
            const auto document = parseJson(response.body);
            const bool json = document && document->isObject();
            if (response.answered() && response.status == 200 && json)
                tally->found = true;
            else if (!(response.answered() && response.status == 404 && json))
                tally->undecided = true;
            if (--tally->pending > 0)
                return;
            SameAccountOutcome outcome;
            if (tally->found)
                outcome.sameAccount = true;
            else if (!tally->undecided)
                outcome.sameAccount = false;
            else
                outcome.reason = tr("the job look-up did not succeed");
            done(outcome);
        });
    }
    if (ids.isEmpty())
        QTimer::singleShot(0, this, [done] { done(SameAccountOutcome{}); });
}

} // namespace jt
