// The wizard's keys as an admin uses them, keyboard only: Enter presses the focused button (and means Next in
// a text field), Escape asks before it throws away a set-up, the focus lands where the next keystroke helps,
// the board list answers to the arrow keys, and a pasted secret is repaired in one keystroke.

#include "SecretClipboard.h"
#include "WizardFixture.h"

#include <QTimer>

using namespace jt;
using namespace jt::test;

class TestKeys : public WizardFixture {
    Q_OBJECT

private slots:
    void init() { setUpWizard(); }
    void cleanup() { tearDownWizard(); }

    void enterPressesTheFocusedButton();
    void enterInATextFieldMeansNext();
    void escapeAsksOnlyWhileSettingUp();
    void escapeOnTheFirstPageAndAfterFinishAsksNothing();
    void focusAfterACheck();
    void focusAfterAnUnreachableGreenhouse();
    void resumeFocusesTheFirstEmptyField();
    void arrowKeysMoveAndSpaceOrEnterChecksABoard();
    void theOnlyLiveBoardIsChosenAndChecked();
    void aDraftBoardIsMarkedAndTheLiveOneChosen();
    void pastedQuotesAreRemovedWithTheKeyboard();
    void aBrowserThatDoesNotOpenShowsTheAddress();
    void slowGreenhouseSaysItIsStillWaiting();
    void fastestKeyboardPathToTheHandOff();

private:
    void press(Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); }
    QWidget *focused() const { return QApplication::focusWidget(); }
    // The boards the simulated Greenhouse was asked about (its public Job Board API), in order, once each.
    QStringList boardsAskedFor() const;
};

QStringList TestKeys::boardsAskedFor() const {
    QStringList tokens;
    for (const sim::SeenRequest &request : m_sim->seen()) {
        const QList<QByteArray> path = request.target.split('?').first().split('/'); // "", v1, boards, token…
        if (request.api == sim::Api::Boards && path.size() > 3 &&
            !tokens.contains(QString::fromUtf8(path[3])))
            tokens << QString::fromUtf8(path[3]);
    }
    return tokens;
}

void TestKeys::enterPressesTheFocusedButton() {
    reach(WizardStep::CreateCredential);
    auto *create = page<CreateCredentialPage>(WizardStep::CreateCredential);
    QToolButton *copyPartner = create->partnerField()->copyButton();
    copyPartner->setFocus();
    press(Qt::Key_Return);
    QTRY_COMPARE(m_desktop->copied, QStringList{QStringLiteral("JobTarget")});
    QCOMPARE(current(), WizardStep::CreateCredential); // pressed Copy, not Next

    reach(WizardStep::CheckPermissions);
    auto *check = page<CheckPermissionsPage>(WizardStep::CheckPermissions);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
    check->checkAgainButton()->setFocus();
    press(Qt::Key_Return);
    QCOMPARE(m_controller->permissionsState(), SetupController::CheckState::Busy); // Check again ran
    QCOMPARE(current(), WizardStep::CheckPermissions);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);

    reach(WizardStep::Save);
    auto *save = page<SavePage>(WizardStep::Save);
    save->saveButton()->setFocus();
    press(Qt::Key_Enter);
    QCOMPARE(current(), WizardStep::Save);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->saved(), 20000);
    next();

    auto *handOff = page<HandOffPage>(WizardStep::HandOff);
    handOff->copySecretButton()->setFocus();
    press(Qt::Key_Return);
    QVERIFY(m_wizard->isVisible()); // today's bug: Enter pressed Finish and closed the wizard
    QCOMPARE(current(), WizardStep::HandOff);
    QVERIFY(m_wizard->secretClipboard()->isHolding());
    m_wizard->secretClipboard()->clearNow();
}

