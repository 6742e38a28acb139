#pragma once

#include "wizard/WizardStep.h"

#include <QWizard>

class QAbstractButton;

namespace jt {
class SetupController;
}

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

    SetupPage *setupPage(WizardStep step) const;
    template <typename Page> Page *pageAs(WizardStep step) const {
        return qobject_cast<Page *>(setupPage(step));
    }
    StepList *stepList() const { return m_steps; }
    void done(int result) override; // Finish, Cancel or closing the window
    SecretClipboard *secretClipboard() const { return m_clipboard; }

private:
    void updateTitle();
    bool isWizardButton(const QAbstractButton *candidate) const;

    SetupController &m_controller;
    StepList *m_steps;
    SecretClipboard *m_clipboard;
};

} // namespace jt::ui
