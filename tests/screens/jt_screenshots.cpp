// jt_screenshots OUTPUT_DIR
//
// Drives the real wizard in demo mode, page by page as an admin would (clicks and typing), and saves one PNG
// per page and per failure state into OUTPUT_DIR, for the README and for reviewers. A page whose content is
// taller than the window also gets "<name>-full.png": the whole scrollable body. Then it runs itself again,
// once per pass: with a dark palette (Fusion style) and at 200 % (QT_SCALE_FACTOR=2), and twice on a laptop
// screen (1280×672 logical pixels: in German at 100 %, in French at 150 %). Meant for
// QT_QPA_PLATFORM=offscreen; packaging/screenshots.sh builds and runs it. Exit status 0 only if every picture
// was saved.
//
//   jt_screenshots OUTPUT_DIR --pass light|dark|hidpi|laptop|laptop-150|dark-all
// runs one pass only ("dark-all": every page of the light pass with the dark palette, named dark-NN-…, for
// reviewing the dark palette; "problems-de": the board page's failure states on a German laptop screen,
// named review-de-…; neither is part of the default run).

#include "DesktopActions.h"
#include "SetupWizard.h"
#include "i18n/Translations.h"
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
#include "widgets/FieldHint.h"
#include "widgets/PermissionChecklist.h"
#include "widgets/SecretField.h"
#include "widgets/StatusLine.h"
#include "wizard/ProgressStore.h"
#include "wizard/SetupController.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPixmap>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cstdio>
#include <functional>
#include <memory>
#include <stdexcept>

namespace {

using jt::SetupController;
using jt::WizardStep;
using namespace jt::ui;

constexpr int CheckTimeoutMs = 30000;
constexpr int ChildTimeoutMs = 180000;

[[noreturn]] void fail(const QString &what) {
    throw std::runtime_error(what.toStdString());
}

void require(bool condition, const QString &what) {
    if (!condition)
        fail(what);
}

void say(const QString &line) {
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Records instead of opening the browser or the mail client, and never touches the real clipboard.
// A keychain that holds nothing and says so at once: the screenshots never touch a real one, and a stored
// connection's settings without their secret show what a save cut short looks like.
class EmptyKeychain final : public jt::KeychainBackend {
public:
    void write(const QString &, const QString &, const QString &, Done done) override { answer(done, {}); }
    void read(const QString &, const QString &, Done done) override {
        answer(done, {jt::KeychainCode::EntryNotFound, QStringLiteral("Entry not found"), {}});
    }
    void remove(const QString &, const QString &, Done done) override { answer(done, {}); }

private:
    static void answer(const Done &done, const jt::KeychainAnswer &result) {
        QTimer::singleShot(0, [done, result] { done(result); });
    }
};

class RecordingDesktop : public DesktopActions {
public:
    bool openUrl(const QUrl &url) override {
        opened.append(url);
        return true;
    }
    void copyText(const QString &text) override { copied.append(text); }
    QString clipboardText() const override { return clipboard; }

    QList<QUrl> opened;
    QStringList copied;
    QString clipboard;
};

// Lets what is already posted (layout requests, deferred deletes, repaints) run; waits for nothing.
void settle() {
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// Polls, like QTRY_VERIFY, until `condition` holds; the event loop runs meanwhile.
void waitFor(const std::function<bool()> &condition, const QString &what, int timeoutMs = CheckTimeoutMs) {
    if (!QTest::qWaitFor(condition, timeoutMs))
        fail(QStringLiteral("timed out after %1 ms waiting for: %2").arg(timeoutMs).arg(what));
    settle();
}

QPalette darkPalette() {
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(128, 128, 128);
    const QColor highlight(64, 128, 214);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, QColor(80, 80, 84));
    p.setColor(QPalette::Midlight, QColor(62, 62, 66));
    p.setColor(QPalette::Mid, QColor(38, 38, 40));
    p.setColor(QPalette::Dark, QColor(20, 20, 22));
    p.setColor(QPalette::Shadow, QColor(0, 0, 0));
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::LinkVisited, QColor(170, 140, 255));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 80));
    return p;
}

