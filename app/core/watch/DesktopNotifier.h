#pragma once

#include "CheckRecord.h"

#include <QObject>

namespace jt {

// What a notification about the connection says (translated).
struct Notification {
    Q_DECLARE_TR_FUNCTIONS(Notification)

public:
    QString title;
    QString body;
    bool urgent = false;
    QString actionLabel; // the one action: open the wizard on the stored connection

    // The notification `notice` calls for after `record` (None: an empty title).
    [[nodiscard]] static Notification about(CheckNotice notice, const CheckRecord &record);
};

// Desktop notifications: org.freedesktop.Notifications on the session bus (Linux and other free desktops),
// with the application's icon and desktop entry and an action. Elsewhere, and without a desktop session (no
// session bus, no notification service), it shows nothing: available() says so, and `check` reports by its
// exit status only. Windows and macOS: not yet (README, "Platforms").
class DesktopNotifier : public QObject {
    Q_OBJECT
public:
    static constexpr const char *DesktopEntry = "io.github.jobtarget_setup";
    static constexpr const char *ActionKey = "open-stored-connection";

    explicit DesktopNotifier(QObject *parent = nullptr);

    // A session bus is there (never started for this) and a notification service answers on it.
    bool available() const;
    // True when the service took it; then activated() or closed() follows (or nothing, if it never answers).
    bool show(const Notification &notification);

signals:
    void activated(); // the admin clicked the notification or its action
    void closed();    // dismissed, expired, or closed by the service

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    uint m_shown = 0; // the service's id of the notification shown
};

} // namespace jt