void TestKeys::enterInATextFieldMeansNext() {
    reach(WizardStep::EnterCredential);
    auto *enter = page<EnterCredentialPage>(WizardStep::EnterCredential);
    enter->clientIdEdit()->setFocus();
    QTest::keyClicks(enter->clientIdEdit(), ClientId);
    QTest::keyClick(enter->clientIdEdit(), Qt::Key_Tab);
    QTest::keyClicks(focused(), ClientSecret);
    QCOMPARE(focused(), enter->clientSecretField()->lineEdit());
    press(Qt::Key_Return);
    QCOMPARE(current(), WizardStep::CheckPermissions);
}

void TestKeys::escapeAsksOnlyWhileSettingUp() {
    reach(WizardStep::EnterCredential);
    m_desktop->confirmAnswer = false; // "Continue"
    QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
    QCOMPARE(m_desktop->questions, QStringList{QStringLiteral("Stop setting up JobTarget?")});
    // It says what is kept and what is not.
    QVERIFY(m_desktop->questionTexts.first().contains(QStringLiteral("progress is kept")));
    QVERIFY(m_desktop->questionTexts.first().contains(QStringLiteral("secret is not kept")));
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(current(), WizardStep::EnterCredential);

    m_wizard->close(); // the window's close button asks the same
    QCOMPARE(m_desktop->questions.size(), 2);
    QVERIFY(m_wizard->isVisible());

    m_desktop->confirmAnswer = true; // "Close"
    QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_wizard->isVisible());
    QCOMPARE(m_store->load().step, WizardStep::EnterCredential); // the progress is kept
}

void TestKeys::escapeOnTheFirstPageAndAfterFinishAsksNothing() {
    startWizard();
    QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_wizard->isVisible());
    QVERIFY(m_desktop->questions.isEmpty());

    m_wizard.reset();
    reach(WizardStep::HandOff); // saved in the keychain on the way
    m_wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!m_wizard->isVisible());
    QVERIFY(m_desktop->questions.isEmpty());
}

void TestKeys::focusAfterACheck() {
    m_sim->scenario().missingPermissions.insert(QStringLiteral("harvest:openings:list"));
    reach(WizardStep::CheckPermissions);
    auto *check = page<CheckPermissionsPage>(WizardStep::CheckPermissions);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->permissionsState(), SetupController::CheckState::Done, 20000);
    QTRY_COMPARE(focused(), check->checkAgainButton()); // a permission is missing: fix it, then Check again
    QVERIFY(check->banner()->title().contains(QStringLiteral("1 permission is missing")));

    m_sim->scenario().missingPermissions.clear();
    press(Qt::Key_Return); // Check again
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
    QTRY_COMPARE(focused(), nextButton()); // passed: Enter goes on
    press(Qt::Key_Return);
    QCOMPARE(current(), WizardStep::JobBoard);
}

void TestKeys::focusAfterAnUnreachableGreenhouse() {
    reach(WizardStep::EnterCredential);
    enterV3();
    m_sim->scenario().faults = {{sim::Api::Auth, sim::Fault::ServerError, -1, {}}};
    next();
    auto *check = page<CheckPermissionsPage>(WizardStep::CheckPermissions);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->permissionsState(), SetupController::CheckState::Done, 20000);
    // Said once, in the banner, with one button to try again; the rows only say "Not checked".
    QCOMPARE(check->banner()->title(), QStringLiteral("Greenhouse could not be reached"));
    QVERIFY(check->banner()->retryButton()->isVisible());
    QVERIFY(!check->checkAgainButton()->isVisible());
    for (int row = 0; row < check->checklist()->rowCount(); ++row) {
        QCOMPARE(check->checklist()->statusTextAt(row), QStringLiteral("Not checked"));
        QVERIFY(check->checklist()->fixAt(row).isEmpty());
    }
    QTRY_COMPARE(focused(), static_cast<QWidget *>(check->banner()->retryButton()));
    m_sim->scenario().faults.clear();
    press(Qt::Key_Space); // Try again
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
}

