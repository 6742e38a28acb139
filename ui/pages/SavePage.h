#pragma once

#include "SetupPage.h"

class QProgressBar;
class QPushButton;

namespace jt::ui {

class StatusLine;

// Step 7: the secret into the OS keychain, the rest into settings; never a plaintext file.
class SavePage : public SetupPage {
    Q_OBJECT
public:
    SavePage(SetupController &controller, DesktopActions &desktop);

    void initializePage() override;
    bool isComplete() const override;

    QPushButton *saveButton() const { return m_save; }
    StatusLine *statusLine() const { return m_status; }

private:
    void render();

    QPushButton *m_save;
    QProgressBar *m_busy;
    StatusLine *m_status;
    StatusLine *m_revokeReminder;
};

} // namespace jt::ui
