#pragma once

#include <QString>
#include <functional>
#include <memory>

namespace jt {

// QtKeychain's error codes (QKeychain::Error), with the same values, so that the code using a backend does
// not depend on QtKeychain's header (and tests can answer with any of them).
enum class KeychainCode {
    NoError = 0,
    EntryNotFound,
    CouldNotDeleteEntry,
    AccessDeniedByUser,
    AccessDenied,
    NoBackendAvailable,
    NotImplemented,
    OtherError,
};

// What a keychain backend answered to one operation.
struct KeychainAnswer {
    KeychainCode code = KeychainCode::NoError;
    QString errorString; // the backend's own words (English, untranslated), empty on success
    QString secret;      // read only
};

// The few keychain operations SecretStore needs, so that the real keychain (QtKeychain) can be replaced in
// tests by a backend that answers with any error code, or never answers.
//
// Contract: each call answers at most once, later, from the event loop (never from within the call itself);
// it may never answer (a password prompt nobody sees). An answer may come after the backend object is gone:
// `done` must therefore capture nothing that the backend owns (SecretStore's `done` guards itself).
class KeychainBackend {
public:
    using Done = std::function<void(KeychainAnswer)>;

    KeychainBackend() = default;
    KeychainBackend(const KeychainBackend &) = delete;
    KeychainBackend &operator=(const KeychainBackend &) = delete;
    virtual ~KeychainBackend() = default;

    virtual void write(const QString &service, const QString &key, const QString &secret, Done done) = 0;
    virtual void read(const QString &service, const QString &key, Done done) = 0;
    virtual void remove(const QString &service, const QString &key, Done done) = 0;
};

// The operating system's keychain through QtKeychain (Secret Service/KWallet, macOS Keychain, Windows
// Credential Manager). Never the plaintext fallback.
std::unique_ptr<KeychainBackend> makeQtKeychainBackend();

} // namespace jt
