#pragma once

#include "wizard/WizardStep.h"

#include <QWizard>

class QAbstractButton;

namespace jt {
class DesktopActivation;
class SetupController;
} // namespace jt

namespace jt::ui {

class DesktopActions;
class SecretClipboard;
class SetupPage;
class StepList;

// The wizard window: the pages in Greenhouse's order, the step list at the side, Help on F1.
class SetupWizard : public QWizard {
    Q_OBJECT
public:
    SetupWizard(SetupController &controller, DesktopActions &desktop, bool startInDemo,
                QWidget *parent = nullptr);

    // The page of `step` (built first if the wizard has not built its other pages yet).
    SetupPage *setupPage(WizardStep step);
    template <typename Page> Page *pageAs(WizardStep step) { return qobject_cast<Page *>(setupPage(step)); }
    StepList *stepList() const { return m_steps; }
    // Start on the stored connection (the daily check's notification, a launch with --stored-connection), or
    // on the first page when none is stored. Once shown: goes there from the first page only.
    void openStoredConnection();
    // The window opens when the desktop asks (a launcher: as usual; the daily check's notification or a
    // second launch with --stored-connection: on the stored connection), and is raised when asked again.
    void showWhenActivated(DesktopActivation &activation);
    void done(int result) override; // Finish, Cancel or closing the window
    void reject() override;         // Escape, Cancel, the window's close button: asks while setting up
    SecretClipboard *secretClipboard() const { return m_clipboard; }
    // Whether closing now would leave a set-up unfinished (and so asks first).
    bool isSettingUp() const;
    // A comfortable size that fits the screen's available area (laptops at 1280×672 logical pixels).
    static QSize initialSize(const QRect &available);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    bool validateCurrentPage() override;

private:
    void showKeyboardFocus();
    void focusPage();
    void updateTitle();
    void pageShown(int id);
    bool canTakeFocus(const QWidget *widget) const; // shown, enabled, reached by Tab, not zero-sized
    QWidget *firstFocusableIn(QWidget *page) const;
    void buildOtherPages(); // every page but the first: after its first paint, or when one is needed
    static void giveButtonsTheirHabits(QWidget *page);

    SetupController &m_controller;
    DesktopActions &m_desktop;
    StepList *m_steps;
    SecretClipboard *m_clipboard;
    bool m_otherPagesBuilt = false;
};

} // namespace jt::ui
