#pragma once

// A desktop notification service for the tests: org.freedesktop.Notifications on the test run's private
// session bus, implementing Notify (recorded) and answering each notification the way the test asks: closed
// by the admin, or its action clicked.

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QList>
#include <QStringList>
#include <QTimer>
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
    enum class Answer { Close, InvokeAction };
    Answer answer = Answer::Close;
    QString actionToInvoke = QStringLiteral("open-stored-connection");
    QList<NotifyCall> calls;

    bool registerOnSessionBus();
    void unregister();
    void emitClosed(uint id) { emit NotificationClosed(id, 2); }
    void emitAction(uint id) { emit ActionInvoked(id, actionToInvoke); }

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
        const uint id = ++m_service->m_next;
        // After the reply has gone: the admin closes it, or clicks its action.
        QTimer::singleShot(0, m_service, [service = m_service, id] {
            if (service->answer == FakeNotifications::Answer::Close)
                service->emitClosed(id);
            else
                service->emitAction(id);
        });
        return id;
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
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
