#include "WelcomePage.h"

#include "widgets/Banner.h"
#include "wizard/SetupController.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace jt::ui {

WelcomePage::WelcomePage(SetupController &controller, DesktopActions &desktop, bool startInDemo)
    : SetupPage(WizardStep::Welcome, controller, desktop)
    , m_setUp(new QRadioButton(tr("&Set up JobTarget")))
    , m_existing(new QRadioButton(tr("Check or update the &existing connection")))
    , m_resume(new QRadioButton)
    , m_demo(new QRadioButton(tr("&Practice with demo data")))
    , m_choices(new QButtonGroup(this)) {
    addParagraph(
        tr("JobTarget publishes every live job of your Greenhouse job board on its job sites. To "
           "read your jobs it needs two things from Greenhouse: an API credential with a few read-only "
           "permissions, and the token of your job board."));
    addParagraph(tr("This assistant walks you through Greenhouse's screens and checks each step live with "
                    "Greenhouse, so you finish knowing the connection works."));
    auto *needs = addParagraph(
        tr("<b>You need:</b><ul><li>a Greenhouse account with the developer permission “Can manage ALL "
           "organization's API Credentials” (the next step helps you get it);</li><li>about 10 "
           "minutes.</li></ul>"));
    needs->setTextFormat(Qt::RichText);

    auto *choices = new QGroupBox(tr("What would you like to do?"));
    auto *column = new QVBoxLayout(choices);
    for (QRadioButton *choice : {m_setUp, m_existing, m_resume, m_demo}) {
        m_choices->addButton(choice);
        column->addWidget(choice);
    }
    m_demo->setToolTip(tr("Runs every step against a simulated Greenhouse on this computer."));
    body()->addWidget(choices);
    body()->addStretch(1);
    (startInDemo ? m_demo : m_setUp)->setChecked(true);
    setHelpText(tr("Choose “Practice with demo data” to see every step, including what happens when a "
                   "permission is missing or a secret is wrong, without touching your Greenhouse account."));
}

void WelcomePage::initializePage() {
    const bool stored = m_controller.storedConnection().has_value() && !m_controller.isDemo();
    const Progress saved = m_controller.savedProgress();
    const bool canResume = !saved.isEmpty() && !m_controller.isDemo();
    m_existing->setVisible(stored);
    m_resume->setVisible(canResume);
    // Only the answers offered now are in the group: its size is what a screen reader counts.
    for (QRadioButton *choice : {m_setUp, m_existing, m_resume, m_demo}) {
        if (choice->isHidden()) {
            if (m_choices->buttons().contains(choice)) {
                // Unchecked while still in the group (an exclusive group keeps its checked button)
                m_choices->setExclusive(false);
                choice->setChecked(false);
                m_choices->setExclusive(true);
                m_choices->removeButton(choice);
            }
        } else if (!m_choices->buttons().contains(choice)) {
            m_choices->addButton(choice);
        }
    }
    if (stored && m_setUp->isChecked())
        m_existing->setChecked(true);
    if (canResume) {
        m_resume->setText(tr("&Continue where you stopped: %1")
                              .arg(WizardSteps::title(WizardSteps::resumeTarget(saved.step))));
        if (!m_demo->isChecked() && !m_existing->isChecked()) // a stored connection comes first
            m_resume->setChecked(true);
    }
    if (!m_choices->checkedButton())
        m_setUp->setChecked(true);
    // The keyboard starts on the chosen answer, as in any group of options.
    setInitialFocus(m_choices->checkedButton());
}

bool WelcomePage::validatePage() {
    if (m_demo->isChecked()) {
        if (!m_controller.enterDemo()) {
            banner()->showMessage(Banner::Tone::Error, tr("The demo could not start"),
                                  tr("The simulated Greenhouse could not listen on this computer."));
            return false;
        }
    } else {
        m_controller.leaveDemo();
    }
    banner()->clear();
    return true;
}

int WelcomePage::nextId() const {
    if (!m_existing->isHidden() && m_existing->isChecked())
        return int(WizardStep::ExistingConnection);
    if (!m_resume->isHidden() && m_resume->isChecked())
        return int(WizardSteps::resumeTarget(m_controller.savedProgress().step));
    return int(WizardStep::DeveloperPermission);
}

} // namespace jt::ui
