#pragma once

// The wizard under test: real widgets, the real controller and verifier, the simulated Greenhouse over real
// sockets, a real keychain (the test command runs the suite inside a private Secret Service), settings in a
// temporary file. Shared by the wizard's GUI test suites.

#include "DesktopActions.h"
#include "SetupWizard.h"
#include "SimFixture.h"
#include "TestTls.h"
#include "i18n/Translations.h"
#include "keychain/SecretStore.h"
#include "pages/CheckPermissionsPage.h"
#include "pages/CreateCredentialPage.h"
#include "pages/DeveloperPermissionPage.h"
#include "pages/EnterCredentialPage.h"
#include "pages/ExistingConnectionPage.h"
#include "pages/HandOffPage.h"
#include "pages/JobBoardPage.h"
#include "pages/SavePage.h"
#include "pages/WelcomePage.h"
#include "sim/DemoSimulator.h"
#include "store/ConnectionStore.h"
#include "watch/AutostartSchedule.h"
#include "watch/DailyCheck.h"
#include "widgets/Banner.h"
#include "widgets/CheckHistoryStrip.h"
#include "widgets/CopyField.h"
#include "widgets/FieldHint.h"
#include "widgets/PermissionChecklist.h"
#include "widgets/SecretField.h"
#include "widgets/StatusLine.h"
#include "widgets/StepList.h"
#include "wizard/SetupController.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWindow>

#include <QTextBrowser>
#include <QUuid>

namespace jt::test {

using jt::sim::SimulatedGreenhouse;
using namespace jt::ui;

// Records what would have gone to the browser, the mail client or the clipboard.
class RecordingDesktop : public DesktopActions {
public:
    bool openUrl(const QUrl &url) override {
        opened << url;
        return browserOpens;
    }
    void showAddress(QWidget *, const QUrl &url) override { shownAddresses << url; }
    void copyText(const QString &text) override { copied << text; }
    QString clipboardText() const override { return clipboard; }
    bool confirm(QWidget *, const QString &title, const QString &text, const QString &acceptLabel,
                 const QString &rejectLabel) override {
        questions << title;
        questionTexts << text;
        questionButtons << QStringList{acceptLabel, rejectLabel};
        return confirmAnswer;
    }
    QString saveFileName(QWidget *, const QString &, const QString &suggested, const QString &,
                         QString *) override {
        suggestedNames << suggested;
        return saveAs;
    }

    QList<QUrl> opened;
    bool browserOpens = true;
    QList<QUrl> shownAddresses;
    QStringList questionTexts;
    QStringList copied;
    QString clipboard;
    QStringList questions;
    QList<QStringList> questionButtons; // each question's two answers, as labelled
    bool confirmAnswer = true;
    QStringList suggestedNames;
    QString saveAs;
};

const QString ClientId = QString::fromLatin1(SimulatedGreenhouse::ClientId);
const QString ClientSecret = QString::fromLatin1(SimulatedGreenhouse::ClientSecret);
const QString HarvestKey = QString::fromLatin1(SimulatedGreenhouse::HarvestKey);

class WizardFixture : public QObject {
protected:
    void setUpWizard() {
        static const bool english = !installTranslations(QStringLiteral("en"), qApp).isEmpty(); // plurals
        QVERIFY(english);
        m_sim = std::make_unique<SimulatedGreenhouse>();
        QVERIFY(m_sim->start());
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_store = std::make_unique<ProgressStore>(*m_settings);
        m_controller = std::make_unique<SetupController>();
        m_controller->setDemoFactory(sim::DemoSimulator::factory());
        m_controller->setTransportSettings(test::quickTransport());
        m_controller->setEndpoints(test::endpointsOf(*m_sim));
        m_controller->setProgressStore(m_store.get());
        // A keychain service of its own: parallel suites and earlier runs never collide.
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("jobtarget-setup-test-") +
                                                  QUuid::createUuid().toString(QUuid::WithoutBraces));
        m_connectionSettings = std::make_unique<ConnectionSettings>(*m_settings);
        m_connections = std::make_unique<ConnectionStore>(*m_secrets, *m_connectionSettings);
        m_controller->setConnectionStore(m_connections.get());
        // "Check every day" as where no systemd user instance runs: an autostart entry, in a throw-away
        // configuration folder; its history beside the settings. Windows has no XDG_CONFIG_HOME: there Qt's
        // test mode keeps the entry out of the user's own folder, and tearDownWizard() removes it.
        qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("config")).toUtf8());
#ifdef Q_OS_WIN
        QStandardPaths::setTestModeEnabled(true);
