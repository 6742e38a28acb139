#pragma once

#include "CheckRecord.h"

#include <QCoreApplication>
#include <QString>

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

// Desktop notifications, shown and left: the check that shows one ends at once, and a click reaches the
// application through the desktop, not through that process.
// - GNOME Shell (it owns org.gtk.Notifications on the session bus): the notification belongs to the
//   application's desktop entry; a click or its button calls org.freedesktop.Application.ActivateAction(
//   "open-stored-connection") on io.github.jobtarget_setup, which the session bus starts from the installed
//   service file (DesktopActivation): the wizard opens on the returning admin's page.
// - Other desktops (KDE Plasma, Xfce, dunst, mako…: org.freedesktop.Notifications): the notification carries
//   the desktop entry (name, icon) and no action, since a click would be sent to the process that showed it;
//   the text says to open JobTarget Setup, and the launcher's "Check the stored connection" action does.
// Without a desktop session (no session bus, no notification service) it shows nothing: available() says so,
// and `check` reports by its exit status only. Windows and macOS: not yet (README, "Platforms").
class DesktopNotifier {
public:
    static constexpr const char *DesktopEntry = "io.github.jobtarget_setup";
    static constexpr const char *ActionKey = "open-stored-connection";
    // What a notification shows at most: a line of title, a few lines of text.
    static constexpr qsizetype TitleLength = 100;
    static constexpr qsizetype BodyLength = 400;

    // A session bus is there (never started for this) and a notification service answers on it.
    bool available() const;
    // True when a notification service took it.
    bool show(const Notification &notification);
};

} // namespace jt
