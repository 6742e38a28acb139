#include "SetupWizard.h"

#include "FirstPaint.h"
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
#include "watch/DesktopActivation.h"
#include "watch/DesktopNotifier.h"
#include "widgets/StepList.h"
#include "wizard/SetupController.h"

#include "DesktopActions.h"

#include <QAbstractButton>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QToolButton>

namespace jt::ui {

SetupWizard::SetupWizard(SetupController &controller, DesktopActions &desktop, bool startInDemo,
                         QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
    , m_desktop(desktop)
    , m_steps(new StepList)
    , m_clipboard(new SecretClipboard(this)) {
    setWizardStyle(QWizard::ClassicStyle); // the same look everywhere, with our step list at the side
    setOptions(QWizard::HaveHelpButton | QWizard::NoBackButtonOnStartPage);
    // Ours, not Qt's: in Spanish Qt's "&Ayuda" and "< &Atrás" share Alt+A (tst_screenfit checks every key).
    setButtonText(QWizard::HelpButton, tr("&Help"));
    setSideWidget(m_steps);
    // Small enough for a 1280×672 laptop screen (1080p at 150 % less the taskbar) with room for the window
    // frame; what does not fit scrolls inside the page, never the buttons.
    setMinimumSize(720, 520);

    // The first page now; the others once it is on screen (or asked for, or Next is pressed), so that the
    // window appears sooner.
    setPage(int(WizardStep::Welcome), new WelcomePage(controller, desktop, startInDemo));
    setStartId(int(WizardStep::Welcome));
    giveButtonsTheirHabits(page(int(WizardStep::Welcome)));
    FirstPaint::watch(this, [this] { buildOtherPages(); });
    button(QWizard::HelpButton)->setToolTip(tr("Show or hide help for this step (F1)"));
    // Tab follows the reading order: the page, then the buttons from left to right (Help sits on the left,
    // but Qt puts it last).
    const QList<QWizard::WizardButton> row = {QWizard::HelpButton,   QWizard::BackButton,
                                              QWizard::NextButton,   QWizard::CommitButton,
                                              QWizard::FinishButton, QWizard::CancelButton};
    for (qsizetype i = 1; i < row.size(); ++i)
        setTabOrder(button(row[i - 1]), button(row[i]));
    auto *help = new QShortcut(QKeySequence::HelpContents, this);
    const auto toggleHelp = [this] {
        if (auto *page = qobject_cast<SetupPage *>(currentPage()))
            page->toggleHelp();
    };
    connect(help, &QShortcut::activated, this, toggleHelp);
    connect(this, &QWizard::helpRequested, this, toggleHelp);
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::pageShown);
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::updateTitle);
    connect(&m_controller, &SetupController::demoChanged, this, &SetupWizard::updateTitle);
    connect(&m_controller, &SetupController::storeChanged, this,
            [this] { m_steps->setPathDone(m_controller.storedConnection().has_value()); });
    // Greenhouse rejected what was entered in step 4: that step is no longer done.
    connect(&m_controller, &SetupController::permissionsCheckChanged, this, [this] {
        const bool rejected =
            m_controller.permissionsState() == SetupController::CheckState::Done &&
            m_controller.permissionsVerdict().kind == CheckVerdict::Kind::CredentialRejected;
        m_steps->setNeedsChange(rejected ? std::optional(WizardStep::EnterCredential) : std::nullopt);
    });
    updateTitle();
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(initialSize(screen->availableGeometry()));
}

QSize SetupWizard::initialSize(const QRect &available) {
    // Comfortable for reading; on a small screen, all of it less room for the window's title bar.
    const QSize comfortable(1000, 720);
    const QSize room(available.width() - 16, available.height() - 40);
    return comfortable.boundedTo(room).expandedTo(QSize(720, 520));
}

