#include "ExistingConnectionPage.h"

#include "DesktopActions.h"
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
    , m_summary(new QLabel)
    , m_check(new QPushButton(tr("&Check it now")))
    , m_handOff(new QPushButton(tr("Hand &off to JobTarget…")))
    , m_replace(new QPushButton(tr("&Replace the credential…")))
    , m_remove(new QPushButton(tr("Re&move stored credentials…")))
    , m_busy(makeBusyBar(tr("Working")))
    , m_status(new StatusLine)
    , m_checklist(new PermissionChecklist)
    , m_dailySection(new QWidget)
    , m_daily(new QCheckBox(tr("Check &every day and tell me if it stops working")))
    , m_dailyDescription(new QLabel)
    , m_dailyStatus(new StatusLine)
    , m_history(new CheckHistoryStrip)
    , m_historySummary(new QLabel) {
    addParagraph(tr("A connection to JobTarget is stored on this computer. What would you like to do?"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_summary);
    auto *actions = new WrappingRow; // a second line where a language needs it
    actions->addWidget(m_check);
    actions->addWidget(m_handOff);
    actions->addWidget(m_replace);
    actions->addWidget(m_remove);
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

    connect(m_check, &QPushButton::clicked, &m_controller, &SetupController::checkStoredConnection);
    connect(m_handOff, &QPushButton::clicked, this, &ExistingConnectionPage::handOff);
    connect(m_replace, &QPushButton::clicked, this, [this] {
        m_leaving = Leaving::ToReplace;
        m_controller.startReplacing();
        wizard()->next();
    });
    connect(m_remove, &QPushButton::clicked, this, &ExistingConnectionPage::confirmRemove);
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
    const auto stored = m_controller.storedConnection();
    const bool loading = m_controller.loadState() == SetupController::StoreState::Busy;
    if (m_leaving == Leaving::ToHandOff && !loading && isCurrentPage()) {
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
    if (stored) {
        const QString credential =
            stored->kind == CredentialKind::HarvestV3
                ? tr("Harvest v3 (OAuth), Client ID %1").arg(stored->clientId.toHtmlEscaped())
                : tr("Harvest API key (legacy), %1").arg(stored->secretFingerprint);
        const StoredConnection::Outcome outcome = stored->lastOutcome();
        const QString checked = QLocale().toString(stored->verifiedAt.toLocalTime(), QLocale::LongFormat);
        //: %1 board name, %2 board token, %3 the credential (kind and Client ID), %4 date and time of the
        //: last check, %5 "everything passed", "not every check passed" or "Greenhouse could not be reached"
        m_summary->setText(tr("<table cellpadding=\"3\"><tr><td><b>Job board:</b></td><td>%1 (%2)</td></tr>"
                              "<tr><td><b>Credential:</b></td><td>%3</td></tr>"
                              "<tr><td><b>Last checked:</b></td><td>%4, %5</td></tr></table>")
                               .arg(stored->boardName.toHtmlEscaped(), stored->boardToken.toHtmlEscaped(),
                                    credential, checked.toHtmlEscaped(),
                                    outcome == StoredConnection::Outcome::Passed ? tr("everything passed")
                                    : outcome == StoredConnection::Outcome::Unreachable
                                        ? tr("Greenhouse could not be reached")
                                        : tr("not every check passed")));
    } else {
        m_summary->setText(tr("No connection is stored on this computer."));
    }

    const bool removing = m_controller.removeState() == SetupController::StoreState::Busy;
    const bool checking = m_controller.boardState() == SetupController::CheckState::Busy;
    const bool busy = loading || removing || checking;
    m_busy->setVisible(busy);
    for (QPushButton *button : {m_check, m_handOff, m_replace, m_remove})
        button->setEnabled(!busy && stored.has_value());

    const KeychainResult &load = m_controller.loadResult();
    const KeychainResult &remove = m_controller.removeResult();
    const bool checked = m_controller.boardState() == SetupController::CheckState::Done;
    m_checklist->setVisible(checked || checking);
    if (checked || checking)
        m_checklist->show(m_controller.credentialKind(), m_controller.boardReport(), checking);

    if (m_controller.removeState() == SetupController::StoreState::Done && remove.ok() && !stored) {
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
    } else if (checked) {
        m_status->showStatus(StatusIcon::Info, {});
        showVerdict(m_controller.boardVerdict(), {}, tr("The connection works"));
    } else {
        // Progress, not an outcome: shown, not announced (a fast check hides it before it could be said).
        m_status->showStatus(loading || checking ? StatusIcon::Busy : StatusIcon::Info,
                             loading || checking ? tr("Checking the stored connection…") : QString(), false);
        banner()->clear();
    }
    updateWizardButtons();
    renderDailyCheck();
    if (std::exchange(m_wasChecking, checking) && checked)
        focusAfterCheck(m_controller.boardVerdict(), m_replace, m_handOff);
    // The stored connection could not be read: the keyboard goes where the way on is (its buttons were
    // disabled meanwhile). Saving again (Replace) mends a half-stored one; else Check tries again.
    if (std::exchange(m_wasLoading, loading) && !loading && !load.ok() && isCurrentPage()) {
        const bool incomplete = load.problem == KeychainProblem::Incomplete;
        focusWithOutcome(incomplete ? m_replace : m_check, banner()->title());
    }
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
    if (!history.records().isEmpty()) {
        // The marks' shapes in words, in their colours: the strip is read without knowing its colours.
        //: The legend of the history's marks: a circle, a square, a triangle
        lines << tr(
            "<span style=\"color:#2f855a\">●</span> passed &nbsp; <span style=\"color:#e53e3e\">■</span> "
            "failed &nbsp; <span style=\"color:#b7791f\">▲</span> could not check");
        lines << history.summaryText().toHtmlEscaped()
              << tr("Last check: %1").arg(history.records().constLast().describe()).toHtmlEscaped();
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
    case Leaving::No:
        break;
    }
    return -1;
}

bool ExistingConnectionPage::isComplete() const {
    return !m_controller.isBusy();
}

} // namespace jt::ui
