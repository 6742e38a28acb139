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

QRadioButton *WelcomePage::buttonOf(StartChoice choice) const {
    switch (choice) {
    case StartChoice::Existing:
        return m_existing;
    case StartChoice::Resume:
        return m_resume;
    case StartChoice::Demo:
        return m_demo;
    case StartChoice::SetUp:
        break;
    }
    return m_setUp;
}

std::optional<StartChoice> WelcomePage::checkedChoice() const {
    for (const StartChoice choice :
         {StartChoice::SetUp, StartChoice::Existing, StartChoice::Resume, StartChoice::Demo}) {
        if (buttonOf(choice)->isChecked())
            return choice;
    }
    return std::nullopt;
}

void WelcomePage::initializePage() {
    const StartOffer offer = m_controller.startOffer();
    const StartChoice chosen = offer.chosen(checkedChoice());
    m_existing->setVisible(offer.existing);
    m_resume->setVisible(offer.resume);
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
    if (offer.resume)
        m_resume->setText(tr("&Continue where you stopped: %1").arg(WizardSteps::title(offer.resumeAt)));
    buttonOf(chosen)->setChecked(true);
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
    const std::optional<StartChoice> choice = checkedChoice();
    return int(m_controller.startOffer().next(choice.value_or(StartChoice::SetUp)));
}

} // namespace jt::ui
