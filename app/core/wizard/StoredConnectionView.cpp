#include "StoredConnectionView.h"

#include "SetupController.h"
#include "watch/CheckRecord.h"

namespace jt {

namespace {

using Action = StoredConnectionView::Action;

// The one action that mends what the check found; none where trying again is the way (the network).
std::optional<Action> fixFor(const CheckVerdict &verdict, const VerificationReport &report) {
    switch (verdict.kind) {
    case CheckVerdict::Kind::Passed:
        return Action::HandOff;
    case CheckVerdict::Kind::CredentialRejected:
        return Action::Replace;
    case CheckVerdict::Kind::PermissionsMissing:
        // A user ID that is no Site Admin is part of the credential as entered: entered again.
        return report.credential.notSiteAdminUserId.isEmpty() ? Action::OpenCredentialManagement
                                                              : Action::Replace;
    case CheckVerdict::Kind::BoardNotFound:
    case CheckVerdict::Kind::BoardOfAnotherAccount:
        return Action::ChooseBoard;
    case CheckVerdict::Kind::Unreachable:
    case CheckVerdict::Kind::TlsProblem:
    case CheckVerdict::Kind::Cancelled:
        break;
    }
    return std::nullopt;
}

} // namespace

QString StoredConnectionView::label(Action action) const {
    switch (action) {
    case Action::CheckNow:
        return checked ? tr("&Check again") : tr("&Check it now");
    case Action::CancelCheck:
        return tr("&Cancel the check");
    case Action::OpenCredentialManagement:
        return tr("O&pen API Credential Management");
    case Action::ChooseBoard:
        return tr("Choose the &job board…");
    case Action::Replace:
        return tr("&Replace the credential…");
    case Action::HandOff:
        return tr("Hand &off to JobTarget…");
    case Action::Remove:
        return tr("Re&move stored credentials…");
    case Action::SetUp:
        return tr("&Set up a new connection…");
    }
    return {};
}

StoredConnectionView StoredConnectionView::of(const SetupController &controller) {
    using StoreState = SetupController::StoreState;
    using CheckState = SetupController::CheckState;
    StoredConnectionView view;
    const auto stored = controller.storedConnection();
    const bool loading = controller.loadState() == StoreState::Busy;
    const bool removing = controller.removeState() == StoreState::Busy;
    const bool checking = controller.boardState() == CheckState::Busy;
    view.busy = loading || removing || checking;
    view.checked = controller.boardState() == CheckState::Done;
    view.removed = controller.removeState() == StoreState::Done && controller.removeResult().ok() && !stored;
    if (checking)
        view.progress = tr("Checking the stored connection…");
    else if (loading)
        view.progress = tr("Reading the secret from the keychain…");
    else if (removing)
        view.progress = tr("Removing the stored connection…");

    if (!stored) {
        view.checked = false; // what a check found belonged to the connection that is gone
        view.intro = tr("No connection to JobTarget is stored on this computer.");
        if (!view.busy) {
            view.actions = {Action::SetUp};
            view.fix = Action::SetUp;
        }
        return view;
    }

    view.intro = tr("A connection to JobTarget is stored on this computer. What would you like to do?");
    const QString credential = stored->kind == CredentialKind::HarvestV3
                                   ? tr("Harvest v3 (OAuth), Client ID %1").arg(stored->clientId)
                                   : tr("Harvest API key (legacy), %1").arg(stored->secretFingerprint);
    QString outcome;
    switch (stored->lastOutcome()) {
    case StoredConnection::Outcome::Passed:
        outcome = tr("everything passed");
        break;
    case StoredConnection::Outcome::Unreachable:
        outcome = tr("Greenhouse could not be reached");
        break;
    case StoredConnection::Outcome::Failed:
        outcome = tr("not every check passed");
        break;
    }
    //: %1 board name, %2 board token
    view.facts = {
        {tr("Job board"), tr("%1 (%2)").arg(stored->boardName, stored->boardToken)},
        {tr("Credential"), credential},
        //: %1 date and time of the last check, %2 "everything passed" or what went wrong
        {tr("Last checked"), tr("%1, %2").arg(CheckRecord::momentText(stored->verifiedAt), outcome)}};
    if (const DailyCheck *daily = controller.dailyCheck()) {
        const QList<CheckRecord> records = daily->history().records();
        // The same check recorded twice (Check it now writes both) is said once.
        if (!records.isEmpty() && qAbs(records.constLast().at.secsTo(stored->verifiedAt)) > 60)
            view.historyLastCheck = tr("Last daily check: %1").arg(records.constLast().describe());
    }

    // The fix: what this session's check found, or the keychain's trouble reading the secret.
    const KeychainResult &load = controller.loadResult();
    if (view.checked)
        view.fix = fixFor(controller.boardVerdict(), controller.boardReport());
    else if (controller.loadState() == StoreState::Done && !load.ok())
        view.fix = load.problem == KeychainProblem::Incomplete ? Action::Replace : Action::CheckNow;
    if (view.fix == Action::OpenCredentialManagement || view.fix == Action::ChooseBoard)
        view.actions << *view.fix;
    view.actions << (checking ? Action::CancelCheck : Action::CheckNow) << Action::HandOff << Action::Replace
                 << Action::Remove;
    return view;
}

} // namespace jt
