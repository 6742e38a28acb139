#include "HandoffSettings.h"

#include "HandoffSummary.h"

#include <QSettings>

namespace jt {

QString HandoffSettings::preparedBy() const {
    const QString name = m_settings.value(QLatin1String(PreparedByKey)).toString().trimmed();
    return name.isEmpty() ? HandoffSummary::defaultPreparedBy() : name;
}

void HandoffSettings::setPreparedBy(const QString &name) {
    if (m_settings.value(QLatin1String(PreparedByKey)).toString() == name.trimmed())
        return; // nothing to write (a settings file is not rewritten for nothing)
    if (name.trimmed().isEmpty())
        m_settings.remove(QLatin1String(PreparedByKey));
    else
        m_settings.setValue(QLatin1String(PreparedByKey), name.trimmed());
    m_settings.sync();
}

QString HandoffSettings::contactEmail() const {
    const QString address = m_settings.value(QLatin1String(ContactEmailKey)).toString().trimmed();
    return HandoffSummary::contactEmailProblem(address).isEmpty() ? address : QString();
}

bool HandoffSettings::setContactEmail(const QString &address) {
    if (!HandoffSummary::contactEmailProblem(address).isEmpty())
        return false;
    if (m_settings.value(QLatin1String(ContactEmailKey)).toString() == address.trimmed())
        return true;
    if (address.trimmed().isEmpty())
        m_settings.remove(QLatin1String(ContactEmailKey));
    else
        m_settings.setValue(QLatin1String(ContactEmailKey), address.trimmed());
    m_settings.sync();
    return true;
}

} // namespace jt
