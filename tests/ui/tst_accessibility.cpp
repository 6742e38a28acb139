// The wizard as a screen reader meets it, through Qt's accessibility layer (what the AT-SPI bridge sends to
// Orca on Linux): every page starts on a control one can see, Tab follows the reading order, every control
// has a name, every outcome that follows an action is announced, and no secret ever travels on the bus.
//
// A recorder is installed in front of the platform's bridge before the first wizard exists, so it receives
// exactly what the bridge would: the wizard's secret mask sits between them.

#include "SecretClipboard.h"
#include "WizardFixture.h"
#include "access/Announcement.h"
#include "widgets/ReadingView.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QButtonGroup>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>

using namespace jt;
using namespace jt::test;

namespace {

// One event as the bridge would receive it, with the texts it carries and the texts it would read.
struct Heard {
    QAccessible::Event type = QAccessible::InvalidEvent;
    QPointer<QObject> object;
    QAccessible::Role role = QAccessible::NoRole;
    QString name;
    QString carried; // the text inside the event itself (inserted, removed), or what a reader says for it
};

// What Orca says for an object that appears or takes the focus: its name, its description, and the text of
// the labels inside it.
QString spoken(QAccessibleInterface *iface) {
    QStringList parts{iface->text(QAccessible::Name), iface->text(QAccessible::Description)};
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface *child = iface->child(i);
        if (child && !child->state().invisible)
            parts << spoken(child);
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}

QList<Heard> &heard() {
    static QList<Heard> events;
    return events;
}

void record(QAccessibleEvent *event) {
    if (event->type() == QAccessible::ObjectDestroyed)
        return;
    Heard entry;
    entry.type = event->type();
    entry.object = event->object();
    switch (event->type()) {
    case QAccessible::TextInserted:
        entry.carried = static_cast<QAccessibleTextInsertEvent *>(event)->textInserted();
        break;
    case QAccessible::TextRemoved:
        entry.carried = static_cast<QAccessibleTextRemoveEvent *>(event)->textRemoved();
        break;
    case QAccessible::TextUpdated: {
        const auto *update = static_cast<QAccessibleTextUpdateEvent *>(event);
        entry.carried = update->textRemoved() + QLatin1Char('\n') + update->textInserted();
        break;
    }
    default:
        break;
    }
    if (QAccessibleInterface *iface = event->accessibleInterface()) {
        entry.role = iface->role();
        entry.name = iface->text(QAccessible::Name);
        if (event->type() == QAccessible::ObjectShow || event->type() == QAccessible::Focus)
            entry.carried = spoken(iface);
    }
    heard().append(entry);
}

// Everything an assistive program could read from one object.
QString readable(QAccessibleInterface *iface) {
    QStringList parts{iface->text(QAccessible::Name), iface->text(QAccessible::Description),
                      iface->text(QAccessible::Value), iface->text(QAccessible::Help)};
    if (QAccessibleTextInterface *text = iface->textInterface())
        parts << text->text(0, text->characterCount());
    if (QAccessibleValueInterface *value = iface->valueInterface())
        parts << value->currentValue().toString();
    return parts.join(QLatin1Char('\n'));
}

void walk(QAccessibleInterface *iface, const std::function<void(QAccessibleInterface *)> &visit) {
    if (!iface || !iface->isValid())
        return;
    visit(iface);
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), visit);
}

QString nameOf(QWidget *w) {
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w))
        return iface->text(QAccessible::Name);
    return QString::fromLatin1(w->metaObject()->className());
}

bool interactive(QAccessible::Role role) {
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::EditableText:
    case QAccessible::ComboBox:
    case QAccessible::List:
    case QAccessible::ListItem:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

} // namespace

class TestAccessibility : public WizardFixture {
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { setUpWizard(); }
    void cleanup() { tearDownWizard(); }

