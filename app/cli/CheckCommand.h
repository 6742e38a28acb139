#pragma once

#include "VerifyCommand.h"
#include "watch/CheckHistory.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>
#include <chrono>

namespace jt {

class ConnectionStore;
class DesktopNotifier;

// `jobtarget-setup check`: what the daily schedule runs. Verifies the stored connection exactly as `verify
// --from-keychain` does (same output, same exit status), records the result in the check history and as the
// connection's "last checked", and shows a desktop notification when the outcome changed (CheckHistory::
// noticeFor). With a notification shown it stays until the admin clicks or dismisses it (at most
// NotificationWait), so that its action can open the wizard.
class CheckCommand {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static constexpr std::chrono::hours NotificationWait{12};
    // How long a check waits for another writer of the history (whose lock lasts milliseconds; a stale one
    // is taken over after CheckHistory::StaleLockMs).
    static constexpr int LockWaitMs = 2 * CheckHistory::StaleLockMs;

    CheckCommand(QIODevice *out, QIODevice *err, ConnectionStore *connections, DesktopNotifier *notifier,
                 QString historyPath = CheckHistory::defaultPath());
    // What the notification's action starts: the wizard on the stored connection. Empty (a build without
    // the wizard): the notification has no action.
    void setOpenWizard(QStringList command) { m_openWizard = std::move(command); }
    // `arguments` starts after "check". Runs an event loop until done; returns the exit status.
    int run(const QStringList &arguments);

private:
    int fail(const QString &message, bool json);
    CheckAddendum record(const CheckRecord &record);
    void waitForTheAdmin();

    QIODevice *m_out;
    QIODevice *m_err;
    ConnectionStore *m_connections;
    DesktopNotifier *m_notifier;
    QString m_historyPath;
    QStringList m_openWizard;
    bool m_notified = false;
};

} // namespace jt
