#include "DesktopActivation.h"

#include "DesktopNotifier.h"

#ifdef JT_DESKTOP_NOTIFICATIONS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#endif

namespace jt {

DesktopActivation::DesktopActivation(QObject *parent)
    : QObject(parent) {}

#ifdef JT_DESKTOP_NOTIFICATIONS

DesktopActivation::~DesktopActivation() {
    if (m_registered.isEmpty())
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.unregisterService(m_registered);
    bus.unregisterObject(QString::fromLatin1(ObjectPath));
}

bool DesktopActivation::registerOnSessionBus(const QString &busName) {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    if (!bus.registerObject(QString::fromLatin1(ObjectPath), QStringLiteral("org.freedesktop.Application"),
                            this, QDBusConnection::ExportScriptableSlots))
        return false;
    if (!bus.registerService(busName)) {
        bus.unregisterObject(QString::fromLatin1(ObjectPath));
        return false;
    }
    m_registered = busName;
    return true;
}

bool DesktopActivation::askRunning(const QString &action, const QString &busName) {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QDBusReply<QString> owner = bus.interface()->serviceOwner(busName);
    if (!owner.isValid() || owner.value() == bus.baseService())
        return false;
    const QString interface = QStringLiteral("org.freedesktop.Application");
    QDBusMessage call = QDBusMessage::createMethodCall(
        owner.value(), QString::fromLatin1(ObjectPath), interface,
        action.isEmpty() ? QStringLiteral("Activate") : QStringLiteral("ActivateAction"));
    if (!action.isEmpty())
        call << action << QVariantList();
    call << QVariantMap();
    // To the owner itself, never the name: a name that has just been given up would start another.
    constexpr int AnswerWithinMs = 10000;
    return bus.call(call, QDBus::Block, AnswerWithinMs).type() == QDBusMessage::ReplyMessage;
}

#else

DesktopActivation::~DesktopActivation() = default;

bool DesktopActivation::askRunning(const QString & /*action*/, const QString & /*busName*/) {
    return false;
}

bool DesktopActivation::registerOnSessionBus(const QString & /*busName*/) {
    return false;
}

#endif

// The platform data (startup notification ids, activation tokens) is not needed: the window is new, or
// raised when asked again.
void DesktopActivation::Activate(const QVariantMap & /*platformData*/) {
    emit activated();
}

void DesktopActivation::Open(const QStringList & /*uris*/, const QVariantMap & /*platformData*/) {
    emit activated(); // it opens no documents: opening one is starting it
}

void DesktopActivation::ActivateAction(const QString &name, const QVariantList & /*parameter*/,
                                       const QVariantMap & /*platformData*/) {
    emit actionActivated(name);
}

QString DesktopActivation::defaultBusName() {
    return QString::fromLatin1(DesktopNotifier::DesktopEntry);
}

} // namespace jt
