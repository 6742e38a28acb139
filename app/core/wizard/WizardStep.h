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
    Save = 6,
    HandOff = 7,
    ExistingConnection = 8, // a returning admin's page, off the numbered path
};

struct WizardSteps {
    Q_DECLARE_TR_FUNCTIONS(WizardSteps)

public:
    static const QList<WizardStep> &all();    // the numbered path, without ExistingConnection
    static QString title(WizardStep step);    // "Your Greenhouse permission"
    static QString subTitle(WizardStep step); // one sentence under the title
    // Where "Continue where you stopped" leads: the secret is never kept, so a later step resumes at
    // entering the credential.
    static WizardStep resumeTarget(WizardStep saved);
};

} // namespace jt
