#include "StoredConnection.h"

#include "verify/Verifier.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace jt {

namespace {
const QString Group = QStringLiteral("connection");
}

QString StoredConnection::fingerprintOf(const QString &secret) {
    const QByteArray digest = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("sha256:") + QString::fromLatin1(digest.toHex().left(16));
}

StoredConnection StoredConnection::fromVerification(const VerificationRequest &request,
                                                    const VerificationReport &report) {
    StoredConnection connection;
    connection.kind = request.kind;
    if (request.kind == CredentialKind::HarvestV3) {
        connection.clientId = request.clientId;
        connection.userId = request.userId;
    }
    connection.boardToken = report.board.token.isEmpty() ? request.boardToken : report.board.token;
    connection.boardName = report.board.name;
    connection.secretFingerprint = fingerprintOf(request.secret);
    connection.verifiedAt = report.checkedAt.toUTC();
    connection.report = report.toJson();
    // The hand-off lists the first live jobs' titles; `verify --format json` does not carry them.
    QJsonObject board = connection.report.value(QStringLiteral("board")).toObject();
    if (!report.board.firstTitles.isEmpty()) {
        board.insert(QStringLiteral("first_titles"), QJsonArray::fromStringList(report.board.firstTitles));
        connection.report.insert(QStringLiteral("board"), board);
    }
    return connection;
}

StoredConnection::Outcome StoredConnection::lastOutcome() const {
    if (report.value(QLatin1String("ok")).toBool())
        return Outcome::Passed;
    const auto statusOf = [this](QLatin1String part) {
        return report.value(part).toObject().value(QLatin1String("status")).toString();
    };
    const QLatin1String unreachable("unreachable");
    return statusOf(QLatin1String("credential")) == unreachable ||
                   statusOf(QLatin1String("board")) == unreachable
               ? Outcome::Unreachable
               : Outcome::Failed;
}

std::optional<StoredConnection> ConnectionSettings::load() const {
    m_settings.beginGroup(Group);
    StoredConnection connection;
    connection.kind = m_settings.value(QStringLiteral("kind")).toString() == QLatin1String("v1")
                          ? CredentialKind::HarvestV1
                          : CredentialKind::HarvestV3;
    connection.clientId = m_settings.value(QStringLiteral("clientId")).toString();
    connection.userId = m_settings.value(QStringLiteral("userId")).toString();
    connection.boardToken = m_settings.value(QStringLiteral("boardToken")).toString();
    connection.boardName = m_settings.value(QStringLiteral("boardName")).toString();
    connection.secretFingerprint = m_settings.value(QStringLiteral("secretFingerprint")).toString();
    connection.verifiedAt =
        QDateTime::fromString(m_settings.value(QStringLiteral("verifiedAt")).toString(), Qt::ISODate);
    connection.report =
        QJsonDocument::fromJson(m_settings.value(QStringLiteral("report")).toString().toUtf8()).object();
    m_settings.endGroup();
    if (!connection.isValid())
        return std::nullopt;
    return connection;
}

bool ConnectionSettings::save(const StoredConnection &connection) {
    m_settings.remove(Group);
    m_settings.beginGroup(Group);
    m_settings.setValue(QStringLiteral("kind"), credentialKindWord(connection.kind));
    m_settings.setValue(QStringLiteral("clientId"), connection.clientId);
    m_settings.setValue(QStringLiteral("userId"), connection.userId);
    m_settings.setValue(QStringLiteral("boardToken"), connection.boardToken);
    m_settings.setValue(QStringLiteral("boardName"), connection.boardName);
    m_settings.setValue(QStringLiteral("secretFingerprint"), connection.secretFingerprint);
    m_settings.setValue(QStringLiteral("verifiedAt"), connection.verifiedAt.toUTC().toString(Qt::ISODate));
    m_settings.setValue(QStringLiteral("report"),
                        QString::fromUtf8(QJsonDocument(connection.report).toJson(QJsonDocument::Compact)));
    m_settings.endGroup();
    m_settings.sync();
    // Written only if QSettings says so and it reads back from the file itself, not from QSettings' cache
    // (a full disk, a config folder that is a file).
    QSettings onDisk(m_settings.fileName(), m_settings.format());
    const auto written = ConnectionSettings(onDisk).load();
    return m_settings.status() == QSettings::NoError && written &&
           written->secretFingerprint == connection.secretFingerprint &&
           written->boardToken == connection.boardToken && written->clientId == connection.clientId;
}

QString ConnectionSettings::location() const {
    return m_settings.fileName();
}

void ConnectionSettings::clear() {
    m_settings.remove(Group);
    m_settings.sync();
}

} // namespace jt
