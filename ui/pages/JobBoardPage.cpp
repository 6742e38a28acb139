#include "JobBoardPage.h"

#include "DesktopActions.h"
#include "greenhouse/Links.h"
#include "widgets/Banner.h"
#include "widgets/FieldHint.h"
#include "widgets/Icons.h"
#include "wizard/SetupController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace jt::ui {

JobBoardPage::JobBoardPage(SetupController &controller, DesktopActions &desktop)
    : SetupPage(WizardStep::JobBoard, controller, desktop)
    , m_listLabel(new QLabel)
    , m_boards(new ChoiceList)
    , m_edit(new QLineEdit)
    , m_hint(new FieldHint)
    , m_check(new QPushButton(tr("Chec&k this board")))
    , m_cancel(new QPushButton(tr("Cance&l check")))
    , m_busy(makeBusyBar(tr("Checking the job board")))
    , m_result(new QLabel) {
    m_listLabel->setText(tr("Boards your credential can &see:"));
    m_listLabel->setBuddy(m_boards);
    m_boards->setAccessibleName(tr("Job boards your credential can see"));

    body()->addWidget(m_listLabel);
    body()->addWidget(m_boards);

    auto *editLabel = new QLabel(tr("Board token or the &address of your job board:"));
    editLabel->setBuddy(m_edit);
    m_edit->setAccessibleName(tr("Job board token or address"));
    m_edit->setPlaceholderText(tr("for example acme, or https://boards.greenhouse.io/acme"));
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_edit, 1);
    editRow->addWidget(m_check);
    body()->addWidget(editLabel);
    body()->addLayout(editRow);
    body()->addWidget(m_hint);
    m_hint->describe(m_edit); // read with the field
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busy, 1);
    busyRow->addWidget(m_cancel);
    body()->addLayout(busyRow);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setFrameShape(QFrame::StyledPanel);
    m_result->setMargin(8);
    body()->addWidget(m_result);
    auto *where =
        new QLabel(tr("Where to find it: Configure → Dev Center → Configuring Your Job Board → Your Board "
                      "Token. The address of your job board ends with it too."));
    where->setWordWrap(true);
    body()->addWidget(where);
    auto *open = new QPushButton(namedIcon("external-link"), tr("&Open job board settings"));
    body()->addWidget(open, 0, Qt::AlignLeft);
    addIllustration(QStringLiteral("board-token"),
                    tr("Dev Center, Configuring Your Job Board, Your Board Token"));
    body()->addStretch(1);
    setHelpText(
        tr("JobTarget publishes the live jobs of exactly one Greenhouse job board. The check reads the "
           "board's public job list and looks a few of its jobs up with your credential, to make sure "
           "the board belongs to the same Greenhouse account."));

    connect(open, &QPushButton::clicked, this,
            [this] { m_desktop.openOrShowAddress(this, GreenhouseLinks::jobBoardSettings()); });
    // The arrow keys go through the boards, each one's token into the field, and check nothing: a check of
    // every row passed over would ask Greenhouse about boards nobody chose. Space or Enter checks the board
    // the keyboard is on, as does a click.
    const auto pick = [this](QListWidgetItem *item) {
        if (!item)
            return;
        const QString token = item->data(Qt::UserRole).toString();
        if (token == m_controller.boardInput().token &&
            (m_controller.boardPassed() || m_controller.boardState() == SetupController::CheckState::Busy))
            return;
        m_edit->setText(token);
        m_controller.setBoardInput(token);
        m_controller.checkBoard();
    };
    connect(m_boards, &QListWidget::itemClicked, this, pick);
    connect(m_boards, &ChoiceList::confirmed, this, pick);
    connect(m_boards, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item || !m_boards->hasFocus()) // moved by the page, to follow the field
            return;
        const QString token = item->data(Qt::UserRole).toString();
        m_edit->setText(token);
        m_controller.setBoardInput(token);
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_typed = true;
        m_controller.setBoardInput(text);
    });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (!m_controller.boardPassed())
            m_controller.checkBoard();
    });
    connect(m_check, &QPushButton::clicked, &m_controller, &SetupController::checkBoard);
    connect(m_cancel, &QPushButton::clicked, &m_controller, &SetupController::cancel);
    connect(banner(), &Banner::retryRequested, &m_controller, &SetupController::checkBoard);
    connect(&m_controller, &SetupController::boardInputChanged, this, &JobBoardPage::render);
    connect(&m_controller, &SetupController::boardCheckChanged, this, &JobBoardPage::render);
}

