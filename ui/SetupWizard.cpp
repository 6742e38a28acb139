#include "SetupWizard.h"

#include "SecretClipboard.h"
#include "pages/CheckPermissionsPage.h"
#include "pages/CreateCredentialPage.h"
#include "pages/DeveloperPermissionPage.h"
#include "pages/EnterCredentialPage.h"
#include "pages/ExistingConnectionPage.h"
#include "pages/HandOffPage.h"
#include "pages/JobBoardPage.h"
#include "pages/SavePage.h"
#include "pages/WelcomePage.h"
#include "widgets/StepList.h"
#include "wizard/SetupController.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QShortcut>

namespace jt::ui {

SetupWizard::SetupWizard(SetupController &controller, DesktopActions &desktop, bool startInDemo,
                         QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
    , m_steps(new StepList)
    , m_clipboard(new SecretClipboard(this)) {
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
    setPage(int(WizardStep::Save), new SavePage(controller, desktop));
    setPage(int(WizardStep::HandOff), new HandOffPage(controller, desktop, *m_clipboard));
    setPage(int(WizardStep::ExistingConnection), new ExistingConnectionPage(controller, desktop));
    setStartId(int(WizardStep::Welcome));

    // Enter means Next (or Finish), whichever button inside a page last had the focus.
    for (QPushButton *inPage : findChildren<QPushButton *>()) {
        if (isWizardButton(inPage))
            continue;
        inPage->setAutoDefault(false);
        // Room around the text, as the wizard's own buttons have.
        inPage->setMinimumWidth(inPage->sizeHint().width() + 2 * inPage->fontMetrics().averageCharWidth());
    }
    button(QWizard::HelpButton)->setToolTip(tr("Show or hide help for this step (F1)"));
    auto *help = new QShortcut(QKeySequence::HelpContents, this);
    const auto toggleHelp = [this] {
        if (SetupPage *page = qobject_cast<SetupPage *>(currentPage()))
            page->toggleHelp();
    };
    connect(help, &QShortcut::activated, this, toggleHelp);
    connect(this, &QWizard::helpRequested, this, toggleHelp);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id < 0)
            return;
        // The returning admin's page stands beside the path: the list shows where the path starts.
        m_steps->setCurrent(WizardStep(id) == WizardStep::ExistingConnection ? WizardStep::Welcome
                                                                             : WizardStep(id));
        // Enter means "Finish" on a last page and "Next" elsewhere, wherever the focus came from.
        const bool last = currentPage()->isFinalPage() || currentPage()->nextId() == -1;
        if (auto *defaultButton = qobject_cast<QPushButton *>(button(last ? FinishButton : NextButton)))
            defaultButton->setDefault(true);
        if (SetupPage *shown = setupPage(WizardStep(id)); shown && shown->initialFocus())
            shown->initialFocus()->setFocus(Qt::OtherFocusReason);
    });
    connect(&m_controller, &SetupController::demoChanged, this, &SetupWizard::updateTitle);
    updateTitle();
}

bool SetupWizard::isWizardButton(const QAbstractButton *candidate) const {
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                        QWizard::FinishButton, QWizard::CancelButton, QWizard::HelpButton}) {
        if (button(which) == candidate)
            return true;
    }
    return false;
}

void SetupWizard::done(int result) {
    // Nothing secret stays on the clipboard: neither our own copy nor the secret pasted from Greenhouse.
    m_clipboard->clearNow();
    m_clipboard->clearIfHolding(m_controller.secretText());
    QWizard::done(result);
}

SetupPage *SetupWizard::setupPage(WizardStep step) const {
    return qobject_cast<SetupPage *>(page(int(step)));
}

void SetupWizard::updateTitle() {
    setWindowTitle(m_controller.isDemo() ? tr("JobTarget Setup for Greenhouse — Demo")
                                         : tr("JobTarget Setup for Greenhouse"));
}

} // namespace jt::ui
