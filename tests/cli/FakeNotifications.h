#pragma once

// Desktop notification services for the tests, on the test run's private session bus: org.freedesktop.
// Notifications (KDE Plasma, Xfce, dunst…) and org.gtk.Notifications (GNOME Shell), each recording what it
// was asked to show and leaving it on screen: nobody closes or clicks it, as when the admin is away.

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace jt::test {

struct NotifyCall {
    QString appName;
    QString icon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
};

class FakeNotifications : public QObject {
    Q_OBJECT
public:
    QList<NotifyCall> calls;
    QStringList capabilities{QStringLiteral("actions"), QStringLiteral("body")};

    bool registerOnSessionBus();
    void unregister();
    void emitClosed(uint id) { emit NotificationClosed(id, 2); }

signals:
    void ActionInvoked(uint id, const QString &action);
    void NotificationClosed(uint id, uint reason);

private:
    uint m_next = 0;
    friend class FakeNotificationsAdaptor;
};

class FakeNotificationsAdaptor : public QDBusAbstractAdaptor {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    explicit FakeNotificationsAdaptor(FakeNotifications *service)
        : QDBusAbstractAdaptor(service)
        , m_service(service) {
        setAutoRelaySignals(true);
    }

signals:
    void ActionInvoked(uint id, const QString &action);
    void NotificationClosed(uint id, uint reason);

public slots:
    uint Notify(const QString &appName, uint /*replacesId*/, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int /*timeout*/) {
        m_service->calls.append({appName, icon, summary, body, actions, hints});
        return ++m_service->m_next;
    }
    QStringList GetCapabilities() { return m_service->capabilities; }
    void CloseNotification(uint id) { m_service->emitClosed(id); }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion) {
        vendor = QStringLiteral("jobtarget-setup tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fake-notifications");
    }

private:
    FakeNotifications *m_service;
};

// GNOME Shell's: notifications that belong to an application (its desktop entry's id), whose actions the
// shell activates on the application itself (org.freedesktop.Application.ActivateAction).
struct GtkNotification {
    QString appId;
    QString id;
    QVariantMap notification;
};

class FakeGtkNotifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gtk.Notifications")
public:
    QList<GtkNotification> calls;

    bool registerOnSessionBus() {
        QDBusConnection bus = QDBusConnection::sessionBus();
        return bus.registerObject(QStringLiteral("/org/gtk/Notifications"), this,
                                  QDBusConnection::ExportAllSlots) &&
               bus.registerService(QStringLiteral("org.gtk.Notifications"));
    }
    void unregister() {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterService(QStringLiteral("org.gtk.Notifications"));
        bus.unregisterObject(QStringLiteral("/org/gtk/Notifications"));
    }

public slots:
    void AddNotification(const QString &appId, const QString &id, const QVariantMap &notification) {
        calls.append({appId, id, notification});
    }
    void RemoveNotification(const QString & /*appId*/, const QString & /*id*/) {}
};

inline bool FakeNotifications::registerOnSessionBus() {
    new FakeNotificationsAdaptor(this);
    QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this) &&
           bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
}

inline void FakeNotifications::unregister() {
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
}

} // namespace jt::test
