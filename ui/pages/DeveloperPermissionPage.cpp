#include "DeveloperPermissionPage.h"

#include "DesktopActions.h"
#include "greenhouse/Links.h"
#include "widgets/Banner.h"
#include "widgets/Icons.h"
#include "wizard/SetupController.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace jt::ui {

DeveloperPermissionPage::DeveloperPermissionPage(SetupController &controller, DesktopActions &desktop)
    : SetupPage(WizardStep::DeveloperPermission, controller, desktop)
    , m_yes(new QRadioButton(tr("&Yes, I see “API Credential Management”")))
    , m_no(new QRadioButton(tr("No, it is not &there")))
    , m_siteAdmin(new QGroupBox(tr("Ask a Site Admin")))
    , m_request(new QPlainTextEdit)
    , m_copy(new QPushButton(namedIcon("copy"), tr("&Copy request")))
    , m_mail(new QPushButton(namedIcon("external-link"), tr("&E-mail request…"))) {
    addParagraph(
        tr("Only people with the developer permission “Can manage ALL organization's API Credentials” "
           "can create a credential for JobTarget. Open Greenhouse's Dev Center and look for "
           "“API Credential Management”:"));
    addIllustration(QStringLiteral("devcenter-path"),
                    tr("Configure (the gear icon), then Dev Center, then API Credential Management"));
    auto *open = new QPushButton(namedIcon("external-link"), tr("&Open Dev Center"));
    body()->addWidget(open, 0, Qt::AlignLeft);

    auto *question = new QGroupBox(tr("Do you see “API Credential Management” in Dev Center?"));
    auto *answers = new QVBoxLayout(question);
    auto *group = new QButtonGroup(this);
    group->addButton(m_yes);
    group->addButton(m_no);
    answers->addWidget(m_yes);
    answers->addWidget(m_no);
    body()->addWidget(question);

    auto *steps = new QLabel(tr("A Site Admin who may edit other users' advanced permissions grants it: "
                                "Configure (the gear icon) → <b>Users</b> → your name → <b>Permissions</b> → "
                                "<b>Developer Permissions</b> → tick “Can manage ALL organization's API "
                                "Credentials” → <b>Save</b>."));
    steps->setTextFormat(Qt::RichText);
    steps->setWordWrap(true);
    auto *requestLabel = new QLabel(tr("&Request to send:"));
    requestLabel->setBuddy(m_request);
    m_request->setReadOnly(true);
    m_request->setPlainText(m_controller.siteAdminRequest());
    m_request->setAccessibleName(tr("Request to send to your Site Admin"));
    m_request->setTabChangesFocus(true);
    m_request->setMinimumHeight(140);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_mail);
    buttons->addStretch(1);
    auto *later =
        new QLabel(tr("You can close this assistant now. When the permission has been granted, open "
                      "it again: it continues here."));
    later->setWordWrap(true);
    auto *adminColumn = new QVBoxLayout(m_siteAdmin);
    adminColumn->addWidget(steps);
    adminColumn->addWidget(requestLabel);
    adminColumn->addWidget(m_request);
    adminColumn->addLayout(buttons);
    adminColumn->addWidget(later);
    adminColumn->addWidget(
        makeIllustration(QStringLiteral("site-admin-grant"),
                         tr("Configure, Users, the user, Permissions, Developer Permissions, "
                            "tick the permission, Save")));
    body()->addWidget(m_siteAdmin);
    body()->addStretch(1);

    setHelpText(tr("Greenhouse has no way to check this permission before a credential exists, so the "
                   "assistant asks you. If you are unsure, open Dev Center: without the permission, "
                   "“API Credential Management” is not listed."));

    connect(open, &QPushButton::clicked, this,
            [this] { m_desktop.openOrShowAddress(this, GreenhouseLinks::devCenter()); });
    connect(m_yes, &QRadioButton::toggled, this, &DeveloperPermissionPage::choiceChanged);
    connect(m_no, &QRadioButton::toggled, this, &DeveloperPermissionPage::choiceChanged);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        m_desktop.copyText(m_controller.siteAdminRequest());
        banner()->showMessage(Banner::Tone::Success, tr("The request is on the clipboard."));
    });
    connect(m_mail, &QPushButton::clicked, this, [this] {
        if (!m_desktop.openUrl(m_controller.siteAdminRequestMail()))
            banner()->showMessage(Banner::Tone::Warning, tr("No e-mail program opened"),
                                  tr("Copy the request instead and send it the way you usually reach your "
                                     "Site Admin."));
    });
}

void DeveloperPermissionPage::initializePage() {
    switch (m_controller.developerAccess()) {
    case DeveloperAccess::Present:
        m_yes->setChecked(true);
        break;
    case DeveloperAccess::Absent:
        m_no->setChecked(true);
        break;
    case DeveloperAccess::Unknown:
        break;
    }
    m_controller.reachStep(WizardStep::DeveloperPermission);
    setInitialFocus(m_no->isChecked() ? m_no : m_yes); // the page's question
    choiceChanged();
}

void DeveloperPermissionPage::choiceChanged() {
    m_siteAdmin->setVisible(m_no->isChecked());
    if (m_no->isChecked())
        ensureVisible(m_copy); // the request and its buttons are what the page is about now
    banner()->clear();
    if (m_yes->isChecked() && m_controller.developerAccess() != DeveloperAccess::Present)
        m_controller.setDeveloperAccess(DeveloperAccess::Present);
    else if (m_no->isChecked() && m_controller.developerAccess() != DeveloperAccess::Absent)
        m_controller.setDeveloperAccess(DeveloperAccess::Absent);
    updateWizardButtons();
}

bool DeveloperPermissionPage::isComplete() const {
    return m_yes->isChecked();
}

} // namespace jt::ui
