// The wizard driven like a user through steps 1–6: the checks, the failures, the keyboard.

#include "UnderWine.h"
#include "WizardFixture.h"

using namespace jt;
using namespace jt::test;

class TestWizard : public WizardFixture {
    Q_OBJECT

private slots:
    void init() { setUpWizard(); }
    void cleanup() { tearDownWizard(); }

    void v3HappyPath();
    void legacyKeyHappyPath();
    void missingPermissionFixedThenCheckAgain();
    void wrongSecret();
    void focusIsVisibleAsAPageOpens();
    void theSelectedStartHasTheFocus();
    void unreachableGreenhouse();
    void untrustedCertificate();
    void boardPastedAsUrl();
    void boardOfAnotherAccount();
    void userIdThatIsNotASiteAdminsIsNamed();
    void boardWithoutLiveJobsWarns();
    void backAndNextKeepInputs();
    void pasteHintsAndTrimming();
    void siteAdminRequestAndResume();
    void demoModeMarksEveryPage();
    void keyboardOnlyRun();
    void cancelWhileChecking();
    void rateLimitCountdownIsShown();
    void spentBudgetCountdownOnBoardPage();
    void everyInputHasABuddyAndAName();
};

void TestWizard::v3HappyPath() {
    startWizard();
    QCOMPARE(current(), WizardStep::Welcome);
    QVERIFY(page<WelcomePage>(WizardStep::Welcome)->setUpChoice()->isChecked());
    next();
    QVERIFY(!nextButton()->isEnabled()); // the question is not answered yet
    page<DeveloperPermissionPage>(WizardStep::DeveloperPermission)->yesChoice()->click();
    next();

    auto *create = page<CreateCredentialPage>(WizardStep::CreateCredential);
    QVERIFY(create->v3Choice()->isChecked());
    QCOMPARE(create->apiTypeField()->value(), QStringLiteral("Harvest V3 (OAuth)"));
    create->partnerField()->copyButton()->click();
    QCOMPARE(m_desktop->copied, QStringList{QStringLiteral("JobTarget")});
    next();

    QVERIFY(!nextButton()->isEnabled());
    enterV3();
    QVERIFY(nextButton()->isEnabled());
    next();

    auto *check = page<CheckPermissionsPage>(WizardStep::CheckPermissions);
    QVERIFY(!nextButton()->isEnabled()); // nothing is granted before Greenhouse said so
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
    QTRY_VERIFY(nextButton()->isEnabled());
    QCOMPARE(check->checklist()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(check->checklist()->statusTextAt(row), QStringLiteral("Granted"));
    QCOMPARE(check->checklist()->labelAt(0), QStringLiteral("Jobs > List jobs"));
    QCOMPARE(check->banner()->tone(), Banner::Tone::Success);
    next();

    auto *board = page<JobBoardPage>(WizardStep::JobBoard);
    QVERIFY(board->boardList()->isVisibleTo(board)); // v3 with the job boards scope lists them
    QVERIFY(board->boardList()->count() >= 3);
    QList<QListWidgetItem *> acme =
        board->boardList()->findItems(QStringLiteral("(acme)"), Qt::MatchContains);
    QCOMPARE(acme.size(), 1);
    QWidget *viewport = board->boardList()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {},
                      board->boardList()->visualItemRect(acme.first()).center());
    QCOMPARE(board->boardEdit()->text(), QStringLiteral("acme")); // picking a board checks it
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardPassed(), 20000);
    QVERIFY(board->resultLabel()->text().contains(QStringLiteral("Acme Robotics")));
    QVERIFY(board->resultLabel()->text().contains(QStringLiteral("Live jobs: 12")));
    QVERIFY(board->resultLabel()->text().contains(QStringLiteral("same Greenhouse account")));
    next();

    QCOMPARE(current(), WizardStep::Save);
    QVERIFY(!nextButton()->isEnabled()); // not before the keychain answered
    page<SavePage>(WizardStep::Save)->saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->saved(), 20000);
    QCOMPARE(keychainSecret(), std::optional<QString>(ClientSecret)); // in the real keychain
    next();

    QCOMPARE(current(), WizardStep::HandOff);
    auto *handOff = page<HandOffPage>(WizardStep::HandOff);
    const QString summary = handOff->summaryView()->toPlainText();
    QVERIFY(summary.contains(QStringLiteral("Acme Robotics")));
    QVERIFY(summary.contains(ClientId));
    QVERIFY(summary.contains(QStringLiteral("Openings > List openings")));
    QVERIFY(!summary.contains(ClientSecret));
    QCOMPARE(m_wizard->stepList()->current(), WizardStep::HandOff);
    m_wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    QVERIFY(m_store->load().isEmpty()); // finished: nothing to resume
}

