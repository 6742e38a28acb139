#pragma once

#include "SetupPage.h"
#include "wizard/StoredConnectionView.h"

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace jt::ui {

class CheckHistoryStrip;
class PermissionChecklist;
class StatusLine;

// A returning admin's page: the stored connection, "Check it now", "Replace the credential" (rotation),
// "Remove stored credentials", and "Check every day" with the history of those checks. What it shows and
// which action fixes what the last check found is StoredConnectionView's decision; this page renders it.
class ExistingConnectionPage : public SetupPage {
    Q_OBJECT
public:
    ExistingConnectionPage(SetupController &controller, DesktopActions &desktop);

    void initializePage() override;
    void cleanupPage() override;
    int nextId() const override;
    bool isComplete() const override;
    void pageShown() override;

    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *replaceButton() const { return m_replace; }
    QPushButton *handOffButton() const { return m_handOff; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *openCredentialsButton() const { return m_openCredentials; }
    QPushButton *chooseBoardButton() const { return m_chooseBoard; }
    QPushButton *setUpButton() const { return m_setUp; }
    QLabel *introLabel() const { return m_intro; }
    PermissionChecklist *checklist() const { return m_checklist; }
    StatusLine *statusLine() const { return m_status; }
    QCheckBox *dailyCheckBox() const { return m_daily; }
    QLabel *dailyDescription() const { return m_dailyDescription; }
    StatusLine *dailyStatus() const { return m_dailyStatus; }
    CheckHistoryStrip *historyStrip() const { return m_history; }
    QLabel *historySummary() const { return m_historySummary; }

private:
    void render();
    void renderDailyCheck();
    void confirmRemove();
    void handOff();
    QPushButton *buttonFor(StoredConnectionView::Action action) const;
    enum class Leaving { No, ToReplace, ToHandOff, ToChooseBoard };

    QLabel *m_intro;
    QLabel *m_summary;
    QPushButton *m_openCredentials;
    QPushButton *m_chooseBoard;
    QPushButton *m_check;
    QPushButton *m_handOff;
    QPushButton *m_replace;
    QPushButton *m_remove;
    QPushButton *m_setUp;
    QProgressBar *m_busy;
    StatusLine *m_status;
    PermissionChecklist *m_checklist;
    QWidget *m_dailySection;
    QCheckBox *m_daily;
    QLabel *m_dailyDescription;
    StatusLine *m_dailyStatus;
    CheckHistoryStrip *m_history;
    QLabel *m_historySummary;
    Leaving m_leaving = Leaving::No;
    StoredConnectionView m_view; // what render() last showed
    bool m_wasChecking = false;
};

} // namespace jt::ui
