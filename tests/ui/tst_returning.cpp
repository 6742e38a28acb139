// A returning admin, driven like a user: "Check it now" becomes the stored connection's "Last checked" (also
// on the next start), the hand-off is reachable again without re-entering anything, the step list says where
// the admin is, and Back from "Replace" leaves exactly one of Next and Finish; a half-stored connection is
// refused, never mixed.

#include "SecretClipboard.h"
#include "WizardFixture.h"
#include "watch/DesktopActivation.h"

#include "greenhouse/Links.h"

#include <QAccessible>
#include <QDir>

using namespace jt;
using namespace jt::test;

class TestReturning : public WizardFixture {
    Q_OBJECT

private slots:
    void init() { setUpWizard(); }
    void cleanup() { tearDownWizard(); }

    void checkItNowIsRecordedAsLastChecked();
    void handOffAgainWithoutReEntering();
    void stepListAndBackFromReplace();
    void halfStoredConnectionIsRefused();
    void dailyCheckIsOneKeyAwayAndSaysWhatItInstalls();
    void historyStripShowsEachCheck();
    void removingTheConnectionTurnsTheDailyCheckOff();
    void screenReadersToggleTurnsTheDailyCheckOnAndOff();
    void theNotificationOpensTheStoredConnection();
    void aDesktopActivatesTheWizard();
    void eachProblemLeadsToItsFix_data();
    void eachProblemLeadsToItsFix();
    void aMissingScopeIsFixedInGreenhouseThenCheckedAgain();
    void aBoardThatIsGoneIsChosenAgain();
    void checkingKeepsTheFocusAndCanBeCancelled();
    void afterRemovalANewSetUpIsNext();

private:
    ExistingConnectionPage *openExisting();
};

ExistingConnectionPage *TestReturning::openExisting() {
    next();
    if (current() != WizardStep::ExistingConnection)
        return nullptr;
    return page<ExistingConnectionPage>(WizardStep::ExistingConnection);
}

void TestReturning::checkItNowIsRecordedAsLastChecked() {
    storeAndRestart();
    const QDateTime firstCheck = m_connections->stored()->verifiedAt;
    auto *existing = openExisting();
    QVERIFY(existing);
    QVERIFY(existing->summaryLabel()->text().contains(QStringLiteral("everything passed")));

    // Someone removed a scope in Greenhouse since: the fresh result replaces the stale "everything passed".
    m_sim->scenario().missingPermissions.insert(QStringLiteral("harvest:job_posts:list"));
    QTRY_VERIFY(firstCheck.secsTo(QDateTime::currentDateTimeUtc()) >= 1); // a later time to tell them apart
    existing->checkButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->boardState(), SetupController::CheckState::Done, 20000);
    QCOMPARE(existing->banner()->tone(), Banner::Tone::Error);
    // Heard without the list, the outcome still names what to tick.
    QVERIFY2(existing->banner()->detail().startsWith(
                 QStringLiteral("“Job posts > List job posts” is not granted to the credential.")),
             qPrintable(existing->banner()->detail()));
    QVERIFY(existing->summaryLabel()->text().contains(QStringLiteral("not every check passed")));
    QVERIFY(!existing->summaryLabel()->text().contains(QStringLiteral("everything passed")));
    const auto recorded = m_connections->stored();
    QVERIFY(recorded);
    QVERIFY(recorded->verifiedAt > firstCheck);
    QCOMPARE(recorded->report.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(recorded->boardName, QStringLiteral("Acme Robotics"));
    QCOMPARE(keychainSecret().value_or(QString()), ClientSecret); // the secret is untouched
    // The history has it too, as seen: the next scheduled check does not notify what the screen said.
    const CheckHistory history = m_daily->history();
    QCOMPARE(history.records().size(), 1);
    QCOMPARE(history.records().constLast().outcome, CheckOutcome::Failed);
    QCOMPARE(history.records().constLast().notice, CheckNotice::Broken);
    QCOMPARE(existing->historyStrip()->marks().size(), 1);

    // The next start shows the same; handing that connection off says it did not pass.
    m_wizard->button(QWizard::FinishButton)->click();
    m_wizard.reset();
    startWizard();
    existing = openExisting();
    QVERIFY(existing);
    QVERIFY(existing->summaryLabel()->text().contains(QStringLiteral("not every check passed")));
    existing->handOffButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(current(), WizardStep::HandOff, 20000);
    QCOMPARE(page<HandOffPage>(WizardStep::HandOff)->banner()->title(),
             QStringLiteral("The last check of this connection did not pass"));
    m_wizard->back();
    QCOMPARE(current(), WizardStep::ExistingConnection);

    // Fixed in Greenhouse, checked again: it passes, and that is recorded.
    m_sim->scenario().missingPermissions.clear();
    existing->checkButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardPassed(), 20000);
    QVERIFY(existing->summaryLabel()->text().contains(QStringLiteral("everything passed")));
    QCOMPARE(m_connections->stored()->report.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(QApplication::focusWidget(), existing->handOffButton()); // what comes next
}

