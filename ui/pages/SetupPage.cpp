#include "SetupPage.h"

#include "access/AccessibleRole.h"
#include "access/Announcement.h"
#include "widgets/Banner.h"
#include "widgets/Illustration.h"
#include "widgets/ReadingView.h"
#include "widgets/StatusLine.h"
#include "wizard/SetupController.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSvgRenderer>
#include <QTimer>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QWizard>

namespace jt::ui {

SetupPage::SetupPage(WizardStep step, SetupController &controller, DesktopActions &desktop, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_desktop(desktop)
    , m_step(step)
    , m_demoStrip(new QLabel(this))
    , m_banner(new Banner(this))
    , m_body(new QVBoxLayout)
    , m_help(new ReadingView(this))
    , m_waitLine(new StatusLine(this)) {
    // A heading a size above the text, as in a document.
    setTitle(QStringLiteral("<span style=\"font-size:15pt; font-weight:600\">%1</span>")
                 .arg(WizardSteps::title(step).toHtmlEscaped()));
    setSubTitle(WizardSteps::subTitle(step));
    // A named group, so that a screen reader says which page the keyboard has just entered (Orca names
    // the groups it enters; the wizard's title label is never focused).
    giveAccessibleRole(this, QAccessible::Grouping);
    setAccessibleName(WizardSteps::all().contains(step) ? tr("Step %1 of %2: %3")
                                                              .arg(WizardSteps::all().indexOf(step) + 1)
                                                              .arg(WizardSteps::all().size())
                                                              .arg(WizardSteps::title(step))
                                                        : WizardSteps::title(step));

    m_demoStrip->setObjectName(QStringLiteral("demoStrip"));
    m_demoStrip->setWordWrap(true);
    m_demoStrip->setTextFormat(Qt::RichText);
    m_demoStrip->setText(
        QStringLiteral("<img src=\":/icons/demo.svg\" width=\"16\" height=\"16\" style=\"vertical-align: "
                       "middle\"> <b>%1</b> %2")
            .arg(tr("Demo.").toHtmlEscaped(),
                 tr("You are practicing with a simulated Greenhouse on this computer. Nothing "
                    "is sent to Greenhouse or JobTarget.")
                     .toHtmlEscaped()));
    m_demoStrip->setAccessibleName(tr("Demo mode: practicing with a simulated Greenhouse"));
    m_demoStrip->setStyleSheet(QStringLiteral("QLabel#demoStrip { border: 1px dashed #b7791f; "
                                              "border-radius: 4px; padding: 4px 8px; }"));

    auto *content = new QWidget;
    content->setLayout(m_body);
    m_body->setContentsMargins(0, 0, 8, 0);
    m_body->setSpacing(10);
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the page's inputs, not to the scrolling frame

    m_help->setObjectName(QStringLiteral("helpPanel"));
    // A panel of the page (its outline, the window's colour), whose text a screen reader reads and the arrow
    // keys walk; as tall as its text, so the page keeps its one scroll bar.
    m_help->setPanelBackground();
    m_help->setFrameStyle(QFrame::StyledPanel | QFrame::Plain);
    m_help->document()->setDocumentMargin(8);
    // Hidden, out of the focus chain: QWizard gives the focus to a new page's first focusable child, shown or
    // not.
    m_help->hide();
    m_help->setFocusPolicy(Qt::NoFocus);
    // Help opens at the top of the page's scrolling body: it never pushes the wizard's buttons away.
    m_body->addWidget(m_help);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_demoStrip);
    layout->addWidget(m_banner);
    layout->addWidget(m_waitLine);
    layout->addWidget(scroll, 1);

    connect(&m_controller, &SetupController::demoChanged, this, &SetupPage::updateDemoStrip);
    connect(&m_controller, &SetupController::rateLimitCountdown, this, &SetupPage::updateWaitLine);
    connect(&m_controller, &SetupController::waitingChanged, this, &SetupPage::updateWaitLine);
    updateDemoStrip();
}

void SetupPage::updateWizardButtons() {
    const std::pair<bool, int> state{isComplete(), nextId()};
    if (std::exchange(m_buttonState, state) != state)
        emit completeChanged();
}

bool SetupPage::isCurrentPage() const {
    return wizard() && wizard()->currentPage() == this;
}

// Whichever page started the check shows the wait (the check permissions, job board and stored-connection
// pages): a rate limit's countdown, or how long a silent Greenhouse is still given. A screen reader hears
// its start and its end, not every second.
void SetupPage::updateWaitLine() {
    const int secondsLeft = m_controller.rateLimitSecondsLeft();
    const QString text =
        secondsLeft > 0 ? tr("Greenhouse asked us to slow down. Trying again in %n s…", nullptr, secondsLeft)
                        : m_controller.waitingText();
    if (!isCurrentPage()) {
        m_waitLine->showStatus(StatusIcon::Busy, {});
        m_waitShown = m_rateLimited = false;
        return;
    }
    if (!text.isEmpty()) {
        const bool rateLimited = secondsLeft > 0;
        const bool started = !std::exchange(m_waitShown, true) || rateLimited != m_rateLimited;
        m_rateLimited = rateLimited;
        m_waitLine->showStatus(StatusIcon::Busy, text, started);
        return;
    }
    const bool countdownEnded = std::exchange(m_rateLimited, false) && m_controller.isBusy();
    m_waitShown = false;
    // The end of a rate limit's wait is said once; the next tick of the check clears it.
    m_waitLine->showStatus(StatusIcon::Busy, countdownEnded ? tr("Trying again now…") : QString());
}

void SetupPage::focusAfterCheck(const CheckVerdict &verdict, QWidget *otherwise, QWidget *whenPassed) {
    if (!isCurrentPage())
        return;
    QWidget *target = otherwise;
    if (verdict.passed()) {
        target = whenPassed ? whenPassed : wizard()->button(QWizard::NextButton);
        if (!target->isVisible())
            target = wizard()->button(QWizard::FinishButton);
    } else if (verdict.retryHelps()) {
        target = banner()->retryButton();
    }
    if (target && target->isVisible() && target->isEnabled())
        focusWithOutcome(target, verdict.title);
}

void SetupPage::focusWithOutcome(QWidget *target, const QString &outcome) {
    // The last outcome leaves the control it described (unless something else described it since).
    if (m_outcomeOn && m_outcomeOn->accessibleDescription() == m_outcome)
        m_outcomeOn->setAccessibleDescription({});
    m_outcome = outcome;
    m_outcomeOn = Announcement::focusWithOutcome(target, outcome);
}

// A text box or list that cannot scroll further in the wheel's direction passes the wheel on to the page,
// so the page never seems stuck under the mouse.
void SetupPage::showEvent(QShowEvent *event) {
    QWizardPage::showEvent(event);
    m_buttonState = {isComplete(), nextId()}; // shown by the wizard, which has just read both
    if (m_wheelWatched)
        return;
    m_wheelWatched = true;
    for (QAbstractScrollArea *inner : m_scroll->widget()->findChildren<QAbstractScrollArea *>())
        inner->viewport()->installEventFilter(this);
}

bool SetupPage::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::Wheel) {
        auto *viewport = qobject_cast<QWidget *>(watched);
        auto *inner = viewport ? qobject_cast<QAbstractScrollArea *>(viewport->parentWidget()) : nullptr;
        const auto *wheel = static_cast<QWheelEvent *>(event);
        if (inner && wheel->angleDelta().y() != 0) {
            const QScrollBar *bar = inner->verticalScrollBar();
            const bool up = wheel->angleDelta().y() > 0;
            const bool stuck = bar->maximum() == bar->minimum() || (up && bar->value() <= bar->minimum()) ||
                               (!up && bar->value() >= bar->maximum());
            if (stuck) {
                QWheelEvent forwarded(m_scroll->viewport()->mapFromGlobal(wheel->globalPosition()),
                                      wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(),
                                      wheel->buttons(), wheel->modifiers(), wheel->phase(),
                                      wheel->inverted());
                QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), &forwarded);
                return true;
            }
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void SetupPage::updateDemoStrip() {
    m_demoStrip->setVisible(m_controller.isDemo());
}

