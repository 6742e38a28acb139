#pragma once

#include "SetupPage.h"

class QLabel;

namespace jt::ui {

class PermissionChecklist;

// The verified result: what JobTarget will receive, every permission with its status, the board, when it was
// checked, and what to do next.
class FinishPage : public SetupPage {
    Q_OBJECT
public:
    FinishPage(SetupController &controller, DesktopActions &desktop);

    void initializePage() override;
    bool validatePage() override;

    QLabel *summaryLabel() const { return m_summary; }
    PermissionChecklist *checklist() const { return m_checklist; }

private:
    QLabel *m_summary;
    PermissionChecklist *m_checklist;
    QLabel *m_next;
};

} // namespace jt::ui