void TestReturning::handOffAgainWithoutReEntering() {
    storeAndRestart();
    auto *existing = openExisting();
    QVERIFY(existing);
    QVERIFY(m_controller->secretText().isEmpty());
    m_sim->clearSeen();
    existing->handOffButton()->click(); // reads the secret from the keychain, checks nothing
    QTRY_COMPARE_WITH_TIMEOUT(current(), WizardStep::HandOff, 20000);
    QVERIFY(m_sim->seen().isEmpty());
    auto *handOff = page<HandOffPage>(WizardStep::HandOff);
    QVERIFY(handOff->summaryView()->toPlainText().contains(QStringLiteral("Acme Robotics")));
    QVERIFY(handOff->summaryView()->toPlainText().contains(ClientId));
    QCOMPARE(handOff->banner()->title(), QStringLiteral("The connection works and is stored"));
    handOff->copySecretButton()->click();
    QVERIFY(m_wizard->secretClipboard()->isHolding());
    m_wizard->secretClipboard()->clearNow();
    const QString pdf = m_dir->filePath(QStringLiteral("again.pdf"));
    QString error;
    QVERIFY2(handOff->exportTo(pdf, &error), qPrintable(error));
    QVERIFY(QFileInfo(pdf).size() > 0);
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!nextButton()->isVisible());
}

void TestReturning::stepListAndBackFromReplace() {
    storeAndRestart();
    auto *existing = openExisting();
    QVERIFY(existing);
    // Where the admin is: the connection's own page, every step of the path done.
    QCOMPARE(m_wizard->stepList()->current(), WizardStep::ExistingConnection);
    QVERIFY(m_wizard->stepList()->accessibleDescription().contains(
        WizardSteps::title(WizardStep::ExistingConnection)));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!nextButton()->isVisible());

    existing->replaceButton()->click();
    QCOMPARE(current(), WizardStep::CreateCredential);
    m_wizard->back();
    QCOMPARE(current(), WizardStep::ExistingConnection);
    // Exactly one way on: Finish (nothing was chosen).
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!nextButton()->isVisible());
}

// The keychain holds another secret than the settings were saved with (a save cut short between its two
// writes, another program): "Check it now" and "Hand off" refuse the pair with the contract's words, send
// nothing to Greenhouse, and leave Replace as the way on (trying again cannot help).
void TestReturning::halfStoredConnectionIsRefused() {
    storeAndRestart();
    std::optional<KeychainResult> written;
    m_secrets->write(QString::fromLatin1(SecretStore::SecretKey), QStringLiteral("another-secret-7d1e"),
                     [&](const KeychainResult &result) { written = result; });
    QTRY_VERIFY(written.has_value());
    QVERIFY(written->ok());
    auto *existing = openExisting();
    QVERIFY(existing);
    m_sim->clearSeen();
    for (QPushButton *button : {existing->checkButton(), existing->handOffButton()}) {
        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->loadState(), SetupController::StoreState::Done, 20000);
        QCOMPARE(current(), WizardStep::ExistingConnection);
        QCOMPARE(existing->banner()->title(), QStringLiteral("The stored connection is incomplete"));
        QVERIFY2(existing->banner()->detail().startsWith(
                     QStringLiteral("The stored connection is incomplete; save it again.")),
                 qPrintable(existing->banner()->detail()));
        QVERIFY(!existing->banner()->retryButton()->isVisible());
        QVERIFY(existing->replaceButton()->isEnabled());
        QTRY_COMPARE(QApplication::focusWidget(), existing->replaceButton()); // the way on, for the keyboard
    }
    QVERIFY(m_sim->seen().isEmpty());
    QVERIFY(m_controller->secretText().isEmpty()); // neither secret was filled in
}

