#include "SetupWizard.h"

#include "pages/CheckPermissionsPage.h"
#include "pages/CreateCredentialPage.h"
#include "pages/DeveloperPermissionPage.h"
#include "pages/EnterCredentialPage.h"
#include "pages/FinishPage.h"
#include "pages/JobBoardPage.h"
#include "pages/WelcomePage.h"
#include "widgets/StepList.h"
#include "wizard/SetupController.h"

#include <QAbstractButton>
#include <QShortcut>

namespace jt::ui {

SetupWizard::SetupWizard(SetupController &controller, DesktopActions &desktop, bool startInDemo,
                         QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
    , m_steps(new StepList) {
    setWizardStyle(QWizard::ClassicStyle); // the same look everywhere, with our step list at the side
    setOptions(QWizard::HaveHelpButton | QWizard::NoBackButtonOnStartPage);
    setSideWidget(m_steps);
    setMinimumSize(900, 680);

    setPage(int(WizardStep::Welcome), new WelcomePage(controller, desktop, startInDemo));
    setPage(int(WizardStep::DeveloperPermission), new DeveloperPermissionPage(controller, desktop));
    setPage(int(WizardStep::CreateCredential), new CreateCredentialPage(controller, desktop));
    setPage(int(WizardStep::EnterCredential), new EnterCredentialPage(controller, desktop));
    setPage(int(WizardStep::CheckPermissions), new CheckPermissionsPage(controller, desktop));
    setPage(int(WizardStep::JobBoard), new JobBoardPage(controller, desktop));
    setPage(int(WizardStep::Finish), new FinishPage(controller, desktop));
    setStartId(int(WizardStep::Welcome));

    button(QWizard::HelpButton)->setToolTip(tr("Show or hide help for this step (F1)"));
    auto *help = new QShortcut(QKeySequence::HelpContents, this);
    const auto toggleHelp = [this] {
        if (SetupPage *page = qobject_cast<SetupPage *>(currentPage()))
            page->toggleHelp();
    };
    connect(help, &QShortcut::activated, this, toggleHelp);
    connect(this, &QWizard::helpRequested, this, toggleHelp);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id >= 0)
            m_steps->setCurrent(WizardStep(id));
    });
    connect(&m_controller, &SetupController::demoChanged, this, &SetupWizard::updateTitle);
    updateTitle();
}

SetupPage *SetupWizard::setupPage(WizardStep step) const {
    return qobject_cast<SetupPage *>(page(int(step)));
}

void SetupWizard::updateTitle() {
    setWindowTitle(m_controller.isDemo() ? tr("JobTarget Setup for Greenhouse — Demo")
                                         : tr("JobTarget Setup for Greenhouse"));
}

} // namespace jt::ui
