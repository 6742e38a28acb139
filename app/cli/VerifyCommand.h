#pragma once

#include "verify/VerificationReport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>
#include <QStringList>
#include <functional>

namespace jt {

class ConnectionStore;
struct StoredConnection;

// What `check` adds to a verification's output: a "history" object (JSON) and lines (text).
struct CheckAddendum {
    QJsonObject json;
    QString text;
};

// `jobtarget-setup verify`: headless verification for IT staff and scripts (its contract: the README and the
// man page, packaging/jobtarget-setup.1.in). Secrets come only from standard input or JOBTARGET_SETUP_SECRET,
// never from the arguments.
class VerifyCommand {
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    // `connections`: the stored connection (--save, --from-keychain); without it both exit 7.
    VerifyCommand(QIODevice *in, QIODevice *out, QIODevice *err, ConnectionStore *connections = nullptr);
    // `arguments` starts after "verify". Runs an event loop until done; returns the exit status.
    int run(const QStringList &arguments);
    // `check`: called once the stored connection was verified, before the output is written, with the
    // report and the connection as checked (its secret's fingerprint, never the secret).
    using AfterCheck = std::function<CheckAddendum(const VerificationReport &, const StoredConnection &)>;
    void setAfterCheck(AfterCheck afterCheck) { m_afterCheck = std::move(afterCheck); }
    // How an error line on standard error starts when another command runs this one ("jobtarget-setup check:
    // %1"); "jobtarget-setup verify: %1" otherwise.
    void setErrorFormat(const QString &format) { m_errorFormat = format; }
    // JOBTARGET_SETUP_SECRET is neither read nor counted as a secret source (`check` reads the keychain,
    // whatever the environment of the schedule holds); it is still removed, so that no child inherits it.
    void ignoreSecretVariable() { m_ignoreSecretVariable = true; }

private:
    int fail(ExitStatus status, const QString &message);
    QString readSecretLine();
    QByteArray readInputLine();

    QIODevice *m_in;
    QIODevice *m_out;
    QIODevice *m_err;
    ConnectionStore *m_connections;
    bool m_json = false;
    AfterCheck m_afterCheck;
    QString m_errorFormat;
    bool m_ignoreSecretVariable = false;
};

} // namespace jt