// One run of the wizard: a demo controller with throw-away progress settings, a recording desktop, and the
// real SetupWizard at the size it opens with on a large screen (1000x720).
class Session {
public:
    Session(QString outputDir, QString prefix)
        : m_out(std::move(outputDir))
        , m_prefix(std::move(prefix)) {
        require(m_tmp.isValid(), QStringLiteral("no temporary directory"));
        m_settings =
            std::make_unique<QSettings>(m_tmp.filePath(QStringLiteral("progress.ini")), QSettings::IniFormat);
        m_store = std::make_unique<jt::ProgressStore>(*m_settings);
        m_controller.setProgressStore(m_store.get());
        // Only settings are ever written here (the Existing-connection shots); the keychain is an empty one.
        m_secrets = std::make_unique<jt::SecretStore>(std::make_unique<EmptyKeychain>(),
                                                      QStringLiteral("jobtarget-setup-screenshots"));
        m_connectionSettings = std::make_unique<jt::ConnectionSettings>(*m_settings);
        m_connections = std::make_unique<jt::ConnectionStore>(*m_secrets, *m_connectionSettings);
        m_controller.setConnectionStore(m_connections.get());
        // "Check every day" writes an autostart entry under a throw-away home (shown as ~/.config/…).
        qputenv("HOME", m_tmp.filePath(QStringLiteral("home")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_tmp.filePath(QStringLiteral("home/.config")).toUtf8());
        std::vector<std::unique_ptr<jt::CheckSchedule>> ways;
        ways.push_back(std::make_unique<jt::AutostartSchedule>(
            QStringList{QStringLiteral("/usr/bin/jobtarget-setup"), QStringLiteral("check")}));
        m_daily =
            std::make_unique<jt::DailyCheck>(std::move(ways), m_tmp.filePath(QStringLiteral("history.json")));
        m_controller.setDailyCheck(m_daily.get());
        m_controller.setDemoFactory(jt::sim::DemoSimulator::factory());
        require(m_controller.enterDemo(), QStringLiteral("the simulated Greenhouse did not start"));
        m_wizard = std::make_unique<SetupWizard>(m_controller, m_desktop, true);
        m_wizard->resize(SetupWizard::initialSize(QRect(0, 0, 1920, 1080)));
        m_wizard->show();
        require(QTest::qWaitForWindowExposed(m_wizard.get()), QStringLiteral("the wizard was never exposed"));
        settle();
        require(m_wizard->currentId() == int(WizardStep::Welcome),
                QStringLiteral("did not start on Welcome"));
    }

    SetupWizard &wizard() { return *m_wizard; }
    // A month of daily checks (from 1 November 2026): one failure, then two days Greenhouse was out of
    // reach; the daily check turned on.
    void keepAMonthOfChecks() {
        jt::CheckHistory history(m_tmp.filePath(QStringLiteral("history.json")));
        for (int day = 0; day < 30; ++day) {
            jt::CheckRecord record;
            record.at = QDateTime(QDate(2026, 11, 1).addDays(day), QTime(9, 12), Qt::UTC);
            record.board = QStringLiteral("acme");
            record.outcome = jt::CheckOutcome::Passed;
            record.liveJobs = 12;
            if (day == 11) {
                record.outcome = jt::CheckOutcome::Failed;
                record.stage = QStringLiteral("permissions");
                record.detail = QStringLiteral("harvest:openings:list");
                record.liveJobs.reset();
            } else if (day == 19 || day == 20) {
                record = jt::CheckRecord::notChecked(QStringLiteral("credential"), QStringLiteral("timeout"),
                                                     record.at);
            }
            history.append(record);
        }
        require(history.save(), QStringLiteral("the history could not be written"));
        m_daily->setOn(true);
        waitFor([this] { return m_daily->isOn() && !m_daily->isBusy(); }, QStringLiteral("the daily check"));
    }
    SetupController &controller() { return m_controller; }
    void storeSettingsOnly(const jt::StoredConnection &connection) {
        if (!m_connectionSettings->save(connection))
            qFatal("the screenshots' settings could not be written");
    }
    RecordingDesktop &desktop() { return m_desktop; }
    QStringList saved() const { return m_saved; }

    template <typename Page> Page *page(WizardStep step) {
        Page *p = m_wizard->pageAs<Page>(step);
        require(p != nullptr, QStringLiteral("no page for step %1").arg(int(step)));
        return p;
    }

    // A click where a user would click: on the indicator of a check box or radio button, else the middle.
    void click(QAbstractButton *button) {
        require(button && button->isVisible(),
                QStringLiteral("button not visible: %1").arg(buttonName(button)));
        require(button->isEnabled(), QStringLiteral("button disabled: %1").arg(buttonName(button)));
        QPoint at = button->rect().center();
        if (qobject_cast<QRadioButton *>(button) || qobject_cast<QCheckBox *>(button))
            at = QPoint(qMin(8, button->width() / 2), button->height() / 2);
        QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, at);
        settle();
    }

