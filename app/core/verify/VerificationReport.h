#pragma once

#include "greenhouse/HarvestClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace jt {

// Exit statuses of `verify`, fixed by the command-line contract (README, man page): the first stage that did
// not pass.
enum class ExitStatus {
    Ok = 0,
    Internal = 1,
    BadInput = 2,
    CredentialRejected = 3,
    PermissionsMissing = 4,
    BoardProblem = 5,
    Unreachable = 6,
    KeychainUnavailable = 7,
};

struct PermissionRow {
    const RequiredPermission *permission = nullptr;
    PermissionStatus status = PermissionStatus::NotChecked;
    NetworkProblem problem = NetworkProblem::None;
    QString detail;
    QString fix; // when the fix is not the permission's own (a user ID that is not a Site Admin's)

    QString fixText() const { return fix.isEmpty() && permission ? permission->fixText() : fix; }
};

enum class BoardStatus { Found, NotFound, Unreachable, Skipped };

struct BoardResult {
    BoardStatus status = BoardStatus::Skipped;
    QString token;
    QString name;
    std::optional<int> liveJobs;
    QStringList firstTitles;         // the first few live jobs, to recognise the board
    std::optional<bool> sameAccount; // nullopt: not decidable
    QString sameAccountReason;       // why the job look-up could not decide (empty if none was made)
    NetworkProblem problem = NetworkProblem::None;
    QString detail;
};

struct VerificationReport {
    Q_DECLARE_TR_FUNCTIONS(VerificationReport)

public:
    CredentialKind kind = CredentialKind::HarvestV3;
    QDateTime checkedAt;
    CredentialOutcome credential;
    QList<PermissionRow> permissions;
    BoardResult board;
    BoardListing visibleBoards; // v3 board discovery, when the credential allows it
    QStringList warnings;
    bool cancelled = false;

    ExitStatus exitStatus() const;
    bool ok() const { return exitStatus() == ExitStatus::Ok; }
    bool allPermissionsGranted() const;

    QJsonObject toJson() const;
    QString toText() const; // translated, for people
};

QString statusWord(CredentialStatus status);
QString statusWord(PermissionStatus status);
QString statusWord(BoardStatus status);

} // namespace jt