    void everyPageStartsOnAVisibleControlAndTabFollowsTheReadingOrder();
    void everyControlHasANameAndOutcomesAreRegions();
    void checkResultsAreAnnounced();
    void savedCopiedAndClearedAreAnnounced();
    void aRateLimitIsAnnouncedAtItsStartAndEndOnly();
    void fieldAdviceIsReadWithItsField();
    void typingABoardKeepsTheFocusInTheField();
    void helpIsTextToRead();
    void noSecretTravelsOnTheAccessibilityBus();
    void noSecretInTheStoredConnectionsPaths();

private:
    QWidget *focused() const { return QApplication::focusWidget(); }
    SetupPage *currentPage() const { return qobject_cast<SetupPage *>(m_wizard->currentPage()); }
    void checkPage(const QString &where);
    void checkFocusTarget(const QString &where);
    void checkTabOrder(const QString &where);
    void checkNames(const QString &where);
    // What was announced since `from`: notifications shown (or shown again), and controls that took the focus
    // with the outcome as their description.
    QStringList announcedSince(qsizetype from, const QObject *only = nullptr) const;
    void verifyAnnounced(qsizetype from, const QString &expected);
    int notificationsSaying(qsizetype from, const QString &text) const;
    void verifyNothingCarries(const QString &secret, const QString &where);
};

void TestAccessibility::initTestCase() {
    QAccessible::installUpdateHandler(&record);
    QAccessible::setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(QAccessible::isActive(), 20000);
}

QStringList TestAccessibility::announcedSince(qsizetype from, const QObject *only) const {
    QStringList texts;
    for (qsizetype i = from; i < heard().size(); ++i) {
        const Heard &entry = heard().at(i);
        if (only && entry.object != only)
            continue;
        const bool region = entry.type == QAccessible::ObjectShow && entry.role == QAccessible::Notification;
        const bool focusWithOutcome = entry.type == QAccessible::Focus;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        const bool announcement = entry.type == QAccessible::Announcement;
#else
        const bool announcement = false;
#endif
        if (region || focusWithOutcome || announcement)
            texts << entry.carried;
    }
    return texts;
}

int TestAccessibility::notificationsSaying(qsizetype from, const QString &text) const {
    int count = 0;
    for (qsizetype i = from; i < heard().size(); ++i) {
        const Heard &entry = heard().at(i);
        count += entry.type == QAccessible::ObjectShow && entry.role == QAccessible::Notification &&
                 entry.carried.contains(text);
    }
    return count;
}

void TestAccessibility::verifyAnnounced(qsizetype from, const QString &expected) {
    QTRY_VERIFY2(announcedSince(from).join(QLatin1Char('|')).contains(expected),
                 qPrintable(QStringLiteral("not announced: %1; announced: %2")
                                .arg(expected, announcedSince(from).join(QLatin1String(" | ")))));
}

// The focus is on something one can see and use, inside the wizard.
void TestAccessibility::checkFocusTarget(const QString &where) {
    QTRY_VERIFY2(focused(), qPrintable(where + QStringLiteral(": nothing has the focus")));
    QWidget *target = focused();
    const QString what = where + QStringLiteral(": focus on ") +
                         QString::fromLatin1(target->metaObject()->className()) + QLatin1Char(' ') +
                         target->accessibleName();
    QVERIFY2(target->isVisible(), qPrintable(what + QStringLiteral(" (hidden)")));
    QVERIFY2(!target->size().isEmpty(), qPrintable(what + QStringLiteral(" (zero-sized)")));
    QVERIFY2(target->isEnabled(), qPrintable(what + QStringLiteral(" (disabled)")));
    QVERIFY2(m_wizard->isAncestorOf(target), qPrintable(what + QStringLiteral(" (outside the wizard)")));
}

namespace {
// Where a control is in reading order: the strip above the page's body, the body (which scrolls: measured
// in its own coordinates), the row of wizard buttons.
struct Place {
    int section;
    QRect rect;
};
} // namespace

