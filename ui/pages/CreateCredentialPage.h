#pragma once

#include "SetupPage.h"

class QLabel;
class QRadioButton;

namespace jt::ui {

class Banner;
class CopyField;

// Harvest v3 (OAuth, recommended) or the legacy key, then Greenhouse's screens step by step with every value
// to pick ready to copy.
class CreateCredentialPage : public SetupPage {
    Q_OBJECT
public:
    CreateCredentialPage(SetupController &controller, DesktopActions &desktop);

    void initializePage() override;

    QRadioButton *v3Choice() const { return m_v3; }
    QRadioButton *v1Choice() const { return m_v1; }
    CopyField *apiTypeField() const { return m_apiType; }
    CopyField *partnerField() const { return m_partner; }
    CopyField *descriptionField() const { return m_description; }
    QLabel *permissionStepsLabel() const { return m_permissionSteps; }
    Banner *onceWarning() const { return m_onceWarning; }

private:
    void render();

    QRadioButton *m_v3;
    QRadioButton *m_v1;
    QLabel *m_createSteps;
    QLabel *m_createSketch;
    CopyField *m_apiType;
    CopyField *m_partner;
    CopyField *m_description;
    QLabel *m_storeSteps;
    QLabel *m_permissionSteps;
    QLabel *m_permissionSketch;
    Banner *m_onceWarning;
};

} // namespace jt::ui
