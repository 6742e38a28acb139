// A returning admin, driven like a user: "Check it now" becomes the stored connection's "Last checked" (also
// on the next start), the hand-off is reachable again without re-entering anything, the step list says where
// the admin is, and Back from "Replace" leaves exactly one of Next and Finish; a half-stored connection is
// refused, never mixed.

#include "SecretClipboard.h"
#include "WizardFixture.h"

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
    QVERIFY(existing->summaryLabel()->text().contains(QStringLiteral("not every check passed")));
    QVERIFY(!existing->summaryLabel()->text().contains(QStringLiteral("everything passed")));
    const auto recorded = m_connections->stored();
    QVERIFY(recorded);
    QVERIFY(recorded->verifiedAt > firstCheck);
    QCOMPARE(recorded->report.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(recorded->boardName, QStringLiteral("Acme Robotics"));
    QCOMPARE(keychainSecret().value_or(QString()), ClientSecret); // the secret is untouched

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
#include "tst_returning.moc"