void TestAccessibility::checkTabOrder(const QString &where) {
    SetupPage *page = currentPage();
    QWidget *body = page->scrollArea()->widget();
    const auto place = [&](QWidget *w) {
        if (body->isAncestorOf(w))
            return Place{1, QRect(w->mapTo(body, QPoint(0, 0)), w->size())};
        if (page->isAncestorOf(w))
            return Place{0, QRect(w->mapTo(page, QPoint(0, 0)), w->size())};
        return Place{2, QRect(w->mapTo(m_wizard.get(), QPoint(0, 0)), w->size())};
    };
    // Tab round the whole window once, from where the page starts.
    QWidget *start = focused();
    QList<QWidget *> cycle{start};
    for (int presses = 0; presses < 120; ++presses) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        QWidget *now = focused();
        if (now == cycle.last())
            continue; // a text browser moves between its links first
        if (now == start)
            break;
        cycle << now;
    }
    QVERIFY2(focused() == start, qPrintable(where + QStringLiteral(": Tab never came back to the start")));
    for (QWidget *w : cycle)
        QVERIFY2(w->isVisible() && !w->size().isEmpty(),
                 qPrintable(where + QStringLiteral(": Tab reached a hidden control ") + w->accessibleName()));
    // Read from the top: rotate to the first control after the wizard's buttons.
    qsizetype first = 0;
    for (qsizetype i = 1; i < cycle.size(); ++i) {
        if (place(cycle[i - 1]).section == 2 && place(cycle[i]).section < 2)
            first = i;
    }
    std::rotate(cycle.begin(), cycle.begin() + first, cycle.end());
    for (qsizetype i = 1; i < cycle.size(); ++i) {
        const Place a = place(cycle[i - 1]);
        const Place b = place(cycle[i]);
        const QString pair =
            where + QStringLiteral(": Tab from “%1” to “%2”").arg(nameOf(cycle[i - 1]), nameOf(cycle[i]));
        QVERIFY2(b.section >= a.section, qPrintable(pair + QStringLiteral(" goes back up")));
        if (b.section != a.section)
            continue;
        const int overlap = qMin(a.rect.bottom(), b.rect.bottom()) - qMax(a.rect.top(), b.rect.top());
        const bool sameLine = overlap > qMin(a.rect.height(), b.rect.height()) / 2;
        if (sameLine)
            QVERIFY2(b.rect.left() > a.rect.left(), qPrintable(pair + QStringLiteral(" goes left")));
        else
            QVERIFY2(b.rect.top() > a.rect.top(), qPrintable(pair + QStringLiteral(" goes up")));
    }
    // Every control one can see is reached (of a group of options, the chosen one: arrows move inside).
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled() || w->size().isEmpty() || !(w->focusPolicy() & Qt::TabFocus) ||
            w->focusProxy())
            continue;
        if (auto *radio = qobject_cast<QRadioButton *>(w); radio && !radio->isChecked())
            continue;
        QVERIFY2(cycle.contains(w), qPrintable(where + QStringLiteral(": Tab never reaches ") +
                                               QString::fromLatin1(w->metaObject()->className()) +
                                               QLatin1Char(' ') + w->accessibleName()));
    }
    // Help sits on the left of the button row, and comes first of the buttons.
    QAbstractButton *help = m_wizard->button(QWizard::HelpButton);
    const qsizetype helpAt = cycle.indexOf(help);
    QVERIFY2(helpAt >= 0, qPrintable(where + QStringLiteral(": Help is not reached")));
    for (qsizetype i = 0; i < helpAt; ++i)
        QVERIFY2(place(cycle[i]).section < 2,
                 qPrintable(where + QStringLiteral(": a wizard button before Help")));
    start->setFocus(Qt::OtherFocusReason);
}