QTEST_MAIN(TestReturning)
// One key (Space on the box) turns it on: the autostart entry it named is there; again, and it is gone.
void TestReturning::dailyCheckIsOneKeyAwayAndSaysWhatItInstalls() {
    storeAndRestart();
    auto *existing = openExisting();
    QVERIFY(existing);
    QCheckBox *box = existing->dailyCheckBox();
    QVERIFY(box->isVisible());
    QVERIFY(!box->isChecked()); // off by default
    QVERIFY(existing->dailyDescription()->isVisible());
    // As read (the label may break the path after each separator: zero-width spaces).
    const QString shown = existing->dailyDescription()->text().remove(QChar(0x200B));
    QVERIFY2(shown.contains(QDir::toNativeSeparators(AutostartSchedule::path())), qPrintable(shown));
    QCOMPARE(box->accessibleDescription(), shown);
    // In plain words: when it runs, without "autostart entry" or "systemd user timers".
    QString words = shown;
    words.remove(QDir::toNativeSeparators(AutostartSchedule::path()));
    QVERIFY2(words.contains(QStringLiteral("each time you sign in to this computer")), qPrintable(words));
    QVERIFY2(!words.contains(QStringLiteral("autostart")) && !words.contains(QStringLiteral("systemd")),
             qPrintable(words));
    QVERIFY(!QFile::exists(AutostartSchedule::path()));

    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(m_daily->isBusy());
    QTest::keyClick(box, Qt::Key_Space); // again while it works: nothing changes
    QVERIFY(box->isChecked());
    QTRY_VERIFY(m_daily->isOn() && !m_daily->isBusy());
    QVERIFY(QFile::exists(AutostartSchedule::path()));
    QVERIFY(box->isChecked());
    QVERIFY(box->isEnabled());
    QCOMPARE(QApplication::focusWidget(), box); // the focus stayed where the admin is
    QVERIFY(existing->historySummary()->text().contains(QStringLiteral("No daily check has run yet.")));
    QVERIFY(!existing->historyStrip()->isVisible());

    // Still on at the next start.
    m_wizard->button(QWizard::FinishButton)->click();
    restartWizard();
    existing = openExisting();
    QVERIFY(existing);
    QVERIFY(existing->dailyCheckBox()->isChecked());
    existing->dailyCheckBox()->setFocus();
    QTest::keyClick(existing->dailyCheckBox(), Qt::Key_Space);
    QTRY_VERIFY(!m_daily->isOn() && !m_daily->isBusy());
    QVERIFY(!QFile::exists(AutostartSchedule::path()));
    QVERIFY(!existing->dailyCheckBox()->isChecked());
    QCOMPARE(QApplication::focusWidget(), existing->dailyCheckBox());
}

// A screen reader's Toggle action on the box (what Orca's "toggle" or a switch user sends) installs the
// schedule and removes it, as Space does: not only the tick changes.
void TestReturning::screenReadersToggleTurnsTheDailyCheckOnAndOff() {
    storeAndRestart();
    auto *existing = openExisting();
    QVERIFY(existing);
    QCheckBox *box = existing->dailyCheckBox();
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(box);
    QVERIFY(accessible && accessible->actionInterface());
    QVERIFY(
        accessible->actionInterface()->actionNames().contains(QAccessibleActionInterface::toggleAction()));
    QVERIFY(!QFile::exists(AutostartSchedule::path()));

    accessible->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    QTRY_VERIFY(m_daily->isOn() && !m_daily->isBusy());
    QVERIFY(QFile::exists(AutostartSchedule::path()));
    QVERIFY(box->isChecked());

    accessible->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    QTRY_VERIFY(!m_daily->isOn() && !m_daily->isBusy());
    QVERIFY(!QFile::exists(AutostartSchedule::path()));
    QVERIFY(!box->isChecked());
}