void TestKeys::resumeFocusesTheFirstEmptyField() {
    reach(WizardStep::CheckPermissions); // the Client ID is kept as progress, the secret is not
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
    restartWizard();
    QVERIFY(page<WelcomePage>(WizardStep::Welcome)->resumeChoice()->isChecked());
    press(Qt::Key_Return);
    QCOMPARE(current(), WizardStep::EnterCredential);
    auto *enter = page<EnterCredentialPage>(WizardStep::EnterCredential);
    QCOMPARE(enter->clientIdEdit()->text(), ClientId);
    QTRY_COMPARE(focused(), enter->clientSecretField()->lineEdit());
}

// The arrow keys go through the boards without asking Greenhouse about each one passed over; Space or Enter
// checks the board the keyboard is on, and once it passed Enter goes on.
void TestKeys::arrowKeysMoveAndSpaceOrEnterChecksABoard() {
    reach(WizardStep::JobBoard);
    auto *board = page<JobBoardPage>(WizardStep::JobBoard);
    QListWidget *list = board->boardList();
    QCOMPARE(list->count(), 3);
    const auto token = [&](int row) {
        return list->item(row)->data(Qt::UserRole).toString();
    };
    m_sim->clearSeen();
    list->setFocus();
    QCoreApplication::processEvents();
    QCOMPARE(m_controller->boardState(), SetupController::CheckState::Idle); // arriving chooses nothing
    QTest::keyClick(list, Qt::Key_Home);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentRow(), 2);
    QCOMPARE(board->boardEdit()->text(), token(2)); // the field follows the keyboard
    QTest::keyClick(list, Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(board->boardEdit()->text(), token(0));
    QCOMPARE(m_controller->boardState(), SetupController::CheckState::Idle);
    QVERIFY(!nextButton()->isEnabled());

    QTest::keyClick(list, Qt::Key_Space); // checks the board the keyboard is on
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->boardState(), SetupController::CheckState::Done, 20000);
    QCOMPARE(m_controller->boardReport().board.token, token(0));
    QVERIFY2(m_controller->boardPassed(), qPrintable(m_controller->boardVerdict().title));
    QVERIFY(nextButton()->isEnabled());
    QCOMPARE(boardsAskedFor(), QStringList{token(0)}); // not the rows passed over
    // The chosen board stays visibly chosen, and the keyboard stays in the list.
    QCOMPARE(list->currentRow(), 0);
    QVERIFY(list->item(0)->isSelected());
    QCOMPARE(list->selectedItems().size(), 1);
    QCOMPARE(focused(), static_cast<QWidget *>(list));

    // Another board: moving there takes the confirmation away until it is checked; Enter checks it.
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(board->boardEdit()->text(), token(2));
    QVERIFY(!nextButton()->isEnabled());
    press(Qt::Key_Return);
    QCOMPARE(current(), WizardStep::JobBoard); // a check, not Next
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->boardState(), SetupController::CheckState::Done, 20000);
    QCOMPARE(m_controller->boardReport().board.token, token(2));
    QVERIFY2(m_controller->boardPassed(), qPrintable(m_controller->boardVerdict().title));
    QVERIFY(nextButton()->isEnabled());
    QCOMPARE(boardsAskedFor(), (QStringList{token(0), token(2)}));
    QCOMPARE(focused(), static_cast<QWidget *>(list));
    press(Qt::Key_Return); // checked and passed: Enter goes on
    QCOMPARE(current(), WizardStep::Save);
    QCOMPARE(boardsAskedFor(), (QStringList{token(0), token(2)}));
}

void TestKeys::theOnlyLiveBoardIsChosenAndChecked() {
    // An account whose credential sees one board: nothing to choose.
    m_sim->scenario().unlistedBoards = {QStringLiteral("quietco"), QStringLiteral("bigboard")};
    reach(WizardStep::JobBoard);
    auto *board = page<JobBoardPage>(WizardStep::JobBoard);
    QCOMPARE(board->boardList()->count(), 1);
    QCOMPARE(board->boardEdit()->text(), QStringLiteral("acme"));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardPassed(), 20000);
    QVERIFY(board->boardList()->item(0)->isSelected());
    QTRY_COMPARE(focused(), nextButton()); // Enter goes on
    press(Qt::Key_Return);
    QCOMPARE(current(), WizardStep::Save);
}

