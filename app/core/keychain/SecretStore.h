#pragma once

#include "KeychainBackend.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>

namespace jt {

// Why the keychain could not be used; each has its own message and way forward.
enum class KeychainProblem {
    None,
    NotFound,    // read: nothing stored under that key (removing what is not there is no problem)
    Unavailable, // no Secret Service / no session bus / no backend / libsecret missing / no default keyring
    Locked,      // the keyring is locked or access was denied
    TimedOut,    // the keychain did not answer in time (e.g. a password prompt nobody sees)
    Other,
    // The stored connection as a whole (ConnectionStore): the keychain and the settings do not hold the same
    // credential (a save was cut short); the settings could not be written; another save is under way.
    Incomplete,
    SettingsNotWritten,
    Busy,
};

struct KeychainResult {
    KeychainProblem problem = KeychainProblem::None;
    QString secret;  // read only
    QString message; // translated, specific, with the way forward; empty when ok
    bool ok() const { return problem == KeychainProblem::None; }
};

// The credential's secret in the OS keychain (QtKeychain), and nowhere else: no plaintext fallback, ever.
// Every job is asynchronous and gives up after a timeout instead of hanging.
//
// `done` is called exactly once per call, from the event loop (never from within write/read/remove), unless
// the store is destroyed first: then it is not called at all. After a timeout the keychain's late answer is
// ignored (a late write may still have stored the secret: the caller may remove it or write again). `done`
// may destroy the store. The secret never appears in a message or a log line (the logging category
// jt.keychain, info level, tells each failure in the keychain's own words).
// QtKeychain runs one job at a time in the whole process: after a timeout, later calls wait behind the job
// that hangs (and time out too) until it ends, e.g. when the password prompt is answered.
class SecretStore : public QObject {
    Q_OBJECT
public:
    static constexpr const char *DefaultService = "jobtarget-setup";
    static constexpr const char *SecretKey = "greenhouse-credential-secret";
    static constexpr std::chrono::milliseconds DefaultTimeout{15000};

    // The OS keychain through QtKeychain.
    explicit SecretStore(QString service = QString::fromLatin1(DefaultService), QObject *parent = nullptr);
    // Any backend (tests: one that fails in every way, or never answers).
    SecretStore(std::unique_ptr<KeychainBackend> backend, QString service, QObject *parent = nullptr);
    ~SecretStore() override;

    // Stores the secret, replacing what was stored under that key.
    void write(const QString &key, const QString &secret, std::function<void(KeychainResult)> done);
    // The secret in result.secret; NotFound when nothing is stored under that key.
    void read(const QString &key, std::function<void(KeychainResult)> done);
    // Succeeds also when nothing was stored under that key.
    void remove(const QString &key, std::function<void(KeychainResult)> done);

    // For jobs started afterwards; at least 1 ms.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    QString service() const { return m_service; }

    // The message a result with this problem carries (TimedOut: for that timeout; Other: with the keychain's
    // words).
    static QString messageFor(KeychainProblem problem, std::chrono::milliseconds timeout = DefaultTimeout,
                              const QString &detail = QString());

private:
    enum class Operation { Write, Read, Remove };

    void start(Operation operation, const QString &key, const QString &secret,
               std::function<void(KeychainResult)> done);
    static KeychainResult interpret(Operation operation, KeychainAnswer answer, const QString &secret);
    static QString noDefaultKeyringMessage();

    std::unique_ptr<KeychainBackend> m_backend;
    QString m_service;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

} // namespace jt