void TestReturning::historyStripShowsEachCheck() {
    storeAndRestart();
    CheckHistory history(historyPath());
    const QDateTime day(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
    CheckRecord passed;
    passed.at = day;
    passed.outcome = CheckOutcome::Passed;
    passed.liveJobs = 12;
    CheckRecord failed = CheckRecord::notChecked({}, {}, day.addDays(1));
    failed.outcome = CheckOutcome::Failed;
    failed.stage = QStringLiteral("permissions");
    failed.detail = QStringLiteral("harvest:openings:list");
    const CheckRecord unreachable =
        CheckRecord::notChecked(QStringLiteral("credential"), QStringLiteral("timeout"), day.addDays(2));
    for (const CheckRecord &record : {passed, failed, unreachable})
        history.append(record);
    QVERIFY(history.save());

    auto *existing = openExisting();
    QVERIFY(existing);
    CheckHistoryStrip *strip = existing->historyStrip();
    QVERIFY(strip->isVisible());
    QCOMPARE(strip->marks().size(), 3);
    const QList<CheckOutcome> outcomes{CheckOutcome::Passed, CheckOutcome::Failed, CheckOutcome::NotChecked};
    const QList<CheckRecord> records{passed, failed, unreachable};
    for (qsizetype i = 0; i < 3; ++i) {
        auto *mark = qobject_cast<CheckMark *>(strip->marks().at(i));
        QVERIFY(mark && mark->isVisible());
        QCOMPARE(mark->outcome(), outcomes.at(i));
        // Each mark says its date and outcome, to the eye (tooltip) and to a screen reader.
        QCOMPARE(mark->toolTip(), records.at(i).describe());
        QCOMPARE(mark->accessibleName(), records.at(i).describe());
    }
    QVERIFY(strip->marks().at(1)->accessibleName().contains(
        QStringLiteral("failed — “Openings > List openings” is missing")));
    QVERIFY(strip->marks().at(2)->accessibleName().contains(QStringLiteral("could not check")));
    // Colour is never alone: the marks differ in shape (circle, square, triangle), drawn differently.
    QImage images[3];
    for (int i = 0; i < 3; ++i) {
        images[i] = strip->marks().at(i)->grab().toImage().convertToFormat(QImage::Format_Grayscale8);
    }
    QVERIFY(images[0] != images[1] && images[1] != images[2] && images[0] != images[2]);
    const QString summary = existing->historySummary()->text();
    QVERIFY2(summary.contains(QStringLiteral(
                 "Checked 3 times since 1 November 2026: 1 passed, 1 failed, 1 could not be checked.")),
             qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("passed")) &&
            summary.contains(QStringLiteral("could not check")));
    QCOMPARE(strip->accessibleDescription(), history.summaryText());

    // From the keyboard: one Tab stop; the latest check is current, the arrows and Home move, and a screen
    // reader is told the current mark as the list's focused item.
    for (int tab = 0; tab < 40 && QApplication::focusWidget() != strip; ++tab)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), strip);
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(strip);
    QCOMPARE(list->role(), QAccessible::List);
    const auto focusedItem = [list]() -> QString {
        for (int i = 0; i < list->childCount(); ++i)
            if (list->child(i)->state().focused)
                return list->child(i)->text(QAccessible::Name);
        return {};
    };
    QCOMPARE(focusedItem(), unreachable.describe());
    const QImage unringed = strip->marks().at(1)->grab().toImage();
    QTest::keyClick(strip, Qt::Key_Left);
    QCOMPARE(focusedItem(), failed.describe());
    QVERIFY(strip->marks().at(1)->grab().toImage() != unringed); // where the keyboard is, to the eye too
    QTest::keyClick(strip, Qt::Key_Home);
    QCOMPARE(focusedItem(), passed.describe());
    QTest::keyClick(strip, Qt::Key_Left); // stays on the first
    QCOMPARE(focusedItem(), passed.describe());
    QTest::keyClick(strip, Qt::Key_End);
    QCOMPARE(focusedItem(), unreachable.describe());
    QTest::keyClick(strip, Qt::Key_Tab); // and on, out of the list
    QVERIFY(QApplication::focusWidget() != strip);
    QCOMPARE(focusedItem(), QString());
}