void TestAccessibility::checkNames(const QString &where) {
    walk(QAccessible::queryAccessibleInterface(m_wizard.get()), [&](QAccessibleInterface *iface) {
        const QAccessible::State state = iface->state();
        if (state.invisible || state.offscreen || !interactive(iface->role()))
            return;
        if (QWidget *w = qobject_cast<QWidget *>(iface->object()); w && !w->isVisible())
            return;
        QVERIFY2(!iface->text(QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(where + QStringLiteral(": a control without a name: ") +
                            QString::fromLatin1(iface->object() ? iface->object()->metaObject()->className()
                                                                : "(item)") +
                            QStringLiteral(" role %1").arg(int(iface->role()))));
    });
    // What shows an outcome is exposed as a notification, so a screen reader speaks it when it appears.
    for (QWidget *w : currentPage()->findChildren<QWidget *>()) {
        const bool outcome =
            qobject_cast<Banner *>(w) || (qobject_cast<StatusLine *>(w) && !qobject_cast<FieldHint *>(w));
        if (!outcome)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY2(iface && iface->role() == QAccessible::Notification,
                 qPrintable(where + QStringLiteral(": an outcome that is not announced: ") +
                            QString::fromLatin1(w->metaObject()->className())));
        if (w->isVisible())
            QVERIFY2(!spoken(iface).isEmpty(),
                     qPrintable(where + QStringLiteral(": a shown outcome says nothing")));
    }
}

void TestAccessibility::checkPage(const QString &where) {
    // The page is a named group: a screen reader says it as the keyboard enters the page.
    QAccessibleInterface *page = QAccessible::queryAccessibleInterface(currentPage());
    QCOMPARE(page->role(), QAccessible::Grouping);
    QVERIFY2(page->text(QAccessible::Name).contains(WizardSteps::title(currentPage()->step())),
             qPrintable(page->text(QAccessible::Name)));
    // No notification ever appeared with nothing to say (Orca says "notification." for each).
    for (const Heard &entry : heard()) {
        QVERIFY2(!(entry.type == QAccessible::ObjectShow && entry.role == QAccessible::Notification &&
                   entry.carried.trimmed().isEmpty()),
                 qPrintable(where + QStringLiteral(": an empty notification was shown (%1)")
                                        .arg(entry.object ? QString::fromLatin1(
                                                                entry.object->metaObject()->className())
                                                          : QStringLiteral("gone"))));
    }
    checkFocusTarget(where);
    checkNames(where);
    checkTabOrder(where);
}

// Page by page as an admin goes, and back: the focus is where one can see it, Tab goes down the page and then
// along the buttons from Help on the left, and reaches everything.
void TestAccessibility::everyPageStartsOnAVisibleControlAndTabFollowsTheReadingOrder() {
    startWizard();
    auto *welcome = page<WelcomePage>(WizardStep::Welcome);
    checkPage(QStringLiteral("Welcome"));
    qInfo() << "DBGFOCUS" << focused() << (focused() ? focused()->accessibleName() : QString());
    QCOMPARE(focused(), static_cast<QWidget *>(welcome->setUpChoice())); // the chosen answer
    // Only the answers offered are in the group.
    QVERIFY(welcome->resumeChoice()->group() == nullptr);
    QVERIFY(welcome->existingChoice()->group() == nullptr);
    QCOMPARE(welcome->setUpChoice()->group()->buttons().size(), 2);

    const QList<WizardStep> path = {WizardStep::DeveloperPermission,
                                    WizardStep::CreateCredential,
                                    WizardStep::EnterCredential,
                                    WizardStep::CheckPermissions,
                                    WizardStep::JobBoard,
                                    WizardStep::Save,
                                    WizardStep::HandOff};
    for (WizardStep step : path) {
        reach(step);
        const QString where = WizardSteps::title(step);
        if (step == WizardStep::CheckPermissions)
            QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
        checkPage(where);
        if (step == WizardStep::EnterCredential) { // the secret's Show toggle is on the way
            QVERIFY(page<EnterCredentialPage>(step)->clientSecretField()->revealButton()->focusPolicy() &
                    Qt::TabFocus);
        }
    }
    QCOMPARE(focused(), static_cast<QWidget *>(page<HandOffPage>(WizardStep::HandOff)->summaryView()));
    // Back: the pages start on a visible control again.
    for (int i = 0; i < 3; ++i) {
        m_wizard->back();
        checkFocusTarget(QStringLiteral("back to ") + WizardSteps::title(current()));
    }
}

// With results and errors on the pages too: a Try again in a banner, a confirmed board.
void TestAccessibility::everyControlHasANameAndOutcomesAreRegions() {
    m_sim->scenario().faults.append({sim::Api::Auth, sim::Fault::DropConnection, -1, {}});
    startWizard();
    reach(WizardStep::EnterCredential);
    enterV3();
    next();
    auto *check = page<CheckPermissionsPage>(WizardStep::CheckPermissions);
    QTRY_VERIFY_WITH_TIMEOUT(check->banner()->retryButton()->isVisible(), 20000);
    checkPage(QStringLiteral("Check permissions, Greenhouse unreachable"));
    QCOMPARE(focused(), static_cast<QWidget *>(check->banner()->retryButton()));
    m_sim->scenario().faults.clear();
    check->banner()->retryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
    // Hidden again, out of the focus chain again.
    QCOMPARE(check->banner()->retryButton()->focusPolicy(), Qt::NoFocus);
    next();
    auto *board = page<JobBoardPage>(WizardStep::JobBoard);
    QTest::keyClicks(board->boardEdit(), QStringLiteral("acme"));
    board->checkButton()->click();
    QTRY_VERIFY2_WITH_TIMEOUT(m_controller->boardPassed(), qPrintable(m_controller->boardVerdict().title),
                              20000);
    checkPage(QStringLiteral("Job board, confirmed"));
}

void TestAccessibility::checkResultsAreAnnounced() {
    startWizard(true);
    reach(WizardStep::EnterCredential);
    const qsizetype filled = heard().size();
    page<EnterCredentialPage>(WizardStep::EnterCredential)->demoFillButton()->click();
    qsizetype from = heard().size();
    next();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
    verifyAnnounced(from, m_controller->permissionsVerdict().title); // passed
    QCOMPARE(focused(), static_cast<QWidget *>(nextButton()));
    // Once as a notification, however often QWizard re-showed the page meanwhile.
    QCOMPARE(notificationsSaying(from, m_controller->permissionsVerdict().title), 1);
    // The demo fill changed fields away from the keyboard: it said so.
    verifyAnnounced(filled, QStringLiteral("The demo Client ID and Client Secret are filled in."));

    // Failed, with its fix: the banner says how many are missing.
    auto *check = page<CheckPermissionsPage>(WizardStep::CheckPermissions);
    from = heard().size();
    check->practiseMissingBox()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsState() == SetupController::CheckState::Done &&
                                 !m_controller->permissionsPassed(),
                             20000);
    verifyAnnounced(from, m_controller->permissionsVerdict().title);
    QVERIFY(m_controller->permissionsVerdict().title.contains(QStringLiteral("missing")));
    check->practiseMissingBox()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);

    // A board that does not exist.
    next();
    auto *board = page<JobBoardPage>(WizardStep::JobBoard);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardState() != SetupController::CheckState::Busy, 20000);
    board->boardEdit()->clear();
    QTest::keyClicks(board->boardEdit(), QStringLiteral("no-such-board"));
    from = heard().size();
    board->checkButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardState() == SetupController::CheckState::Done, 20000);
    QVERIFY(!m_controller->boardPassed());
    verifyAnnounced(from, m_controller->boardVerdict().title);
    QCOMPARE(notificationsSaying(from, m_controller->boardVerdict().title), 1);
}

