// The simulated auth.greenhouse.io: the OAuth 2.0 client-credentials token endpoint of Harvest v3.

#include "SimPrivate.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace jt::sim {

namespace {

QByteArray newAccessToken() {
    // Looks like the JWTs Greenhouse hands out; nothing may depend on it being one.
    quint32 words[12];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray raw(reinterpret_cast<const char *>(words), sizeof words);
    return "eyJ" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

SimHttpResponse oauthError(int status, const QString &error, const QString &description = {}) {
    QJsonObject object{{QStringLiteral("error"), error}};
    if (!description.isEmpty())
        object.insert(QStringLiteral("error_description"), description);
    return jsonResponse(status, object);
}

} // namespace

SimHttpResponse SimulatedGreenhouse::Private::handleAuth(const SimHttpRequest &request) {
    if (request.path != "/token")
        return messageResponse(404, QStringLiteral("Resource not found"));
    if (request.method != "POST") {
        SimHttpResponse response = messageResponse(405, QStringLiteral("Method Not Allowed"));
        response.setHeader("Allow", "POST");
        return response;
    }

    const auto credentials = basicCredentials(request.header("authorization"));
    if (!credentials)
        return messageResponse(401, QStringLiteral("Unauthorized"));
    const auto &[clientId, clientSecret] = *credentials;
    static const QRegularExpression suffix(QStringLiteral("-\\d+$"));
    if (!suffix.match(clientId).hasMatch()) {
        // Real Greenhouse echoes the id back; clients must scrub it before showing anything.
        return messageResponse(
            400, QStringLiteral("client_id=%1 does not contain a valid client ID suffix").arg(clientId));
    }
    const bool known =
        (clientId == QLatin1String(ClientId) &&
         (clientSecret == QLatin1String(ClientSecret) ||
          (scenario.secretRotated && clientSecret == QLatin1String(RotatedClientSecret)))) ||
        (clientId == QLatin1String(OtherClientId) && clientSecret == QLatin1String(OtherClientSecret));
    if (!known)
        return oauthError(401, QStringLiteral("invalid_client"));

    // Form encoding writes spaces as '+', which QUrlQuery would keep literally.
    QByteArray form = request.body;
    form.replace('+', "%20");
    const QUrlQuery query(QString::fromUtf8(form));
    if (query.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded) !=
        QLatin1String("client_credentials"))
        return oauthError(400, QStringLiteral("unsupported_grant_type"));
    const QString subject = query.queryItemValue(QStringLiteral("sub"), QUrl::FullyDecoded).trimmed();
    if (!subject.isEmpty() && subject != QLatin1String(SiteAdminUserId) &&
        subject != QLatin1String(BasicUserId)) {
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The sub parameter is not the id of a user in this organization."));
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int lifetime = scenario.tokenLifetimeSeconds;
    const IssuedToken issued{subject, now.addSecs(lifetime)};
    const QByteArray token = newAccessToken();
    tokens.insert(token, issued);
    ++tokensIssued;

    QJsonObject body{{QStringLiteral("access_token"), QString::fromLatin1(token)},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    switch (scenario.tokenExpiry) {
    case TokenExpiry::ExpiresIn:
        body.insert(QStringLiteral("expires_in"), lifetime);
        break;
    case TokenExpiry::ExpiresAt:
        body.insert(QStringLiteral("expires_at"), issued.expiresAt.toString(Qt::ISODate));
        break;
    case TokenExpiry::Expires:
        body.insert(QStringLiteral("expires"), lifetime);
        break;
    case TokenExpiry::Missing:
        break;
    }
    SimHttpResponse response = jsonResponse(200, body);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

} // namespace jt::sim
