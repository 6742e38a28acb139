#include "DesktopNotifier.h"

#include "CheckHistory.h"
#include "NotificationText.h"

#include <QDir>
#include <QFileInfo>

#ifdef JT_DESKTOP_NOTIFICATIONS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
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

#ifdef JT_DESKTOP_NOTIFICATIONS

namespace {

const QString FreedesktopService = QStringLiteral("org.freedesktop.Notifications");
const QString GtkService = QStringLiteral("org.gtk.Notifications");

// Only a bus that is there: with no address and no bus socket, Qt (libdbus) would try to autolaunch one.
bool sessionBusExpected() {
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo(runtime + QStringLiteral("/bus")).exists();
}

bool hasOwner(QDBusConnection &bus, const QString &service) {
    const QDBusReply<bool> owned = bus.interface()->isServiceRegistered(service);
    return owned.isValid() && owned.value();
}

constexpr int CallTimeoutMs = 10000;

// GNOME Shell: the notification is the application's, its action the application's action (GNotification's
// protocol). False when the shell refuses it (no installed desktop entry of that name, say).
bool showThroughGnomeShell(QDBusConnection &bus, const QString &title, const QString &body,
                           const Notification &notification) {
    const QString action = QStringLiteral("app.") + QString::fromLatin1(DesktopNotifier::ActionKey);
    QVariantMap shown{
        {QStringLiteral("title"), title},
        {QStringLiteral("body"), body},
        {QStringLiteral("priority"),
         notification.urgent ? QStringLiteral("urgent") : QStringLiteral("normal")},
        {QStringLiteral("default-action"), action},
    };
    qDBusRegisterMetaType<QList<QVariantMap>>(); // aa{sv}
    const QList<QVariantMap> buttons{
        {{QStringLiteral("label"), notification.actionLabel}, {QStringLiteral("action"), action}}};
    shown.insert(QStringLiteral("buttons"), QVariant::fromValue(buttons));
    QDBusMessage call = QDBusMessage::createMethodCall(GtkService, QStringLiteral("/org/gtk/Notifications"),
                                                       GtkService, QStringLiteral("AddNotification"));
    // One notification at a time: a newer one about the connection replaces the older.
    call << QString::fromLatin1(DesktopNotifier::DesktopEntry) << QStringLiteral("connection") << shown;
    return bus.call(call, QDBus::Block, CallTimeoutMs).type() == QDBusMessage::ReplyMessage;
}

bool showThroughFreedesktop(QDBusConnection &bus, const QString &title, const QString &body,
                            const Notification &notification) {
    const QString path = QStringLiteral("/org/freedesktop/Notifications");
    const QDBusReply<QStringList> capabilities =
        bus.call(QDBusMessage::createMethodCall(FreedesktopService, path, FreedesktopService,
                                                QStringLiteral("GetCapabilities")),
                 QDBus::Block, CallTimeoutMs);
    const bool markup =
        capabilities.isValid() && capabilities.value().contains(QStringLiteral("body-markup"));
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), QString::fromLatin1(DesktopNotifier::DesktopEntry)},
        {QStringLiteral("urgency"), QVariant::fromValue<uchar>(notification.urgent ? 2 : 1)},
        {QStringLiteral("category"), QStringLiteral("network")},
    };
    QDBusMessage call = QDBusMessage::createMethodCall(FreedesktopService, path, FreedesktopService,
                                                       QStringLiteral("Notify"));
    call << QCoreApplication::translate("jt::ui::SetupWizard", "JobTarget Setup for Greenhouse") << uint(0)
         << QString::fromLatin1(DesktopNotifier::DesktopEntry) << title
         << (markup ? notificationMarkupEscaped(body) : body) << QStringList() << hints << -1;
    const QDBusReply<uint> reply = bus.call(call, QDBus::Block, CallTimeoutMs);
    return reply.isValid();
}

} // namespace

bool DesktopNotifier::available() const {
    if (!sessionBusExpected())
        return false;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    if (hasOwner(bus, FreedesktopService) || hasOwner(bus, GtkService))
        return true;
    const QDBusReply<QStringList> activatable = bus.interface()->call(QStringLiteral("ListActivatableNames"));
    return activatable.isValid() && activatable.value().contains(FreedesktopService);
}

bool DesktopNotifier::show(const Notification &notification) {
    if (!available())
        return false;
    QDBusConnection bus = QDBusConnection::sessionBus();
    // Whatever the texts carry (a board name from Greenhouse, a value from the settings): one plain line
    // each.
    const QString title = notificationPlainText(notification.title, TitleLength);
    const QString body = notificationPlainText(notification.body, BodyLength);
    if (!notification.actionLabel.isEmpty() && hasOwner(bus, GtkService) &&
        showThroughGnomeShell(bus, title, body, notification))
        return true;
    return showThroughFreedesktop(bus, title, body, notification);
}

#else

bool DesktopNotifier::available() const {
    return false;
}

bool DesktopNotifier::show(const Notification & /*notification*/) {
    return false;
}

#endif

} // namespace jt
