#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace jt {

// The wizard's pages, in the order an admin meets them. The numbers are the QWizard page ids and what the
// progress store remembers, so only append.
enum class WizardStep {
    Welcome = 0,
    DeveloperPermission = 1,
    CreateCredential = 2,
    EnterCredential = 3,
    CheckPermissions = 4,
    JobBoard = 5,
    Finish = 6,
};

struct WizardSteps {
    Q_DECLARE_TR_FUNCTIONS(WizardSteps)

public:
    static const QList<WizardStep> &all();
    static QString title(WizardStep step);    // "Your Greenhouse permission"
    static QString subTitle(WizardStep step); // one sentence under the title
};

} // namespace jt