void TestWizard::legacyKeyHappyPath() {
    reach(WizardStep::CreateCredential);
    auto *create = page<CreateCredentialPage>(WizardStep::CreateCredential);
    create->v1Choice()->click();
    QCOMPARE(create->apiTypeField()->value(), QStringLiteral("Harvest"));
    next();
    auto *enter = page<EnterCredentialPage>(WizardStep::EnterCredential);
    QVERIFY(!enter->clientIdEdit()->isVisibleTo(enter));
    QVERIFY(enter->apiKeyField()->isVisibleTo(enter));
    QTest::keyClicks(enter->apiKeyField()->lineEdit(), HarvestKey);
    next();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
    auto *check = page<CheckPermissionsPage>(WizardStep::CheckPermissions);
    QCOMPARE(check->checklist()->rowCount(), 6);
    QVERIFY(check->checklist()->labelAt(5).endsWith(QStringLiteral("GET: List Openings For a Job")));
    next();
    auto *board = page<JobBoardPage>(WizardStep::JobBoard);
    QVERIFY(!board->boardList()->isVisibleTo(board)); // a legacy key cannot list boards
    QTest::keyClicks(board->boardEdit(), QStringLiteral("acme"));
    QTest::keyClick(board->boardEdit(), Qt::Key_Return); // Enter checks the board
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardPassed(), 20000);
    reach(WizardStep::HandOff);
    const QString summary = page<HandOffPage>(WizardStep::HandOff)->summaryView()->toPlainText();
    QVERIFY(summary.contains(QStringLiteral("legacy")));
    QVERIFY(!summary.contains(HarvestKey)); // the key's fingerprint stands for it
    QCOMPARE(keychainSecret(), std::optional<QString>(HarvestKey));
}

void TestWizard::missingPermissionFixedThenCheckAgain() {
    m_sim->scenario().missingPermissions.insert(QStringLiteral("harvest:openings:list"));
    reach(WizardStep::CheckPermissions);
    auto *check = page<CheckPermissionsPage>(WizardStep::CheckPermissions);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->permissionsState(), SetupController::CheckState::Done, 20000);
    QCOMPARE(check->checklist()->statusTextAt(0), QStringLiteral("Granted"));
    QCOMPARE(check->checklist()->statusTextAt(2), QStringLiteral("Missing"));
    QVERIFY(check->checklist()->fixAt(2).contains(QStringLiteral("Openings > List openings")));
    QCOMPARE(check->banner()->tone(), Banner::Tone::Error);
    QVERIFY(check->banner()->title().contains(QStringLiteral("1 permission is missing")));
    QCOMPARE(check->credentialLine()->text(), QStringLiteral("Greenhouse accepted the credential."));
    QVERIFY(!nextButton()->isEnabled());

    // The admin ticks the scope in Greenhouse, then checks again.
    m_sim->scenario().missingPermissions.clear();
    check->checkAgainButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
    QCOMPARE(check->checklist()->statusTextAt(2), QStringLiteral("Granted"));
    QCOMPARE(check->banner()->tone(), Banner::Tone::Success);
    QVERIFY(nextButton()->isEnabled());
}

