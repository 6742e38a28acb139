#include "CheckRecord.h"

#include "greenhouse/Permissions.h"
#include "net/NetworkProblem.h"
#include "verify/VerificationReport.h"

#include <QLocale>
#include <QStringList>

namespace jt {

namespace {

template <typename Enum> struct Words {
    Enum value;
    const char *word;
};
constexpr Words<CheckOutcome> OutcomeWords[] = {{CheckOutcome::Passed, "passed"},
                                                {CheckOutcome::Failed, "failed"},
                                                {CheckOutcome::NotChecked, "not_checked"}};
constexpr Words<CheckNotice> NoticeWords[] = {{CheckNotice::None, "none"},
                                              {CheckNotice::Broken, "broken"},
                                              {CheckNotice::WorkingAgain, "working_again"},
                                              {CheckNotice::CannotCheck, "cannot_check"}};
constexpr Words<CheckTrigger> TriggerWords[] = {{CheckTrigger::Scheduled, "scheduled"},
                                                {CheckTrigger::ByHand, "by_hand"}};

template <typename Enum, std::size_t N> QString wordOf(const Words<Enum> (&words)[N], Enum value) {
    for (const auto &entry : words)
        if (entry.value == value)
            return QString::fromLatin1(entry.word);
    return QString::fromLatin1(words[0].word);
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const Words<Enum> (&words)[N], const QString &word) {
    for (const auto &entry : words)
        if (word == QLatin1String(entry.word))
            return entry.value;
    return std::nullopt;
}

} // namespace

QString outcomeWord(CheckOutcome outcome) {
    return wordOf(OutcomeWords, outcome);
}

QString noticeWord(CheckNotice notice) {
    return wordOf(NoticeWords, notice);
}

QString triggerWord(CheckTrigger trigger) {
    return wordOf(TriggerWords, trigger);
}

CheckRecord CheckRecord::notChecked(const QString &stage, const QString &detail, const QDateTime &at) {
    CheckRecord record;
    record.at = at.toUTC();
    record.outcome = CheckOutcome::NotChecked;
    record.stage = stage;
    record.detail = detail;
    return record;
}

CheckRecord CheckRecord::of(const VerificationReport &report) {
    CheckRecord record;
    record.at = report.checkedAt.isValid() ? report.checkedAt.toUTC() : QDateTime::currentDateTimeUtc();
    record.board = report.board.token;
    record.liveJobs = report.board.liveJobs;
    const auto failed = [&record](const QString &stage, const QString &detail) {
        record.outcome = CheckOutcome::Failed;
        record.stage = stage;
        record.detail = detail;
        return record;
    };
    switch (report.exitStatus()) {
    case ExitStatus::Ok:
        if (report.board.status == BoardStatus::Found && report.board.liveJobs == 0)
            return failed(QStringLiteral("board"), QStringLiteral("no_live_jobs"));
        record.outcome = CheckOutcome::Passed;
        return record;
    case ExitStatus::CredentialRejected:
        return failed(QStringLiteral("credential"), QStringLiteral("rejected"));
    case ExitStatus::PermissionsMissing: {
        if (!report.credential.notSiteAdminUserId.isEmpty())
            return failed(QStringLiteral("permissions"), QStringLiteral("subject_not_site_admin"));
        QStringList missing;
        for (const PermissionRow &row : report.permissions)
            if (row.status == PermissionStatus::Missing && row.permission)
                missing << row.permission->idString();
        return failed(QStringLiteral("permissions"), missing.join(QLatin1Char(' ')));
    }
    case ExitStatus::BoardProblem:
        return failed(QStringLiteral("board"), report.board.status == BoardStatus::NotFound
                                                   ? QStringLiteral("not_found")
                                                   : QStringLiteral("other_account"));
    case ExitStatus::Unreachable:
        record.outcome = CheckOutcome::NotChecked;
        if (report.credential.status != CredentialStatus::Accepted) {
            record.stage = QStringLiteral("credential");
            record.detail = problemWord(report.credential.problem);
            return record;
        }
        for (const PermissionRow &row : report.permissions) {
            if (row.status != PermissionStatus::Granted) {
                record.stage = QStringLiteral("permissions");
                record.detail = problemWord(row.problem);
                return record;
            }
        }
        record.stage = QStringLiteral("board");
        record.detail = problemWord(report.board.problem);
        return record;
    case ExitStatus::KeychainUnavailable:
        record.outcome = CheckOutcome::NotChecked;
        record.stage = QStringLiteral("keychain");
        return record;
    case ExitStatus::BadInput:
    case ExitStatus::Internal:
        break;
    }
    record.outcome = CheckOutcome::NotChecked;
    record.stage = QStringLiteral("input");
    return record;
}

QString CheckRecord::problemText() const {
    if (outcome == CheckOutcome::Passed)
        return {};
    if (outcome == CheckOutcome::NotChecked) {
        if (stage == QLatin1String("keychain"))
            return tr("the keychain could not be read (it may be locked)");
        if (stage == QLatin1String("input"))
            return tr("the stored connection could not be used; save it again");
        return tr("Greenhouse could not be reached");
    }
    if (stage == QLatin1String("credential"))
        return tr("the credential was rejected (revoked, or its secret rotated)");
    if (stage == QLatin1String("permissions")) {
        if (detail == QLatin1String("subject_not_site_admin"))
            return tr("the user ID the credential acts as is no longer a Site Admin's");
        QStringList labels;
        for (const QString &id : detail.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (const RequiredPermission *permission = findPermission(id))
                labels << permission->labelString();
        if (labels.isEmpty())
            return tr("a permission JobTarget needs is missing");
        //: %1 is a permission exactly as Greenhouse names it, such as "Openings > List openings"
        return labels.size() == 1
                   ? tr("“%1” is missing").arg(labels.first())
                   : tr("“%1” and %n more permission(s) are missing", nullptr, int(labels.size() - 1))
                         .arg(labels.first());
    }
    if (detail == QLatin1String("no_live_jobs"))
        return tr("the job board “%1” has no live jobs").arg(board);
    if (detail == QLatin1String("not_found"))
        return tr("the job board “%1” was not found (renamed or deleted?)").arg(board);
    return tr("the job board's jobs belong to another Greenhouse account");
}

QString CheckRecord::dateText(const QDateTime &at) {
    //: How the check history writes a date; Qt's date format (d, MMMM, yyyy), as is usual in your language
    return QLocale().toString(at.toLocalTime().date(), tr("d MMMM yyyy"));
}

QString CheckRecord::momentText(const QDateTime &at) {
    // Hours and minutes: some locales' short format has seconds, which a daily check does not need.
    const QString time = QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
    return dateText(at) + QStringLiteral(", ") + QLocale().toString(at.toLocalTime().time(), time);
}

QString CheckRecord::describe() const {
    const QString when = momentText(at);
    switch (outcome) {
    case CheckOutcome::Passed:
        //: %1 date and time of a check, %n the board's live jobs
        return liveJobs ? tr("%1: passed, %n live job(s)", nullptr, *liveJobs).arg(when)
                        : tr("%1: passed").arg(when);
    case CheckOutcome::Failed:
        //: %1 date and time of a check, %2 what was wrong
        return tr("%1: failed — %2").arg(when, problemText());
    case CheckOutcome::NotChecked:
        break;
    }
    //: %1 date and time of a check, %2 why it could not be done
    return tr("%1: could not check — %2").arg(when, problemText());
}

QJsonObject CheckRecord::toJson() const {
    QJsonObject json{{QStringLiteral("at"), at.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("outcome"), outcomeWord(outcome)}};
    if (!stage.isEmpty())
        json.insert(QStringLiteral("stage"), stage);
    if (!detail.isEmpty())
        json.insert(QStringLiteral("detail"), detail);
    if (!board.isEmpty())
        json.insert(QStringLiteral("board"), board);
    if (liveJobs)
        json.insert(QStringLiteral("live_jobs"), *liveJobs);
    if (notice != CheckNotice::None)
        json.insert(QStringLiteral("notice"), noticeWord(notice));
    if (trigger != CheckTrigger::Scheduled)
        json.insert(QStringLiteral("trigger"), triggerWord(trigger));
    return json;
}

std::optional<CheckRecord> CheckRecord::fromJson(const QJsonObject &json) {
    CheckRecord record;
    record.at = QDateTime::fromString(json.value(QLatin1String("at")).toString(), Qt::ISODate);
    const auto outcome = valueOf(OutcomeWords, json.value(QLatin1String("outcome")).toString());
    const auto notice =
        valueOf(NoticeWords, json.value(QLatin1String("notice")).toString(QStringLiteral("none")));
    const auto trigger =
        valueOf(TriggerWords, json.value(QLatin1String("trigger")).toString(QStringLiteral("scheduled")));
    const QJsonValue live = json.value(QLatin1String("live_jobs"));
    if (!record.at.isValid() || !outcome || !notice || !trigger || !(live.isUndefined() || live.isDouble()))
        return std::nullopt;
    record.at = record.at.toUTC();
    record.outcome = *outcome;
    record.notice = *notice;
    record.trigger = *trigger;
    record.stage = json.value(QLatin1String("stage")).toString();
    record.detail = json.value(QLatin1String("detail")).toString();
    record.board = json.value(QLatin1String("board")).toString();
    if (live.isDouble() && live.toDouble() >= 0)
        record.liveJobs = live.toInt();
    return record;
}

} // namespace jt
