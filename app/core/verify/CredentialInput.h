#pragma once

#include "greenhouse/Permissions.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace jt {

// The shape of what an admin typed or pasted, checked before anything is sent. `error` blocks (nothing can be
// sent); `hint` is advice that lets the value through (Greenhouse decides).
struct FieldCheck {
    QString value; // cleaned: surrounding whitespace trimmed
    QString error;
    QString hint;
    // A one-click repair of a paste problem (quotes, a whole "Basic …" header): the value without them, and
    // the button's label ("Remove them"). Empty when there is nothing to remove.
    QString fixed;
    QString fixLabel;
    bool ok() const { return error.isEmpty(); }
};

class CredentialInput {
    Q_DECLARE_TR_FUNCTIONS(CredentialInput)

public:
    static constexpr int MaxSecretBytes = 4096;

    // v3 Client Secret or v1 API key.
    [[nodiscard]] static FieldCheck checkSecret(CredentialKind kind, const QString &raw);
    // v3 Client ID: sent as typed (trimmed); hints that ids look like "name-123".
    [[nodiscard]] static FieldCheck checkClientId(const QString &raw);
    // v3 optional Site Admin user id: digits, or a Greenhouse user address ending in them.
    [[nodiscard]] static FieldCheck checkUserId(const QString &raw);

private:
    // Problems any pasted credential value can have; empty when none.
    static QString pasteProblem(const QString &value, const QString &what);
    // Offers the value without quotation marks or without an Authorization header around it, when that
    // leaves a value with no paste problem. `secretOf`: the kind whose secret the value is, if it is one.
    static void offerFix(FieldCheck &check, const QString &what, std::optional<CredentialKind> secretOf);
};

} // namespace jt