void SetupWizard::pageShown(int id) {
    if (id < 0)
        return;
    m_steps->setCurrent(WizardStep(id));
    // An outcome a wizard button carried for the screen reader belongs to the page it was said on.
    for (QWizard::WizardButton which : {BackButton, NextButton, FinishButton})
        button(which)->setAccessibleDescription({});
    auto *shown = qobject_cast<SetupPage *>(page(id)); // as it is: the others may not be built yet
    if (shown)
        shown->pageShown();
    // Enter means "Finish" on a last page and "Next" elsewhere, wherever the focus came from.
    const bool last = currentPage()->isFinalPage() || currentPage()->nextId() == -1;
    if (auto *defaultButton = qobject_cast<QPushButton *>(button(last ? FinishButton : NextButton)))
        defaultButton->setDefault(true);
    focusPage();
}

// The page's first control, never a hidden one (Qt's own choice may be an invisible button).
void SetupWizard::focusPage() {
    auto *shown = qobject_cast<SetupPage *>(currentPage());
    if (!shown)
        return;
    const bool last = shown->isFinalPage() || shown->nextId() == -1;
    QWidget *target = shown->initialFocus();
    if (!canTakeFocus(target))
        target = firstFocusableIn(shown);
    if (!canTakeFocus(target))
        target = button(last ? FinishButton : NextButton);
    if (canTakeFocus(target))
        target->setFocus(Qt::OtherFocusReason);
    showKeyboardFocus();
}

// Styles draw the focus frame only once the keyboard has moved the focus (Tab): a wizard is used with the
// keyboard, so where the keyboard is shows at once, on every page and when the window comes back.
void SetupWizard::showKeyboardFocus() {
    setAttribute(Qt::WA_KeyboardFocusChange);
    if (QWidget *focused = focusWidget())
        focused->update();
}

bool SetupWizard::event(QEvent *event) {
    const bool handled = QWizard::event(event);
    // The first page is set up before the window is shown, when no control has a size yet to take the
    // focus (Qt then gave it to the first radio button, not the selected one): again once it is shown.
    if (event->type() == QEvent::Show && !event->spontaneous())
        focusPage();
    if (event->type() == QEvent::WindowActivate || event->type() == QEvent::Show)
        showKeyboardFocus();
    return handled;
}

bool SetupWizard::canTakeFocus(const QWidget *widget) const {
    return widget && widget->isVisibleTo(this) && widget->isEnabled() &&
           (widget->focusPolicy() & Qt::TabFocus) && !widget->size().isEmpty();
}

QWidget *SetupWizard::firstFocusableIn(QWidget *page) const {
    for (QWidget *candidate = page->nextInFocusChain(); candidate && candidate != page;
         candidate = candidate->nextInFocusChain()) {
        if (page->isAncestorOf(candidate) && canTakeFocus(candidate))
            return candidate;
    }
    return nullptr;
}

void SetupWizard::keyPressEvent(QKeyEvent *event) {
    // Push buttons press themselves on Enter (autoDefault); the small tool buttons (Copy, Paste) do too.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (auto *tool = qobject_cast<QToolButton *>(focusWidget()); tool && tool->isEnabled()) {
            tool->animateClick();
            return;
        }
    }
    QWizard::keyPressEvent(event);
}

bool SetupWizard::isSettingUp() const {
    const auto step = WizardStep(currentId());
    switch (step) {
    case WizardStep::Welcome:
    case WizardStep::ExistingConnection:
        return false;
    case WizardStep::HandOff:
        // The secret was never stored: closing loses it before JobTarget has it.
        return !m_controller.isDemo() && !m_controller.saved();
    default:
        return true;
    }
}

void SetupWizard::reject() {
    if (isSettingUp()) {
        QString text;
        if (m_controller.isDemo())
            text = tr("This is only practice: nothing of it is kept.");
        else if (WizardStep(currentId()) == WizardStep::HandOff)
            text = tr("The secret is not stored on this computer. Give it to JobTarget before you close, "
                      "or set the connection up again later with a new credential.");
        else
            //: %1 is the title of a step, such as "Enter the credential"
            text = tr("Your progress is kept: next time the assistant continues at “%1”. The secret is not "
                      "kept; you will enter it again.")
                       .arg(WizardSteps::title(WizardSteps::resumeTarget(WizardStep(currentId()))));
        if (!m_desktop.confirm(this, tr("Stop setting up JobTarget?"), text, tr("C&lose"), tr("&Continue")))
            return;
    }
    QWizard::reject();
}