void TestAccessibility::savedCopiedAndClearedAreAnnounced() {
    startWizard();
    // Copied: said beside the button, which keeps the keyboard.
    reach(WizardStep::CreateCredential);
    QToolButton *copy =
        page<CreateCredentialPage>(WizardStep::CreateCredential)->partnerField()->copyButton();
    copy->setFocus();
    qsizetype from = heard().size();
    QTest::keyClick(copy, Qt::Key_Return);
    verifyAnnounced(from, QStringLiteral("Partner copied"));

    // Saved.
    reach(WizardStep::Save);
    from = heard().size();
    page<SavePage>(WizardStep::Save)->saveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->saveState(), SetupController::StoreState::Done, 20000);
    verifyAnnounced(from, QStringLiteral("Stored. The secret is in the keychain"));

    // On the clipboard: said when it starts and when it ends, not every second.
    next();
    auto *handOff = page<HandOffPage>(WizardStep::HandOff);
    from = heard().size();
    handOff->copySecretButton()->click();
    verifyAnnounced(from, QStringLiteral("The secret is on the clipboard; it is cleared in 30 s."));
    m_wizard->secretClipboard()->copy(ClientSecret, 3); // the same countdown, shortened: 3, 2, 1, cleared
    QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->secretClipboard()->isHolding(), 10000);
    verifyAnnounced(from, QStringLiteral("The secret is no longer on the clipboard."));
    const QStringList countdown = announcedSince(from, handOff->copyCountdown());
    QVERIFY2(countdown.size() == 2, qPrintable(countdown.join(QLatin1String(" | ")))); // start and end
}

