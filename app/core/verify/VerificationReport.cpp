#include "VerificationReport.h"

#include "StatusText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace jt {

QString statusWord(CredentialStatus status) {
    switch (status) {
    case CredentialStatus::Accepted:
        return QStringLiteral("accepted");
    case CredentialStatus::Rejected:
        return QStringLiteral("rejected");
    case CredentialStatus::Unreachable:
        return QStringLiteral("unreachable");
    case CredentialStatus::NotChecked:
        break;
    }
    return QStringLiteral("not_checked");
}

QString statusWord(PermissionStatus status) {
    switch (status) {
    case PermissionStatus::Granted:
        return QStringLiteral("granted");
    case PermissionStatus::Missing:
        return QStringLiteral("missing");
    case PermissionStatus::Unreachable:
        return QStringLiteral("unreachable");
    case PermissionStatus::NotChecked:
        break;
    }
    return QStringLiteral("not_checked");
}

QString statusWord(BoardStatus status) {
    switch (status) {
    case BoardStatus::Found:
        return QStringLiteral("found");
    case BoardStatus::NotFound:
        return QStringLiteral("not_found");
    case BoardStatus::Unreachable:
        return QStringLiteral("unreachable");
    case BoardStatus::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

bool VerificationReport::allPermissionsGranted() const {
    return !permissions.isEmpty() &&
           std::all_of(permissions.begin(), permissions.end(),
                       [](const PermissionRow &row) { return row.status == PermissionStatus::Granted; });
}

ExitStatus VerificationReport::exitStatus() const {
    switch (credential.status) {
    case CredentialStatus::Rejected:
        return ExitStatus::CredentialRejected;
    case CredentialStatus::Unreachable:
    case CredentialStatus::NotChecked:
        return ExitStatus::Unreachable;
    case CredentialStatus::Accepted:
        break;
    }
    const auto any = [this](PermissionStatus status) {
        return std::any_of(permissions.begin(), permissions.end(),
                           [status](const PermissionRow &row) { return row.status == status; });
    };
    // A definite "missing" outranks "couldn't check".
    if (any(PermissionStatus::Missing))
        return ExitStatus::PermissionsMissing;
    if (!allPermissionsGranted())
        return ExitStatus::Unreachable;
    switch (board.status) {
    case BoardStatus::NotFound:
        return ExitStatus::BoardProblem;
    case BoardStatus::Unreachable:
        return ExitStatus::Unreachable;
    case BoardStatus::Found:
        if (board.sameAccount == false)
            return ExitStatus::BoardProblem;
        break;
    case BoardStatus::Skipped:
        break;
    }
    return ExitStatus::Ok;
}

QJsonObject VerificationReport::toJson() const {
    QJsonArray rows;
    for (const PermissionRow &row : permissions) {
        QJsonObject entry{{QStringLiteral("id"), row.permission->idString()},
                          {QStringLiteral("label"), row.permission->labelString()},
                          {QStringLiteral("status"), statusWord(row.status)}};
        if (row.status == PermissionStatus::Missing)
            entry.insert(QStringLiteral("fix"), row.fixText());
        if (row.status == PermissionStatus::Unreachable)
            entry.insert(QStringLiteral("reason"), problemWord(row.problem));
        rows.append(entry);
    }
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    QJsonObject boardJson{
        {QStringLiteral("token"), orNull(board.token)},
        {QStringLiteral("status"), statusWord(board.status)},
        {QStringLiteral("name"), orNull(board.name)},
        {QStringLiteral("live_jobs"), board.liveJobs ? QJsonValue(*board.liveJobs) : QJsonValue()},
        {QStringLiteral("same_account"), board.sameAccount ? QJsonValue(*board.sameAccount) : QJsonValue()},
    };
    if (board.status == BoardStatus::Unreachable)
        boardJson.insert(QStringLiteral("reason"), problemWord(board.problem));
    QJsonObject credentialJson{{QStringLiteral("kind"), credentialKindWord(kind)},
                               {QStringLiteral("status"), statusWord(credential.status)},
                               {QStringLiteral("message"), credential.message}};
    if (credential.status == CredentialStatus::Unreachable)
        credentialJson.insert(QStringLiteral("reason"), problemWord(credential.problem));
    else if (!credential.notSiteAdminUserId.isEmpty())
        credentialJson.insert(QStringLiteral("reason"), QStringLiteral("subject_not_site_admin"));
    QJsonObject json{
        {QStringLiteral("ok"), ok()},
        {QStringLiteral("checked_at"), checkedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("credential"), credentialJson},
        {QStringLiteral("permissions"), rows},
        {QStringLiteral("board"), boardJson},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
    // The boards v3 discovery found, in Greenhouse's order; absent when it did not run or was refused.
    if (visibleBoards.available) {
        QJsonArray boards;
        for (const VisibleBoard &visible : visibleBoards.boards)
            boards.append(QJsonObject{
                {QStringLiteral("token"), visible.token},
                {QStringLiteral("name"), visible.name},
                {QStringLiteral("status"), visible.live ? QStringLiteral("live") : QStringLiteral("draft")}});
        json.insert(QStringLiteral("boards"), boards);
    }
    return json;
}

QString VerificationReport::toText() const {
    // Status words for people come from StatusText (translated); the JSON keeps statusWord()'s ids.
    QStringList out;
    const QString kindName = kind == CredentialKind::HarvestV3 ? tr("Harvest v3 (OAuth) credential")
                                                               : tr("Harvest API key (legacy)");
    //: %1 is the kind of credential, %2 the date and time of the check
    out << tr("Greenhouse check: %1, %2")
               .arg(kindName, checkedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    out << QString();

    const QString credentialMark = markSymbol(markOf(credential.status));
    //: %1 is a mark (✓, ✗ or ⚠), %2 the credential's status, such as "accepted"
    out << tr("Credential: %1 %2").arg(credentialMark, StatusText::of(credential.status));
    if (!credential.message.isEmpty())
        out << QStringLiteral("  ") + credential.message;

    out << tr("Permissions:");
    qsizetype statusWidth = 0; // the labels line up
    for (const PermissionRow &row : permissions)
        statusWidth = std::max(statusWidth, StatusText::of(row.status).size());
    for (const PermissionRow &row : permissions) {
        const QString mark = markSymbol(markOf(row.status));
        out << QStringLiteral("  %1 %2  %3")
                   .arg(mark, StatusText::of(row.status).leftJustified(statusWidth),
                        row.permission->labelString());
        if (row.status == PermissionStatus::Missing)
            out << QStringLiteral("      ") + tr("Fix: %1").arg(row.fixText());
        else if (row.status == PermissionStatus::Unreachable)
            out << QStringLiteral("      ") + problemSentence(row.problem);
    }

    switch (board.status) {
    case BoardStatus::Skipped:
        out << tr("Job board: not checked (no --board-token given)");
        break;
    case BoardStatus::NotFound:
        out << tr("Job board: ✗ no job board “%1” exists in Greenhouse. Copy the token from Dev Center → "
                  "Configuring Your Job Board → Your Board Token.")
                   .arg(board.token);
        break;
    case BoardStatus::Unreachable:
        out << tr("Job board: ⚠ “%1” could not be checked. %2")
                   .arg(board.token, problemSentence(board.problem));
        break;
    case BoardStatus::Found: {
        const QString mark = board.sameAccount == false ? QStringLiteral("✗") : QStringLiteral("✓");
        out << tr("Job board: %1 “%2” (%3), live jobs: %n", nullptr, board.liveJobs.value_or(0))
                   .arg(mark, board.name, board.token);
        for (const QString &title : board.firstTitles)
            out << QStringLiteral("  · ") + title;
        if (board.sameAccount == true)
            out << QStringLiteral("  ") +
                       tr("Its jobs belong to the same Greenhouse account as the credential.");
        else if (board.sameAccount == false)
            out << QStringLiteral("  ") +
                       tr("Its jobs belong to another Greenhouse account: choose the board of the "
                          "account the credential was created in.");
        break;
    }
    }
    if (!visibleBoards.boards.isEmpty()) {
        QStringList tokens;
        for (const VisibleBoard &visible : visibleBoards.boards)
            //: A board in draft: not published on the careers site
            tokens << (visible.live ? visible.token : tr("%1 (not published)").arg(visible.token));
        out << tr("Boards this credential can see: %1").arg(tokens.join(QStringLiteral(", ")));
    }
    if (!warnings.isEmpty()) {
        out << tr("Warnings:");
        for (const QString &warning : warnings)
            out << QStringLiteral("  ! ") + warning;
    }
    out << QString();
    out << (ok() ? tr("Result: ready for JobTarget.")
                 : tr("Result: not ready (exit status %1).").arg(int(exitStatus())));
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace jt
