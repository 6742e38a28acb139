#pragma once

#include "greenhouse/Permissions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

class QIODevice;
class QTextDocument;

namespace jt {

struct StoredConnection;

// One required permission as the summary shows it: Greenhouse's label (never translated) and what the last
// verification found.
struct HandoffPermission {
    QString id;           // "harvest:jobs:list"
    QString label;        // exactly as Greenhouse's Dev Center shows it
    QString status;       // statusWord() id: granted · missing · unreachable · not_checked
    QDateTime verifiedAt; // UTC; invalid when the last verification has no row for it
};

// The hand-off summary for JobTarget (PRODUCT.md, page 8): ONE model, built from the stored connection, that
// every format renders — Markdown, a standalone HTML page, JSON, PDF, and a QTextDocument for printing. The
// secret is never part of it unless the caller opts in with includeSecret(). Rendering PDF or building the
// QTextDocument needs a QGuiApplication (fonts); the other formats do not.
class HandoffSummary {
    Q_DECLARE_TR_FUNCTIONS(HandoffSummary)

public:
    static HandoffSummary fromConnection(const StoredConnection &connection,
                                         const QDateTime &generatedAt = QDateTime::currentDateTimeUtc());

    // The explicit opt-in: from now on every format carries the secret, with a warning.
    void includeSecret(const QString &secret);
    bool containsSecret() const { return m_secret.has_value(); }

    QString title() const { return m_title; }
    QString boardName() const { return m_boardName; }
    QString boardToken() const { return m_boardToken; }
    QUrl boardUrl() const { return m_boardUrl; }
    std::optional<int> liveJobs() const { return m_liveJobs; }
    CredentialKind kind() const { return m_kind; }
    QString kindName() const; // "Harvest v3 (OAuth)" / "Harvest API key (legacy)", translated
    QString clientId() const { return m_clientId; }             // v3
    QString userId() const { return m_userId; }                 // v3, optional
    QString keyFingerprint() const { return m_keyFingerprint; } // legacy
    QDateTime verifiedAt() const { return m_verifiedAt; }
    QDateTime generatedAt() const { return m_generatedAt; }
    const QList<HandoffPermission> &permissions() const { return m_permissions; }
    QStringList warnings() const { return m_warnings; }
    QStringList nextSteps() const; // translated
    QUrl jobTargetHelp() const;    // GreenhouseLinks::jobTargetContact()

    static QString secretWarning(); // "This document contains the secret. …", translated

    QString toMarkdown() const;
    QString toHtml() const; // a complete standalone page (UTF-8), every value escaped
    QJsonObject toJson() const;
    std::unique_ptr<QTextDocument> toTextDocument() const; // for printing and PDF
    // A4 PDF; writes straight to the device (the caller decides about atomicity and permissions).
    bool writePdf(QIODevice *device) const;
    // A4 PDF into `path`, written atomically (QSaveFile); 0600 when the secret is included.
    bool writePdf(const QString &path, QString *error = nullptr) const;

    // Every format by name: "md", "html", "pdf", "json" (nullopt for anything else).
    enum class Format { Markdown, Html, Pdf, Json };
    static std::optional<Format> formatFromName(const QString &name);
    QByteArray render(Format format) const; // the bytes of a file in that format (UTF-8 for the text ones)
    // Writes `path` atomically (QSaveFile), owner-only (0600) when the secret is included.
    bool save(const QString &path, Format format, QString *error = nullptr) const;

    static QString statusText(const QString &statusWord); // "✓ granted", translated
    static QString formatTime(const QDateTime &time);     // "2026-11-28 17:40 UTC"

private:
    QString m_title;
    QString m_boardName;
    QString m_boardToken;
    QUrl m_boardUrl;
    std::optional<int> m_liveJobs;
    CredentialKind m_kind = CredentialKind::HarvestV3;
    QString m_clientId;
    QString m_userId;
    QString m_keyFingerprint;
    QDateTime m_verifiedAt;
    QDateTime m_generatedAt;
    QList<HandoffPermission> m_permissions;
    QStringList m_warnings;
    std::optional<QString> m_secret;
};

} // namespace jt
