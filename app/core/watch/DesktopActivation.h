#pragma once

#include <QObject>
#include <QString>
#include <QVariantMap>

namespace jt {

// The application as a desktop starts it through D-Bus activation (Desktop Entry specification,
// "DBusActivatable"): org.freedesktop.Application at /io/github/jobtarget_setup under the well-known name
// io.github.jobtarget_setup, which the session bus starts from the installed service file
// (`jobtarget-setup --gapplication-service`). A launcher calls Activate; a click on the daily check's
// notification (GNOME Shell's org.gtk.Notifications) calls ActivateAction("open-stored-connection"), also
// after the check that showed it has ended. Linux and other free desktops; elsewhere registering fails.
class DesktopActivation : public QObject {
    Q_OBJECT
public:
    static constexpr const char *ObjectPath = "/io/github/jobtarget_setup";

    explicit DesktopActivation(QObject *parent = nullptr);
    ~DesktopActivation() override;

    // Takes `busName` (the desktop entry's id by default) on the session bus. False when there is no session
    // bus or another process has the name.
    bool registerOnSessionBus(const QString &busName = defaultBusName());
    // Asks the wizard that has `busName` to come forward: Activate, or ActivateAction(`action`) when one is
    // given. True when it answered (then it has the window; this process has nothing more to do).
    static bool askRunning(const QString &action, const QString &busName = defaultBusName());
    static QString defaultBusName();

public slots: // org.freedesktop.Application, as the session bus calls it (the names are the interface's)
    Q_SCRIPTABLE void Activate(const QVariantMap &platformData);
    Q_SCRIPTABLE void Open(const QStringList &uris, const QVariantMap &platformData);
    Q_SCRIPTABLE void ActivateAction(const QString &name, const QVariantList &parameter,
                                     const QVariantMap &platformData);

signals:
    void activated();                            // Activate or Open: the application, as a launcher starts it
    void actionActivated(const QString &action); // ActivateAction: one of the application's actions

private:
    QString m_registered;
};

} // namespace jt