    void next(WizardStep expected) { go(QWizard::NextButton, expected); }
    void back(WizardStep expected) { go(QWizard::BackButton, expected); }

    void type(QLineEdit *edit, const QString &text) {
        require(edit && edit->isVisible() && edit->isEnabled(), QStringLiteral("cannot type into a field"));
        QTest::mouseClick(edit, Qt::LeftButton, Qt::NoModifier,
                          QPoint(edit->width() / 2, edit->height() / 2));
        QTest::keyClick(edit, Qt::Key_End);
        QTest::keyClicks(edit, text);
        settle();
    }

    void clear(QLineEdit *edit) {
        require(edit && edit->isVisible() && edit->isEnabled(), QStringLiteral("cannot clear a field"));
        QTest::mouseClick(edit, Qt::LeftButton, Qt::NoModifier,
                          QPoint(edit->width() / 2, edit->height() / 2));
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Backspace);
        settle();
        require(edit->text().isEmpty(), QStringLiteral("the field did not clear"));
    }

    void clickItem(QListWidget *list, QListWidgetItem *item) {
        require(list->isVisible() && item, QStringLiteral("no list item to click"));
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                          list->visualItemRect(item).center());
        settle();
    }

    void shoot(const QString &name) {
        settle();
        const QString file = QDir(m_out).filePath(m_prefix + name + QStringLiteral(".png"));
        const QPixmap picture = m_wizard->grab();
        require(!picture.isNull() && picture.save(file, "PNG"),
                QStringLiteral("could not write %1").arg(file));
        m_saved.append(file);
        say(QStringLiteral("saved %1 (%2x%3 px, page %4)")
                .arg(file)
                .arg(picture.width())
                .arg(picture.height())
                .arg(m_wizard->currentId()));
        // The whole body when it does not fit the window, so reviewers see what is below the fold.
        if (auto *scroll = m_wizard->currentPage()->findChild<QScrollArea *>(); scroll && scroll->widget()) {
            QWidget *content = scroll->widget();
            if (content->height() > scroll->viewport()->height() + 1) {
                const QString full = QDir(m_out).filePath(m_prefix + name + QStringLiteral("-full.png"));
                const QPixmap whole = content->grab();
                require(!whole.isNull() && whole.save(full, "PNG"),
                        QStringLiteral("could not write %1").arg(full));
                m_saved.append(full);
                say(QStringLiteral("saved %1 (body %2 px tall, %3 px visible)")
                        .arg(full)
                        .arg(content->height())
                        .arg(scroll->viewport()->height()));
            }
        }
    }

    void waitForPermissions(const QString &what) {
        waitFor([this] { return m_controller.permissionsState() == SetupController::CheckState::Done; },
                what);
    }
    void waitForBoard(const QString &what) {
        waitFor([this] { return m_controller.boardState() == SetupController::CheckState::Done; }, what);
    }

private:
    static QString buttonName(QAbstractButton *button) {
        return button ? button->text().remove(QLatin1Char('&')) : QStringLiteral("(none)");
    }

    void go(QWizard::WizardButton which, WizardStep expected) {
        click(m_wizard->button(which));
        waitFor([this, expected] { return m_wizard->currentId() == int(expected); },
                QStringLiteral("page %1 (on page %2)").arg(int(expected)).arg(m_wizard->currentId()), 5000);
    }

    QString m_out;
    QString m_prefix;
    QTemporaryDir m_tmp;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<jt::ProgressStore> m_store;
    std::unique_ptr<jt::SecretStore> m_secrets;
    std::unique_ptr<jt::ConnectionSettings> m_connectionSettings;
    std::unique_ptr<jt::ConnectionStore> m_connections;
    std::unique_ptr<jt::DailyCheck> m_daily;
    SetupController m_controller;
    RecordingDesktop m_desktop;
    std::unique_ptr<SetupWizard> m_wizard;
    QStringList m_saved;
};

