#include "CheckVerdict.h"

#include "WizardStep.h"

namespace jt {

CheckVerdict CheckVerdict::unreachable(NetworkProblem problem) {
    if (problem == NetworkProblem::Tls)
        return {Kind::TlsProblem, tr("The connection to Greenhouse is not trustworthy"),
                problemSentence(problem) + QLatin1Char(' ') +
                    tr("If your company inspects secure connections, ask your IT team; your credential was "
                       "not sent.")};
    if (problem == NetworkProblem::Cancelled)
        return {Kind::Cancelled, tr("Check cancelled"),
                tr("Nothing was changed. Check again when you are ready.")};
    return {Kind::Unreachable, tr("Greenhouse could not be reached"),
            problemSentence(problem) + QLatin1Char(' ') +
                tr("This is not a problem with your credential. Try again when the connection works.")};
}

CheckVerdict CheckVerdict::ofPermissions(const VerificationReport &report) {
    if (report.cancelled)
        return unreachable(NetworkProblem::Cancelled);
    switch (report.credential.status) {
    case CredentialStatus::Rejected:
        return {Kind::CredentialRejected, tr("Greenhouse did not accept the credential"),
                report.credential.message};
    case CredentialStatus::Unreachable:
    case CredentialStatus::NotChecked:
        return unreachable(report.credential.problem == NetworkProblem::None ? NetworkProblem::Network
                                                                             : report.credential.problem);
    case CredentialStatus::Accepted:
        break;
    }
    // A user ID Greenhouse answers with empty lists: the one field to change, named.
    if (const QString &userId = report.credential.notSiteAdminUserId; !userId.isEmpty())
        return {
            Kind::PermissionsMissing, tr("User %1 is not a Site Admin").arg(userId),
            //: %1 is the user ID, %2 the title of the page where it is entered
            tr("Greenhouse answers this user with empty lists, so JobTarget would see no jobs. Go back to "
               "“%2” and remove the user ID %1, or replace it with the user ID of a Site Admin.")
                .arg(userId, WizardSteps::title(WizardStep::EnterCredential))};
    int missing = 0;
    QStringList missingNames;
    NetworkProblem firstProblem = NetworkProblem::None;
    for (const PermissionRow &row : report.permissions) {
        if (row.status == PermissionStatus::Missing) {
            ++missing;
            if (row.permission)
                missingNames << QStringLiteral("“%1”").arg(row.permission->labelWithSection());
        } else if (row.status != PermissionStatus::Granted && firstProblem == NetworkProblem::None)
            firstProblem = row.problem == NetworkProblem::None ? NetworkProblem::Network : row.problem;
    }
    if (missing > 0) {
        // Named, so that an outcome heard (not seen with its list) says what to tick.
        QString advice =
            missingNames.size() == 1
                //: %1 a permission as Greenhouse shows it ("Job posts > List job posts")
                ? tr("%1 is not granted to the credential. Tick it in Greenhouse as shown in the list, then "
                     "check again.")
                      .arg(missingNames.constFirst())
                : missingNames.size() == missing
                      //: %1 permissions as Greenhouse shows them, separated by commas
                      ? tr("Not granted: %1. Tick each in Greenhouse as shown in the list, then check again.")
                            .arg(missingNames.join(QStringLiteral(", ")))
                      : tr("Fix each missing permission in Greenhouse as shown in the list, then check "
                           "again.");
        if (report.credential.message.size() > 0 && missing == report.permissions.size())
            advice = report.credential.message;
        return {Kind::PermissionsMissing, tr("%n permissions are missing", nullptr, missing), advice};
    }
    if (firstProblem != NetworkProblem::None)
        return unreachable(firstProblem);
    return {Kind::Passed, tr("Every permission JobTarget needs is granted"), {}};
}

CheckVerdict CheckVerdict::ofBoard(const VerificationReport &report) {
    CheckVerdict credential = ofPermissions(report);
    if (!credential.passed())
        return credential;
    const BoardResult &board = report.board;
    switch (board.status) {
    case BoardStatus::NotFound:
        return {Kind::BoardNotFound, tr("There is no job board “%1”").arg(board.token),
                tr("Copy the token from Dev Center → Configuring Your Job Board → Your Board Token, or paste "
                   "the address of your job board.")};
    case BoardStatus::Unreachable:
        return unreachable(board.problem == NetworkProblem::None ? NetworkProblem::Network : board.problem);
    case BoardStatus::Skipped:
        return unreachable(NetworkProblem::Cancelled);
    case BoardStatus::Found:
        break;
    }
    if (board.sameAccount == false)
        return {Kind::BoardOfAnotherAccount, tr("“%1” belongs to another Greenhouse account").arg(board.name),
                tr("None of its jobs exist in the account your credential belongs to, so JobTarget could "
                   "not read them. Choose a board of your own account, or create the credential in the "
                   "account that owns this board.")};
    return {Kind::Passed, tr("Job board “%1” confirmed").arg(board.name), {}};
}

} // namespace jt
