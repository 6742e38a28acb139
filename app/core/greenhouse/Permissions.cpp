#include "Permissions.h"

#include <QCoreApplication>

namespace jt {

QString credentialKindWord(CredentialKind kind) {
    return kind == CredentialKind::HarvestV3 ? QStringLiteral("v3") : QStringLiteral("v1");
}

const QList<RequiredPermission> &requiredPermissions(CredentialKind kind) {
    using K = CredentialKind;
    static const QList<RequiredPermission> v3 = {
        {"harvest:jobs:list", "Jobs > List jobs", "Jobs", K::HarvestV3, "/v3/jobs?per_page=1", true},
        {"harvest:job_posts:list", "Job posts > List job posts", "Job posts", K::HarvestV3,
         "/v3/job_posts?per_page=1", true},
        {"harvest:openings:list", "Openings > List openings", "Openings", K::HarvestV3,
         "/v3/openings?per_page=1", true},
    };
    static const QList<RequiredPermission> v1 = {
        {"jobs.list", "GET: List Jobs", "Jobs", K::HarvestV1, "/v1/jobs?per_page=1", true},
        {"jobs.retrieve", "GET: Retrieve Job", "Jobs", K::HarvestV1, "/v1/jobs/{job_id}", false},
        {"job_posts.list", "GET: List Job Posts", "Job Posts", K::HarvestV1, "/v1/job_posts?per_page=1",
         true},
        {"job_posts.list_for_job", "GET: List Job Posts for Job", "Job Posts", K::HarvestV1,
         "/v1/jobs/{job_id}/job_posts", true},
        {"job_posts.retrieve_for_job", "GET: Retrieve Job Post for Job", "Job Posts", K::HarvestV1,
         "/v1/jobs/{job_id}/job_post", false},
        {"openings.list_for_job", "GET: List Openings For a Job", "Job Openings", K::HarvestV1,
         "/v1/jobs/{job_id}/openings", true},
    };
    return kind == K::HarvestV3 ? v3 : v1;
}

const RequiredPermission *findPermission(const QString &id) {
    for (CredentialKind kind : {CredentialKind::HarvestV3, CredentialKind::HarvestV1}) {
        for (const RequiredPermission &permission : requiredPermissions(kind)) {
            if (permission.idString() == id)
                return &permission;
        }
    }
    return nullptr;
}

const RequiredPermission &practisedMissingPermission(CredentialKind kind) {
    return requiredPermissions(kind).constLast();
}

QString RequiredPermission::labelWithSection() const {
    const QString group = QString::fromUtf8(section);
    if (labelString().startsWith(group))
        return labelString();
    return QStringLiteral("%1 — %2").arg(group, labelString());
}

QString RequiredPermission::fixText() const {
    if (kind == CredentialKind::HarvestV3) {
        return QCoreApplication::translate(
                   "Permissions", "In Greenhouse, open Configure → Dev Center → API Credential Management, "
                                  "choose the JobTarget credential, click Manage Scopes, tick “%1” and "
                                  "save.")
            .arg(labelString());
    }
    return QCoreApplication::translate(
               "Permissions", "In Greenhouse, open Configure → Dev Center → API Credential Management, "
                              "choose the JobTarget key, click Manage Permissions, tick “%1” under "
                              "“%2” and save.")
        .arg(labelString(), QString::fromUtf8(section));
}

} // namespace jt