void TestWizard::wrongSecret() {
    reach(WizardStep::EnterCredential);
    enterV3(QStringLiteral("not-the-right-secret-0000"));
    next();
    auto *check = page<CheckPermissionsPage>(WizardStep::CheckPermissions);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->permissionsState(), SetupController::CheckState::Done, 20000);
    QCOMPARE(m_controller->permissionsVerdict().kind, CheckVerdict::Kind::CredentialRejected);
    QCOMPARE(check->banner()->title(), QStringLiteral("Greenhouse did not accept the credential"));
    QVERIFY(!check->banner()->detail().isEmpty());
    QVERIFY(!check->banner()->detail().contains(QStringLiteral("not-the-right-secret")));
    QVERIFY(check->credentialLine()->text().isEmpty());    // the banner says it; no second line repeats it
    QVERIFY(!check->banner()->retryButton()->isVisible()); // trying the same secret again cannot help
    QVERIFY(!nextButton()->isEnabled());
    // The fix is on the previous page: the keyboard is on Back, and step 4 is no longer ticked off.
    const auto stepRow = [this](int number) {
        for (const QLabel *row :
             m_wizard->findChild<QWidget *>(QStringLiteral("stepList"))->findChildren<QLabel *>())
            if (row->accessibleName().startsWith(QStringLiteral("Step %1 of").arg(number)))
                return row->accessibleName();
        return QString();
    };
    QTRY_COMPARE(QApplication::focusWidget(), m_wizard->button(QWizard::BackButton));
    QVERIFY2(stepRow(4).endsWith(QStringLiteral("needs a change")), qPrintable(stepRow(4)));
    QVERIFY2(stepRow(3).endsWith(QStringLiteral("done")), qPrintable(stepRow(3)));

    // Back to fix it: the Client ID is still there, the corrected secret passes.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(current(), WizardStep::EnterCredential);
    auto *enter = page<EnterCredentialPage>(WizardStep::EnterCredential);
    QCOMPARE(enter->clientIdEdit()->text(), ClientId);
    enterV3();
    next();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
    QVERIFY2(stepRow(4).endsWith(QStringLiteral("done")), qPrintable(stepRow(4)));
}

// Where the keyboard is shows as each page opens, without pressing Tab first: the focused control is drawn
// with its focus frame.
void TestWizard::focusIsVisibleAsAPageOpens() {
    startWizard();
    const auto focusIsDrawn = [] {
        if (!QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }))
            return false;
        QWidget *focused = QApplication::focusWidget();
        const QImage withFocus = focused->grab().toImage();
        focused->clearFocus();
        const QImage withoutFocus = focused->grab().toImage();
        focused->setFocus();
        return withFocus != withoutFocus;
    };
    QVERIFY2(focusIsDrawn(), "Welcome");
    next();
    QVERIFY2(focusIsDrawn(), "Developer permission");
}

// The keyboard starts on the answer that is selected, as in any group of options: in --demo the practice
// run, so that Up does not silently switch to a real set-up.
void TestWizard::theSelectedStartHasTheFocus() {
    for (const bool demo : {false, true}) {
        startWizard(demo);
        auto *welcome = page<WelcomePage>(WizardStep::Welcome);
        QRadioButton *selected = demo ? welcome->demoChoice() : welcome->setUpChoice();
        QVERIFY(selected->isChecked());
        QTRY_COMPARE(QApplication::focusWidget(), selected);
        m_wizard.reset();
    }
}

