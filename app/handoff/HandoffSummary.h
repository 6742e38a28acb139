#pragma once

#include "greenhouse/HarvestClient.h"
#include "greenhouse/Permissions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace jt {

struct StoredConnection;
struct CheckRecord;
class CheckHistory;

// One required permission as the summary shows it: Greenhouse's label (never translated) and what the last
// verification found.
struct HandoffPermission {
    QString id;                                             // "harvest:jobs:list"
    QString label;                                          // exactly as Greenhouse's Dev Center shows it
    PermissionStatus status = PermissionStatus::NotChecked; // JSON: statusWord()
    QDateTime verifiedAt; // UTC; invalid when the last verification has no row for it
};

// The checks of the stored connection as the summary tells them: the state now first (passing since, or
// failing since and why), the failures that were fixed, then how many checks the daily schedule ran and how
// many the admin ran by hand ("Check it now"), counted apart.
struct HandoffChecks {
    Q_DECLARE_TR_FUNCTIONS(HandoffChecks)

public:
    enum class State { Unknown, Passing, Failing }; // Unknown: no check reached Greenhouse yet
    State state = State::Unknown;
    QDateTime stateSince; // the first check of the run that is still going on
    QString problem;      // Failing: what is wrong (translated)
    // Passing: the earlier runs of failures, all fixed since; the last of them.
    int fixedFailures = 0;
    QDateTime lastFailureFrom;
    QDateTime lastFailureTo;
    QDateTime lastFailureFixedAt;
    // The newest check could not be done (Greenhouse or the keychain out of reach): when, and why.
    QDateTime notDoneAt;
    QString notDoneReason;
    struct Counts {
        int passed = 0;
        int failed = 0;
        int notChecked = 0;
        QDateTime since; // the first of them
        int total() const { return passed + failed + notChecked; }
    };
    Counts scheduled;
    Counts byHand;

    bool isEmpty() const { return scheduled.total() + byHand.total() == 0; }
    // From the history's records (in any order), those of `boardToken` only (a record without a board
    // counts).
    [[nodiscard]] static HandoffChecks of(const QList<CheckRecord> &records, const QString &boardToken);
    // "Passing since 3 December 2026; one failure on 2 December 2026, fixed. 29 scheduled checks since 1
    // November 2026. 2 checks by hand." (translated); empty without a check.
    QString text() const;
    static QString stateWord(State state); // unknown, passing, failing (JSON)
};

// The hand-off summary for JobTarget (the wizard's last page): ONE model, built from the stored connection,
// that every format renders — HandoffText (Markdown, a standalone HTML page, JSON), HandoffDocument (PDF and
// printing) and HandoffFile (a file in any of them). The secret is never part of it unless the caller opts in
// with includeSecret().
class HandoffSummary {
    Q_DECLARE_TR_FUNCTIONS(HandoffSummary)

public:
    static HandoffSummary fromConnection(const StoredConnection &connection,
                                         const QDateTime &generatedAt = QDateTime::currentDateTimeUtc());

    // The explicit opt-in: from now on every format carries the secret, with a warning.
    void includeSecret(const QString &secret);
    bool containsSecret() const { return m_secret.has_value(); }
    const std::optional<QString> &secret() const { return m_secret; }

    // A summary of the demo: every format says so on every page (practiceNotice()), so that nobody sends it
    // to JobTarget. The `summary` command never marks its summary.
    void markAsPractice() { m_practice = true; }
    bool isPractice() const { return m_practice; }
    static QString practiceNotice(); // "Practice data — not a real connection", translated

    // Who prepared the document; defaultPreparedBy() unless set. Plain text on one line (controls removed).
    QString preparedBy() const { return m_preparedBy; }
    void setPreparedBy(const QString &name);
    // The full name of the account this runs as: on Unix the passwd entry's GECOS full name, on Windows the
    // display name; else the login name. Never a folder's name; empty when nothing names the user.
    static QString defaultPreparedBy();
    // The full name in a GECOS field ("Dana Admin,Room 4,,": its first part; '&' stands for the login name,
    // capitalised), else `login`.
    static QString fullNameFromGecos(const QString &gecos, const QString &login);

    // How JobTarget reaches whoever prepared it (optional): an address that contactEmailProblem() accepts,
    // else none.
    QString contactEmail() const { return m_contactEmail; }
    // False (and the address left out) when contactEmailProblem() finds a problem with it.
    bool setContactEmail(const QString &address);
    // Why `address` is not an e-mail address (translated, naming what is wrong), or empty when it is one or
    // is empty. A light check: one '@', something before it, a domain with a dot after it, no spaces.
    static QString contactEmailProblem(const QString &address);

    // The first live jobs' titles (at most Verifier::TitlesShown), as the connection's last check recorded
    // them (its report's board.first_titles): the same for the same connection, whoever asks.
    QStringList jobTitles() const { return m_jobTitles; }
    void setJobTitles(const QStringList &titles);
    int moreLiveJobs() const;     // live jobs beyond the titles listed ("and 7 more"); 0 when none or unknown
    QString moreJobsText() const; // "and 7 more" (empty when none)
    // The board has live jobs but the last check recorded no titles (a connection stored by an older
    // version): the summary says so instead of listing none.
    bool titlesUnknown() const { return m_liveJobs.value_or(0) > 0 && m_jobTitles.isEmpty(); }
    static QString titlesUnknownText(); // translated

    QString title() const { return m_title; }
    QString boardName() const { return m_boardName; }
    QString boardToken() const { return m_boardToken; }
    QUrl boardUrl() const { return m_boardUrl; }
    std::optional<int> liveJobs() const { return m_liveJobs; }
    CredentialKind kind() const { return m_kind; }
    QString kindName() const; // "Harvest v3 (OAuth)" / "Harvest API key (legacy)", translated
    QString clientId() const { return m_clientId; }             // v3
    QString userId() const { return m_userId; }                 // v3, optional
    QString keyFingerprint() const { return m_keyFingerprint; } // legacy
    QDateTime verifiedAt() const { return m_verifiedAt; }
    QDateTime generatedAt() const { return m_generatedAt; }
    const QList<HandoffPermission> &permissions() const { return m_permissions; }
    QStringList warnings() const { return m_warnings; }
    // The checks so far (HandoffChecks), those of this connection's board; none without a check.
    void setCheckHistory(const CheckHistory &history);
    const HandoffChecks &checks() const { return m_checks; }
    QString checksText() const { return m_checks.text(); }
    QStringList nextSteps() const; // translated
    // "All 3 required permissions are granted." / "1 required permission is missing." … (plural-correct)
    QString permissionCountText() const;
    QUrl jobTargetHelp() const; // GreenhouseLinks::jobTargetContact()

    static QString secretWarning(); // "This document contains the secret. …", translated

    static QString statusText(PermissionStatus status); // "✓ granted", translated
    static QString formatTime(const QDateTime &time);   // "2026-11-28 17:40 UTC"

private:
    QString m_title;
    QString m_boardName;
    QString m_boardToken;
    QUrl m_boardUrl;
    std::optional<int> m_liveJobs;
    CredentialKind m_kind = CredentialKind::HarvestV3;
    QString m_clientId;
    QString m_userId;
    QString m_keyFingerprint;
    QDateTime m_verifiedAt;
    QDateTime m_generatedAt;
    QList<HandoffPermission> m_permissions;
    QStringList m_warnings;
    HandoffChecks m_checks;
    std::optional<QString> m_secret;
    bool m_practice = false;
    QString m_preparedBy;
    QString m_contactEmail;
    QStringList m_jobTitles;
};

} // namespace jt
