#pragma once

#include "SetupPage.h"
#include "widgets/ChoiceList.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace jt::ui {

class FieldHint;

// Which board's live jobs JobTarget receives: picked from the boards the credential can see, or pasted as a
// token or the board's address; then confirmed live (name, live jobs, first titles, same account).
class JobBoardPage : public SetupPage {
    Q_OBJECT
public:
    JobBoardPage(SetupController &controller, DesktopActions &desktop);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    ChoiceList *boardList() const { return m_boards; }
    QLineEdit *boardEdit() const { return m_edit; }
    FieldHint *boardHint() const { return m_hint; }
    QPushButton *checkButton() const { return m_check; }
    QLabel *resultLabel() const { return m_result; }

private:
    void render();
    void fillBoardList();

    QLabel *m_listLabel;
    ChoiceList *m_boards;
    QLineEdit *m_edit;
    FieldHint *m_hint;
    QPushButton *m_check;
    QPushButton *m_cancel;
    QProgressBar *m_busy;
    QLabel *m_result;
    bool m_typed = false;
    bool m_wasBusy = false;
};

} // namespace jt::ui
