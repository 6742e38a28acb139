#include "SavePage.h"

#include "store/RevokeReminder.h"
#include "widgets/Banner.h"
#include "widgets/StatusLine.h"
#include "wizard/SetupController.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace jt::ui {

namespace {
QString keychainName() {
    //: Goes into "The secret is stored in %1, which protects it with your login."
#if defined(Q_OS_MACOS)
    return SavePage::tr("the macOS Keychain");
#elif defined(Q_OS_WIN)
    //: Goes into "The secret is stored in %1, which protects it with your login."
    return SavePage::tr("the Windows Credential Manager");
#else
    //: Goes into "The secret is stored in %1, which protects it with your login."
    return SavePage::tr("your desktop's keyring (GNOME Keyring or KWallet)");
#endif
}
} // namespace

SavePage::SavePage(SetupController &controller, DesktopActions &desktop)
    : SetupPage(WizardStep::Save, controller, desktop)
    , m_save(new QPushButton(tr("&Save in the keychain")))
    , m_busy(makeBusyBar(tr("Saving in the keychain")))
    , m_status(new StatusLine)
    , m_revokeReminder(new StatusLine) {
    addParagraph(tr("The secret is stored in %1, which protects it with your login. The Client ID, the board "
                    "token and the result of the last check are kept in this app's settings: they are not "
                    "secret. Nothing is ever written to a plain file.")
                     .arg(keychainName()));
    addParagraph(tr("With the connection stored, this app can check it again later, and you can copy the "
                    "secret for JobTarget on the next page."));
    body()->addWidget(m_save, 0, Qt::AlignLeft);
    body()->addWidget(m_busy);
    body()->addWidget(m_status);
    body()->addWidget(m_revokeReminder);
    body()->addStretch(1);
    setHelpText(tr("If no keychain is available, the assistant says why and how to fix it. It never stores "
                   "the secret anywhere else: without a keychain, give JobTarget the secret now, from the "
                   "next page, and keep no copy."));
    setCommitPage(false);

    connect(m_save, &QPushButton::clicked, &m_controller, &SetupController::saveConnection);
    connect(banner(), &Banner::retryRequested, &m_controller, &SetupController::saveConnection);
    connect(&m_controller, &SetupController::storeChanged, this, &SavePage::render);
}

void SavePage::initializePage() {
    m_controller.reachStep(WizardStep::Save);
    setInitialFocus(m_save);
    render();
}

void SavePage::render() {
    const bool busy = m_controller.saveState() == SetupController::StoreState::Busy;
    const bool done = m_controller.saveState() == SetupController::StoreState::Done;
    const KeychainResult &result = m_controller.saveResult();
    m_busy->setVisible(busy);
    // Stays enabled while busy (a second press is ignored), so the keyboard focus does not fall onto "Back".
    const bool hadFocus = m_save->hasFocus();
    m_save->setEnabled(!(done && result.ok()));
    if (done && result.ok()) {
        m_status->showStatus(
            StatusIcon::Granted,
            m_controller.isDemo()
                ? tr("Demo: nothing was stored, your keychain was not touched. In a real set-up "
                     "the secret would now be in the keychain.")
                : tr("Stored. The secret is in the keychain; this app can check the connection "
                     "again at any time."));
        banner()->clear();
    } else if (done) {
        m_status->showStatus(StatusIcon::Info, {});
        showStoreProblem(result);
    } else {
        m_status->showStatus(StatusIcon::Info, {});
        banner()->clear();
    }
    if (done && result.ok() && m_controller.isReplacing()) {
        m_revokeReminder->showStatus(
            StatusIcon::Warning,
            RevokeReminder::text(m_controller.replacedClientId(),
                                 m_controller.credentialKind() == CredentialKind::HarvestV3
                                     ? m_controller.clientIdText()
                                     : QString()));
    } else {
        m_revokeReminder->showStatus(StatusIcon::Info, {});
    }
    updateWizardButtons();
    if (hadFocus && !m_save->isEnabled() && wizard()) // saved: the keyboard goes on to "Next"
        focusWithOutcome(wizard()->button(QWizard::NextButton), m_status->text());
}

// After a failed attempt the admin may go on: the next page hands the secret over without storing it.
bool SavePage::isComplete() const {
    return m_controller.saveState() == SetupController::StoreState::Done;
}

} // namespace jt::ui