void TestWizard::unreachableGreenhouse() {
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there any more
    GreenhouseEndpoints endpoints = test::endpointsOf(*m_sim);
    endpoints.auth.setPort(port);
    m_controller->setEndpoints(endpoints);
    reach(WizardStep::CheckPermissions);
    auto *check = page<CheckPermissionsPage>(WizardStep::CheckPermissions);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->permissionsState(), SetupController::CheckState::Done, 20000);
    QCOMPARE(m_controller->permissionsVerdict().kind, CheckVerdict::Kind::Unreachable);
    QCOMPARE(check->banner()->title(), QStringLiteral("Greenhouse could not be reached"));
    QVERIFY(check->banner()->detail().contains(QStringLiteral("not a problem with your credential")));
    QVERIFY(check->banner()->retryButton()->isVisible());
    QVERIFY(!nextButton()->isEnabled());

    // The network comes back: "Try again" keeps the inputs and passes.
    m_controller->setEndpoints(test::endpointsOf(*m_sim));
    QCOMPARE(page<EnterCredentialPage>(WizardStep::EnterCredential)->clientIdEdit()->text(), ClientId);
    check->banner()->retryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
}

void TestWizard::untrustedCertificate() {
    SKIP_UNDER_WINE(jt::test::WineServesNoTls);
    m_sim.reset();
    m_sim = std::make_unique<SimulatedGreenhouse>();
    const sim::SimTls tls = test::simTls();
    QVERIFY(m_sim->start(QHostAddress::LocalHost, &tls));
    m_controller->setEndpoints(test::endpointsOf(*m_sim)); // https, but its CA is not trusted
    reach(WizardStep::CheckPermissions);
    auto *check = page<CheckPermissionsPage>(WizardStep::CheckPermissions);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->permissionsState(), SetupController::CheckState::Done, 20000);
    QCOMPARE(m_controller->permissionsVerdict().kind, CheckVerdict::Kind::TlsProblem);
    QCOMPARE(check->banner()->title(), QStringLiteral("The connection to Greenhouse is not trustworthy"));
    QVERIFY(check->banner()->detail().contains(QStringLiteral("not sent")));
}

void TestWizard::boardPastedAsUrl() {
    reach(WizardStep::JobBoard);
    auto *board = page<JobBoardPage>(WizardStep::JobBoard);
    QTest::keyClicks(board->boardEdit(),
                     QStringLiteral("  https://job-boards.greenhouse.io/ACME/jobs/4001 "));
    QCOMPARE(board->boardHint()->text(), QStringLiteral("Board token: acme"));
    board->checkButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardPassed(), 20000);
    QCOMPARE(m_controller->boardReport().board.token, QStringLiteral("acme"));
    QVERIFY(board->resultLabel()->text().contains(QStringLiteral("Acme Robotics")));
    // The board list and the same-account look-up ask for Greenhouse's largest page (the simulator refuses
    // more than 500 and more than 50 ids, as Greenhouse documents).
    int lists = 0;
    for (const sim::SeenRequest &request : m_sim->seen()) {
        if (request.target.startsWith("/v3/job_boards") || request.target.startsWith("/v3/jobs?ids=")) {
            ++lists;
            QVERIFY2(request.target.contains("per_page=500"), request.target.constData());
        }
    }
    QVERIFY(lists >= 2);

    QTest::keyClicks(board->boardEdit(), QStringLiteral("?x"));
    QVERIFY(!nextButton()->isEnabled()); // a changed board must be checked again
    board->boardEdit()->clear();
    QTest::keyClicks(board->boardEdit(), QStringLiteral("not a board!"));
    QVERIFY(!board->boardHint()->text().isEmpty());
    QVERIFY(!board->checkButton()->isEnabled());
}

void TestWizard::boardOfAnotherAccount() {
    reach(WizardStep::JobBoard);
    auto *board = page<JobBoardPage>(WizardStep::JobBoard);
    QTest::keyClicks(board->boardEdit(), QStringLiteral("othercorp"));
    board->checkButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->boardState(), SetupController::CheckState::Done, 20000);
    QCOMPARE(m_controller->boardVerdict().kind, CheckVerdict::Kind::BoardOfAnotherAccount);
    QVERIFY(board->banner()->title().contains(QStringLiteral("belongs to another Greenhouse account")));
    QCOMPARE(board->banner()->tone(), Banner::Tone::Error);
    QVERIFY(!nextButton()->isEnabled());

    board->boardEdit()->clear();
    QTest::keyClicks(board->boardEdit(), QStringLiteral("nosuchboard"));
    board->checkButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->boardState(), SetupController::CheckState::Done, 20000);
    QVERIFY2(board->banner()->title().contains(QStringLiteral("There is no job board “nosuchboard”")),
             qPrintable(board->banner()->title()));
    QVERIFY(!nextButton()->isEnabled());
}

