#include "WizardStep.h"

namespace jt {

const QList<WizardStep> &WizardSteps::all() {
    static const QList<WizardStep> steps{WizardStep::Welcome,
                                         WizardStep::DeveloperPermission,
                                         WizardStep::CreateCredential,
                                         WizardStep::EnterCredential,
                                         WizardStep::CheckPermissions,
                                         WizardStep::JobBoard,
                                         WizardStep::Save,
                                         WizardStep::HandOff};
    return steps;
}

WizardStep WizardSteps::resumeTarget(WizardStep saved) {
    return int(saved) > int(WizardStep::EnterCredential) ? WizardStep::EnterCredential : saved;
}

QString WizardSteps::title(WizardStep step) {
    switch (step) {
    case WizardStep::Welcome:
        return tr("Welcome");
    case WizardStep::DeveloperPermission:
        return tr("Your Greenhouse permission");
    case WizardStep::CreateCredential:
        return tr("Create the credential");
    case WizardStep::EnterCredential:
        return tr("Enter the credential");
    case WizardStep::CheckPermissions:
        return tr("Check permissions");
    case WizardStep::JobBoard:
        return tr("Job board");
    case WizardStep::Save:
        return tr("Save securely");
    case WizardStep::HandOff:
        return tr("Hand off to JobTarget");
    case WizardStep::ExistingConnection:
        return tr("Your JobTarget connection");
    }
    return {};
}

QString WizardSteps::subTitle(WizardStep step) {
    switch (step) {
    case WizardStep::Welcome:
        return tr("Connect your Greenhouse job board to JobTarget, checked live at every step.");
    case WizardStep::DeveloperPermission:
        return tr("Creating a credential needs one developer permission in Greenhouse.");
    case WizardStep::CreateCredential:
        return tr("Create a credential for JobTarget in Greenhouse's Dev Center.");
    case WizardStep::EnterCredential:
        return tr("Paste what Greenhouse showed you. It is checked before anything is sent.");
    case WizardStep::CheckPermissions:
        return tr("The credential is tried against Greenhouse, permission by permission.");
    case WizardStep::JobBoard:
        return tr("Choose the job board whose live jobs JobTarget should receive.");
    case WizardStep::Save:
        return tr("The secret goes into your computer's keychain, nowhere else.");
    case WizardStep::HandOff:
        return tr("Everything JobTarget needs, checked with Greenhouse.");
    case WizardStep::ExistingConnection:
        return tr("Check the stored connection, replace its credential, or remove it.");
    }
    return {};
}

} // namespace jt