void TestReturning::removingTheConnectionTurnsTheDailyCheckOff() {
    storeAndRestart();
    auto *existing = openExisting();
    QVERIFY(existing);
    existing->dailyCheckBox()->click();
    QTRY_VERIFY(m_daily->isOn() && !m_daily->isBusy());
    CheckHistory history(historyPath());
    history.append(CheckRecord::notChecked(QStringLiteral("keychain"), {}, QDateTime::currentDateTimeUtc()));
    QVERIFY(history.save());

    existing->removeButton()->click();
    QVERIFY2(m_desktop->questionTexts.constLast().contains(QStringLiteral("daily check")),
             qPrintable(m_desktop->questionTexts.constLast()));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->removeState(), SetupController::StoreState::Done, 20000);
    QTRY_VERIFY(!m_daily->isOn() && !m_daily->isBusy());
    QVERIFY(!QFile::exists(AutostartSchedule::path()));
    QVERIFY(!QFile::exists(historyPath()));
    QVERIFY(!existing->dailyCheckBox()->isVisible()); // nothing stored: nothing to check
}

// The notification's action: `jobtarget-setup --stored-connection` starts on the returning admin's page.
void TestReturning::theNotificationOpensTheStoredConnection() {
    storeAndRestart();
    m_wizard.reset();
    m_wizard = std::make_unique<SetupWizard>(*m_controller, *m_desktop, false);
    m_wizard->openStoredConnection();
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QCOMPARE(current(), WizardStep::ExistingConnection);
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isVisible());
    // Opened straight on this page, the keyboard is on its first action, not on Finish.
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    QTRY_COMPARE(QApplication::focusWidget(),
                 page<ExistingConnectionPage>(WizardStep::ExistingConnection)->checkButton());

    // Nothing stored (removed since): the first page, as any start.
    m_wizard.reset();
    bool removed = false;
    m_connections->remove([&removed](const KeychainResult &) { removed = true; });
    QTRY_VERIFY(removed);
    m_wizard = std::make_unique<SetupWizard>(*m_controller, *m_desktop, false);
    m_wizard->openStoredConnection();
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QCOMPARE(current(), WizardStep::Welcome);
}

// Started by the session bus (--gapplication-service), the window waits for the desktop's call: an action it
// does not know shows nothing, the notification's opens the stored connection, a launcher's Activate raises
// the window already open. (Over a real session bus, as GNOME Shell does it: tst_check_cli.)
void TestReturning::aDesktopActivatesTheWizard() {
    storeAndRestart();
    m_wizard.reset();
    m_wizard = std::make_unique<SetupWizard>(*m_controller, *m_desktop, false);
    DesktopActivation activation;
    m_wizard->showWhenActivated(activation);
    QVERIFY(!m_wizard->isVisible());
    activation.ActivateAction(QStringLiteral("quit"), {}, {});
    QVERIFY(!m_wizard->isVisible());
    activation.ActivateAction(QStringLiteral("open-stored-connection"), {}, {});
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QCOMPARE(current(), WizardStep::ExistingConnection);
    QCOMPARE(m_wizard->windowTitle(),
             QStringLiteral("Your JobTarget connection — JobTarget Setup for Greenhouse"));
    m_wizard->hide();
    activation.Activate({}); // the launcher again: the same window, where it was
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QCOMPARE(current(), WizardStep::ExistingConnection);

    // A launcher first: the wizard as any start, on its first page.
    m_wizard.reset();
    m_wizard = std::make_unique<SetupWizard>(*m_controller, *m_desktop, false);
    DesktopActivation launcher;
    m_wizard->showWhenActivated(launcher);
    launcher.Activate({});
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QCOMPARE(current(), WizardStep::Welcome);
    QCOMPARE(m_wizard->windowTitle(), QStringLiteral("Welcome — JobTarget Setup for Greenhouse"));
}

