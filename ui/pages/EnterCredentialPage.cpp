#include "EnterCredentialPage.h"

#include "widgets/FieldHint.h"
#include "widgets/SecretField.h"
#include "widgets/StatusLine.h"
#include "wizard/SetupController.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jt::ui {

namespace {
// A form row whose field has a hint line (and perhaps a standing note) under it.
QWidget *fieldWithHint(QWidget *field, FieldHint *hint, QLabel *note = nullptr) {
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(hint);
    hint->describe(field->focusProxy() ? field->focusProxy() : field); // read with the field
    if (note)
        column->addWidget(note);
    return box;
}
} // namespace

EnterCredentialPage::EnterCredentialPage(SetupController &controller, DesktopActions &desktop)
    : SetupPage(WizardStep::EnterCredential, controller, desktop)
    , m_v3Fields(new QWidget)
    , m_v1Fields(new QWidget)
    , m_clientId(new QLineEdit)
    , m_clientSecret(new SecretField(desktop))
    , m_userId(new QLineEdit)
    , m_apiKey(new SecretField(desktop))
    , m_clientIdHint(new FieldHint)
    , m_secretHint(new FieldHint)
    , m_userIdHint(new FieldHint)
    , m_apiKeyHint(new FieldHint)
    , m_demoFill(new QPushButton(tr("&Fill in the demo credential")))
    , m_demoFilled(new StatusLine) {
    addParagraph(tr("Nothing is sent until the next page, and the secret is never written to a file."));

    auto *v3Form = new QFormLayout(m_v3Fields);
    v3Form->setContentsMargins(0, 0, 0, 0);
    auto *clientIdLabel = new QLabel(tr("Client &ID:"));
    clientIdLabel->setBuddy(m_clientId);
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientId->setPlaceholderText(tr("for example jobtarget-12345"));
    v3Form->addRow(clientIdLabel, fieldWithHint(m_clientId, m_clientIdHint));
    auto *secretLabel = new QLabel(tr("Client &Secret:"));
    secretLabel->setBuddy(m_clientSecret->lineEdit());
    m_clientSecret->lineEdit()->setAccessibleName(tr("Client Secret"));
    v3Form->addRow(secretLabel, fieldWithHint(m_clientSecret, m_secretHint));
    auto *userLabel = new QLabel(tr("Site Admin &user ID (optional):"));
    userLabel->setBuddy(m_userId);
    m_userId->setAccessibleName(tr("Site Admin user ID, optional"));
    m_userId->setPlaceholderText(tr("the digits at the end of …/account/users/12345"));
    auto *userNote = new QLabel(tr("Leave it empty unless the permission check says every permission is "
                                   "refused. Then enter the user ID of a Site Admin, such as the user "
                                   "Greenhouse recommends for integrations."));
    userNote->setWordWrap(true);
    v3Form->addRow(userLabel, fieldWithHint(m_userId, m_userIdHint, userNote));

    auto *v1Form = new QFormLayout(m_v1Fields);
    v1Form->setContentsMargins(0, 0, 0, 0);
    auto *keyLabel = new QLabel(tr("API &key:"));
    keyLabel->setBuddy(m_apiKey->lineEdit());
    m_apiKey->lineEdit()->setAccessibleName(tr("Harvest API key"));
    v1Form->addRow(keyLabel, fieldWithHint(m_apiKey, m_apiKeyHint));

    body()->addWidget(m_v3Fields);
    body()->addWidget(m_v1Fields);
    body()->addWidget(m_demoFill, 0, Qt::AlignLeft);
    body()->addWidget(m_demoFilled);
    body()->addStretch(1);
    setHelpText(tr("Greenhouse shows the secret only once. If you no longer have it, create a new credential "
                   "in API Credential Management and revoke the old one. The Client ID stays visible in "
                   "Greenhouse's list of credentials."));

    connect(m_clientId, &QLineEdit::textEdited, this, [this] {
        m_typedClientId = true;
        m_controller.setClientId(trimmedInPlace(m_clientId, m_clientIdHint));
        refreshHints();
    });
    connect(m_userId, &QLineEdit::textEdited, this, [this] {
        m_controller.setUserId(trimmedInPlace(m_userId, m_userIdHint));
        refreshHints();
    });
    connect(m_clientSecret, &SecretField::textEdited, this, [this] {
        m_typedSecret = true;
        m_controller.setSecret(trimmedInPlace(m_clientSecret->lineEdit(), m_secretHint));
        refreshHints();
    });
    connect(m_apiKey, &SecretField::textEdited, this, [this] {
        m_typedSecret = true;
        m_controller.setSecret(trimmedInPlace(m_apiKey->lineEdit(), m_apiKeyHint));
        refreshHints();
    });
    // "Remove them": the repaired value goes into the field as if the admin had typed it.
    connect(m_clientIdHint, &FieldHint::fixChosen, this, [this](const QString &value) {
        m_clientId->setText(value);
        m_controller.setClientId(value);
        refreshHints();
        m_clientId->setFocus(Qt::OtherFocusReason);
    });
    for (SecretField *field : {m_clientSecret, m_apiKey}) {
        FieldHint *hint = field == m_clientSecret ? m_secretHint : m_apiKeyHint;
        connect(hint, &FieldHint::fixChosen, this, [this, field](const QString &value) {
            field->lineEdit()->setText(value);
            m_controller.setSecret(value);
            refreshHints();
            field->lineEdit()->setFocus(Qt::OtherFocusReason);
        });
    }
    connect(m_demoFill, &QPushButton::clicked, this, [this] {
        m_controller.fillDemoCredential();
        // The fields change where the keyboard is not: said, and shown, so nobody wonders what happened.
        m_demoFilled->showStatus(StatusIcon::Granted,
                                 tr("The demo Client ID and Client Secret are filled in."));
    });
    connect(&m_controller, &SetupController::credentialChanged, this, [this] {
        showControllerValues();
        refreshHints();
        updateWizardButtons();
    });
    connect(&m_controller, &SetupController::demoChanged, this,
            [this] { m_demoFill->setVisible(m_controller.isDemo()); });
}

