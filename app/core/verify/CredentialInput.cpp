#include "CredentialInput.h"

#include "net/ServerText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace jt {

namespace {
bool looksLikeUrl(const QString &text) {
    static const QRegularExpression url(QStringLiteral("^(https?://|www\\.)|\\.(io|com)(/|$)"),
                                        QRegularExpression::CaseInsensitiveOption);
    return url.match(text).hasMatch();
}

bool looksLikeClientId(const QString &text) {
    static const QRegularExpression clientId(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_.]*(-[A-Za-z0-9_.]+)*-\\d+$"));
    return clientId.match(text).hasMatch();
}

bool looksLikeLegacyKey(const QString &text) {
    static const QRegularExpression key(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{32}(-\\d+)?")));
    return key.match(text).hasMatch();
}

} // namespace

// The field's name is a label in front of a complete sentence, so no sentence has to agree with it.
QString CredentialInput::pasteProblem(const QString &value, const QString &what) {
    if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
        //: %1 is the field's name, such as "Client Secret"
        return tr("%1: the value contains a line break. Copy it again as one line.").arg(what);
    // A NUL cut the value short where it was passed on; no credential holds a control character, nor a
    // direction override or zero-width character (found by fuzzing: they passed, invisible in the field).
    if (std::any_of(value.cbegin(), value.cend(),
                    [](QChar c) { return isUnsafeServerCharacter(c) && c != u'\t'; }))
        //: %1 is the field's name, such as "Client Secret"
        return tr("%1: the value contains a control or invisible character (such as NUL). Copy it again.")
            .arg(what);
    if (value.contains(QChar::ReplacementCharacter))
        //: %1 is the field's name, such as "Client Secret"
        return tr("%1: the value is not valid text (UTF-8). Copy it again.").arg(what);
    if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\'')) ||
        value.contains(QChar(0x201C)) || value.contains(QChar(0x201D)))
        //: %1 is the field's name, such as "Client Secret"
        return tr("%1: the value contains quotation marks. Paste it without them.").arg(what);
    if (value.startsWith(QLatin1String("Basic "), Qt::CaseInsensitive) ||
        value.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive) ||
        value.startsWith(QLatin1String("Authorization:"), Qt::CaseInsensitive))
        //: %1 is the field's name, such as "Client Secret"
        return tr("%1: this is a whole “Authorization” header. Paste only the value that Greenhouse "
                  "shows.")
            .arg(what);
    if (looksLikeUrl(value))
        //: %1 is the field's name, such as "Client Secret"
        return tr("%1: this is a web address. Copy the value from API Credential Management.").arg(what);
    if (value.contains(QRegularExpression(QStringLiteral("\\s"))))
        //: %1 is the field's name, such as "Client Secret"
        return tr("%1: the value contains spaces. Copy it again without them.").arg(what);
    return {};
}

