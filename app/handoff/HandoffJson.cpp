// The hand-off summary as JSON (HandoffText::json): the same things as the Markdown and HTML say, for
// programs.
#include "HandoffText.h"

#include "HandoffSummary.h"

#include "verify/StatusText.h"

#include <QJsonArray>

namespace jt {

namespace {

QString isoTime(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDateTime &time) {
    return time.isValid() ? QJsonValue(isoTime(time)) : QJsonValue();
}

} // namespace

QJsonObject HandoffText::json(const HandoffSummary &s) {
    QJsonObject board{
        {QStringLiteral("name"), s.boardName()},
        {QStringLiteral("token"), s.boardToken()},
        {QStringLiteral("url"), s.boardUrl().toString(QUrl::FullyEncoded)},
        {QStringLiteral("live_jobs"), s.liveJobs() ? QJsonValue(*s.liveJobs()) : QJsonValue()},
        // null: the last check recorded no titles although the board has live jobs
        {QStringLiteral("first_titles"),
         s.titlesUnknown() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(s.jobTitles()))},
        {QStringLiteral("more_live_jobs"), s.moreLiveJobs()},
    };
    QJsonObject credential{
        {QStringLiteral("kind"), credentialKindWord(s.kind())},
        {QStringLiteral("kind_name"), s.kindName()},
    };
    if (s.kind() == CredentialKind::HarvestV3) {
        credential.insert(QStringLiteral("client_id"), s.clientId());
        credential.insert(QStringLiteral("user_id"),
                          s.userId().isEmpty() ? QJsonValue() : QJsonValue(s.userId()));
    } else {
        credential.insert(QStringLiteral("key_fingerprint"), s.keyFingerprint());
    }
    QJsonArray permissions;
    for (const HandoffPermission &row : s.permissions())
        permissions.append(QJsonObject{
            {QStringLiteral("id"), row.id},
            {QStringLiteral("label"), row.label},
            {QStringLiteral("status"), statusWord(row.status)},
            {QStringLiteral("verified_at"), isoOrNull(row.verifiedAt)},
        });
    QJsonObject json{
        {QStringLiteral("title"), s.title()},
        {QStringLiteral("practice"), s.isPractice()},
        {QStringLiteral("prepared_by"), s.preparedBy()},
        {QStringLiteral("contact_email"),
         s.contactEmail().isEmpty() ? QJsonValue() : QJsonValue(s.contactEmail())},
        {QStringLiteral("generated_at"), isoOrNull(s.generatedAt())},
        {QStringLiteral("verified_at"), isoOrNull(s.verifiedAt())},
        {QStringLiteral("board"), board},
        {QStringLiteral("credential"), credential},
        {QStringLiteral("permissions"), permissions},
        {QStringLiteral("permissions_summary"), s.permissionCountText()},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(s.warnings())},
        {QStringLiteral("next_steps"), QJsonArray::fromStringList(s.nextSteps())},
        {QStringLiteral("jobtarget_help"), s.jobTargetHelp().toString()},
    };
    if (const HandoffChecks &checks = s.checks(); !checks.isEmpty()) {
        const auto counts = [](const HandoffChecks::Counts &of) {
            return QJsonObject{{QStringLiteral("checks"), of.total()},
                               {QStringLiteral("passed"), of.passed},
                               {QStringLiteral("failed"), of.failed},
                               {QStringLiteral("not_checked"), of.notChecked},
                               {QStringLiteral("since"), isoOrNull(of.since)}};
        };
        const QJsonValue lastFailure =
            checks.fixedFailures == 0
                ? QJsonValue()
                : QJsonObject{{QStringLiteral("from"), isoTime(checks.lastFailureFrom)},
                              {QStringLiteral("to"), isoTime(checks.lastFailureTo)},
                              {QStringLiteral("fixed_at"), isoTime(checks.lastFailureFixedAt)}};
        const QJsonValue notDone = checks.notDoneAt.isValid()
                                       ? QJsonObject{{QStringLiteral("at"), isoTime(checks.notDoneAt)},
                                                     {QStringLiteral("reason"), checks.notDoneReason}}
                                       : QJsonValue();
        json.insert(QStringLiteral("daily_checks"),
                    QJsonObject{
                        {QStringLiteral("summary"), checks.text()},
                        {QStringLiteral("state"), HandoffChecks::stateWord(checks.state)},
                        {QStringLiteral("state_since"), isoOrNull(checks.stateSince)},
                        {QStringLiteral("problem"),
                         checks.problem.isEmpty() ? QJsonValue() : QJsonValue(checks.problem)},
                        {QStringLiteral("fixed_failures"), checks.fixedFailures},
                        {QStringLiteral("last_failure"), lastFailure},
                        {QStringLiteral("last_not_done"), notDone},
                        {QStringLiteral("scheduled"), counts(checks.scheduled)},
                        {QStringLiteral("by_hand"), counts(checks.byHand)},
                    });
    }
    if (s.isPractice())
        json.insert(QStringLiteral("practice_notice"), HandoffSummary::practiceNotice());
    if (s.secret()) {
        json.insert(QStringLiteral("secret"), *s.secret());
        json.insert(QStringLiteral("secret_warning"), HandoffSummary::secretWarning());
    }
    return json;
}

} // namespace jt
