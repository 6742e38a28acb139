#pragma once

#include "SetupPage.h"

class QGroupBox;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace jt::ui {

// "Do you see API Credential Management?" — and if not, what the Site Admin must do, as a ready-to-send
// request.
class DeveloperPermissionPage : public SetupPage {
    Q_OBJECT
public:
    DeveloperPermissionPage(SetupController &controller, DesktopActions &desktop);

    void initializePage() override;
    bool isComplete() const override;

    QRadioButton *yesChoice() const { return m_yes; }
    QRadioButton *noChoice() const { return m_no; }
    QGroupBox *siteAdminHelp() const { return m_siteAdmin; }
    QPushButton *copyRequestButton() const { return m_copy; }
    QPushButton *mailRequestButton() const { return m_mail; }
    QPlainTextEdit *requestText() const { return m_request; }

private:
    void choiceChanged();

    QRadioButton *m_yes;
    QRadioButton *m_no;
    QGroupBox *m_siteAdmin;
    QPlainTextEdit *m_request;
    QPushButton *m_copy;
    QPushButton *m_mail;
};

} // namespace jt::ui
