#pragma once

#include "HarvestClient.h"

namespace jt {

// The legacy Harvest API key (Basic auth, key as user name, empty password), as Greenhouse's JobTarget
// article describes it. Retired by Greenhouse on 31 August 2026 but still what the article asks for.
class HarvestV1Client : public HarvestClient {
    Q_OBJECT
public:
    HarvestV1Client(HttpTransport *transport, GreenhouseEndpoints endpoints, QString apiKey,
                    QObject *parent = nullptr);

    void authenticate(std::function<void(CredentialOutcome)> done) override;
    void probe(const RequiredPermission &permission, std::function<void(ProbeOutcome)> done) override;
    void lookupJobs(const QList<qint64> &ids, std::function<void(SameAccountOutcome)> done) override;

    // Any job id works for the per-job probes: a job that does not exist answers 404 once the permission is
    // granted, and 403 (or 401 "does not have permission") when it is not.
    static constexpr qint64 ProbeJobId = 1;

private:
    HttpCall *get(const QString &pathAndQuery);

    QString m_apiKey;
};

} // namespace jt
