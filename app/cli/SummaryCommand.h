#pragma once

#include "store/ConnectionStore.h"
#include "watch/CheckHistory.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace jt {

// `jobtarget-setup summary --format md|html|pdf|json --output FILE [--include-secret] [--contact-email
// ADDRESS]`: the hand-off summary of the stored connection (the man page, packaging/jobtarget-setup.1.in).
// Exit status: 0 written; 2 bad usage (nothing written); 7 no stored connection, or not a whole one (its
// secret missing, locked away or another one); 1 the file could not be written. PDF needs a QGuiApplication
// (fonts); the other formats run under a QCoreApplication.
class SummaryCommand {
    Q_DECLARE_TR_FUNCTIONS(SummaryCommand)

public:
    // `connections`: the stored connection (null: no keychain here, exit 7).
    // `historyPath`: the daily checks' history, summarised in the summary when there is one.
    SummaryCommand(ConnectionStore *connections, QIODevice *out, QIODevice *err,
                   QString historyPath = CheckHistory::defaultPath());
    // `arguments` starts after "summary". Returns the exit status.
    int run(const QStringList &arguments);

private:
    int fail(int status, const QString &message);
    ConnectionStore::Loaded loadConnection();

    ConnectionStore *m_connections;
    QIODevice *m_out;
    QIODevice *m_err;
    QString m_historyPath;
};

} // namespace jt
