#include "ExistingConnectionPage.h"

#include "DesktopActions.h"
#include "greenhouse/Links.h"
#include "widgets/Banner.h"
#include "widgets/CheckHistoryStrip.h"
#include "widgets/PermissionChecklist.h"
#include "widgets/StatusLine.h"
#include "widgets/WrappingRow.h"
#include "wizard/SetupController.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace jt::ui {

namespace {

// A file path is one long word: a line may break after each of its separators (a zero-width space), or the
// page would grow wider than a narrow window to hold it on one line.
QString breakableAtSeparators(QString text) {
    static const QRegularExpression separator(QStringLiteral("([/\\\\])(?=\\S)"));
    return text.replace(separator, QStringLiteral("\\1\u200B"));
}

} // namespace

ExistingConnectionPage::ExistingConnectionPage(SetupController &controller, DesktopActions &desktop)
    : SetupPage(WizardStep::ExistingConnection, controller, desktop)
    , m_intro(addParagraph({}))
    , m_summary(new QLabel)
    , m_openCredentials(new QPushButton)
    , m_chooseBoard(new QPushButton)
    , m_check(new QPushButton)
    , m_handOff(new QPushButton)
    , m_replace(new QPushButton)
    , m_remove(new QPushButton)
    , m_setUp(new QPushButton)
    , m_busy(makeBusyBar(tr("Working")))
    , m_status(new StatusLine)
    , m_checklist(new PermissionChecklist)
    , m_dailySection(new QWidget)
    , m_daily(new QCheckBox(tr("Check &every day and tell me if it stops working")))
    , m_dailyDescription(new QLabel)
    , m_dailyStatus(new StatusLine)
    , m_history(new CheckHistoryStrip)
    , m_historySummary(new QLabel) {
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_summary);
    auto *actions = new WrappingRow; // a second line where a language needs it
    // The fix for what the last check found comes first (shown only then); the view says which are shown.
    for (QPushButton *button :
         {m_openCredentials, m_chooseBoard, m_check, m_handOff, m_replace, m_remove, m_setUp})
        actions->addWidget(button);
    body()->addLayout(actions);
    body()->addWidget(m_busy);
    body()->addWidget(m_status);

    // Check every day: what it installs, whether it is on, and what the checks found so far.
    auto *dailyLayout = new QVBoxLayout(m_dailySection);
    dailyLayout->setContentsMargins(0, fontMetrics().height() / 2, 0, 0); // apart from the buttons above
    dailyLayout->addWidget(m_daily);
    for (QLabel *label : {m_dailyDescription, m_historySummary}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_daily->setAccessibleDescription({}); // set to what it installs in renderDailyCheck()
    m_dailyDescription->setIndent(m_daily->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6);
    dailyLayout->addWidget(m_dailyDescription);
    dailyLayout->addWidget(m_dailyStatus);
    dailyLayout->addWidget(m_history);
    dailyLayout->addWidget(m_historySummary);
    body()->addWidget(m_dailySection);
    body()->addWidget(m_checklist);
    body()->addStretch(1);
    setHelpText(tr("“Check it now” reads the secret from the keychain and checks everything again with "
                   "Greenhouse; the result becomes the connection's “Last checked”. “Hand off to JobTarget” "
                   "shows the summary again, to export, print or copy the secret. “Replace the credential” "
                   "walks you through creating a new one, or a new secret for the same one (for example when "
                   "the secret was lost or must be rotated). A rotated secret's old one keeps working for up "
                   "to a week; revoke it in Greenhouse once JobTarget uses the new one. “Remove stored "
                   "credentials” deletes the secret from the keychain and the "
                   "settings from this computer; it does not revoke anything in Greenhouse."));

    // While busy only the check's own button works (as Cancel): the others stay enabled where the focus is,
    // so that it never jumps to Help, and do nothing then.
    connect(m_check, &QPushButton::clicked, this, [this] {
        if (m_view.shows(StoredConnectionView::Action::CancelCheck))
            m_controller.cancel();
        else if (!m_view.busy)
            m_controller.checkStoredConnection();
    });
    connect(m_handOff, &QPushButton::clicked, this, [this] {
        if (!m_view.busy)
            handOff();
    });
    connect(m_replace, &QPushButton::clicked, this, [this] {
        if (m_view.busy)
            return;
        m_leaving = Leaving::ToReplace;
        m_controller.startReplacing();
        wizard()->next();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!m_view.busy)
            confirmRemove();
    });
    connect(m_openCredentials, &QPushButton::clicked, this, [this] {
        m_desktop.openOrShowAddress(this, GreenhouseLinks::credentials());
        // Back from the browser, the next key checks again.
        focusWithOutcome(m_check, tr("Tick the missing permission in Greenhouse, then check again."));
    });
    // The boards this credential sees are listed first (the permission check does it), then chosen.
    connect(m_chooseBoard, &QPushButton::clicked, this, [this] {
        if (m_view.busy)
            return;
        m_controller.checkPermissions(); // (its start renders the page: not leaving yet)
        m_leaving = Leaving::ToChooseBoard;
        render();
    });
    connect(&m_controller, &SetupController::permissionsCheckChanged, this, &ExistingConnectionPage::render);
    // Nothing stored any more: a new set-up, from the first page.
    connect(m_setUp, &QPushButton::clicked, this, [this] {
        wizard()->setStartId(int(WizardStep::Welcome));
        wizard()->restart();
    });
    connect(banner(), &Banner::retryRequested, &m_controller, &SetupController::checkStoredConnection);
    connect(&m_controller, &SetupController::storeChanged, this, &ExistingConnectionPage::render);
    connect(&m_controller, &SetupController::boardCheckChanged, this, &ExistingConnectionPage::render);
    // toggled, not clicked: a screen reader's Toggle action calls toggle(), which is no click.
    connect(m_daily, &QCheckBox::toggled, this, [this](bool on) {
        DailyCheck *daily = m_controller.dailyCheck();
        // Still turning it on or off: the box keeps its tick (and the focus: it is never disabled meanwhile).
        if (daily && daily->isBusy()) {
            const QSignalBlocker undoing(m_daily);
            m_daily->setChecked(!on);
            return;
        }
        if (daily)
            daily->setOn(on);
        renderDailyCheck();
    });
    connect(&m_controller, &SetupController::dailyCheckChanged, this,
            &ExistingConnectionPage::renderDailyCheck);
}