void TestAccessibility::aRateLimitIsAnnouncedAtItsStartAndEndOnly() {
    m_sim->scenario().retryAfterSeconds = 3;
    m_sim->scenario().faults.append({sim::Api::Harvest, sim::Fault::RateLimited, 1, {}});
    startWizard();
    reach(WizardStep::EnterCredential);
    enterV3();
    const qsizetype from = heard().size();
    next();
    auto *check = page<CheckPermissionsPage>(WizardStep::CheckPermissions);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
    const QStringList wait = announcedSince(from, check->waitLine());
    QVERIFY2(wait.size() == 2, qPrintable(wait.join(QLatin1String(" | "))));
    QVERIFY2(wait.first().contains(QStringLiteral("Greenhouse asked us to slow down. Trying again in 3 s")),
             qPrintable(wait.first()));
    QVERIFY2(wait.last().contains(QStringLiteral("Trying again now")), qPrintable(wait.last()));
    verifyAnnounced(from, m_controller->permissionsVerdict().title);
}

// Advice under a field is part of the field: read with it when it has the focus, not spoken over the typing,
// and said once when the typing pauses.
void TestAccessibility::fieldAdviceIsReadWithItsField() {
    startWizard();
    reach(WizardStep::EnterCredential);
    auto *enter = page<EnterCredentialPage>(WizardStep::EnterCredential);
    QLineEdit *secret = enter->clientSecretField()->lineEdit();
    secret->setFocus();
    const qsizetype from = heard().size();
    QTest::keyClicks(secret, QLatin1Char('"') + ClientSecret + QLatin1Char('"'));
    QVERIFY(enter->secretHint()->text().contains(QStringLiteral("quotation marks")));
    QCOMPARE(secret->accessibleDescription(), enter->secretHint()->text());
    QVERIFY(announcedSince(from, enter->secretHint()).isEmpty()); // not while typing
    // and no description change reaches the bridge (Qt 6.4's form of it is one Orca cannot speak)
    for (qsizetype i = from; i < heard().size(); ++i)
        QVERIFY2(heard().at(i).type != QAccessible::DescriptionChanged, qPrintable(heard().at(i).name));
    // Once the typing pauses: said, once.
    QTRY_COMPARE_WITH_TIMEOUT(announcedSince(from, enter->secretHint()).size(), 1, 10000);
    QVERIFY2(
        announcedSince(from, enter->secretHint()).constFirst().contains(QStringLiteral("quotation marks")),
        qPrintable(announcedSince(from, enter->secretHint()).join(QLatin1Char('|'))));
    QTest::keyClick(secret, Qt::Key_End);  // a key that changes nothing: nothing said again
    QTest::qWait(2 * FieldHint::SettleMs); // the pause the rule is about, not a synchronisation
    QCOMPARE(announcedSince(from, enter->secretHint()).size(), 1);
    enter->secretHint()->fixButton()->click();
    QVERIFY(secret->accessibleDescription().isEmpty());
}

// Typing a board's token moves the list's current row along (the board shows as chosen there), but a screen
// reader stays in the field: the list says nothing until the keyboard goes there, and then names its row.
void TestAccessibility::typingABoardKeepsTheFocusInTheField() {
    startWizard();
    reach(WizardStep::JobBoard);
    auto *board = page<JobBoardPage>(WizardStep::JobBoard);
    QLineEdit *edit = board->boardEdit();
    QListWidget *list = board->boardList();
    QTRY_COMPARE(focused(), static_cast<QWidget *>(edit));
    qsizetype from = heard().size();
    QTest::keyClicks(edit, QStringLiteral("acme"));
    QCOMPARE(list->currentRow(), 0); // Acme Robotics: chosen in the list as well
    QVERIFY(list->item(0)->isSelected());
    QCOMPARE(focused(), static_cast<QWidget *>(edit));
    for (qsizetype i = from; i < heard().size(); ++i) {
        const Heard &entry = heard().at(i);
        QVERIFY2(entry.type != QAccessible::Focus || entry.object == edit,
                 qPrintable(QStringLiteral("the focus went to “%1” while typing").arg(entry.name)));
        QVERIFY2(entry.object != list ||
                     (entry.type != QAccessible::SelectionAdd && entry.type != QAccessible::Selection),
                 "the list said it selected a row while the admin typed");
    }

    // Back to the list (Shift+Tab): it is named, then its current row.
    from = heard().size();
    QTest::keyClick(edit, Qt::Key_Backtab);
    QCOMPARE(focused(), static_cast<QWidget *>(list));
    const auto lastFocus = [&] {
        for (qsizetype i = heard().size() - 1; i >= from; --i) {
            if (heard().at(i).type == QAccessible::Focus)
                return heard().at(i);
        }
        return Heard{};
    };
    QTRY_COMPARE(lastFocus().role, QAccessible::ListItem);
    QCOMPARE(lastFocus().name, list->item(0)->text());
    QCOMPARE(lastFocus().object.data(), static_cast<QObject *>(list));
    // The arrow keys name each row they reach (and check none of them).
    from = heard().size();
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(lastFocus().role, QAccessible::ListItem);
    QCOMPARE(lastFocus().name, list->item(1)->text());
    QCOMPARE(m_controller->boardState(), SetupController::CheckState::Idle);
}