// Greenhouse answers a user who is not a Site Admin with empty lists: the board check names the user ID to
// remove or replace (it said "belongs to another Greenhouse account", sending the admin to the wrong fix).
void TestWizard::userIdThatIsNotASiteAdminsIsNamed() {
    m_sim->scenario().nonAdminSubjectGetsEmptyLists = true;
    reach(WizardStep::EnterCredential);
    enterV3();
    auto *enter = page<EnterCredentialPage>(WizardStep::EnterCredential);
    const QString basicUser = QString::fromLatin1(SimulatedGreenhouse::BasicUserId);
    QTest::keyClicks(enter->userIdEdit(), basicUser);
    reach(WizardStep::JobBoard);
    auto *board = page<JobBoardPage>(WizardStep::JobBoard);
    QTest::keyClicks(board->boardEdit(), QStringLiteral("acme"));
    board->checkButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->boardState(), SetupController::CheckState::Done, 20000);
    QCOMPARE(board->banner()->title(), QStringLiteral("User %1 is not a Site Admin").arg(basicUser));
    QVERIFY2(board->banner()->detail().contains(QStringLiteral("remove the user ID %1").arg(basicUser)) &&
                 board->banner()->detail().contains(WizardSteps::title(WizardStep::EnterCredential)),
             qPrintable(board->banner()->detail()));
    QCOMPARE(board->banner()->tone(), Banner::Tone::Error);
    QVERIFY(!nextButton()->isEnabled());
}

void TestWizard::boardWithoutLiveJobsWarns() {
    reach(WizardStep::JobBoard);
    auto *board = page<JobBoardPage>(WizardStep::JobBoard);
    QTest::keyClicks(board->boardEdit(), QStringLiteral("quietco"));
    board->checkButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardPassed(), 20000);
    QCOMPARE(board->banner()->tone(), Banner::Tone::Warning);
    QVERIFY(board->banner()->detail().contains(QStringLiteral("no live jobs")));
    QVERIFY(board->resultLabel()->text().contains(QStringLiteral("Live jobs: 0")));
    QVERIFY(nextButton()->isEnabled()); // a warning, not a stop
}

void TestWizard::backAndNextKeepInputs() {
    reach(WizardStep::EnterCredential);
    auto *enter = page<EnterCredentialPage>(WizardStep::EnterCredential);
    enterV3();
    QTest::keyClicks(enter->userIdEdit(), QStringLiteral("4080123"));
    m_wizard->back();
    m_wizard->back();
    QCOMPARE(current(), WizardStep::DeveloperPermission);
    QVERIFY(page<DeveloperPermissionPage>(WizardStep::DeveloperPermission)->yesChoice()->isChecked());
    next();
    next();
    QCOMPARE(enter->clientIdEdit()->text(), ClientId);
    QCOMPARE(enter->clientSecretField()->text(), ClientSecret);
    QCOMPARE(enter->userIdEdit()->text(), QStringLiteral("4080123"));
    next();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
    next();
    auto *board = page<JobBoardPage>(WizardStep::JobBoard);
    QTest::keyClicks(board->boardEdit(), QStringLiteral("acme"));
    m_wizard->back();
    next(); // the check already passed: no need to wait again
    QCOMPARE(board->boardEdit()->text(), QStringLiteral("acme"));
}