void SetupPage::setHelpText(const QString &text) {
    m_help->setPlainText(text);
    m_help->setAccessibleName(tr("Help: %1").arg(WizardSteps::title(m_step)));
}

void SetupPage::ensureVisible(QWidget *widget) {
    // A widget just shown has no place yet: scroll once the layout has given it one.
    QTimer::singleShot(0, this, [this, target = QPointer<QWidget>(widget)] {
        if (!target)
            return;
        m_scroll->widget()->layout()->activate();
        m_scroll->ensureWidgetVisible(target, 0, 24);
    });
}

void SetupPage::toggleHelp() {
    if (!m_help->isVisibleTo(this)) {
        m_focusBeforeHelp = QApplication::focusWidget();
        m_help->setFocusPolicy(Qt::StrongFocus);
        m_help->show();
        m_help->moveCursor(QTextCursor::Start);
        m_help->setFocus(Qt::OtherFocusReason);
        ensureVisible(m_help);
        return;
    }
    const bool wasReading = m_help->hasFocus();
    m_help->hide();
    m_help->setFocusPolicy(Qt::NoFocus);
    if (wasReading && m_focusBeforeHelp && m_focusBeforeHelp->isVisible() && m_focusBeforeHelp->isEnabled())
        m_focusBeforeHelp->setFocus(Qt::OtherFocusReason);
}

