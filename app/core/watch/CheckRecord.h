#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace jt {

struct VerificationReport;

// What one check of the stored connection found. "Couldn't check" (Greenhouse or the keychain could not be
// reached) is never "broken": nothing was decided.
enum class CheckOutcome { Passed, Failed, NotChecked };

// The desktop notification a check led to (recorded only once it was shown).
enum class CheckNotice { None, Broken, WorkingAgain, CannotCheck };

// How a check came about: the daily schedule's `check`, or the wizard's "Check it now" (by hand). The
// hand-off summary counts the two apart.
enum class CheckTrigger { Scheduled, ByHand };

// One entry of the check history: when, what, the first stage that did not pass and why, the live jobs.
// Never the secret, nor anything Greenhouse said in its own words.
struct CheckRecord {
    Q_DECLARE_TR_FUNCTIONS(CheckRecord)

public:
    QDateTime at; // UTC
    CheckOutcome outcome = CheckOutcome::NotChecked;
    QString stage; // credential, permissions, board, keychain, input; empty when passed
    QString
        detail;    // why: "rejected", the missing permission ids (space-separated), "subject_not_site_admin",
                   // "not_found", "other_account", "no_live_jobs", a network reason ("timeout", "tls", …)
    QString board; // the job board's token
    std::optional<int> liveJobs;
    CheckNotice notice = CheckNotice::None;
    CheckTrigger trigger = CheckTrigger::Scheduled; // a file written before it was kept: scheduled

    // A board with no live jobs passes `verify` (with a warning) but leaves JobTarget with nothing to read:
    // here it is a failure.
    [[nodiscard]] static CheckRecord of(const VerificationReport &report);
    [[nodiscard]] static CheckRecord notChecked(const QString &stage, const QString &detail,
                                                const QDateTime &at);

    // Translated, one line, for notifications, tooltips and the command's output:
    // "“Openings > List openings” is missing", "Greenhouse could not be reached".
    QString problemText() const;
    // "1 December 2026, 09:12: passed" / "…: failed — the credential was rejected".
    QString describe() const;
    // The date as the history shows it, in the admin's language ("1 December 2026").
    static QString dateText(const QDateTime &at);
    // Date, hours and minutes ("7 December 2026, 14:05"): how a check's moment is written everywhere.
    static QString momentText(const QDateTime &at);

    QJsonObject toJson() const;
    [[nodiscard]] static std::optional<CheckRecord> fromJson(const QJsonObject &json);
};

QString outcomeWord(CheckOutcome outcome); // passed, failed, not_checked (the file's and the JSON's words)
QString noticeWord(CheckNotice notice);    // none, broken, working_again, cannot_check
QString triggerWord(CheckTrigger trigger); // scheduled, by_hand

} // namespace jt
