#pragma once

#include "SetupPage.h"
#include "wizard/StartOffer.h"

#include <optional>

class QButtonGroup;
class QRadioButton;

namespace jt::ui {

// What this does, what is needed, how long it takes; then: set up, continue where you stopped, or practise.
class WelcomePage : public SetupPage {
    Q_OBJECT
public:
    WelcomePage(SetupController &controller, DesktopActions &desktop, bool startInDemo);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    QRadioButton *setUpChoice() const { return m_setUp; }
    QRadioButton *resumeChoice() const { return m_resume; }
    QRadioButton *demoChoice() const { return m_demo; }
    QRadioButton *existingChoice() const { return m_existing; }

private:
    QRadioButton *buttonOf(StartChoice choice) const;
    std::optional<StartChoice> checkedChoice() const;

    QRadioButton *m_setUp;
    QRadioButton *m_existing;
    QRadioButton *m_resume;
    QRadioButton *m_demo;
    QButtonGroup *m_choices;
};

} // namespace jt::ui