// Welcome → Developer permission (Yes) → Create credential → Enter credential with the demo credential filled
// in through its button → Check permissions, granted.
void walkToGrantedPermissions(Session &s) {
    s.next(WizardStep::DeveloperPermission);
    s.click(s.page<DeveloperPermissionPage>(WizardStep::DeveloperPermission)->yesChoice());
    s.next(WizardStep::CreateCredential);
    s.next(WizardStep::EnterCredential);
    s.click(s.page<EnterCredentialPage>(WizardStep::EnterCredential)->demoFillButton());
    s.next(WizardStep::CheckPermissions);
    s.waitForPermissions(QStringLiteral("the permission check"));
    require(s.controller().permissionsPassed(), QStringLiteral("the demo credential did not pass"));
}

void returningAdmin(Session &s, const QString &prefix);

void lightPass(Session &s) {
    SetupController &c = s.controller();

    // 1. Welcome, demo chosen.
    auto *welcome = s.page<WelcomePage>(WizardStep::Welcome);
    require(welcome->demoChoice()->isChecked(), QStringLiteral("demo is not chosen on Welcome"));
    s.shoot(QStringLiteral("01-welcome"));

    // 2. Developer permission, answered "No": the Site Admin request.
    s.next(WizardStep::DeveloperPermission);
    auto *permission = s.page<DeveloperPermissionPage>(WizardStep::DeveloperPermission);
    s.click(permission->noChoice());
    require(permission->siteAdminHelp()->isVisible(), QStringLiteral("the Site Admin request is not shown"));
    require(!s.wizard().button(QWizard::NextButton)->isEnabled(), QStringLiteral("Next is enabled on No"));
    s.shoot(QStringLiteral("02-developer-permission"));
    s.click(permission->yesChoice());

    // 3. Create the credential, v3.
    s.next(WizardStep::CreateCredential);
    require(s.page<CreateCredentialPage>(WizardStep::CreateCredential)->v3Choice()->isChecked(),
            QStringLiteral("v3 is not the default"));
    s.shoot(QStringLiteral("03-create-credential-v3"));

    // 5. Enter the credential, typed wrong: quotes around the Client ID, a whole Basic header pasted as the
    //    secret, an e-mail address instead of the user ID.
    s.next(WizardStep::EnterCredential);
    auto *enter = s.page<EnterCredentialPage>(WizardStep::EnterCredential);
    s.type(enter->clientIdEdit(),
           QStringLiteral("\"%1\"").arg(QLatin1String(jt::sim::SimulatedGreenhouse::ClientId)));
    s.desktop().clipboard = QStringLiteral("Basic c2ltLWNsaWVudC1zZWNyZXQtNWMxZTBhN2IyZDlmOg==");
    s.click(enter->clientSecretField()->pasteButton());
    s.type(enter->userIdEdit(), QStringLiteral("jane.admin@acme-robotics.com"));
    require(!enter->clientIdHint()->text().isEmpty(), QStringLiteral("no hint for the quoted Client ID"));
    require(!enter->secretHint()->text().isEmpty(), QStringLiteral("no hint for the pasted Basic header"));
    require(!enter->userIdHint()->text().isEmpty(),
            QStringLiteral("no hint for the e-mail address as user ID"));
    require(!s.wizard().button(QWizard::NextButton)->isEnabled(),
            QStringLiteral("Next is enabled with a broken credential"));
    s.shoot(QStringLiteral("05-enter-credential-hints"));

    // 4. Cleared, then the demo credential through its button.
    s.clear(enter->clientIdEdit());
    s.clear(enter->clientSecretField()->lineEdit());
    s.clear(enter->userIdEdit());
    s.click(enter->demoFillButton());
    require(enter->clientIdEdit()->text() == QLatin1String(jt::sim::SimulatedGreenhouse::ClientId),
            QStringLiteral("the demo Client ID was not filled in"));
    require(c.credentialReady(), QStringLiteral("the demo credential is not ready"));
    s.shoot(QStringLiteral("04-enter-credential"));

    // 6. Check permissions: granted.
    s.next(WizardStep::CheckPermissions);
    auto *check = s.page<CheckPermissionsPage>(WizardStep::CheckPermissions);
    s.waitForPermissions(QStringLiteral("the first permission check"));
    require(c.permissionsPassed(), QStringLiteral("the demo credential did not pass"));
    s.shoot(QStringLiteral("06-check-permissions-granted"));

    // 7. The practice: "Openings" left unticked (the box checks again by itself).
    s.click(check->practiseMissingBox());
    require(c.practisingMissingPermission(), QStringLiteral("the practice box did not take"));
    s.waitForPermissions(QStringLiteral("the check with a missing permission"));
    require(!c.permissionsPassed(), QStringLiteral("a missing permission passed"));
    bool anyFix = false;
    for (int i = 0; i < check->checklist()->rowCount(); ++i)
        anyFix = anyFix || !check->checklist()->fixAt(i).isEmpty();
    require(anyFix, QStringLiteral("no fix shown for the missing permission"));
    s.shoot(QStringLiteral("07-check-permissions-missing"));
    s.click(check->practiseMissingBox());
    require(!c.practisingMissingPermission(), QStringLiteral("the practice box did not clear"));
    s.waitForPermissions(QStringLiteral("the check after the practice"));

    // 8. A wrong secret: Back, retype the secret, Next checks again.
    s.back(WizardStep::EnterCredential);
    s.clear(enter->clientSecretField()->lineEdit());
    s.type(enter->clientSecretField()->lineEdit(), QStringLiteral("sim-client-secret-000000000000"));
    s.next(WizardStep::CheckPermissions);
    s.waitForPermissions(QStringLiteral("the check with a wrong secret"));
    require(c.permissionsReport().credential.status == jt::CredentialStatus::Rejected,
            QStringLiteral("the wrong secret was not rejected"));
    s.shoot(QStringLiteral("08-check-permissions-wrong-secret"));

    // Back to the right secret.
    s.back(WizardStep::EnterCredential);
    s.click(enter->demoFillButton());
    s.next(WizardStep::CheckPermissions);
    s.waitForPermissions(QStringLiteral("the check with the demo credential again"));
    require(c.permissionsPassed(), QStringLiteral("the demo credential did not pass again"));

    // 10. The job board of another account, typed.
    s.next(WizardStep::JobBoard);
    auto *board = s.page<JobBoardPage>(WizardStep::JobBoard);
    s.type(board->boardEdit(), QStringLiteral("othercorp"));
    s.click(board->checkButton());
    s.waitForBoard(QStringLiteral("the othercorp board check"));
    require(!c.boardPassed(), QStringLiteral("another account's board passed"));
    s.shoot(QStringLiteral("10-job-board-other-account"));

    // 9. acme, picked from the boards the credential can see.
    require(board->boardList()->isVisible() && board->boardList()->count() > 0,
            QStringLiteral("the credential lists no boards"));
    QListWidgetItem *acme = nullptr;
    for (int i = 0; i < board->boardList()->count(); ++i) {
        if (board->boardList()->item(i)->data(Qt::UserRole).toString() == QLatin1String("acme"))
            acme = board->boardList()->item(i);
    }
    require(acme != nullptr, QStringLiteral("acme is not in the board list"));
    s.clickItem(board->boardList(), acme);
    waitFor([&c] { return c.boardState() == SetupController::CheckState::Done && c.boardPassed(); },
            QStringLiteral("the acme board check"));
    require(!c.boardReport().board.firstTitles.isEmpty(), QStringLiteral("acme shows no job titles"));
    s.shoot(QStringLiteral("09-job-board"));

    // 11. Save securely (the demo stores nothing).
    s.next(WizardStep::Save);
    s.click(s.wizard().pageAs<SavePage>(WizardStep::Save)->saveButton());
    waitFor([&c] { return c.saved(); }, QStringLiteral("the demo save"));
    s.shoot(QStringLiteral("11-save"));

    // 12. Hand off to JobTarget.
    s.next(WizardStep::HandOff);
    s.shoot(QStringLiteral("12-hand-off"));

    returningAdmin(s, QStringLiteral("15-"));
}