#endif
        std::vector<std::unique_ptr<CheckSchedule>> ways;
        ways.push_back(std::make_unique<AutostartSchedule>(
            QStringList{QStringLiteral("/usr/bin/jobtarget-setup"), QStringLiteral("check")}));
        m_daily = std::make_unique<DailyCheck>(std::move(ways), historyPath());
        m_controller->setDailyCheck(m_daily.get());
        m_desktop = std::make_unique<RecordingDesktop>();
    }

    QString historyPath() const {
        return m_dir->filePath(QStringLiteral("check-history.json"));
    }

    // What the keychain holds for this suite's service (empty when nothing).
    std::optional<QString> keychainSecret() {
        std::optional<KeychainResult> answer;
        m_secrets->read(QString::fromLatin1(SecretStore::SecretKey),
                        [&](const KeychainResult &result) { answer = result; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
            return std::nullopt;
        return answer->ok() ? std::optional<QString>(answer->secret) : std::nullopt;
    }

    void tearDownWizard() {
        m_wizard.reset();
        if (m_connections) { // leave nothing in the keychain
            bool removed = false;
            m_connections->remove([&](const KeychainResult &) { removed = true; });
            QVERIFY(QTest::qWaitFor([&] { return removed; }, 20000));
        }
        m_controller.reset();
        m_daily.reset();
#ifdef Q_OS_WIN
        // The test folder's entry (setUpWizard), never the user's own.
        if (QStandardPaths::isTestModeEnabled())
            QFile::remove(AutostartSchedule::path());
#endif
        m_connections.reset();
        m_connectionSettings.reset();
        m_secrets.reset();
        m_store.reset();
        m_settings.reset();
        m_dir.reset();
        m_sim.reset();
    }

    void startWizard(bool demo = false) {
        m_wizard = std::make_unique<SetupWizard>(*m_controller, *m_desktop, demo);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        m_wizard->activateWindow(); // as on a desktop: the new window has the keyboard
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    }

    // The admin closes the wizard and opens it again: a new controller and window over the same settings,
    // keychain and simulated Greenhouse.
    void restartWizard() {
        m_wizard.reset();
        m_controller = std::make_unique<SetupController>();
        m_controller->setDemoFactory(sim::DemoSimulator::factory());
        m_controller->setTransportSettings(test::quickTransport());
        m_controller->setEndpoints(test::endpointsOf(*m_sim));
        m_controller->setProgressStore(m_store.get());
        m_controller->setConnectionStore(m_connections.get());
        m_controller->setDailyCheck(m_daily.get());
        startWizard();
    }

    // A first run of the wizard to the end, stored in the keychain; then the next start.
    void storeAndRestart() {
        reach(WizardStep::HandOff);
        QVERIFY(m_controller->saved());
        m_wizard->button(QWizard::FinishButton)->click();
        restartWizard();
    }

    void next() {
        QVERIFY2(nextButton()->isEnabled(), qPrintable(WizardSteps::title(current())));
        nextButton()->click();
    }

    // From the start to `step` the way an admin with the developer permission goes (v3 unless chosen
    // otherwise).
    void reach(WizardStep step) {
        if (!m_wizard)
            startWizard();
        while (int(current()) < int(step)) {
            switch (current()) {
            case WizardStep::DeveloperPermission:
                page<DeveloperPermissionPage>(WizardStep::DeveloperPermission)->yesChoice()->click();
                break;
            case WizardStep::EnterCredential:
                if (!m_controller->credentialReady())
                    enterV3();
                break;
            case WizardStep::CheckPermissions:
                QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
                break;
            case WizardStep::JobBoard:
                if (!m_controller->boardPassed()) {
                    QTest::keyClicks(page<JobBoardPage>(WizardStep::JobBoard)->boardEdit(),
                                     QStringLiteral("acme"));
                    page<JobBoardPage>(WizardStep::JobBoard)->checkButton()->click();
                    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardPassed(), 20000);
                }
                break;
            case WizardStep::Save:
                if (m_controller->saveState() != SetupController::StoreState::Done) {
                    page<SavePage>(WizardStep::Save)->saveButton()->click();
                    QTRY_COMPARE_WITH_TIMEOUT(m_controller->saveState(), SetupController::StoreState::Done,
                                              20000);
                }
                break;
            default:
                break;
            }
            next();
        }
        QCOMPARE(current(), step);
    }

    void enterV3(const QString &secret = ClientSecret) {
        auto *enter = page<EnterCredentialPage>(WizardStep::EnterCredential);
        enter->clientIdEdit()->clear();
        QTest::keyClicks(enter->clientIdEdit(), ClientId);
        enter->clientSecretField()->lineEdit()->clear();
        QTest::keyClicks(enter->clientSecretField()->lineEdit(), secret);
    }

    WizardStep current() const {
        return WizardStep(m_wizard->currentId());
    }
    QAbstractButton *nextButton() const {
        return m_wizard->button(QWizard::NextButton);
    }
    template <typename Page> Page *page(WizardStep step) const {
        return m_wizard->pageAs<Page>(step);
    }

    std::unique_ptr<SimulatedGreenhouse> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConnectionSettings> m_connectionSettings;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<DailyCheck> m_daily;
    std::unique_ptr<SetupController> m_controller;
    std::unique_ptr<RecordingDesktop> m_desktop;
    std::unique_ptr<SetupWizard> m_wizard;
};

} // namespace jt::test
