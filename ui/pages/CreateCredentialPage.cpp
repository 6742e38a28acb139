#include "CreateCredentialPage.h"

#include "DesktopActions.h"
#include "greenhouse/Links.h"
#include "widgets/Banner.h"
#include "widgets/CopyField.h"
#include "widgets/Icons.h"
#include "widgets/WrappingRow.h"
#include "wizard/SetupController.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace jt::ui {

namespace {
QLabel *richLabel() {
    auto *label = new QLabel;
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The permissions to tick, straight from the core's table, with Greenhouse's own labels.
QString permissionList(CredentialKind kind) {
    QString items;
    for (const RequiredPermission &permission : requiredPermissions(kind))
        items += QStringLiteral("<li><b>%1</b></li>").arg(permission.labelWithSection().toHtmlEscaped());
    return QStringLiteral("<ul>%1</ul>").arg(items);
}
} // namespace

CreateCredentialPage::CreateCredentialPage(SetupController &controller, DesktopActions &desktop)
    : SetupPage(WizardStep::CreateCredential, controller, desktop)
    , m_v3(new QRadioButton(tr("Harvest &v3 (OAuth) — recommended")))
    , m_v1(new QRadioButton(tr("Harvest API &key (legacy)")))
    , m_createSteps(richLabel())
    , m_createSketch(new QLabel)
    , m_apiType(new CopyField(tr("API &type:"), {}, desktop))
    , m_partner(new CopyField(tr("Pa&rtner:"), QStringLiteral("JobTarget"), desktop))
    , m_description(new CopyField(tr("&Description:"), QStringLiteral("JobTarget Harvest API Key"), desktop))
    , m_storeSteps(richLabel())
    , m_permissionSteps(richLabel())
    , m_permissionSketch(new QLabel)
    , m_onceWarning(new Banner) {
    // At the top, across the page: which kind, then two columns — creating the credential on the left, what
    // must not be missed (shown only once, the permissions to tick) on the right — and the sketches below, so
    // that on a laptop screen everything that matters is in view without scrolling.
    auto *kindBox = new QGroupBox(tr("Which kind of credential?"));
    auto *kindColumn = new QVBoxLayout(kindBox);
    auto *group = new QButtonGroup(this);
    group->addButton(m_v3);
    group->addButton(m_v1);
    auto *kindRow = new WrappingRow;
    kindRow->addWidget(m_v3);
    kindRow->addWidget(m_v1);
    kindColumn->addLayout(kindRow);
    auto *retired =
        new QLabel(tr("Greenhouse retired Harvest v1/v2 API keys on 31 August 2026. Choose the legacy key "
                      "only if JobTarget asked you for one and your Greenhouse still offers it."));
    retired->setWordWrap(true);
    kindColumn->addWidget(retired);
    body()->addWidget(kindBox);

    auto *open = new QPushButton(namedIcon("external-link"), tr("&Open API Credential Management"));
    auto *create = new QVBoxLayout;
    create->addWidget(open, 0, Qt::AlignLeft);
    create->addWidget(m_createSteps);
    create->addWidget(m_apiType);
    create->addWidget(m_partner);
    create->addWidget(m_description);
    create->addWidget(m_storeSteps);
    create->addStretch(1);
    auto *mustKnow = new QVBoxLayout;
    mustKnow->addWidget(m_onceWarning);
    mustKnow->addWidget(m_permissionSteps);
    mustKnow->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addLayout(create, 1);
    columns->addLayout(mustKnow, 1);
    body()->addLayout(columns);

    // One below the other: side by side they would be wider than the page in the smallest window.
    body()->addWidget(m_createSketch, 0, Qt::AlignLeft);
    body()->addWidget(m_permissionSketch, 0, Qt::AlignLeft);
    body()->addStretch(1);

    setHelpText(
        tr("The credential is what JobTarget uses to read your jobs. It only needs to read: the "
           "permissions listed here are all “list” or “retrieve” permissions. If you lose the secret, "
           "create a new credential, then revoke the old one in API Credential Management."));

    connect(open, &QPushButton::clicked, this,
            [this] { m_desktop.openOrShowAddress(this, GreenhouseLinks::credentials()); });
    connect(m_v3, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_controller.setCredentialKind(CredentialKind::HarvestV3);
        render();
    });
    connect(m_v1, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_controller.setCredentialKind(CredentialKind::HarvestV1);
        render();
    });
}

void CreateCredentialPage::initializePage() {
    QRadioButton *chosen = m_controller.credentialKind() == CredentialKind::HarvestV1 ? m_v1 : m_v3;
    chosen->setChecked(true);
    setInitialFocus(chosen); // the page's first question; Enter goes on with it
    m_controller.reachStep(WizardStep::CreateCredential);
    render();
}

void CreateCredentialPage::render() {
    const bool v3 = m_controller.credentialKind() == CredentialKind::HarvestV3;
    const QString sketch =
        v3 ? QStringLiteral("create-credential-v3") : QStringLiteral("create-credential-v1");
    const QString button =
        v3 ? QStringLiteral("Create new API credentials") : QStringLiteral("Create New API Key");
    m_createSteps->setText(
        tr("<b>1.</b> In Greenhouse, open Configure (the gear icon) → <b>Dev Center</b> → <b>API Credential "
           "Management</b>, or use the button above.<br><br><b>2.</b> Click <b>%1</b> and fill in:")
            .arg(button.toHtmlEscaped()));
    m_createSketch->setPixmap(illustration(sketch));
    m_createSketch->setAccessibleName(tr("Where to click to create the credential"));
    m_apiType->setValue(v3 ? QStringLiteral("Harvest V3 (OAuth)") : QStringLiteral("Harvest"));
    m_storeSteps->setText(
        v3 ? tr("<b>3.</b> Click <b>View and store credentials</b>. Copy the <b>Client ID</b> and the "
                "<b>Client Secret</b> and keep them ready for the next page, then click <b>I have stored the "
                "client credentials</b>.")
           : tr("<b>3.</b> Click <b>Manage Permissions</b>. Greenhouse shows the API key: <b>Copy</b> it and "
                "keep "
                "it ready for the next page, then click <b>I have stored the API Key</b>."));
    m_onceWarning->showMessage(
        Banner::Tone::Warning,
        v3 ? tr("The Client Secret is shown only once.") : tr("The API key is shown only once."),
        tr("If you lose it, create a new credential, give that one to JobTarget, and revoke the old one."));
    m_permissionSteps->setText(
        (v3 ? tr("<b>4.</b> Back in the list, open the credential's <b>Manage Scopes</b> and tick:")
            : tr("<b>4.</b> Under <b>Manage Permissions</b>, tick:")) +
        permissionList(m_controller.credentialKind()) + tr("Then click <b>Save</b>."));
    m_permissionSketch->setPixmap(
        illustration(v3 ? QStringLiteral("manage-scopes") : QStringLiteral("manage-permissions-v1")));
    m_permissionSketch->setAccessibleName(tr("Where to tick the permissions"));
}

} // namespace jt::ui
