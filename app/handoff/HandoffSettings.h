#pragma once

#include <QString>

class QSettings;

namespace jt {

// What the hand-off page remembers about whoever prepares the summary, in the application's settings (group
// "handOff", beside the export folder), as ProgressStore keeps the wizard's progress: who prepared it once
// the admin has written it, and the contact e-mail. Neither is secret; removing the stored connection leaves
// them, since they belong to the admin, not to the connection.
class HandoffSettings {
public:
    explicit HandoffSettings(QSettings &settings)
        : m_settings(settings) {}

    // The name the admin wrote, else HandoffSummary::defaultPreparedBy().
    QString preparedBy() const;
    // Remembers `name`; empty (or blank) forgets it, so that the account's name comes back.
    void setPreparedBy(const QString &name);

    // The remembered address, empty when none (or when what is stored is not an address).
    QString contactEmail() const;
    // Remembers `address` if HandoffSummary::contactEmailProblem() accepts it (empty forgets it); false and
    // nothing changed otherwise.
    bool setContactEmail(const QString &address);

    static constexpr const char *PreparedByKey = "handOff/preparedBy";
    static constexpr const char *ContactEmailKey = "handOff/contactEmail";

private:
    QSettings &m_settings;
};

} // namespace jt
