#include "RevokeReminder.h"

namespace jt {

QString RevokeReminder::text(const QString &replacedClientId, const QString &newClientId) {
    if (!replacedClientId.isEmpty() && replacedClientId == newClientId.trimmed()) {
        // The same credential with a new secret: Greenhouse keeps the old secret valid for up to a week.
        return tr("The old secret keeps working for up to a week; revoke it in Greenhouse once JobTarget "
                  "uses "
                  "the new one: Configure → Dev Center → API Credential Management → the credential with "
                  "Client ID %1.")
            .arg(replacedClientId);
    }
    const QString where = replacedClientId.isEmpty()
                              //: Goes into "… → API Credential Management → %1 → Revoke."
                              ? tr("the previous “JobTarget” API key")
                              //: Goes into "… → API Credential Management → %1 → Revoke."
                              : tr("the credential with Client ID %1").arg(replacedClientId);
    return tr("Once JobTarget uses the new credential, revoke the old one: in Greenhouse, Configure → Dev "
              "Center → API Credential Management → %1 → Revoke.")
        .arg(where);
}

} // namespace jt
