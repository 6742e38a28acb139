// What an admin pastes (CredentialInput): whatever is accepted is clean — no control character, no
// replacement character from invalid UTF-8, at most 4,096 bytes, trimmed, and a Client ID without ":" —
// and a fix that is offered does not offer itself again.

#include "FuzzCheck.h"
#include "verify/CredentialInput.h"

using namespace jt;

namespace {

void checkAccepted(const FieldCheck &check) {
    if (!check.ok())
        return;
    FUZZ_CHECK(fuzz::showsOnlySafeCharacters(check.value, false));
    FUZZ_CHECK(!check.value.contains(QChar::ReplacementCharacter));
    FUZZ_CHECK(check.value.toUtf8().size() <= CredentialInput::MaxSecretBytes);
    FUZZ_CHECK(check.value == check.value.trimmed());
}

template <typename Check> void checkFix(const FieldCheck &first, Check again) {
    if (first.fixed.isEmpty())
        return;
    const FieldCheck fixed = again(first.fixed);
    FUZZ_CHECK(fixed.fixed != first.fixed);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(input);

    for (const CredentialKind kind : {CredentialKind::HarvestV3, CredentialKind::HarvestV1}) {
        const auto check = [kind](const QString &value) {
            return CredentialInput::checkSecret(kind, value);
        };
        const FieldCheck secret = check(text);
        checkAccepted(secret);
        checkFix(secret, check);
    }
    const FieldCheck clientId = CredentialInput::checkClientId(text);
    checkAccepted(clientId);
    if (clientId.ok())
        FUZZ_CHECK(!clientId.value.contains(QLatin1Char(':')));
    checkFix(clientId, [](const QString &value) { return CredentialInput::checkClientId(value); });
    const FieldCheck userId = CredentialInput::checkUserId(text);
    checkAccepted(userId);
    return 0;
}
