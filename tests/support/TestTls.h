#pragma once

// Test-only TLS material made by tests/make-test-certs.sh at configure time (see tests/CMakeLists.txt).

#include "sim/SimulatedGreenhouse.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace jt::test {

inline QString testCertPath(const char *name) {
    return QStringLiteral(JT_TEST_CERTS "/") + QLatin1String(name);
}

// The CA that signed the simulator's certificate: trust it to talk to the simulator over HTTPS.
inline QString testCaFile() {
    return testCertPath("ca.pem");
}

// An unrelated CA: trusting only this one must make every handshake with the simulator fail.
inline QString otherCaFile() {
    return testCertPath("other-ca.pem");
}

// The simulator's server certificate (for 127.0.0.1 and localhost), its key and the chain up to the CA.
inline jt::sim::SimTls simTls() {
    jt::sim::SimTls tls;
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(testCertPath("server.pem"));
    if (!certificates.isEmpty())
        tls.certificate = certificates.first();
    tls.chain = QSslCertificate::fromPath(testCaFile());
    QFile keyFile(testCertPath("server.key"));
    if (keyFile.open(QIODevice::ReadOnly))
        tls.key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
    return tls;
}

} // namespace jt::test
