#include "ProgressStore.h"

#include <QSettings>

namespace jt {

namespace {
const QString Group = QStringLiteral("progress");

template <typename Enum> Enum enumValue(const QVariant &value, Enum fallback, Enum last) {
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok && number >= 0 && number <= int(last) ? Enum(number) : fallback;
}
} // namespace

Progress ProgressStore::load() const {
    Progress progress;
    m_settings.beginGroup(Group);
    progress.step =
        enumValue(m_settings.value(QStringLiteral("step")), WizardStep::Welcome, WizardStep::HandOff);
    progress.developerAccess = enumValue(m_settings.value(QStringLiteral("developerAccess")),
                                         DeveloperAccess::Unknown, DeveloperAccess::Absent);
    progress.kind = m_settings.value(QStringLiteral("kind")).toString() == QLatin1String("v1")
                        ? CredentialKind::HarvestV1
                        : CredentialKind::HarvestV3;
    progress.clientId = m_settings.value(QStringLiteral("clientId")).toString();
    progress.userId = m_settings.value(QStringLiteral("userId")).toString();
    progress.boardToken = m_settings.value(QStringLiteral("boardToken")).toString();
    m_settings.endGroup();
    return progress;
}

void ProgressStore::save(const Progress &progress) {
    m_settings.beginGroup(Group);
    m_settings.setValue(QStringLiteral("step"), int(progress.step));
    m_settings.setValue(QStringLiteral("developerAccess"), int(progress.developerAccess));
    m_settings.setValue(QStringLiteral("kind"), credentialKindWord(progress.kind));
    m_settings.setValue(QStringLiteral("clientId"), progress.clientId);
    m_settings.setValue(QStringLiteral("userId"), progress.userId);
    m_settings.setValue(QStringLiteral("boardToken"), progress.boardToken);
    m_settings.endGroup();
    m_settings.sync();
}

void ProgressStore::clear() {
    m_settings.remove(Group);
    m_settings.sync();
}

} // namespace jt