bool SetupPage::isHelpShown() const {
    return m_help->isVisibleTo(this);
}

QLabel *SetupPage::addParagraph(const QString &text) {
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->addWidget(label);
    return label;
}

QPixmap SetupPage::illustration(const QString &name) const {
    return Illustration::render(name, qMax<qreal>(devicePixelRatioF(), 2.0));
}

void SetupPage::showVerdict(const CheckVerdict &verdict, const QStringList &warnings,
                            const QString &passedTitle) {
    if (verdict.passed()) {
        const QString title = passedTitle.isEmpty() ? verdict.title : passedTitle;
        const QString detail = passedTitle.isEmpty() ? QString() : verdict.title;
        if (warnings.isEmpty())
            banner()->showMessage(Banner::Tone::Success, title, detail);
        else
            banner()->showMessage(Banner::Tone::Warning, title, warnings.join(QLatin1Char('\n')));
        return;
    }
    banner()->showMessage(verdict.kind == CheckVerdict::Kind::Cancelled ? Banner::Tone::Info
                                                                        : Banner::Tone::Error,
                          verdict.title, verdict.advice, verdict.retryHelps());
}

void SetupPage::showStoreProblem(const KeychainResult &result, bool offerRetry) {
    QString title;
    switch (result.problem) {
    case KeychainProblem::Locked:
        title = tr("The keychain is locked");
        break;
    case KeychainProblem::TimedOut:
        title = tr("The keychain did not answer");
        break;
    case KeychainProblem::NotFound:
        title = tr("No connection is stored");
        break;
    case KeychainProblem::Incomplete:
        title = tr("The stored connection is incomplete");
        break;
    case KeychainProblem::SettingsNotWritten:
        title = tr("The settings could not be written");
        break;
    case KeychainProblem::Busy:
        title = tr("Another save is under way");
        break;
    case KeychainProblem::None:
    case KeychainProblem::Unavailable:
    case KeychainProblem::Other:
        title = tr("The keychain could not be used");
        break;
    }
    // Saving again, not trying again, mends an incomplete connection; an unexpected error needs more.
    const bool retryHelps = offerRetry && result.problem != KeychainProblem::Other &&
                            result.problem != KeychainProblem::NotFound &&
                            result.problem != KeychainProblem::Incomplete;
    banner()->showMessage(Banner::Tone::Error, title, result.message, retryHelps);
}

QProgressBar *SetupPage::makeBusyBar(const QString &accessibleName) {
    auto *bar = new QProgressBar;
    bar->setRange(0, 0); // no figure to show: it moves until the answer arrives
    bar->setMaximumHeight(8);
    bar->setTextVisible(false);
    bar->setAccessibleName(accessibleName);
    return bar;
}

QLabel *SetupPage::makeIllustration(const QString &name, const QString &description) {
    auto *label = new Illustration(name); // drawn when first shown
    label->setAccessibleName(description);
    label->setToolTip(description);
    return label;
}

QLabel *SetupPage::addIllustration(const QString &name, const QString &description) {
    QLabel *label = makeIllustration(name, description);
    m_body->addWidget(label, 0, Qt::AlignLeft);
    return label;
}

} // namespace jt::ui
