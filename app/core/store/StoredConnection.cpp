#include "StoredConnection.h"

#include "net/ServerText.h"
#include "platform/OwnerOnlyFile.h"
#include "verify/BoardToken.h"
#include "verify/CredentialInput.h"
#include "verify/Verifier.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>

namespace jt {

namespace {
const QString Group = QStringLiteral("connection");

// A stored value is whole when the rule its typed input follows takes it unchanged: what was saved had
// passed that rule and was saved as it came out.
bool isWholeBoardToken(const QString &token) {
    return BoardTokenInput::parse(token).token == token;
}

bool isWholeClientId(const QString &id) {
    const FieldCheck check = CredentialInput::checkClientId(id);
    return check.ok() && check.value == id;
}

bool isWholeUserId(const QString &id) {
    const FieldCheck check = CredentialInput::checkUserId(id);
    return check.ok() && check.value == id;
}

// The board name is Greenhouse's text, stored as the Job Board API client made it safe (plainServerValue).
bool isWholeBoardName(const QString &name) {
    return plainServerValue(name) == name;
}

} // namespace

QString StoredConnection::fingerprintOf(const QString &secret) {
    const QByteArray digest = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("sha256:") + QString::fromLatin1(digest.toHex().left(16));
}

bool StoredConnection::isFingerprint(const QString &text) {
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("sha256:[0-9a-f]{16}")));
    return shape.match(text).hasMatch();
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

ConnectionSettings::Read ConnectionSettings::read() const {
    Read read;
    m_settings.beginGroup(Group);
    read.present = !m_settings.childKeys().isEmpty();
    const auto text = [this](const QString &key) {
        return m_settings.value(key).toString();
    };
    const QString kind = text(QStringLiteral("kind"));
    StoredConnection connection;
    connection.kind = kind == credentialKindWord(CredentialKind::HarvestV1) ? CredentialKind::HarvestV1
                                                                            : CredentialKind::HarvestV3;
    connection.clientId = text(QStringLiteral("clientId"));
    connection.userId = text(QStringLiteral("userId"));
    connection.boardToken = text(QStringLiteral("boardToken"));
    connection.boardName = text(QStringLiteral("boardName"));
    connection.secretFingerprint = text(QStringLiteral("secretFingerprint"));
    const QString verifiedAt = text(QStringLiteral("verifiedAt"));
    const QString report = text(QStringLiteral("report"));
    m_settings.endGroup();
    if (!read.present)
        return read;

    connection.verifiedAt = QDateTime::fromString(verifiedAt, Qt::ISODate);
    QJsonParseError reportError{};
    const QJsonDocument reportDocument = QJsonDocument::fromJson(report.toUtf8(), &reportError);
    connection.report = reportDocument.object();
    const bool v3 = connection.kind == CredentialKind::HarvestV3;

    // A value missing: a write cut short (isDamaged(), with no value to name), whatever the values before the
    // cut look like.
    if (kind.isEmpty() || (v3 && connection.clientId.isEmpty()) || connection.boardToken.isEmpty() ||
        connection.secretFingerprint.isEmpty() || verifiedAt.isEmpty())
        return read;
    // The first value that breaks its rule, by its name (never its value: it may be anything). A legacy API
    // key has neither Client ID nor user ID.
    const QList<std::pair<bool, QString>> rules{
        {kind == credentialKindWord(CredentialKind::HarvestV3) ||
             kind == credentialKindWord(CredentialKind::HarvestV1),
         //: a value of the stored connection, named when it is damaged
         tr("credential kind")},
        {v3 ? isWholeClientId(connection.clientId) : connection.clientId.isEmpty(),
         //: a value of the stored connection, named when it is damaged
         tr("Client ID")},
        {v3 ? isWholeUserId(connection.userId) : connection.userId.isEmpty(),
         //: a value of the stored connection, named when it is damaged
         tr("Site Admin user ID")},
        {isWholeBoardToken(connection.boardToken),
         //: a value of the stored connection, named when it is damaged
         tr("job board token")},
        {isWholeBoardName(connection.boardName),
         //: a value of the stored connection, named when it is damaged
         tr("job board name")},
        {StoredConnection::isFingerprint(connection.secretFingerprint),
         //: a value of the stored connection, named when it is damaged
         tr("fingerprint of the secret")},
        {connection.verifiedAt.isValid(),
         //: a value of the stored connection, named when it is damaged
         tr("time of the last check")},
        {report.isEmpty() || (reportError.error == QJsonParseError::NoError && reportDocument.isObject()),
         //: a value of the stored connection, named when it is damaged
         tr("result of the last check")},
    };
    for (const auto &[whole, name] : rules) {
        if (!whole) {
            read.damagedValue = name;
            return read;
        }
    }
    read.connection = connection;
    return read;
}

std::optional<StoredConnection> ConnectionSettings::load() const {
    return read().connection;
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
    keepOwnerOnly(true);
    writeGroup(m_settings, connection);
    m_settings.sync();
    keepOwnerOnly(false);
    if (m_settings.status() == QSettings::NoError && isWholeOnDisk(m_settings))
        return true;
    // As it was, if the disk lets it be written; else the file is damaged and every reader says so.
    writeGroup(m_settings, previous);
    m_settings.sync();
    keepOwnerOnly(false);
    return false;
}

// QSettings writes a new file and renames it over the old one; that new file takes the old one's mode, so a
// file made owner-only before the first write stays so (and is made so again after each write, should a
// write have gone another way). Its folder, when QSettings made it for this application's organization,
// holds the lock files and QSettings' own temporary file: owner-only too. On Windows the settings file lies
// in the profile (%APPDATA%, main.cpp), whose inherited access list already excludes other users; macOS keeps
// them in the user's own preferences folder.
void ConnectionSettings::keepOwnerOnly(bool createFile) const {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const QString path = location();
    const QString folder = QFileInfo(path).absolutePath();
    if (createFile && !QFileInfo::exists(path)) {
        QFile file(path);
        if (QDir().mkpath(folder) && file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            restrictToOwner(file);
    }
    if (!m_settings.organizationName().isEmpty() &&
        QFileInfo(folder).fileName() == m_settings.organizationName())
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (QFileInfo::exists(path))
        restrictToOwner(path);
#else
    Q_UNUSED(createFile)
#endif
}

bool ConnectionSettings::isDamaged() const {
    const Read stored = read();
    return stored.present && !stored.connection;
}

QString ConnectionSettings::damagedValue() const {
    return read().damagedValue;
}

QString ConnectionSettings::location() const {
    return m_settings.fileName();
}

void ConnectionSettings::clear() {
    m_settings.remove(Group);
    m_settings.sync();
    keepOwnerOnly(false);
}

} // namespace jt