// Greenhouse's v3 answer: a live board is live (it was listed as "not active"), a draft is marked as not
// published and is no choice to make, the internal board is not offered: the one live board is chosen.
void TestKeys::aDraftBoardIsMarkedAndTheLiveOneChosen() {
    m_sim->scenario().unlistedBoards = {QStringLiteral("bigboard")};
    m_sim->scenario().draftBoards = {QStringLiteral("quietco")};
    reach(WizardStep::JobBoard);
    auto *board = page<JobBoardPage>(WizardStep::JobBoard);
    QListWidget *list = board->boardList();
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Acme Robotics (acme)"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("Quiet Co (quietco), not published"));
    QCOMPARE(board->boardEdit()->text(), QStringLiteral("acme"));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardPassed(), 20000);
    QVERIFY(list->item(0)->isSelected());
}

void TestKeys::pastedQuotesAreRemovedWithTheKeyboard() {
    reach(WizardStep::EnterCredential);
    auto *enter = page<EnterCredentialPage>(WizardStep::EnterCredential);
    QTest::keyClicks(enter->clientIdEdit(), ClientId);
    QLineEdit *secret = enter->clientSecretField()->lineEdit();
    secret->setFocus();
    QTest::keyClicks(secret, QLatin1Char('"') + ClientSecret + QLatin1Char('"'));
    FieldHint *hint = enter->secretHint();
    QVERIFY(hint->text().contains(QStringLiteral("quotation marks")));
    QPushButton *fix = hint->fixButton();
    QTRY_VERIFY(fix->isVisible());
    QCOMPARE(fix->text(), QStringLiteral("Remove them"));
    QVERIFY(!nextButton()->isEnabled());
    // Past "Show the secret" and "Paste", the repair is the next stop.
    QTest::keyClick(secret, Qt::Key_Tab);
    QCOMPARE(focused(), static_cast<QWidget *>(enter->clientSecretField()->revealButton()));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), static_cast<QWidget *>(enter->clientSecretField()->pasteButton()));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), static_cast<QWidget *>(fix));
    press(Qt::Key_Return);
    QCOMPARE(secret->text(), ClientSecret);
    QCOMPARE(m_controller->secretText(), ClientSecret);
    QVERIFY(!fix->isVisible());
    QVERIFY(nextButton()->isEnabled());

    // A whole "Authorization: Basic …" header of the legacy key: the key is taken out of it.
    m_controller->setCredentialKind(CredentialKind::HarvestV1);
    QLineEdit *key = enter->apiKeyField()->lineEdit();
    key->clear();
    m_desktop->clipboard =
        QStringLiteral("Basic ") + QString::fromLatin1((HarvestKey + QLatin1Char(':')).toLatin1().toBase64());
    enter->apiKeyField()->pasteButton()->click();
    FieldHint *keyHint = enter->apiKeyHint();
    QTRY_VERIFY2(keyHint->fixButton()->isVisible(),
                 qPrintable(keyHint->text() + QLatin1Char('|') + key->text()));
    keyHint->fixButton()->click();
    QCOMPARE(key->text(), HarvestKey);
    QVERIFY(nextButton()->isEnabled());
}

