// The real keychain: one QtKeychain job per operation.

#include "KeychainBackend.h"

#include <qt6keychain/keychain.h>

namespace jt {

static_assert(int(KeychainCode::NoError) == QKeychain::NoError);
static_assert(int(KeychainCode::EntryNotFound) == QKeychain::EntryNotFound);
static_assert(int(KeychainCode::CouldNotDeleteEntry) == QKeychain::CouldNotDeleteEntry);
static_assert(int(KeychainCode::AccessDeniedByUser) == QKeychain::AccessDeniedByUser);
static_assert(int(KeychainCode::AccessDenied) == QKeychain::AccessDenied);
static_assert(int(KeychainCode::NoBackendAvailable) == QKeychain::NoBackendAvailable);
static_assert(int(KeychainCode::NotImplemented) == QKeychain::NotImplemented);
static_assert(int(KeychainCode::OtherError) == QKeychain::OtherError);

namespace {

KeychainCode codeOf(QKeychain::Error error) {
    const int value = int(error);
    if (value < int(KeychainCode::NoError) || value > int(KeychainCode::OtherError))
        return KeychainCode::OtherError;
    return KeychainCode(value);
}

class QtKeychainBackend final : public KeychainBackend {
public:
    void write(const QString &service, const QString &key, const QString &secret, Done done) override {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setTextData(secret);
        start(job, key, std::move(done));
    }

    void read(const QString &service, const QString &key, Done done) override {
        start(new QKeychain::ReadPasswordJob(service), key, std::move(done));
    }

    void remove(const QString &service, const QString &key, Done done) override {
        start(new QKeychain::DeletePasswordJob(service), key, std::move(done));
    }

private:
    // The job has no parent and deletes itself once it has finished: libsecret keeps a raw pointer to it
    // until it answers, so nobody may delete it earlier (not even on a timeout, nor with the store that
    // started it). QtKeychain runs one job at a time, process-wide: a job that never finishes holds up every
    // later one.
    static void start(QKeychain::Job *job, const QString &key, Done done) {
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plaintext file
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, job,
                         [done = std::move(done)](QKeychain::Job *finished) {
                             KeychainAnswer answer;
                             answer.code = codeOf(finished->error());
                             if (answer.code != KeychainCode::NoError)
                                 answer.errorString = finished->errorString();
                             else if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                                 answer.secret = read->textData();
                             done(std::move(answer));
                         });
        job->start();
    }
};

} // namespace

std::unique_ptr<KeychainBackend> makeQtKeychainBackend() {
    return std::make_unique<QtKeychainBackend>();
}

} // namespace jt
