#pragma once

#include "greenhouse/Permissions.h"
#include "net/ByteSize.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

class QSettings;

namespace jt {

using namespace byte_size;

struct VerificationReport;
struct VerificationRequest;

// Everything about a set-up connection except its secret (which lives only in the OS keychain): what the
// wizard and `verify --save` store in QSettings, what `verify --from-keychain` and the hand-off summary read
// back.
struct StoredConnection {
    CredentialKind kind = CredentialKind::HarvestV3;
    QString clientId;          // v3
    QString userId;            // v3, optional
    QString boardToken;        // normalised
    QString boardName;         // as the Job Board API named it when verified
    QString secretFingerprint; // "sha256:" + first 16 hex digits of SHA-256(secret): tells keys apart,
                               // reveals nothing
    QDateTime verifiedAt;      // UTC
    QJsonObject report;        // VerificationReport::toJson() of that verification (no secret in it)

    bool isValid() const { return !boardToken.isEmpty() && verifiedAt.isValid(); }
    // What the last recorded check found: everything passed, something failed, or Greenhouse could not be
    // reached (then nothing was decided).
    enum class Outcome { Passed, Failed, Unreachable };
    Outcome lastOutcome() const;

    [[nodiscard]] static StoredConnection fromVerification(const VerificationRequest &request,
                                                           const VerificationReport &report);
    [[nodiscard]] static QString fingerprintOf(const QString &secret);
    // Whether `text` has the shape fingerprintOf() gives.
    [[nodiscard]] static bool isFingerprint(const QString &text);
};

// QSettings group "connection": the non-secret half of the stored connection.
//
// What is read back is checked as strictly as what an admin types, by the same rules (BoardTokenInput,
// CredentialInput, the server-text rule for the board name): the file may have been damaged or edited, and
// a value that breaks its rule must reach neither a request to Greenhouse nor a notification.
// The file, and on Unix its folder, are readable by their owner only (OwnerOnlyFile.h).
class ConnectionSettings {
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    static constexpr qint64 MinimumFreeBytes = 64_KiB;

    explicit ConnectionSettings(QSettings &settings)
        : m_settings(settings) {}

    std::optional<StoredConnection> load() const; // nullopt when none is stored, or it is damaged
    // False when the settings could not be written whole, read back from the file's own bytes; then they are
    // put back as they were, as far as the disk lets them (else isDamaged()).
    [[nodiscard]] bool save(const StoredConnection &connection);
    // A connection group is there but cannot be used: a value is missing (a write cut short), or a value
    // breaks its rule (see damagedValue()).
    bool isDamaged() const;
    // The translated name of the first stored value that breaks its rule ("job board token"), never the
    // value itself; empty when none does (nothing stored, a whole connection, or only a value missing).
    QString damagedValue() const;
    QString location() const; // the settings file, for messages
    void clear();

private:
    struct Read {
        bool present = false; // the group holds any key
        std::optional<StoredConnection> connection;
        QString damagedValue;
    };
    Read read() const;
    // Before and after every write: the file (made first, when `createFile`), and the folder QSettings made
    // for it, for the owner only.
    void keepOwnerOnly(bool createFile) const;

    QSettings &m_settings;
};

} // namespace jt
