#pragma once

#include "SetupPage.h"

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace jt::ui {

class PermissionChecklist;
class StatusLine;

// The live check: is the credential accepted, and is each permission JobTarget needs granted?
class CheckPermissionsPage : public SetupPage {
    Q_OBJECT
public:
    CheckPermissionsPage(SetupController &controller, DesktopActions &desktop);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    PermissionChecklist *checklist() const { return m_checklist; }
    StatusLine *credentialLine() const { return m_credential; }
    QPushButton *checkAgainButton() const { return m_checkAgain; }
    QPushButton *cancelButton() const { return m_cancel; }
    QCheckBox *practiseMissingBox() const { return m_practiseMissing; }

private:
    void render();
    static CheckVerdict spokenWithFocus(CheckVerdict verdict);

    StatusLine *m_credential;
    PermissionChecklist *m_checklist;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QPushButton *m_checkAgain;
    QPushButton *m_openCredentials;
    QLabel *m_warnings;
    QCheckBox *m_practiseMissing;
    bool m_wasBusy = false;
};

} // namespace jt::ui