void JobBoardPage::initializePage() {
    m_controller.reachStep(WizardStep::JobBoard);
    fillBoardList();
    // Only one live board to choose from: it is chosen and checked at once.
    if (const QString only = m_controller.soleLiveBoard();
        !only.isEmpty() && m_controller.boardInputText().trimmed().isEmpty()) {
        m_controller.setBoardInput(only);
        m_controller.checkBoard();
    }
    if (m_edit->text() != m_controller.boardInputText())
        m_edit->setText(m_controller.boardInputText());
    render();
    setInitialFocus(m_edit);
}

void JobBoardPage::cleanupPage() {
    if (m_controller.boardState() == SetupController::CheckState::Busy)
        m_controller.cancel();
}

void JobBoardPage::fillBoardList() {
    const BoardListing &listing = m_controller.visibleBoards();
    const QSignalBlocker quiet(m_boards);
    m_boards->clear();
    for (const VisibleBoard &board : listing.boards) {
        auto *item =
            new QListWidgetItem(board.live ? tr("%1 (%2)").arg(board.name, board.token)
                                           //: A draft board: JobTarget would find no published jobs on it
                                           : tr("%1 (%2), not published").arg(board.name, board.token),
                                m_boards);
        item->setData(Qt::UserRole, board.token);
    }
    const bool any = listing.available && !listing.boards.isEmpty();
    // As tall as its boards, up to five rows, then it scrolls.
    const int rows = qMin(5, m_boards->count());
    m_boards->setFixedHeight(rows * m_boards->sizeHintForRow(0) + 2 * m_boards->frameWidth() + 4);
    m_listLabel->setVisible(any);
    m_boards->setVisible(any);
}

void JobBoardPage::render() {
    const BoardTokenInput input = m_controller.boardInput();
    // The board being checked or confirmed stays visibly chosen in the list.
    {
        const QSignalBlocker quiet(m_boards);
        QListWidgetItem *chosen = nullptr;
        for (int row = 0; row < m_boards->count(); ++row) {
            if (m_boards->item(row)->data(Qt::UserRole).toString() == input.token)
                chosen = m_boards->item(row);
        }
        m_boards->setCurrentItem(chosen);
        if (chosen)
            chosen->setSelected(true);
        else
            m_boards->clearSelection();
    }
    if (!input.error.isEmpty() && (m_typed || !m_controller.boardInputText().isEmpty()))
        m_hint->show(FieldCheck{{}, input.error, {}, {}, {}}, true);
    else if (!input.token.isEmpty() && input.token != m_controller.boardInputText().trimmed())
        m_hint->showNote(tr("Board token: %1").arg(input.token));
    else
        m_hint->show(FieldCheck{}, false);

    const auto state = m_controller.boardState();
    const bool busy = state == SetupController::CheckState::Busy;
    m_busy->setVisible(busy);
    m_cancel->setVisible(busy);
    m_check->setEnabled(!busy && !input.token.isEmpty());

    const VerificationReport &report = m_controller.boardReport();
    const BoardResult &board = report.board;
    if (state == SetupController::CheckState::Done && board.status == BoardStatus::Found) {
        QString titles;
        for (const QString &title : board.firstTitles)
            titles += QStringLiteral("<li>%1</li>").arg(title.toHtmlEscaped());
        const int live = board.liveJobs.value_or(0);
        QString account;
        if (board.sameAccount == true)
            account = tr("✓ Its jobs belong to the same Greenhouse account as your credential.");
        else if (board.sameAccount == false)
            account = tr("✗ Its jobs belong to another Greenhouse account.");
        else if (live == 0)
            account = tr("⚠ It has no live jobs, so whether it belongs to your account cannot be checked.");
        else
            //: %1 is a reason such as "the job look-up did not succeed"
            account = tr("⚠ Whether it belongs to your account could not be decided (%1).")
                          .arg(board.sameAccountReason.isEmpty() ? tr("the job look-up was not possible")
                                                                 : board.sameAccountReason);
        m_result->setText(QStringLiteral("<b>%1</b> (%2)<br>%3%4<br>%5")
                              .arg(board.name.toHtmlEscaped(), board.token.toHtmlEscaped(),
                                   tr("Live jobs: %n", nullptr, live).toHtmlEscaped(),
                                   titles.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(titles),
                                   account.toHtmlEscaped()));
        m_result->show();
    } else {
        m_result->clear();
        m_result->hide();
    }

    if (state == SetupController::CheckState::Done) {
        showVerdict(m_controller.boardVerdict(), report.warnings);
    } else {
        banner()->clear();
    }
    updateWizardButtons();
    if (std::exchange(m_wasBusy, busy) && state == SetupController::CheckState::Done)
        // Browsing the list with the arrow keys goes on: the result is announced, the focus stays there.
        if (!m_boards->hasFocus())
            focusAfterCheck(m_controller.boardVerdict(), m_edit);
}

bool JobBoardPage::isComplete() const {
    return m_controller.boardPassed();
}

} // namespace jt::ui