// 15. A returning admin (from the hand-off page): what is stored, and the three things to do with it; then
// its secret is not in the keychain (a save cut short): refused, never mixed.
void returningAdmin(Session &s, const QString &prefix) {
    SetupController &c = s.controller();
    const jt::StoredConnection verified = c.verifiedConnection();
    c.leaveDemo();
    s.storeSettingsOnly(verified);
    s.keepAMonthOfChecks();
    s.wizard().restart();
    auto *welcome = s.page<WelcomePage>(WizardStep::Welcome);
    require(!welcome->existingChoice()->isHidden(), QStringLiteral("the stored connection is not offered"));
    s.click(welcome->existingChoice());
    s.next(WizardStep::ExistingConnection);
    s.shoot(prefix + QStringLiteral("existing-connection"));
    s.click(s.page<ExistingConnectionPage>(WizardStep::ExistingConnection)->checkButton());
    waitFor([&c] { return c.loadState() == SetupController::StoreState::Done; },
            QStringLiteral("the stored connection's load"));
    s.shoot(prefix + QStringLiteral("existing-incomplete"));
}

// On to the hand-off page with the acme board, from a granted permission check.
void walkOnToHandOff(Session &s) {
    SetupController &c = s.controller();
    s.next(WizardStep::JobBoard);
    auto *board = s.page<JobBoardPage>(WizardStep::JobBoard);
    s.type(board->boardEdit(), QStringLiteral("acme"));
    s.click(board->checkButton());
    waitFor([&c] { return c.boardState() == SetupController::CheckState::Done && c.boardPassed(); },
            QStringLiteral("the acme board check"));
    s.next(WizardStep::Save);
    s.click(s.wizard().pageAs<SavePage>(WizardStep::Save)->saveButton());
    waitFor([&c] { return c.saved(); }, QStringLiteral("the demo save"));
    s.next(WizardStep::HandOff);
}