void SetupWizard::done(int result) {
    // Nothing secret stays on the clipboard: neither our own copy nor the secret pasted from Greenhouse.
    m_clipboard->clearNow();
    m_clipboard->clearIfHolding(m_controller.secretText());
    QWizard::done(result);
}

SetupPage *SetupWizard::setupPage(WizardStep step) {
    buildOtherPages();
    return qobject_cast<SetupPage *>(page(int(step)));
}

void SetupWizard::openStoredConnection() {
    if (!m_controller.startOffer().existing)
        return;
    // Shown already (asked by a second launch): only from the first page, never away from a set-up under way.
    if (isVisible() && WizardStep(currentId()) != WizardStep::Welcome)
        return;
    buildOtherPages();
    setStartId(int(WizardStep::ExistingConnection));
    if (isVisible())
        restart();
}

void SetupWizard::showWhenActivated(DesktopActivation &activation) {
    const auto showAndRaise = [this] {
        show();
        raise();
        activateWindow();
    };
    connect(&activation, &DesktopActivation::activated, this, showAndRaise);
    connect(&activation, &DesktopActivation::actionActivated, this,
            [this, showAndRaise](const QString &action) {
                if (action != QLatin1String(DesktopNotifier::ActionKey))
                    return; // not one of ours: nothing to show
                openStoredConnection();
                showAndRaise();
            });
}

bool SetupWizard::validateCurrentPage() {
    buildOtherPages(); // Next may come before the first paint (a script, a test, a very quick admin)
    return QWizard::validateCurrentPage();
}

void SetupWizard::buildOtherPages() {
    if (m_otherPagesBuilt)
        return;
    m_otherPagesBuilt = true;
    const std::pair<WizardStep, QWizardPage *> pages[] = {
        {WizardStep::DeveloperPermission, new DeveloperPermissionPage(m_controller, m_desktop)},
        {WizardStep::CreateCredential, new CreateCredentialPage(m_controller, m_desktop)},
        {WizardStep::EnterCredential, new EnterCredentialPage(m_controller, m_desktop)},
        {WizardStep::CheckPermissions, new CheckPermissionsPage(m_controller, m_desktop)},
        {WizardStep::JobBoard, new JobBoardPage(m_controller, m_desktop)},
        {WizardStep::Save, new SavePage(m_controller, m_desktop)},
        {WizardStep::HandOff, new HandOffPage(m_controller, m_desktop, *m_clipboard)},
        {WizardStep::ExistingConnection, new ExistingConnectionPage(m_controller, m_desktop)},
    };
    for (const auto &[step, added] : pages) {
        setPage(int(step), added);
        giveButtonsTheirHabits(added);
    }
}

// Enter on a focused button presses that button; anywhere else (a text field, a choice) it means Next or
// Finish. Room around the text, as the wizard's own buttons have.
void SetupWizard::giveButtonsTheirHabits(QWidget *page) {
    for (QPushButton *inPage : page->findChildren<QPushButton *>()) {
        inPage->setAutoDefault(true);
        inPage->setMinimumWidth(inPage->sizeHint().width() + 2 * inPage->fontMetrics().averageCharWidth());
    }
}

// The page's title first: the task bar, the window switcher and a screen reader's "where am I" say which step
// this window is at.
void SetupWizard::updateTitle() {
    const QString application = m_controller.isDemo() ? tr("JobTarget Setup for Greenhouse — Demo")
                                                      : tr("JobTarget Setup for Greenhouse");
    if (currentId() < 0) {
        setWindowTitle(application);
        return;
    }
    //: the window's title: %1 the step ("Your JobTarget connection"), %2 the application's name
    setWindowTitle(tr("%1 — %2").arg(WizardSteps::title(WizardStep(currentId())), application));
}

} // namespace jt::ui
