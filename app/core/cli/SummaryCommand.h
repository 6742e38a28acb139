#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>
#include <functional>
#include <optional>

class QSettings;

namespace jt {

// `jobtarget-setup summary --format md|html|pdf|json --output FILE [--include-secret]`: the hand-off summary
// of the stored connection (PRODUCT.md, "Command line"). Exit status: 0 written; 2 bad usage (nothing
// written); 7 no stored connection, or the secret could not be read from the keychain; 1 the file could not
// be written. PDF needs a QGuiApplication (fonts); the other formats run under a QCoreApplication.
class SummaryCommand {
    Q_DECLARE_TR_FUNCTIONS(SummaryCommand)

public:
    // Called once with the secret, or with nullopt and a translated message saying why it could not be read.
    using SecretDone = std::function<void(std::optional<QString> secret, QString error)>;
    // Reads the stored secret (the keychain, in main.cpp); may answer at once or later from the event loop.
    using SecretReader = std::function<void(SecretDone done)>;

    SummaryCommand(QSettings &settings, SecretReader secretReader, QIODevice *out, QIODevice *err);
    // `arguments` starts after "summary". Returns the exit status.
    int run(const QStringList &arguments);

    // How long to wait for the secret reader before giving up (it has its own time-outs; this is a backstop).
    void setSecretTimeout(int milliseconds) { m_secretTimeoutMs = milliseconds; }

private:
    int fail(int status, const QString &message);
    std::optional<QString> readSecret(QString *error);

    QSettings &m_settings;
    SecretReader m_secretReader;
    QIODevice *m_out;
    QIODevice *m_err;
    int m_secretTimeoutMs = 120000;
};

} // namespace jt
