#pragma once

#include <QList>
#include <QString>

namespace jt {

enum class CredentialKind { HarvestV3, HarvestV1 };

QString credentialKindWord(CredentialKind kind); // "v3" / "v1"

// One permission JobTarget needs. This table is the only place that lists them: the verifier probes them, the
// wizard shows them, the summary and the translations read them from here.
struct RequiredPermission {
    const char *id;      // "harvest:jobs:list" / "jobs.retrieve"
    const char *label;   // exactly as Greenhouse's Dev Center shows it; never translated
    const char *section; // the Dev Center group the label sits in
    CredentialKind kind;
    const char *probe;     // path (and query) relative to the Harvest base; {job_id} is any job id
    bool probeAnswersList; // 200 carries a JSON array (else an object)

    QString idString() const { return QString::fromLatin1(id); }
    QString labelString() const { return QString::fromUtf8(label); }
    // The label where it is found: v3 labels already name their group ("Jobs > List jobs"), v1 labels do
    // not ("Jobs — GET: List Jobs").
    QString labelWithSection() const;
    // Translated, exact clicks in Greenhouse that grant this permission.
    QString fixText() const;
};

// In the order of the report rows (verify's JSON lists them so; see the man page).
const QList<RequiredPermission> &requiredPermissions(CredentialKind kind);
const RequiredPermission *findPermission(const QString &id);
// What the demo's practice of a missing permission withholds: the kind's last row (Openings).
const RequiredPermission &practisedMissingPermission(CredentialKind kind);

// v3 board discovery: optional, never a row of the report. The exact scope string is not published.
inline constexpr const char *JobBoardsScope = "harvest:job_boards:list";

} // namespace jt