// A laptop screen: the wizard at 1280×672 logical pixels, in German (at 100 %) or French (at 150 %).
void laptopPass(Session &s, const QString &name) {
    s.wizard().resize(1280, 672);
    settle();
    s.next(WizardStep::DeveloperPermission);
    s.click(s.page<DeveloperPermissionPage>(WizardStep::DeveloperPermission)->yesChoice());
    s.next(WizardStep::CreateCredential);
    if (name == QLatin1String("laptop")) {
        s.shoot(QStringLiteral("16-laptop-de-create-credential"));
        return;
    }
    s.next(WizardStep::EnterCredential);
    s.click(s.page<EnterCredentialPage>(WizardStep::EnterCredential)->demoFillButton());
    s.next(WizardStep::CheckPermissions);
    s.waitForPermissions(QStringLiteral("the permission check"));
    walkOnToHandOff(s);
    require(s.wizard().devicePixelRatioF() > 1.49,
            QStringLiteral("not at 150 %: run with QT_SCALE_FACTOR=1.5"));
    s.shoot(QStringLiteral("17-laptop-150-fr-hand-off"));
    returningAdmin(s, QStringLiteral("18-laptop-150-fr-"));
}

// The board page's failure states in German at 1280×672, for looking at by eye: a user ID that is not a Site
// Admin's, then a board check that waits for Greenhouse's rate-limit window (the permission check spent it).
void problemsPass(Session &s) {
    SetupController &c = s.controller();
    jt::sim::SimulatedGreenhouse *greenhouse = jt::sim::DemoSimulator::of(c.demoGreenhouse());
    require(greenhouse != nullptr, QStringLiteral("not in demo mode"));
    s.wizard().resize(1280, 672);
    settle();
    s.next(WizardStep::DeveloperPermission);
    s.click(s.page<DeveloperPermissionPage>(WizardStep::DeveloperPermission)->yesChoice());
    s.next(WizardStep::CreateCredential);
    s.next(WizardStep::EnterCredential);
    auto *enter = s.page<EnterCredentialPage>(WizardStep::EnterCredential);
    s.click(enter->demoFillButton());
    greenhouse->scenario().nonAdminSubjectGetsEmptyLists = true;
    s.type(enter->userIdEdit(), QString::fromLatin1(jt::sim::SimulatedGreenhouse::BasicUserId));
    s.next(WizardStep::CheckPermissions);
    s.waitForPermissions(QStringLiteral("the check with a basic user's ID"));
    s.next(WizardStep::JobBoard);
    auto *board = s.page<JobBoardPage>(WizardStep::JobBoard);
    s.type(board->boardEdit(), QStringLiteral("acme"));
    s.click(board->checkButton());
    s.waitForBoard(QStringLiteral("the board check with a basic user's ID"));
    require(c.boardVerdict().kind == jt::CheckVerdict::Kind::PermissionsMissing &&
                c.boardVerdict().title.contains(QLatin1String(jt::sim::SimulatedGreenhouse::BasicUserId)),
            QStringLiteral("the basic user's ID was not named"));
    s.shoot(QStringLiteral("review-de-board-not-site-admin"));

    greenhouse->scenario().nonAdminSubjectGetsEmptyLists = false;
    greenhouse->scenario().v3RequestsPerWindow = 6; // a check sends 4-5 v3 requests at once
    greenhouse->scenario().v3WindowSeconds = 20;
    s.back(WizardStep::CheckPermissions);
    s.back(WizardStep::EnterCredential);
    s.clear(enter->userIdEdit());
    s.next(WizardStep::CheckPermissions);
    s.waitForPermissions(QStringLiteral("the check that spends the budget"));
    s.next(WizardStep::JobBoard);
    s.click(board->checkButton());
    waitFor([board] { return board->waitLine()->isVisible(); }, QStringLiteral("the rate limit's countdown"));
    s.shoot(QStringLiteral("review-de-board-rate-limit"));
}

