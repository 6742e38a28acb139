#pragma once

#include <QCoreApplication>
#include <QString>

namespace jt {

// After a stored connection was replaced by one with another secret: what the admin should revoke in
// Greenhouse, and when. One text for the wizard's Save page and `verify --save`.
struct RevokeReminder {
    Q_DECLARE_TR_FUNCTIONS(RevokeReminder)

public:
    // `replacedClientId`: the Client ID of the connection replaced (empty: it was a legacy API key);
    // `newClientId`: the one that replaced it (empty: a legacy API key).
    static QString text(const QString &replacedClientId, const QString &newClientId);
};

} // namespace jt