void ExistingConnectionPage::initializePage() {
    setInitialFocus(m_check);
    render();
}

// Also after Back from the replacement or the hand-off: this page ends the path again (Finish, not Next).
void ExistingConnectionPage::pageShown() {
    m_leaving = Leaving::No;
    setFinalPage(false); // not a flag change: it makes the wizard ask nextId() again for its buttons
    updateWizardButtons();
}

// The hand-off needs the secret (Copy secret, an export with it): read from the keychain first, once.
void ExistingConnectionPage::handOff() {
    m_leaving = Leaving::ToHandOff;
    if (m_controller.storedConnectionLoaded()) {
        wizard()->next();
        return;
    }
    m_controller.loadStoredConnection(); // render() goes on once the keychain answered
}

void ExistingConnectionPage::cleanupPage() {
    m_controller.abandonStoredCheck();
    if (m_controller.boardState() == SetupController::CheckState::Busy)
        m_controller.cancel();
}

void ExistingConnectionPage::confirmRemove() {
    QString text = tr("The secret is deleted from the keychain and the connection's settings from this "
                      "computer. JobTarget keeps working with what it has; to stop it, revoke the "
                      "credential in Greenhouse's API Credential Management.");
    if (const DailyCheck *daily = m_controller.dailyCheck(); daily && daily->isOn())
        text += QLatin1Char(' ') + tr("The daily check is turned off and its history deleted.");
    if (!m_desktop.confirm(this, tr("Remove stored credentials?"), text, tr("Remove")))
        return;
    m_controller.removeStoredConnection();
}