void CredentialInput::offerFix(FieldCheck &check, const QString &what,
                               std::optional<CredentialKind> secretOf) {
    const QString &value = check.value;
    QString fixed;
    QString label;
    static const QRegularExpression header(QStringLiteral("^(authorization:\\s*)?basic\\s+"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto match = header.match(value); match.hasMatch()) {
        fixed = value.mid(match.capturedLength()).trimmed();
        // The header carries base64 of "key:" (legacy) or "client id:client secret" (v3): the secret is
        // inside.
        const auto decoded =
            QByteArray::fromBase64Encoding(fixed.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        const QString inside = decoded ? QString::fromUtf8(*decoded) : QString();
        const qsizetype colon = inside.indexOf(QLatin1Char(':'));
        if (secretOf && colon > 0 && pasteProblem(inside.left(colon), what).isEmpty()) {
            if (*secretOf == CredentialKind::HarvestV1 && colon == inside.size() - 1)
                fixed = inside.left(colon);
            else if (*secretOf == CredentialKind::HarvestV3 && colon < inside.size() - 1)
                fixed = inside.mid(colon + 1);
        }
        label = tr("Remove the header");
    } else {
        fixed = value;
        for (const QChar quote :
             {QChar(u'"'), QChar(u'\''), QChar(0x201C), QChar(0x201D), QChar(0x2018), QChar(0x2019)})
            fixed.remove(quote);
        fixed = fixed.trimmed();
        label = tr("Remove them");
    }
    if (!fixed.isEmpty() && fixed != value && pasteProblem(fixed, what).isEmpty()) {
        check.fixed = fixed;
        check.fixLabel = label;
    }
}

FieldCheck CredentialInput::checkSecret(CredentialKind kind, const QString &raw) {
    FieldCheck check;
    check.value = raw.trimmed();
    const bool v3 = kind == CredentialKind::HarvestV3;
    if (check.value.isEmpty()) {
        check.error = v3 ? tr("The Client Secret is empty.") : tr("The API key is empty.");
        return check;
    }
    const QString what = v3 ? tr("Client Secret") : tr("API key");
    // Greenhouse's secrets are short; a longer "secret" is something else pasted (and was cut at 65,535).
    if (check.value.toUtf8().size() > MaxSecretBytes) {
        check.error = tr("%1: the value is longer than %2 bytes, far longer than any Greenhouse secret. Copy "
                         "the secret again.")
                          .arg(what)
                          .arg(MaxSecretBytes);
        return check;
    }
    check.error = pasteProblem(check.value, what);
    if (!check.ok()) {
        offerFix(check, what, kind);
        return check;
    }
    if (kind == CredentialKind::HarvestV3 && looksLikeLegacyKey(check.value))
        check.hint = tr("This looks like a legacy Harvest API key. For Harvest v3 (OAuth), paste the Client "
                        "Secret, or choose “Harvest API key (legacy)”.");
    else if (kind == CredentialKind::HarvestV1 && looksLikeClientId(check.value))
        check.hint = tr("This looks like a Harvest v3 Client ID, not an API key. Choose “Harvest v3 "
                        "(OAuth)” to use client credentials.");
    else if (check.value.size() < 16)
        check.hint = v3 ? tr("The Client Secret looks too short. Greenhouse shows it only once: copy all "
                             "of it.")
                        : tr("The API key looks too short. Greenhouse shows it only once: copy all of it.");
    return check;
}

FieldCheck CredentialInput::checkClientId(const QString &raw) {
    FieldCheck check;
    check.value = raw.trimmed();
    const QString what = tr("Client ID");
    if (check.value.isEmpty()) {
        check.error = tr("The Client ID is empty.");
        return check;
    }
    // Found by fuzzing: 4 KB of anything went into the Authorization header as a "Client ID".
    if (check.value.toUtf8().size() > MaxSecretBytes) {
        check.error =
            tr("%1: the value is longer than %2 bytes, far longer than any Client ID. Copy it again "
               "from API Credential Management.")
                .arg(what)
                .arg(MaxSecretBytes);
        return check;
    }
    check.error = pasteProblem(check.value, what);
    if (!check.ok())
        offerFix(check, what, std::nullopt);
    // Basic authentication splits "client id:secret" at the first colon: part of the ID would move into the
    // password.
    if (check.ok() && check.value.contains(QLatin1Char(':')))
        check.error =
            tr("The Client ID contains “:”, which no Client ID has. Copy it again from API Credential "
               "Management.");
    if (check.ok() && !looksLikeClientId(check.value))
        check.hint = looksLikeLegacyKey(check.value)
                         ? tr("This looks like a legacy Harvest API key, not a Client ID. Choose “Harvest "
                              "API key (legacy)” to use it.")
                         : tr("Client IDs usually look like “name-1234”. Check that you copied all of it.");
    return check;
}

FieldCheck CredentialInput::checkUserId(const QString &raw) {
    FieldCheck check;
    QString value = raw.trimmed();
    // Accept the address of the user's page: …/account/users/12345
    static const QRegularExpression userPage(QStringLiteral("/users/(\\d+)/?(\\?.*)?\\z"));
    if (const auto match = userPage.match(value); match.hasMatch())
        value = match.captured(1);
    check.value = value;
    static const QRegularExpression digits(QRegularExpression::anchoredPattern(QStringLiteral("\\d{1,19}")));
    if (!value.isEmpty() && !digits.match(value).hasMatch())
        check.error = tr("The Site Admin user ID is a number: the digits at the end of the user's "
                         "Greenhouse address (…/users/12345).");
    return check;
}

} // namespace jt
