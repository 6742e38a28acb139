#pragma once

#include "SetupPage.h"

class QLineEdit;
class QPushButton;

namespace jt::ui {

class FieldHint;
class SecretField;
class StatusLine;

// v3: Client ID, Client Secret, optional Site Admin user ID. Legacy: the API key. Checked as the admin types.
class EnterCredentialPage : public SetupPage {
    Q_OBJECT
public:
    EnterCredentialPage(SetupController &controller, DesktopActions &desktop);

    void initializePage() override;
    bool isComplete() const override;

    QLineEdit *clientIdEdit() const { return m_clientId; }
    SecretField *clientSecretField() const { return m_clientSecret; }
    QLineEdit *userIdEdit() const { return m_userId; }
    SecretField *apiKeyField() const { return m_apiKey; }
    FieldHint *clientIdHint() const { return m_clientIdHint; }
    FieldHint *secretHint() const { return m_secretHint; }
    FieldHint *userIdHint() const { return m_userIdHint; }
    QPushButton *demoFillButton() const { return m_demoFill; }
    FieldHint *apiKeyHint() const { return m_apiKeyHint; }

private:
    void showControllerValues();
    void refreshHints();
    // Removes spaces around a pasted value in the field itself and says so.
    QString trimmedInPlace(QLineEdit *edit, FieldHint *hint);

    QWidget *m_v3Fields;
    QWidget *m_v1Fields;
    QLineEdit *m_clientId;
    SecretField *m_clientSecret;
    QLineEdit *m_userId;
    SecretField *m_apiKey;
    FieldHint *m_clientIdHint;
    FieldHint *m_secretHint;
    FieldHint *m_userIdHint;
    FieldHint *m_apiKeyHint;
    QPushButton *m_demoFill;
    StatusLine *m_demoFilled;
    FieldHint *m_trimmedHint = nullptr; // the field whose surrounding spaces were just removed
    bool m_typedClientId = false;
    bool m_typedSecret = false;
};

} // namespace jt::ui