QString EnterCredentialPage::trimmedInPlace(QLineEdit *edit, FieldHint *hint) {
    QString text = edit->text();
    QString trimmed = text.trimmed();
    m_trimmedHint = nullptr;
    if (trimmed == text || trimmed.isEmpty())
        return text;
    edit->setText(trimmed);
    m_trimmedHint = hint;
    return trimmed;
}

void EnterCredentialPage::initializePage() {
    m_controller.reachStep(WizardStep::EnterCredential);
    m_demoFill->setVisible(m_controller.isDemo());
    m_demoFilled->showStatus(StatusIcon::Info, {});
    showControllerValues();
    refreshHints();
    // The first field still to fill (on resume the Client ID is kept, the secret never is).
    QLineEdit *first = m_apiKey->lineEdit();
    if (m_controller.credentialKind() == CredentialKind::HarvestV3)
        first = m_controller.clientIdText().isEmpty() || !m_controller.secretText().isEmpty()
                    ? m_clientId
                    : m_clientSecret->lineEdit();
    setInitialFocus(first);
}

void EnterCredentialPage::showControllerValues() {
    const bool v3 = m_controller.credentialKind() == CredentialKind::HarvestV3;
    m_v3Fields->setVisible(v3);
    m_v1Fields->setVisible(!v3);
    const auto sync = [](QLineEdit *edit, const QString &value) {
        if (edit->text() != value && edit->text().trimmed() != value)
            edit->setText(value);
    };
    sync(m_clientId, m_controller.clientIdText());
    sync(m_userId, m_controller.userIdText());
    sync((v3 ? m_clientSecret : m_apiKey)->lineEdit(), m_controller.secretText());
    sync((v3 ? m_apiKey : m_clientSecret)->lineEdit(), QString());
}

void EnterCredentialPage::refreshHints() {
    const bool v3 = m_controller.credentialKind() == CredentialKind::HarvestV3;
    m_clientIdHint->show(m_controller.clientIdCheck(), m_typedClientId);
    m_userIdHint->show(m_controller.userIdCheck(), true);
    (v3 ? m_secretHint : m_apiKeyHint)->show(m_controller.secretCheck(), m_typedSecret);
    // A Greenhouse user address is accepted for the user ID: say which number was taken from it.
    const FieldCheck user = m_controller.userIdCheck();
    if (user.ok() && !user.value.isEmpty() && user.value != m_controller.userIdText().trimmed())
        m_userIdHint->showNote(tr("User ID: %1").arg(user.value));
    // Advice about the value outranks the note about removed spaces.
    if (m_trimmedHint && m_trimmedHint->text().isEmpty())
        m_trimmedHint->showNote(tr("Spaces around the value were removed."));
    // A hint that appears or goes changes the rows' heights: QFormLayout only re-reads the wrapped notes'
    // heights when invalidated as a whole.
    for (QWidget *form : {m_v3Fields, m_v1Fields})
        form->layout()->invalidate();
}

bool EnterCredentialPage::isComplete() const {
    return m_controller.credentialReady();
}

} // namespace jt::ui