void TestKeys::aBrowserThatDoesNotOpenShowsTheAddress() {
    reach(WizardStep::DeveloperPermission);
    m_desktop->browserOpens = false;
    QPushButton *devCenter = nullptr;
    for (QPushButton *button :
         page<DeveloperPermissionPage>(WizardStep::DeveloperPermission)->findChildren<QPushButton *>())
        if (button->text().contains(QStringLiteral("Dev Center")))
            devCenter = button;
    QVERIFY(devCenter);
    devCenter->setFocus();
    press(Qt::Key_Return);
    QCOMPARE(m_desktop->shownAddresses.size(), 1);
    QCOMPARE(m_desktop->shownAddresses.first().host(), QStringLiteral("app.greenhouse.io"));

    // The real dialog: the address and "Copy address".
    QString copied;
    struct Copying : DesktopActions {
        QString *into;
        void copyText(const QString &text) override { *into = text; }
    } copying;
    copying.into = &copied;
    QTimer::singleShot(0, m_wizard.get(), [] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *copy =
            QApplication::activeModalWidget()->findChild<QPushButton *>(QStringLiteral("copyAddress"));
        QVERIFY(copy);
        copy->click();
    });
    copying.showAddress(m_wizard.get(),
                        QUrl(QStringLiteral("https://app.greenhouse.io/configure/dev_center")));
    QCOMPARE(copied, QStringLiteral("https://app.greenhouse.io/configure/dev_center"));
}

void TestKeys::slowGreenhouseSaysItIsStillWaiting() {
    reach(WizardStep::EnterCredential);
    enterV3();
    m_sim->scenario().faults = {{sim::Api::Auth, sim::Fault::NeverAnswer, 2, {}}}; // two silent attempts
    TransportSettings slow = test::quickTransport();
    slow.attemptTimeout = std::chrono::milliseconds(SetupController::QuietSecondsBeforeWaiting * 1000 + 1500);
    m_controller->setTransportSettings(slow);
    next();
    auto *check = page<CheckPermissionsPage>(WizardStep::CheckPermissions);
    StatusLine *line = check->waitLine();
    QTRY_VERIFY_WITH_TIMEOUT(
        line->isVisible() && line->text().startsWith(QStringLiteral("Still waiting for Greenhouse…")), 10000);
    QVERIFY(line->text().contains(QStringLiteral("gives up in")));
    // The first attempt times out; the second is told as such, and it answers.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_controller->permissionsPassed() || line->text().contains(QStringLiteral("attempt 2 of")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
    QTRY_VERIFY(!line->isVisible());
}

// From launch to the hand-off page in --demo, keyboard only: the figure the issue asks to keep at 12 or less.
void TestKeys::fastestKeyboardPathToTheHandOff() {
    startWizard(true);
    int keys = 0;
    const auto key = [&](Qt::Key k, Qt::KeyboardModifiers mods = {}) {
        QTest::keyClick(focused(), k, mods);
        ++keys;
    };
    key(Qt::Key_Return); // Welcome (practice is chosen) → Your permission
    QCOMPARE(current(), WizardStep::DeveloperPermission);
    key(Qt::Key_Y, Qt::AltModifier); // "Yes, I see …"
    QTRY_VERIFY(page<DeveloperPermissionPage>(WizardStep::DeveloperPermission)->yesChoice()->isChecked());
    key(Qt::Key_Return); // → Create the credential
    QCOMPARE(current(), WizardStep::CreateCredential);
    key(Qt::Key_Return); // → Enter the credential
    QCOMPARE(current(), WizardStep::EnterCredential);
    key(Qt::Key_F, Qt::AltModifier); // Fill in the demo credential
    QTRY_VERIFY(m_controller->credentialReady());
    key(Qt::Key_Return); // → Check permissions
    QCOMPARE(current(), WizardStep::CheckPermissions);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
    key(Qt::Key_Return); // → Job board
    QCOMPARE(current(), WizardStep::JobBoard);
    key(Qt::Key_S, Qt::AltModifier); // the board list, on its first board
    key(Qt::Key_Space);              // which is checked
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardPassed(), 20000);
    key(Qt::Key_Return); // → Save
    QCOMPARE(current(), WizardStep::Save);
    key(Qt::Key_Return); // Save in the keychain (the demo stores nothing)
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->saved(), 20000);
    key(Qt::Key_Return); // → Hand off
    QCOMPARE(current(), WizardStep::HandOff);
    qInfo("keystrokes from launch to the hand-off page: %d", keys);
    QVERIFY(keys <= 12);
}

QTEST_MAIN(TestKeys)
#include "tst_keys.moc"