// What the last check found decides the one action offered first and focused: a scope to tick in Greenhouse,
// a credential to replace, a board to choose again. Only that problem's fix is shown beside the usual four.
void TestReturning::eachProblemLeadsToItsFix_data() {
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("fix");
    QTest::newRow("a scope missing") << "scope"
                                     << "O&pen API Credential Management";
    QTest::newRow("credential rejected") << "credential"
                                         << "&Replace the credential…";
    QTest::newRow("board gone") << "board"
                                << "Choose the &job board…";
    QTest::newRow("everything passes") << ""
                                       << "Hand &off to JobTarget…";
}

void TestReturning::eachProblemLeadsToItsFix() {
    QFETCH(QString, problem);
    QFETCH(QString, fix);
    storeAndRestart();
    if (problem == QLatin1String("scope"))
        m_sim->scenario().missingPermissions.insert(QStringLiteral("harvest:job_posts:list"));
    else if (problem == QLatin1String("credential")) // a Client ID Greenhouse does not know (any more)
        m_settings->setValue(QStringLiteral("connection/clientId"), QStringLiteral("jobtarget-retired"));
    else if (problem == QLatin1String("board")) // the board was closed since
        m_settings->setValue(QStringLiteral("connection/boardToken"), QStringLiteral("acme-closed"));
    m_settings->sync();
    auto *existing = openExisting();
    QVERIFY(existing);
    QVERIFY(!existing->openCredentialsButton()->isVisible() && !existing->chooseBoardButton()->isVisible());
    existing->checkButton()->setFocus();
    QTest::keyClick(existing->checkButton(), Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->boardState(), SetupController::CheckState::Done, 20000);
    auto *focused = qobject_cast<QPushButton *>(QApplication::focusWidget());
    QVERIFY2(focused, "the focus is on no button");
    QCOMPARE(focused->text(), fix);
    QCOMPARE(existing->openCredentialsButton()->isVisible(), problem == QLatin1String("scope"));
    QCOMPARE(existing->chooseBoardButton()->isVisible(), problem == QLatin1String("board"));
    for (QPushButton *usual : {existing->checkButton(), existing->handOffButton(), existing->replaceButton(),
                               existing->removeButton()})
        QVERIFY2(usual->isVisible() && usual->isEnabled(), qPrintable(usual->text()));
    QCOMPARE(existing->checkButton()->text(), QStringLiteral("&Check again"));
}

// The scope is ticked in Greenhouse (opened from here), and the next key checks again: it passes.
void TestReturning::aMissingScopeIsFixedInGreenhouseThenCheckedAgain() {
    storeAndRestart();
    m_sim->scenario().missingPermissions.insert(QStringLiteral("harvest:job_posts:list"));
    auto *existing = openExisting();
    QVERIFY(existing);
    existing->checkButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->boardState(), SetupController::CheckState::Done, 20000);
    QTRY_COMPARE(QApplication::focusWidget(), existing->openCredentialsButton());
    QTest::keyClick(existing->openCredentialsButton(), Qt::Key_Space);
    QCOMPARE(m_desktop->opened.constLast(), GreenhouseLinks::credentials());
    QCOMPARE(QApplication::focusWidget(), existing->checkButton());
    m_sim->scenario().missingPermissions.clear();
    QTest::keyClick(existing->checkButton(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardPassed(), 20000);
    QVERIFY(!existing->openCredentialsButton()->isVisible());
    QCOMPARE(QApplication::focusWidget(), existing->handOffButton());
}

