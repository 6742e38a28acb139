#include "StoredConnection.h"

#include "verify/Verifier.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>

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

namespace {

void writeGroup(QSettings &settings, const std::optional<StoredConnection> &connection) {
    settings.remove(Group);
    if (!connection)
        return;
    settings.beginGroup(Group);
    settings.setValue(QStringLiteral("kind"), credentialKindWord(connection->kind));
    settings.setValue(QStringLiteral("clientId"), connection->clientId);
    settings.setValue(QStringLiteral("userId"), connection->userId);
    settings.setValue(QStringLiteral("boardToken"), connection->boardToken);
    settings.setValue(QStringLiteral("boardName"), connection->boardName);
    settings.setValue(QStringLiteral("secretFingerprint"), connection->secretFingerprint);
    settings.setValue(QStringLiteral("verifiedAt"), connection->verifiedAt.toUTC().toString(Qt::ISODate));
    settings.setValue(QStringLiteral("report"),
                      QString::fromUtf8(QJsonDocument(connection->report).toJson(QJsonDocument::Compact)));
    settings.endGroup();
}

// Whether the settings file on disk holds every key and value `settings` holds. A second QSettings on the
// same file would not tell: QSettings caches each file per process and would answer from that cache. A copy
// under another name is parsed from its bytes. (Found with a full disk played by a file size limit: the
// file was cut at the limit, and QSettings reported no error.)
bool isWholeOnDisk(const QSettings &settings) {
    QFile file(settings.fileName());
    QTemporaryDir scratch;
    if (!file.open(QIODevice::ReadOnly) || !scratch.isValid())
        return false;
    const QByteArray bytes = file.readAll();
    QFile copy(scratch.filePath(QStringLiteral("read-back.conf")));
    if (!copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size() || !copy.flush())
        return false;
    copy.close();
    const QSettings onDisk(copy.fileName(), settings.format());
    const QStringList keys = settings.allKeys();
    return onDisk.status() == QSettings::NoError && onDisk.allKeys().size() == keys.size() &&
           std::all_of(keys.cbegin(), keys.cend(),
                       [&](const QString &key) { return onDisk.value(key) == settings.value(key); });
}

} // namespace

bool ConnectionSettings::save(const StoredConnection &connection) {
    const std::optional<StoredConnection> previous = load();
    // A disk this full would cut the file short (below); nothing is written then.
    const QStorageInfo disk(QFileInfo(location()).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < MinimumFreeBytes)
        return false;
    writeGroup(m_settings, connection);
    m_settings.sync();
    if (m_settings.status() == QSettings::NoError && isWholeOnDisk(m_settings))
        return true;
    // As it was, if the disk lets it be written; else the file is damaged and every reader says so.
    writeGroup(m_settings, previous);
    m_settings.sync();
    return false;
}

bool ConnectionSettings::isDamaged() const {
    m_settings.beginGroup(Group);
    const bool present = !m_settings.childKeys().isEmpty();
    m_settings.endGroup();
    return present && !load();
}

QString ConnectionSettings::location() const {
    return m_settings.fileName();
}

void ConnectionSettings::clear() {
    m_settings.remove(Group);
    m_settings.sync();
}

} // namespace jt