void darkPass(Session &s) {
    walkToGrantedPermissions(s);
    s.shoot(QStringLiteral("13-dark-check-permissions"));
}

void hidpiPass(Session &s) {
    require(s.wizard().devicePixelRatioF() > 1.99,
            QStringLiteral("not at 200 %: run with QT_SCALE_FACTOR=2"));
    s.shoot(QStringLiteral("14-hidpi-welcome"));
}

void useDarkPalette() {
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
}

int runPass(const QString &outputDir, const QString &pass) {
    try {
        if (pass == QLatin1String("dark") || pass == QLatin1String("dark-all"))
            useDarkPalette();
        // As the application does: English too, for its plural forms ("Checked 30 times").
        if (pass == QLatin1String("laptop") || pass == QLatin1String("laptop-150") ||
            pass == QLatin1String("problems-de"))
            jt::installTranslations(
                pass == QLatin1String("laptop-150") ? QStringLiteral("fr") : QStringLiteral("de"), qApp);
        else
            jt::installTranslations(QStringLiteral("en"), qApp);
        Session session(outputDir, pass == QLatin1String("dark-all") ? QStringLiteral("dark-") : QString());
        if (pass == QLatin1String("light") || pass == QLatin1String("dark-all"))
            lightPass(session);
        else if (pass == QLatin1String("dark"))
            darkPass(session);
        else if (pass == QLatin1String("hidpi"))
            hidpiPass(session);
        else if (pass == QLatin1String("laptop") || pass == QLatin1String("laptop-150"))
            laptopPass(session, pass);
        else if (pass == QLatin1String("problems-de"))
            problemsPass(session);
        else
            fail(QStringLiteral("unknown pass %1").arg(pass));
        return 0;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "jt_screenshots (%s pass): %s\n", qPrintable(pass), e.what());
        return 1;
    }
}

// The dark and 200 % passes each get a fresh process: the palette and the scale factor are start-up settings.
bool runChild(const QString &outputDir, const QString &pass, const QString &scaleFactor) {
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (scaleFactor.isEmpty())
        environment.remove(QStringLiteral("QT_SCALE_FACTOR"));
    else
        environment.insert(QStringLiteral("QT_SCALE_FACTOR"), scaleFactor);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {outputDir, QStringLiteral("--pass"), pass});
    if (!child.waitForFinished(ChildTimeoutMs)) {
        child.kill();
        child.waitForFinished();
        std::fprintf(stderr, "jt_screenshots: the %s pass did not finish\n", qPrintable(pass));
        return false;
    }
    return child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("JobTarget Setup screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("jt_screenshots"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/jobtarget-setup.svg")));

    const QStringList arguments = app.arguments();
    if (arguments.size() != 2 && !(arguments.size() == 4 && arguments.at(2) == QLatin1String("--pass"))) {
        std::fprintf(stderr, "usage: jt_screenshots OUTPUT_DIR [--pass "
                             "light|dark|hidpi|laptop|laptop-150|dark-all|problems-de]\n");
        return 2;
    }
    const QString outputDir = QDir(arguments.at(1)).absolutePath();
    if (!QDir().mkpath(outputDir)) {
        std::fprintf(stderr, "jt_screenshots: cannot create %s\n", qPrintable(outputDir));
        return 1;
    }
    if (arguments.size() == 4)
        return runPass(outputDir, arguments.at(3));

    bool ok = runPass(outputDir, QStringLiteral("light")) == 0;
    ok = runChild(outputDir, QStringLiteral("dark"), {}) && ok;
    ok = runChild(outputDir, QStringLiteral("hidpi"), QStringLiteral("2")) && ok;
    ok = runChild(outputDir, QStringLiteral("laptop"), {}) && ok;
    ok = runChild(outputDir, QStringLiteral("laptop-150"), QStringLiteral("1.5")) && ok;
    return ok ? 0 : 1;
}