// The stored board was closed: "Choose the job board" lists the boards the credential sees, on the job board
// page; the one chosen is checked and saved in place of the old one.
void TestReturning::aBoardThatIsGoneIsChosenAgain() {
    storeAndRestart();
    m_settings->setValue(QStringLiteral("connection/boardToken"), QStringLiteral("acme-closed"));
    m_settings->sync();
    auto *existing = openExisting();
    QVERIFY(existing);
    existing->checkButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->boardState(), SetupController::CheckState::Done, 20000);
    QTRY_COMPARE(QApplication::focusWidget(), existing->chooseBoardButton());
    QTest::keyClick(existing->chooseBoardButton(), Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(current(), WizardStep::JobBoard, 20000);
    auto *board = page<JobBoardPage>(WizardStep::JobBoard);
    QVERIFY(board->boardList()->count() > 0);
    board->boardEdit()->clear();
    QTest::keyClicks(board->boardEdit(), QStringLiteral("acme"));
    board->checkButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardPassed(), 20000);
    next();
    page<SavePage>(WizardStep::Save)->saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->saved(), 20000);
    QCOMPARE(m_connections->stored()->boardToken, QStringLiteral("acme"));
    QCOMPARE(keychainSecret().value_or(QString()), ClientSecret);
}

// Check it now keeps the keyboard: its button turns into Cancel while the check runs (nothing else can be
// pressed meanwhile), and pressing it again cancels.
void TestReturning::checkingKeepsTheFocusAndCanBeCancelled() {
    storeAndRestart();
    m_sim->scenario().latencyMs = 60000; // Greenhouse does not answer while the test looks
    auto *existing = openExisting();
    QVERIFY(existing);
    existing->checkButton()->setFocus();
    QTest::keyClick(existing->checkButton(), Qt::Key_Space);
    QTRY_COMPARE(m_controller->boardState(), SetupController::CheckState::Busy);
    QCOMPARE(QApplication::focusWidget(), existing->checkButton());
    QCOMPARE(existing->checkButton()->text(), QStringLiteral("&Cancel the check"));
    QVERIFY(existing->checkButton()->isEnabled());
    QVERIFY(!existing->handOffButton()->isEnabled() && !existing->removeButton()->isEnabled());
    QTest::keyClick(existing->checkButton(), Qt::Key_Space);
    QTRY_COMPARE(m_controller->boardState(), SetupController::CheckState::Done);
    QVERIFY(m_controller->boardReport().cancelled);
    QCOMPARE(QApplication::focusWidget(), existing->banner()->retryButton());
    QVERIFY(existing->handOffButton()->isEnabled());
}

// Removed: the page says nothing is stored (once), the path is no longer ticked off, and the keyboard is on
// the way on, a new set-up from the first page.
void TestReturning::afterRemovalANewSetUpIsNext() {
    storeAndRestart();
    auto *existing = openExisting();
    QVERIFY(existing);
    existing->checkButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardPassed(), 20000);
    QVERIFY(existing->checklist()->isVisible());
    existing->removeButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->removeState(), SetupController::StoreState::Done, 20000);
    QTRY_COMPARE(QApplication::focusWidget(), existing->setUpButton());
    QCOMPARE(existing->introLabel()->text(),
             QStringLiteral("No connection to JobTarget is stored on this computer."));
    QVERIFY(!existing->summaryLabel()->isVisible());
    QVERIFY(!existing->checklist()->isVisible()); // what was checked belonged to the connection gone
    for (QPushButton *gone : {existing->checkButton(), existing->handOffButton(), existing->replaceButton(),
                              existing->removeButton()})
        QVERIFY2(!gone->isVisible(), qPrintable(gone->text()));
    const auto *steps = m_wizard->findChild<QWidget *>(QStringLiteral("stepList"));
    QVERIFY(steps);
    for (const QLabel *row : steps->findChildren<QLabel *>())
        QVERIFY2(!row->accessibleName().endsWith(QStringLiteral(", done")),
                 qPrintable(row->accessibleName()));
    QTest::keyClick(existing->setUpButton(), Qt::Key_Space);
    QCOMPARE(current(), WizardStep::Welcome);
    next();
    QCOMPARE(current(), WizardStep::DeveloperPermission);
}

#include "tst_returning.moc"
