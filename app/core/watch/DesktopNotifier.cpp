#include "DesktopNotifier.h"

#include "CheckHistory.h"

#include <QDir>
#include <QFileInfo>

#ifdef JT_DESKTOP_NOTIFICATIONS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#endif

namespace jt {

namespace {

// A problem's text begins a sentence here ("the job board …" → "The job board …").
QString sentenceStart(QString text) {
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

Notification Notification::about(CheckNotice notice, const CheckRecord &record) {
    Notification notification;
    notification.actionLabel = tr("Open JobTarget Setup");
    switch (notice) {
    case CheckNotice::None:
        return {};
    case CheckNotice::Broken:
        notification.urgent = true;
        notification.title = record.detail == QLatin1String("no_live_jobs")
                                 ? tr("JobTarget has no Greenhouse jobs to read")
                                 : tr("JobTarget can no longer read your Greenhouse jobs");
        //: %1 the problem, such as "“Openings > List openings” is missing"
        notification.body =
            tr("%1. Open JobTarget Setup to see how to fix it.").arg(sentenceStart(record.problemText()));
        break;
    case CheckNotice::WorkingAgain:
        notification.title = tr("JobTarget can read your Greenhouse jobs again");
        notification.body = record.liveJobs ? tr("The daily check passed: %n live job(s) on the job board.",
                                                 nullptr, *record.liveJobs)
                                            : tr("The daily check passed.");
        break;
    case CheckNotice::CannotCheck:
        notification.title = tr("The connection to JobTarget could not be checked");
        //: %n checks in a row, %1 why ("Greenhouse could not be reached")
        notification.body = tr("The last %n daily checks could not be done: %1. The connection itself may "
                               "be fine.",
                               nullptr, CheckHistory::NotCheckedBeforeNotice)
                                .arg(record.problemText());
        break;
    }
    return notification;
}

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent) {}

#ifdef JT_DESKTOP_NOTIFICATIONS

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");

// Only a bus that is there: with no address and no bus socket, Qt (libdbus) would try to autolaunch one.
bool sessionBusExpected() {
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo(runtime + QStringLiteral("/bus")).exists();
}

} // namespace

bool DesktopNotifier::available() const {
    if (!sessionBusExpected())
        return false;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QDBusReply<bool> owned = bus.interface()->isServiceRegistered(Service);
    if (owned.isValid() && owned.value())
        return true;
    const QDBusReply<QStringList> activatable = bus.interface()->call(QStringLiteral("ListActivatableNames"));
    return activatable.isValid() && activatable.value().contains(Service);
}

bool DesktopNotifier::show(const Notification &notification) {
    if (!available())
        return false;
    QDBusConnection bus = QDBusConnection::sessionBus();
    const QString interface = Service;
    bus.connect(Service, Path, interface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(Service, Path, interface, QStringLiteral("NotificationClosed"), this,
                SLOT(onClosed(uint, uint)));
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), QString::fromLatin1(DesktopEntry)},
        {QStringLiteral("urgency"), QVariant::fromValue<uchar>(notification.urgent ? 2 : 1)},
        {QStringLiteral("category"), QStringLiteral("network")},
    };
    // "default" is clicking the notification itself; the named action is its button.
    QStringList actions;
    if (!notification.actionLabel.isEmpty())
        actions = {QStringLiteral("default"), notification.actionLabel, QString::fromLatin1(ActionKey),
                   notification.actionLabel};
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, interface, QStringLiteral("Notify"));
    call << QCoreApplication::translate("jt::ui::SetupWizard", "JobTarget Setup for Greenhouse") << uint(0)
         << QString::fromLatin1(DesktopEntry) << notification.title << notification.body << actions << hints
         << -1;
    const QDBusReply<uint> reply = bus.call(call, QDBus::Block, 10000);
    if (!reply.isValid())
        return false;
    m_shown = reply.value();
    return true;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action) {
    if (id == m_shown && m_shown != 0 &&
        (action == QLatin1String("default") || action == QLatin1String(ActionKey)))
        emit activated();
}

void DesktopNotifier::onClosed(uint id, uint /*reason*/) {
    if (id == m_shown && m_shown != 0)
        emit closed();
}

#else

bool DesktopNotifier::available() const {
    return false;
}

bool DesktopNotifier::show(const Notification & /*notification*/) {
    return false;
}

void DesktopNotifier::onActionInvoked(uint /*id*/, const QString & /*action*/) {}

void DesktopNotifier::onClosed(uint /*id*/, uint /*reason*/) {}

#endif

} // namespace jt