void ExistingConnectionPage::render() {
    using Action = StoredConnectionView::Action;
    const bool wasBusy = m_view.busy;
    const bool wasRemoved = m_view.removed;
    m_view = StoredConnectionView::of(m_controller);
    if (m_leaving == Leaving::ToHandOff && m_controller.loadState() != SetupController::StoreState::Busy &&
        isCurrentPage()) {
        const bool loaded = m_controller.loadState() == SetupController::StoreState::Done &&
                            m_controller.loadResult().ok() && m_controller.storedConnectionLoaded();
        if (loaded)
            QTimer::singleShot(0, this, [this] {
                if (isCurrentPage() && m_leaving == Leaving::ToHandOff)
                    wizard()->next();
            });
        else
            m_leaving = Leaving::No; // the banner says why the secret could not be read
    }
    const bool listing = m_controller.permissionsState() == SetupController::CheckState::Busy;
    if (m_leaving == Leaving::ToChooseBoard && !listing && isCurrentPage()) {
        if (m_controller.permissionsPassed())
            QTimer::singleShot(0, this, [this] {
                if (isCurrentPage() && m_leaving == Leaving::ToChooseBoard)
                    wizard()->next();
            });
        else
            m_leaving = Leaving::No; // the banner says why the boards could not be listed
    }

    m_intro->setText(m_view.intro);
    QString facts;
    for (const StoredConnectionView::Fact &fact : std::as_const(m_view.facts))
        facts += QStringLiteral("<tr><td><b>%1:</b></td><td>%2</td></tr>")
                     .arg(fact.label.toHtmlEscaped(), fact.value.toHtmlEscaped());
    m_summary->setText(QStringLiteral("<table cellpadding=\"3\">%1</table>").arg(facts));
    m_summary->setVisible(!m_view.facts.isEmpty());
    for (Action action : {Action::OpenCredentialManagement, Action::ChooseBoard,
                          m_view.shows(Action::CancelCheck) ? Action::CancelCheck : Action::CheckNow,
                          Action::HandOff, Action::Replace, Action::Remove, Action::SetUp}) {
        QPushButton *button = buttonFor(action);
        button->setText(m_view.label(action));
        button->setVisible(m_view.shows(action));
        // Busy: the button with the focus keeps it (its click does nothing then), the others wait.
        button->setEnabled(m_view.enabled(action) || (m_view.shows(action) && button->hasFocus()));
    }
    m_busy->setVisible(m_view.busy);

    const KeychainResult &load = m_controller.loadResult();
    const KeychainResult &remove = m_controller.removeResult();
    const bool checking = m_controller.boardState() == SetupController::CheckState::Busy;
    m_checklist->setVisible(m_view.checked || checking);
    if (m_view.checked || checking)
        m_checklist->show(m_controller.credentialKind(), m_controller.boardReport(), checking);

    if (m_view.removed) {
        m_status->showStatus(
            StatusIcon::Granted,
            tr("Removed from this computer. If JobTarget no longer uses the credential, revoke "
               "it in Greenhouse: Configure → Dev Center → API Credential Management."));
        banner()->clear();
    } else if (m_controller.removeState() == SetupController::StoreState::Done && !remove.ok()) {
        m_status->showStatus(StatusIcon::Info, {});
        showStoreProblem(remove, false); // Try again here checks; Remove is the button to press again
    } else if (m_controller.loadState() == SetupController::StoreState::Done && !load.ok()) {
        m_status->showStatus(StatusIcon::Info, {});
        showStoreProblem(load);
    } else if (m_view.checked) {
        m_status->showStatus(StatusIcon::Info, {});
        showVerdict(m_controller.boardVerdict(), {}, tr("The connection works"));
    } else if (m_controller.permissionsState() == SetupController::CheckState::Done &&
               !m_controller.permissionsPassed()) {
        m_status->showStatus(StatusIcon::Info, {});
        showVerdict(m_controller.permissionsVerdict());
    } else {
        // Progress, not an outcome: shown, not announced (a fast check hides it before it could be said).
        m_status->showStatus(m_view.busy ? StatusIcon::Busy : StatusIcon::Info, m_view.progress, false);
        banner()->clear();
    }
    updateWizardButtons();
    renderDailyCheck();
    if (!isCurrentPage())
        return;
    if (std::exchange(m_wasChecking, checking) && m_view.checked) {
        focusAfterCheck(m_controller.boardVerdict(), m_view.fix ? buttonFor(*m_view.fix) : m_check,
                        m_handOff);
    } else if (!wasRemoved && m_view.removed) {
        focusWithOutcome(m_setUp, m_status->text());
    } else if (wasBusy && !m_view.busy && m_view.fix && !m_view.checked) {
        // The stored connection could not be read (or the boards not listed): the keyboard goes where the
        // way on is. Saving again (Replace) mends a half-stored one; else Check tries again.
        if (QPushButton *target = buttonFor(*m_view.fix); target->isEnabled())
            focusWithOutcome(target, banner()->title());
    }
}

