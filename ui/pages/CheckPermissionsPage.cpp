#include "CheckPermissionsPage.h"

#include "DesktopActions.h"
#include "greenhouse/Links.h"
#include "greenhouse/Permissions.h"
#include "widgets/Banner.h"
#include "widgets/Icons.h"
#include "widgets/PermissionChecklist.h"
#include "widgets/StatusLine.h"
#include "wizard/SetupController.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace jt::ui {

CheckPermissionsPage::CheckPermissionsPage(SetupController &controller, DesktopActions &desktop)
    : SetupPage(WizardStep::CheckPermissions, controller, desktop)
    , m_credential(new StatusLine)
    , m_checklist(new PermissionChecklist)
    , m_busy(makeBusyBar(tr("Checking with Greenhouse")))
    , m_cancel(new QPushButton(tr("Cance&l check")))
    , m_checkAgain(new QPushButton(tr("Check &again")))
    , m_openCredentials(new QPushButton(namedIcon("external-link"), tr("&Open API Credential Management")))
    , m_warnings(new QLabel)
    , m_practiseMissing(new QCheckBox) {
    body()->addWidget(m_credential);
    body()->addWidget(m_checklist);

    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busy, 1);
    busyRow->addWidget(m_cancel);
    body()->addLayout(busyRow);

    m_warnings->setWordWrap(true);
    body()->addWidget(m_warnings);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_checkAgain);
    actions->addWidget(m_openCredentials);
    actions->addStretch(1);
    body()->addLayout(actions);
    body()->addWidget(m_practiseMissing);
    body()->addStretch(1);
    setHelpText(tr("Each permission is tried with a harmless read request, the way JobTarget will use it. "
                   "Nothing in Greenhouse is changed. Removing or adding a permission in Greenhouse takes "
                   "effect at once: choose “Check again” after you changed it."));

    connect(m_checkAgain, &QPushButton::clicked, &m_controller, &SetupController::checkPermissions);
    connect(m_cancel, &QPushButton::clicked, &m_controller, &SetupController::cancel);
    connect(m_openCredentials, &QPushButton::clicked, this,
            [this] { m_desktop.openOrShowAddress(this, GreenhouseLinks::credentials()); });
    connect(banner(), &Banner::retryRequested, &m_controller, &SetupController::checkPermissions);
    connect(m_practiseMissing, &QCheckBox::clicked, this, [this](bool missing) {
        m_controller.setPractiseMissingPermission(missing);
        m_controller.checkPermissions(); // show at once what the change means
    });
    connect(&m_controller, &SetupController::permissionsCheckChanged, this, &CheckPermissionsPage::render);
    connect(&m_controller, &SetupController::demoChanged, this, &CheckPermissionsPage::render);
}

void CheckPermissionsPage::initializePage() {
    m_controller.reachStep(WizardStep::CheckPermissions);
    if (m_controller.permissionsState() == SetupController::CheckState::Idle)
        m_controller.checkPermissions();
    render();
    // While the check runs, its Cancel (a screen reader hears that a check is going on); once it passed,
    // Next; otherwise Check again.
    if (m_controller.permissionsState() == SetupController::CheckState::Busy)
        setInitialFocus(m_cancel);
    else if (m_controller.permissionsPassed())
        setInitialFocus(wizard()->button(QWizard::NextButton));
    else
        setInitialFocus(m_checkAgain);
}

void CheckPermissionsPage::cleanupPage() {
    // Back: a check still running is of no use on the previous page.
    if (m_controller.permissionsState() == SetupController::CheckState::Busy)
        m_controller.cancel();
}

// What a screen reader says with the control the focus moves to after a check. Entering this page, Orca
// speaks the page, its checklist and that control, and the banner's notification is lost among them: for
// missing permissions the headline alone ("1 permission is missing") would not say which, so the advice
// that names them goes with it.
CheckVerdict CheckPermissionsPage::spokenWithFocus(CheckVerdict verdict) {
    if (verdict.kind == CheckVerdict::Kind::PermissionsMissing && !verdict.advice.isEmpty())
        //: %1 is the headline ("1 permission is missing"), %2 the advice that names the permission
        verdict.title = tr("%1. %2").arg(verdict.title, verdict.advice);
    return verdict;
}

void CheckPermissionsPage::render() {
    const bool busy = m_controller.permissionsState() == SetupController::CheckState::Busy;
    const bool done = m_controller.permissionsState() == SetupController::CheckState::Done;
    const VerificationReport &report = m_controller.permissionsReport();
    m_checklist->show(m_controller.credentialKind(), report, busy);

    // The credential's own line, where the banner does not already say it. Progress while the check runs
    // is shown, not announced (a fast check hides it before a screen reader could say it); the banner
    // announces the outcome.
    const CheckVerdict verdict = m_controller.permissionsVerdict();
    if (busy && report.credential.status == CredentialStatus::NotChecked)
        m_credential->showStatus(StatusIcon::Busy, tr("Checking the credential with Greenhouse…"), false);
    else if (report.credential.status == CredentialStatus::Accepted && !(done && verdict.passed()))
        m_credential->showStatus(StatusIcon::Granted, tr("Greenhouse accepted the credential."), !busy);
    else
        m_credential->showStatus(StatusIcon::Info, {});

    // Moving once something is known: the credential and each permission are one step each.
    const auto known =
        std::count_if(report.permissions.cbegin(), report.permissions.cend(),
                      [](const PermissionRow &row) { return row.status != PermissionStatus::NotChecked; }) +
        (report.credential.status != CredentialStatus::NotChecked ? 1 : 0);
    const int steps = int(requiredPermissions(m_controller.credentialKind()).size()) + 1;
    m_busy->setRange(0, known > 0 ? steps : 0);
    m_busy->setValue(int(known));
    m_busy->setVisible(busy);
    m_cancel->setVisible(busy);
    m_checkAgain->setEnabled(!busy && m_controller.credentialReady());
    // One way to try again: the banner's, when the network was the problem.
    m_checkAgain->setVisible(!(done && verdict.retryHelps()));

    m_warnings->setText(done ? report.warnings.join(QLatin1Char('\n')) : QString());
    m_warnings->setVisible(!m_warnings->text().isEmpty());

    m_practiseMissing->setVisible(m_controller.isDemo());
    //: %1 is a permission exactly as Greenhouse's Dev Center shows it ("Openings > List openings").
    m_practiseMissing->setText(
        tr("Demo practice: the credential lacks “%1”")
            .arg(practisedMissingPermission(m_controller.credentialKind()).labelWithSection()));
    m_practiseMissing->setChecked(m_controller.practisingMissingPermission());

    if (done) {
        showVerdict(verdict);
    } else {
        banner()->clear();
    }
    updateWizardButtons();
    // A rejected credential (or a user ID that is no Site Admin) is fixed on the previous page: Back, not
    // Check again, which could only fail again.
    const bool fixedBack = verdict.kind == CheckVerdict::Kind::CredentialRejected ||
                           !report.credential.notSiteAdminUserId.isEmpty();
    if (std::exchange(m_wasBusy, busy) && done)
        focusAfterCheck(spokenWithFocus(verdict),
                        fixedBack ? wizard()->button(QWizard::BackButton) : m_checkAgain);
}

bool CheckPermissionsPage::isComplete() const {
    return m_controller.permissionsPassed();
}

} // namespace jt::ui