void TestWizard::pasteHintsAndTrimming() {
    reach(WizardStep::EnterCredential);
    auto *enter = page<EnterCredentialPage>(WizardStep::EnterCredential);
    SecretField *secret = enter->clientSecretField();
    QVERIFY(!secret->isRevealed());
    QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Password);
    secret->revealAction()->trigger();
    QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Normal);
    secret->revealAction()->trigger();
    QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Password);

    QTest::keyClicks(enter->clientIdEdit(), ClientId);
    // A whole Authorization header pasted: named, and Next stays off.
    m_desktop->clipboard = QStringLiteral("Basic am9idGFyZ2V0LTQ0MTc6c2lt");
    secret->pasteButton()->click();
    QVERIFY(enter->secretHint()->text().contains(QStringLiteral("Authorization")));
    QVERIFY(!nextButton()->isEnabled());
    // Quotes around it: named.
    m_desktop->clipboard = QLatin1Char('"') + ClientSecret + QLatin1Char('"');
    secret->pasteButton()->click();
    QVERIFY(enter->secretHint()->text().contains(QStringLiteral("quotation marks")));
    // A legacy key in the v3 form: advice, but Greenhouse decides.
    m_desktop->clipboard = HarvestKey;
    secret->pasteButton()->click();
    QVERIFY(enter->secretHint()->text().contains(QStringLiteral("legacy Harvest API key")));
    // Spaces around a pasted value: removed for the admin, and said so.
    m_desktop->clipboard = QStringLiteral("  ") + ClientSecret + QStringLiteral(" \t");
    secret->pasteButton()->click();
    QCOMPARE(secret->text(), ClientSecret);
    QCOMPARE(enter->secretHint()->text(), QStringLiteral("Spaces around the value were removed."));
    QVERIFY(nextButton()->isEnabled());
    // A web address instead of a user id.
    QTest::keyClicks(enter->userIdEdit(), QStringLiteral("www.example.com"));
    QVERIFY(!enter->userIdHint()->text().isEmpty());
    QVERIFY(!nextButton()->isEnabled());
    enter->userIdEdit()->clear();
    QTest::keyClicks(enter->userIdEdit(), QStringLiteral("https://app.greenhouse.io/account/users/4080123"));
    QVERIFY(nextButton()->isEnabled());
}

void TestWizard::siteAdminRequestAndResume() {
    startWizard();
    next();
    auto *permission = page<DeveloperPermissionPage>(WizardStep::DeveloperPermission);
    QVERIFY(!permission->siteAdminHelp()->isVisibleTo(permission));
    permission->noChoice()->click();
    QVERIFY(permission->siteAdminHelp()->isVisibleTo(permission));
    QVERIFY(!nextButton()->isEnabled());
    permission->copyRequestButton()->click();
    QCOMPARE(m_desktop->copied.size(), 1);
    QVERIFY(
        m_desktop->copied.first().contains(QStringLiteral("Can manage ALL organization's API Credentials")));
    permission->mailRequestButton()->click();
    QCOMPARE(m_desktop->opened.size(), 1);
    QCOMPARE(m_desktop->opened.first().scheme(), QStringLiteral("mailto"));

    // The admin closes the wizard and comes back after the Site Admin acted.
    restartWizard();
    auto *welcome = page<WelcomePage>(WizardStep::Welcome);
    QVERIFY(welcome->resumeChoice()->isVisibleTo(welcome));
    QVERIFY(welcome->resumeChoice()->isChecked());
    QVERIFY(welcome->resumeChoice()->text().contains(QStringLiteral("Your Greenhouse permission")));
    next();
    QCOMPARE(current(), WizardStep::DeveloperPermission);
    permission = page<DeveloperPermissionPage>(WizardStep::DeveloperPermission);
    QVERIFY(permission->noChoice()->isChecked());
    permission->yesChoice()->click();
    next();
    QCOMPARE(current(), WizardStep::CreateCredential);
}

