#include "CredentialInput.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

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
    static const QRegularExpression key(QStringLiteral("^[0-9a-f]{32}(-\\d+)?$"));
    return key.match(text).hasMatch();
}

} // namespace

QString CredentialInput::pasteProblem(const QString &value, const QString &what) {
    if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
        return tr("The %1 contains a line break: copy it again as one line.").arg(what);
    if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\'')) ||
        value.contains(QChar(0x201C)) || value.contains(QChar(0x201D)))
        return tr("The %1 contains quotation marks: paste it without them.").arg(what);
    if (value.startsWith(QLatin1String("Basic "), Qt::CaseInsensitive) ||
        value.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive) ||
        value.startsWith(QLatin1String("Authorization:"), Qt::CaseInsensitive))
        return tr("This is a whole “Authorization” header. Paste only the %1 from Greenhouse.").arg(what);
    if (looksLikeUrl(value))
        return tr("This is a web address, not a %1. Copy the %1 from API Credential Management.").arg(what);
    if (value.contains(QRegularExpression(QStringLiteral("\\s"))))
        return tr("The %1 contains spaces: copy it again without them.").arg(what);
    return {};
}

FieldCheck CredentialInput::checkSecret(CredentialKind kind, const QString &raw) {
    FieldCheck check;
    check.value = raw.trimmed();
    const QString what = kind == CredentialKind::HarvestV3 ? tr("Client Secret") : tr("API key");
    if (check.value.isEmpty()) {
        check.error = tr("The %1 is empty.").arg(what);
        return check;
    }
    check.error = pasteProblem(check.value, what);
    if (!check.ok())
        return check;
    if (kind == CredentialKind::HarvestV3 && looksLikeLegacyKey(check.value))
        check.hint = tr("This looks like a legacy Harvest API key. For Harvest v3 (OAuth), paste the Client "
                        "Secret, or choose “Harvest API key (legacy)”.");
    else if (kind == CredentialKind::HarvestV1 && looksLikeClientId(check.value))
        check.hint = tr("This looks like a Harvest v3 Client ID, not an API key. Choose “Harvest v3 "
                        "(OAuth)” to use client credentials.");
    else if (check.value.size() < 16)
        check.hint = tr("The %1 looks too short. Greenhouse shows it only once: copy all of it.").arg(what);
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
    check.error = pasteProblem(check.value, what);
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
    static const QRegularExpression userPage(QStringLiteral("/users/(\\d+)/?(\\?.*)?$"));
    if (const auto match = userPage.match(value); match.hasMatch())
        value = match.captured(1);
    check.value = value;
    static const QRegularExpression digits(QStringLiteral("^\\d{1,19}$"));
    if (!value.isEmpty() && !digits.match(value).hasMatch())
        check.error = tr("The Site Admin user ID is a number: the digits at the end of the user's "
                         "Greenhouse address (…/users/12345).");
    return check;
}

} // namespace jt
