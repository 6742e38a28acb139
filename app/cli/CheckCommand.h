#pragma once

#include "VerifyCommand.h"
#include "watch/CheckHistory.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace jt {

class ConnectionStore;
class DesktopNotifier;

// `jobtarget-setup check`: what the daily schedule runs. Verifies the stored connection exactly as `verify
// --from-keychain` does (same output, same exit status), records the result in the check history and as the
// connection's "last checked", and shows a desktop notification when the outcome changed (CheckHistory::
// noticeFor). It ends as soon as its report is written: the notification stays on screen, and a click on it
// reaches the wizard through the desktop (DesktopNotifier, DesktopActivation).
class CheckCommand {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    // How long a check waits for another writer of the history (whose lock lasts milliseconds; a stale one
    // is taken over after CheckHistory::StaleLockMs).
    static constexpr int LockWaitMs = 2 * CheckHistory::StaleLockMs;

    CheckCommand(QIODevice *out, QIODevice *err, ConnectionStore *connections, DesktopNotifier *notifier,
                 QString historyPath = CheckHistory::defaultPath());
    // Whether the notification offers to open the wizard on the stored connection (a build without the
    // wizard has nothing to open).
    void setOfferWizard(bool offer) { m_offerWizard = offer; }
    // `arguments` starts after "check". Runs an event loop until done; returns the exit status.
    int run(const QStringList &arguments);

private:
    int fail(const QString &message, bool json);
    CheckAddendum record(const CheckRecord &record);

    QIODevice *m_out;
    QIODevice *m_err;
    ConnectionStore *m_connections;
    DesktopNotifier *m_notifier;
    QString m_historyPath;
    bool m_offerWizard = false;
    bool m_notified = false;
};

} // namespace jt