QPushButton *ExistingConnectionPage::buttonFor(StoredConnectionView::Action action) const {
    using Action = StoredConnectionView::Action;
    switch (action) {
    case Action::CheckNow:
    case Action::CancelCheck:
        return m_check;
    case Action::OpenCredentialManagement:
        return m_openCredentials;
    case Action::ChooseBoard:
        return m_chooseBoard;
    case Action::Replace:
        return m_replace;
    case Action::HandOff:
        return m_handOff;
    case Action::Remove:
        return m_remove;
    case Action::SetUp:
        break;
    }
    return m_setUp;
}

void ExistingConnectionPage::renderDailyCheck() {
    DailyCheck *daily = m_controller.dailyCheck();
    const bool stored = m_controller.storedConnection().has_value();
    m_dailySection->setVisible(daily && (stored || daily->isBusy()));
    if (!daily)
        return;
    const bool busy = daily->isBusy();
    const bool on = daily->isOn();
    {
        const QSignalBlocker showingOnly(m_daily); // what is, not a request to change it
        m_daily->setChecked(busy ? m_daily->isChecked() : on);
    }
    // Not disabled while busy: a disabled box loses the keyboard focus (it went to Help, and the next Enter
    // opened it); the status line beside it says the change is under way.
    m_daily->setEnabled(daily->isAvailable() && (stored || busy));
    m_dailyDescription->setText(breakableAtSeparators(daily->description()));
    m_daily->setAccessibleDescription(daily->description());
    if (busy)
        m_dailyStatus->showStatus(StatusIcon::Busy,
                                  m_daily->isChecked() ? tr("Turning the daily check on…")
                                                       : tr("Turning the daily check off…"),
                                  false);
    else if (!daily->result().ok)
        m_dailyStatus->showStatus(StatusIcon::Error, daily->result().message);
    else
        m_dailyStatus->showStatus(StatusIcon::Info, {});

    const CheckHistory history = daily->history();
    m_history->setRecords(history.records());
    QStringList lines;
    if (!history.warning().isEmpty())
        lines << history.warning().toHtmlEscaped();
    if (history.records().isEmpty() && on)
        lines << tr("No daily check has run yet.");
    const QString lastCheck = StoredConnectionView::of(m_controller).historyLastCheck;
    if (!history.records().isEmpty()) {
        // The marks' shapes in words, in their colours: the strip is read without knowing its colours.
        //: The legend of the history's marks: a circle, a square, a triangle
        lines << tr(
            "<span style=\"color:#2f855a\">●</span> passed &nbsp; <span style=\"color:#e53e3e\">■</span> "
            "failed &nbsp; <span style=\"color:#b7791f\">▲</span> could not check");
        lines << history.summaryText().toHtmlEscaped();
        if (!lastCheck.isEmpty())
            lines << lastCheck.toHtmlEscaped();
    }
    m_historySummary->setTextFormat(Qt::RichText);
    m_historySummary->setText(lines.join(QStringLiteral("<br>")));
    m_historySummary->setVisible(!lines.isEmpty());
    m_history->setAccessibleDescription(history.summaryText());
}

int ExistingConnectionPage::nextId() const {
    switch (m_leaving) {
    case Leaving::ToReplace:
        return int(WizardStep::CreateCredential);
    case Leaving::ToHandOff:
        return int(WizardStep::HandOff);
    case Leaving::ToChooseBoard:
        return int(WizardStep::JobBoard);
    case Leaving::No:
        break;
    }
    return -1;
}

bool ExistingConnectionPage::isComplete() const {
    return !m_controller.isBusy();
}

} // namespace jt::ui
