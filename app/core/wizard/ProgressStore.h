#pragma once

#include "WizardStep.h"
#include "greenhouse/Permissions.h"

#include <QString>

class QSettings;

namespace jt {

enum class DeveloperAccess { Unknown, Present, Absent };

// Where an admin stopped, so the wizard can resume on the next launch (for instance after a Site Admin
// granted the developer permission). Non-secret values only: the secret is never part of progress.
struct Progress {
    WizardStep step = WizardStep::Welcome;
    DeveloperAccess developerAccess = DeveloperAccess::Unknown;
    CredentialKind kind = CredentialKind::HarvestV3;
    QString clientId;
    QString userId;
    QString boardToken;

    bool isEmpty() const { return step == WizardStep::Welcome; }
};

class ProgressStore {
public:
    explicit ProgressStore(QSettings &settings)
        : m_settings(settings) {}

    Progress load() const;
    void save(const Progress &progress);
    void clear();

private:
    QSettings &m_settings;
};

} // namespace jt