void TestWizard::demoModeMarksEveryPage() {
    startWizard();
    page<WelcomePage>(WizardStep::Welcome)->demoChoice()->click();
    next();
    QVERIFY(m_controller->isDemo());
    QVERIFY(m_wizard->windowTitle().contains(QStringLiteral("Demo")));
    reach(WizardStep::EnterCredential);
    auto *enter = page<EnterCredentialPage>(WizardStep::EnterCredential);
    QVERIFY(enter->demoFillButton()->isVisibleTo(enter));
    enter->demoFillButton()->click();
    QCOMPARE(enter->clientIdEdit()->text(), ClientId);
    next();
    auto *check = page<CheckPermissionsPage>(WizardStep::CheckPermissions);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
    // Practise a missing permission, then "fix" it.
    check->practiseMissingBox()->click(); // checks again by itself
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->permissionsState(), SetupController::CheckState::Done, 20000);
    QCOMPARE(m_controller->permissionsVerdict().kind, CheckVerdict::Kind::PermissionsMissing);
    QVERIFY(!nextButton()->isEnabled());
    check->practiseMissingBox()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
    reach(WizardStep::HandOff);
    QVERIFY(!m_connections->stored()); // the demo stores nothing ...
    QVERIFY(!keychainSecret());        // ... not even in the keychain
    for (WizardStep step : WizardSteps::all()) {
        auto *strip = m_wizard->setupPage(step)->findChild<QLabel *>(QStringLiteral("demoStrip"));
        QVERIFY(strip);
        QVERIFY2(!strip->isHidden(), qPrintable(WizardSteps::title(step)));
    }
    QVERIFY(m_store->load().isEmpty()); // practice leaves no progress behind
}

void TestWizard::keyboardOnlyRun() {
    startWizard();
    QApplication::setActiveWindow(m_wizard.get());
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    // Keys go to the window, as from a keyboard: Tab, Space and Enter through the focus chain.
    QWindow *window = m_wizard->windowHandle();
    const auto key = [window](Qt::Key keyCode, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(window, keyCode, modifiers);
    };
    const auto type = [window](const QString &text) {
        for (const QChar c : text)
            QTest::keyClick(window, c.toLatin1());
    };
    // Tab until `target` has the focus, as someone without a mouse would.
    const auto tabTo = [&key](QWidget *target) {
        for (int presses = 0; presses < 30 && QApplication::focusWidget() != target; ++presses)
            key(Qt::Key_Tab);
        return QApplication::focusWidget() == target;
    };
    key(Qt::Key_Return); // Enter is "Next"
    QCOMPARE(current(), WizardStep::DeveloperPermission);
    QVERIFY(tabTo(page<DeveloperPermissionPage>(WizardStep::DeveloperPermission)->yesChoice()));
    key(Qt::Key_Space);
    QVERIFY(page<DeveloperPermissionPage>(WizardStep::DeveloperPermission)->yesChoice()->isChecked());
    key(Qt::Key_Return);
    QCOMPARE(current(), WizardStep::CreateCredential);
    key(Qt::Key_Return);
    QCOMPARE(current(), WizardStep::EnterCredential);
    // The focus starts in the Client ID; Tab leads to the secret.
    QCOMPARE(QApplication::focusWidget(),
             page<EnterCredentialPage>(WizardStep::EnterCredential)->clientIdEdit());
    type(ClientId);
    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(),
             page<EnterCredentialPage>(WizardStep::EnterCredential)->clientSecretField()->lineEdit());
    type(ClientSecret);
    QCOMPARE(m_controller->secretText(), ClientSecret);
    key(Qt::Key_Return); // Enter advances when the page is complete
    QCOMPARE(current(), WizardStep::CheckPermissions);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton()->isEnabled(), 20000);
    key(Qt::Key_Return);
    QCOMPARE(current(), WizardStep::JobBoard);
    QCOMPARE(QApplication::focusWidget(), page<JobBoardPage>(WizardStep::JobBoard)->boardEdit());
    type(QStringLiteral("acme"));
    key(Qt::Key_Return); // checks the board
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardPassed(), 20000);
    key(Qt::Key_Return); // and now advances
    QCOMPARE(current(), WizardStep::Save);
    QCOMPARE(QApplication::focusWidget(), page<SavePage>(WizardStep::Save)->saveButton());
    key(Qt::Key_Space); // presses "Save in the keychain"
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->saved(), 20000);
    key(Qt::Key_Return);
    QCOMPARE(current(), WizardStep::HandOff);
    key(Qt::Key_Return); // Finish
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
}