// F1 shows the page's help as text a screen reader reads (its text through the text interface, a caret the
// arrow keys move), with the keyboard in it; F1 again hides it and gives the keyboard back.
void TestAccessibility::helpIsTextToRead() {
    startWizard();
    reach(WizardStep::JobBoard);
    QLineEdit *edit = page<JobBoardPage>(WizardStep::JobBoard)->boardEdit();
    QTRY_COMPARE(focused(), static_cast<QWidget *>(edit));
    ReadingView *help = currentPage()->helpView();
    QVERIFY(!help->isVisible());
    const qsizetype from = heard().size();
    QTest::keyClick(edit, Qt::Key_F1);
    QTRY_VERIFY(help->isVisible());
    QCOMPARE(focused(), static_cast<QWidget *>(help));

    // Found where a screen reader looks: in the window's tree, with its name and its whole text.
    QAccessibleInterface *found = nullptr;
    walk(QAccessible::queryAccessibleInterface(m_wizard.get()), [&](QAccessibleInterface *iface) {
        if (iface->object() == help)
            found = iface;
    });
    QVERIFY2(found, "the help is not in the accessibility tree");
    QVERIFY(!found->state().invisible);
    QCOMPARE(found->text(QAccessible::Name), QStringLiteral("Help: Job board"));
    QAccessibleTextInterface *text = found->textInterface();
    QVERIFY2(text, "the help exposes no text");
    const QString said = text->text(0, text->characterCount());
    QVERIFY2(said.startsWith(
                 QStringLiteral("JobTarget publishes the live jobs of exactly one Greenhouse job board.")),
             qPrintable(said));
    QCOMPARE(said, help->toPlainText());
    bool focusHeard = false;
    for (qsizetype i = from; i < heard().size(); ++i)
        focusHeard |= heard().at(i).type == QAccessible::Focus && heard().at(i).object == help;
    QVERIFY2(focusHeard, "opening the help was not said");
    // A caret that the keys move (and a screen reader follows).
    QCOMPARE(text->cursorPosition(), 0);
    const qsizetype moved = heard().size();
    QTest::keyClick(help, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(text->cursorPosition(), text->characterCount());
    bool caretHeard = false;
    for (qsizetype i = moved; i < heard().size(); ++i)
        caretHeard |= heard().at(i).type == QAccessible::TextCaretMoved && heard().at(i).object == help;
    QVERIFY2(caretHeard, "the caret's moves are not told");
    // All of it on the page, which scrolls: nothing scrolls inside the help.
    QCOMPARE(help->verticalScrollBar()->maximum(), 0);
    QVERIFY(help->document()->size().height() <= help->viewport()->height() + 1);
    checkPage(QStringLiteral("Job board, with help"));

    QTest::keyClick(help, Qt::Key_F1);
    QTRY_VERIFY(!help->isVisible());
    QCOMPARE(focused(), static_cast<QWidget *>(edit));
}

void TestAccessibility::verifyNothingCarries(const QString &secret, const QString &where) {
    for (const Heard &entry : heard()) {
        QVERIFY2(!entry.carried.contains(secret) && !entry.name.contains(secret),
                 qPrintable(where + QStringLiteral(": an accessibility event carried the secret (event %1)")
                                        .arg(int(entry.type))));
    }
    walk(QAccessible::queryAccessibleInterface(m_wizard.get()), [&](QAccessibleInterface *iface) {
        QVERIFY2(!readable(iface).contains(secret),
                 qPrintable(where + QStringLiteral(": an accessible object reads out the secret")));
    });
}

// Typed, pasted, filled in by the demo, shown and hidden, corrected, handed off: the secret never reaches the
// accessibility bus; only bullets do. The Client ID, typed the same way, does (so the recorder hears).
void TestAccessibility::noSecretTravelsOnTheAccessibilityBus() {
    heard().clear();
    startWizard(true);
    reach(WizardStep::EnterCredential);
    auto *enter = page<EnterCredentialPage>(WizardStep::EnterCredential);
    enter->demoFillButton()->click(); // a programmatic fill
    QCOMPARE(enter->clientSecretField()->text(), ClientSecret);
    SecretField *field = enter->clientSecretField();
    field->lineEdit()->clear();
    QTest::keyClicks(field->lineEdit(), ClientSecret); // typed
    field->revealButton()->click();                    // shown ...
    QVERIFY(field->isRevealed());
    QTest::keyClicks(field->lineEdit(), QStringLiteral("x"));
    QTest::keyClick(field->lineEdit(), Qt::Key_Backspace);
    field->revealButton()->click(); // ... and hidden again
    field->lineEdit()->clear();
    m_desktop->clipboard = QLatin1Char(' ') + ClientSecret + QLatin1Char(' ');
    field->pasteButton()->click(); // pasted, the spaces trimmed in place
    QCOMPARE(field->text(), ClientSecret);
    enter->clientIdEdit()->clear();
    QTest::keyClicks(enter->clientIdEdit(), ClientId);

    bool bullets = false;
    bool clientIdHeard = false;
    for (const Heard &entry : heard()) {
        bullets |= entry.object == field->lineEdit() &&
                   entry.carried.contains(QString(ClientSecret.size(), QChar(0x2022)));
        clientIdHeard |= entry.object == enter->clientIdEdit() && entry.carried.contains(ClientId);
    }
    verifyNothingCarries(ClientSecret, QStringLiteral("entering the secret"));
    QVERIFY2(clientIdHeard, "the recorder hears nothing: this test could not see a leak");
    QVERIFY2(bullets, "the secret field's changes do not reach the bus at all");

    // The legacy key, the same way.
    reach(WizardStep::HandOff);
    auto *handOff = page<HandOffPage>(WizardStep::HandOff);
    handOff->includeSecretBox()->click(); // exports may carry it; the page does not show it
    handOff->copySecretButton()->click();
    verifyNothingCarries(ClientSecret, QStringLiteral("handing off"));

    m_wizard->back();
    m_wizard->back();
    m_wizard->back();
    m_wizard->back();
    m_wizard->back();
    QCOMPARE(current(), WizardStep::CreateCredential);
    page<CreateCredentialPage>(WizardStep::CreateCredential)->v1Choice()->click();
    next();
    SecretField *key = enter->apiKeyField();
    m_desktop->clipboard =
        QStringLiteral("Basic ") + QString::fromLatin1((HarvestKey + QLatin1Char(':')).toLatin1().toBase64());
    key->pasteButton()->click();
    QTRY_VERIFY(enter->apiKeyHint()->fixButton()->isVisible());
    enter->apiKeyHint()->fixButton()->click(); // the key taken out of the header
    QCOMPARE(key->text(), HarvestKey);
    verifyNothingCarries(HarvestKey, QStringLiteral("entering the legacy key"));
}

// A returning admin: the secret read from the keychain for "Check it now" and for the hand-off.
void TestAccessibility::noSecretInTheStoredConnectionsPaths() {
    storeAndRestart();
    heard().clear();
    next(); // the returning admin's page
    QCOMPARE(current(), WizardStep::ExistingConnection);
    auto *existing = page<ExistingConnectionPage>(WizardStep::ExistingConnection);
    checkPage(QStringLiteral("the returning admin's page"));
    const qsizetype from = heard().size();
    existing->checkButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardPassed(), 20000);
    verifyAnnounced(from, QStringLiteral("The connection works"));
    existing->handOffButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(current(), WizardStep::HandOff, 20000);
    verifyNothingCarries(ClientSecret, QStringLiteral("a stored connection"));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