void TestWizard::cancelWhileChecking() {
    m_sim->scenario().latencyMs = 3000;
    reach(WizardStep::CheckPermissions);
    auto *check = page<CheckPermissionsPage>(WizardStep::CheckPermissions);
    QCOMPARE(m_controller->permissionsState(), SetupController::CheckState::Busy);
    QVERIFY(check->cancelButton()->isVisibleTo(check));
    QCOMPARE(check->checklist()->statusTextAt(0), QStringLiteral("Checking…"));
    check->cancelButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->permissionsState(), SetupController::CheckState::Done, 2000);
    QCOMPARE(m_controller->permissionsVerdict().kind, CheckVerdict::Kind::Cancelled);
    QVERIFY(!check->cancelButton()->isVisibleTo(check));
    QVERIFY(check->checkAgainButton()->isEnabled());
    QVERIFY(!nextButton()->isEnabled());
}

void TestWizard::everyInputHasABuddyAndAName() {
    startWizard();
    for (WizardStep step : WizardSteps::all()) {
        SetupPage *page = m_wizard->setupPage(step);
        QHash<const QWidget *, bool> labelled;
        for (const QLabel *label : page->findChildren<QLabel *>()) {
            if (label->buddy())
                labelled.insert(label->buddy(), true);
        }
        for (const QLineEdit *edit : page->findChildren<QLineEdit *>()) {
            const QString where = WizardSteps::title(step) + QStringLiteral(": ") + edit->accessibleName();
            QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(where));
            QVERIFY2(labelled.contains(edit), qPrintable(where));
        }
    }
}

void TestWizard::rateLimitCountdownIsShown() {
    m_sim->scenario().retryAfterSeconds = 3;
    m_sim->scenario().faults.append({sim::Api::Harvest, sim::Fault::RateLimited, 1, {}});
    reach(WizardStep::CheckPermissions);
    auto *check = page<CheckPermissionsPage>(WizardStep::CheckPermissions);
    QTRY_VERIFY_WITH_TIMEOUT(check->waitLine()->isVisible(), 10000);
    QVERIFY(check->waitLine()->text().contains(QStringLiteral("Trying again in")));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000); // it waited, then went on
    QVERIFY(!check->waitLine()->isVisible());
}

// The permission check leaves Greenhouse's budget nearly spent (X-RateLimit-Remaining); the board check the
// admin starts next waits for the window's reset and says so on the board page, instead of walking into 429s.
void TestWizard::spentBudgetCountdownOnBoardPage() {
    m_sim->scenario().v3RequestsPerWindow = 6; // a check sends 4-5 v3 requests at once
    m_sim->scenario().v3WindowSeconds = 5;
    reach(WizardStep::JobBoard);
    auto *board = page<JobBoardPage>(WizardStep::JobBoard);
    QTest::keyClicks(board->boardEdit(), QStringLiteral("acme"));
    board->checkButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(board->waitLine()->isVisible(), 10000);
    QVERIFY2(board->waitLine()->text().contains(QStringLiteral("Trying again in")),
             qPrintable(board->waitLine()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardPassed(), 20000); // it waited, then went on
    QTRY_VERIFY(!board->waitLine()->isVisible());
    QVERIFY(nextButton()->isEnabled());
    QCOMPARE(m_sim->throttledAnswers(), 0);
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
