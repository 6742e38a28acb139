// `jobtarget-setup check` as a process, as the daily schedule runs it: the stored connection verified against
// the simulated Greenhouse, the result kept in the history, and desktop notifications through a notification
// service on the test run's private session bus (FakeNotifications, in this process) — only when the outcome
// changed, with the right words and action. Without a desktop session: the exit status only.

#include "AppProcess.h"
#include "FakeNotifications.h"
#include "TestDisplay.h"

#include <QDBusMetaType>
#include <QDBusPendingCall>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using jt::sim::SimulatedGreenhouse;
using namespace jt::test;

namespace {
const QByteArray Secret = SimulatedGreenhouse::ClientSecret;
} // namespace

class TestCheckCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void changesAreNotifiedOnce();
    void unreachableThreeTimesInARowSaysSoOnce();
    void nothingInTheDataFolderSilencesAFailure_data();
    void nothingInTheDataFolderSilencesAFailure();
#if JT_BUILD_GUI // a headless build has no wizard: its notification has no action (changesAreNotifiedOnce)
    void onGnomeAClickOpensTheReturningPageAfterTheCheckEnded();
#endif
    void withoutADesktopSessionOnlyTheExitStatus();
    void nothingStoredIsNotACheck();
    void optionsAreItsOwn();

private:
    Outcome run(const QStringList &arguments, const QByteArray &secret = {},
                const QStringList &environment = {});
    Outcome save();
    Outcome check(const QStringList &extra = {}, const QStringList &environment = {});
    QJsonArray historyOnDisk() const;
    QString historyFile() const;
    bool mountSmallFolder(const QString &path, const QString &options);

    std::unique_ptr<SimulatedGreenhouse> m_sim;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeNotifications> m_notifications;
    QList<Outcome> m_transcripts;
    QString m_mounted; // a small tmpfs over the data folder, unmounted after the test
};

void TestCheckCli::initTestCase() {
    m_sim = std::make_unique<SimulatedGreenhouse>();
    QVERIFY(m_sim->start());
    QVERIFY2(
        !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
        "no session bus: run the suite through tests/run-with-keyring.sh (the README's test command does)");
}

void TestCheckCli::init() {
    m_sim->scenario() = {};
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_transcripts.clear();
    m_notifications = std::make_unique<FakeNotifications>();
    QVERIFY2(m_notifications->registerOnSessionBus(),
             "org.freedesktop.Notifications is taken on the test bus");
}

void TestCheckCli::cleanup() {
    if (!m_mounted.isEmpty())
        QCOMPARE(QProcess::execute(QStringLiteral("umount"), {m_mounted}), 0);
    m_mounted.clear();
    m_notifications->unregister();
    m_notifications.reset();
    clearKeyring();
    // The secret is in no output and no file (the history least of all).
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(Secret), qPrintable(QStringLiteral("the secret is in ") + path));
    }
    for (const Outcome &outcome : std::as_const(m_transcripts))
        QVERIFY2(!outcome.out.contains(Secret) && !outcome.err.contains(Secret),
                 outcome.describe().constData());
}

Outcome TestCheckCli::run(const QStringList &arguments, const QByteArray &secret,
                          const QStringList &environment) {
    // The history goes where the application keeps its data: under this test's HOME.
    AppProcess app(arguments, appEnvironment(m_home->path(), *m_sim, secret,
                                             QStringList{QStringLiteral("XDG_DATA_HOME=") +
                                                         m_home->filePath(QStringLiteral(".local/share"))} +
                                                 environment));
    Outcome outcome = app.finish();
    m_transcripts.append(outcome);
    return outcome;
}

Outcome TestCheckCli::save() {
    return run({QStringLiteral("verify"), QStringLiteral("--save"), QStringLiteral("--client-id"),
                QString::fromLatin1(SimulatedGreenhouse::ClientId), QStringLiteral("--board-token"),
                QStringLiteral("acme")},
               Secret);
}

Outcome TestCheckCli::check(const QStringList &extra, const QStringList &environment) {
    // JSON unless the test asks for text.
    const QStringList format = extra.contains(QStringLiteral("--format"))
                                   ? QStringList()
                                   : QStringList{QStringLiteral("--format"), QStringLiteral("json")};
    return run(QStringList{QStringLiteral("check")} + format + extra, {}, environment);
}

QString TestCheckCli::historyFile() const {
    return m_home->filePath(
        QStringLiteral(".local/share/JobTarget Setup/jobtarget-setup/check-history.json"));
}

QJsonArray TestCheckCli::historyOnDisk() const {
    QFile file(historyFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("checks")).toArray();
}

void TestCheckCli::changesAreNotifiedOnce() {
    VERIFY_EXITED(save(), 0);

    // Working, as on set-up day: recorded, nothing said.
    const Outcome passing = check();
    VERIFY_EXITED(passing, 0);
    QCOMPARE(passing.json().value(QStringLiteral("ok")).toBool(), true);
    const QJsonObject history = passing.json().value(QStringLiteral("history")).toObject();
    QCOMPARE(history.value(QStringLiteral("recorded")).toBool(), true);
    QCOMPARE(history.value(QStringLiteral("notice")).toString(), QStringLiteral("none"));
    QCOMPARE(history.value(QStringLiteral("summary")).toString().left(14), QStringLiteral("Checked once s"));
    QCOMPARE(m_notifications->calls.size(), 0);
    QCOMPARE(historyOnDisk().size(), 1);
    QCOMPARE(historyOnDisk().at(0).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("passed"));
    QVERIFY(historyOnDisk().at(0).toObject().value(QStringLiteral("live_jobs")).toInt() > 0);

    // Someone unticks a scope in Greenhouse: told once, with the permission's name and the way back.
    m_sim->scenario().missingPermissions = {QStringLiteral("harvest:openings:list")};
    m_notifications->capabilities << QStringLiteral("body-markup"); // so ">" must arrive as "&gt;"
    const Outcome broken = check();
    VERIFY_EXITED(broken, 4);
    QCOMPARE(m_notifications->calls.size(), 1);
    const NotifyCall told = m_notifications->calls.at(0);
    QCOMPARE(told.summary, QStringLiteral("JobTarget can no longer read your Greenhouse jobs"));
    QVERIFY2(told.body.startsWith(QStringLiteral("“Openings &gt; List openings” is missing.")),
             qPrintable(told.body));
    QCOMPARE(told.icon, QStringLiteral("io.github.jobtarget_setup"));
    QCOMPARE(told.hints.value(QStringLiteral("desktop-entry")).toString(),
             QStringLiteral("io.github.jobtarget_setup"));
    QCOMPARE(told.hints.value(QStringLiteral("urgency")).toInt(), 2);
    // It stays on screen (nobody closes it here) while the check has ended with its report: no process is
    // left to answer a click, so there is no action to click (onGnomeAClickOpens… for GNOME's way).
    QCOMPARE(told.actions, QStringList());
    const QJsonObject brokenHistory = broken.json().value(QStringLiteral("history")).toObject();
    QCOMPARE(brokenHistory.value(QStringLiteral("notice")).toString(), QStringLiteral("broken"));
    QCOMPARE(brokenHistory.value(QStringLiteral("notified")).toBool(), true);

    // Still broken the next day: nothing new to say.
    VERIFY_EXITED(check(), 4);
    QCOMPARE(m_notifications->calls.size(), 1);

    // Fixed in Greenhouse: working again, once.
    m_sim->scenario().missingPermissions.clear();
    VERIFY_EXITED(check(), 0);
    QCOMPARE(m_notifications->calls.size(), 2);
    QCOMPARE(m_notifications->calls.at(1).summary,
             QStringLiteral("JobTarget can read your Greenhouse jobs again"));
    QVERIFY2(m_notifications->calls.at(1).body.startsWith(QStringLiteral("The daily check passed: ")),
             qPrintable(m_notifications->calls.at(1).body));
    QCOMPARE(m_notifications->calls.at(1).hints.value(QStringLiteral("urgency")).toInt(), 1);
    const Outcome again = check({QStringLiteral("--format"), QStringLiteral("text")});
    QCOMPARE(m_notifications->calls.size(), 2);

    // Five checks kept, each with its outcome; the text output ends with the history's summary.
    const QJsonArray kept = historyOnDisk();
    QStringList outcomes;
    for (const auto &entry : kept)
        outcomes << entry.toObject().value(QStringLiteral("outcome")).toString();
    QCOMPARE(outcomes,
             (QStringList{QStringLiteral("passed"), QStringLiteral("failed"), QStringLiteral("failed"),
                          QStringLiteral("passed"), QStringLiteral("passed")}));
    QCOMPARE(kept.at(1).toObject().value(QStringLiteral("detail")).toString(),
             QStringLiteral("harvest:openings:list"));
    QVERIFY2(again.out.contains("History: Checked 5 times since "), again.out.constData());
    QVERIFY2(again.out.contains("3 passed, 2 failed."), again.out.constData());
}

void TestCheckCli::unreachableThreeTimesInARowSaysSoOnce() {
    VERIFY_EXITED(save(), 0);
    m_sim->scenario().faults = {{jt::sim::Api::Auth, jt::sim::Fault::ServerError, -1, {}}};
    for (int day = 1; day <= 4; ++day) {
        const Outcome unreachable = check({QStringLiteral("--timeout"), QStringLiteral("2")});
        VERIFY_EXITED(unreachable, 6);
        // Greenhouse out of reach is never "broken"; the third check in a row says so, once.
        QCOMPARE(m_notifications->calls.size(), day >= 3 ? 1 : 0);
    }
    QCOMPARE(m_notifications->calls.at(0).summary,
             QStringLiteral("The connection to JobTarget could not be checked"));
    QVERIFY2(m_notifications->calls.at(0).body.contains(QStringLiteral("Greenhouse could not be reached")),
             qPrintable(m_notifications->calls.at(0).body));
    for (const auto &entry : historyOnDisk())
        QCOMPARE(entry.toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("not_checked"));

    // Greenhouse answers again and all is well: said once.
    m_sim->scenario().faults.clear();
    VERIFY_EXITED(check(), 0);
    QCOMPARE(m_notifications->calls.size(), 2);
    QCOMPARE(m_notifications->calls.at(1).summary,
             QStringLiteral("JobTarget can read your Greenhouse jobs again"));
}

// Nothing found in the data folder keeps a failure from the admin: a lock left by anything (taken over), a
// folder that cannot be written or is full (the outcome is still decided and notified, the history says it
// could not be written), a link or a FIFO where the history goes (refused, never followed or waited on).
void TestCheckCli::nothingInTheDataFolderSilencesAFailure_data() {
    QTest::addColumn<QString>("planted");
    QTest::addColumn<bool>("recorded");
    QTest::newRow("empty lock") << "empty lock" << true;
    QTest::newRow("garbage lock") << "garbage lock" << true;
    QTest::newRow("another computer's lock") << "foreign lock" << true;
    QTest::newRow("read-only folder") << "read-only" << false;
    QTest::newRow("full folder") << "full" << false;
    QTest::newRow("history is a FIFO") << "fifo" << false;
    QTest::newRow("history is a link") << "link" << false;
}

void TestCheckCli::nothingInTheDataFolderSilencesAFailure() {
    QFETCH(QString, planted);
    QFETCH(bool, recorded);
    VERIFY_EXITED(save(), 0);
    VERIFY_EXITED(check(), 0); // a first, passing check: the history exists
    const QString folder = QFileInfo(historyFile()).absolutePath();
    const QString lock = historyFile() + QStringLiteral(".lock");
    const auto write = [](const QString &path, const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    if (planted == QLatin1String("empty lock")) {
        QVERIFY(write(lock, {}));
    } else if (planted == QLatin1String("garbage lock")) {
        QVERIFY(write(lock, "\xff\xfe garbage\n"));
    } else if (planted == QLatin1String("foreign lock")) {
        QVERIFY(write(lock, "4242\njobtarget-setup\nanother-laptop.example\n"));
    } else if (planted == QLatin1String("read-only")) {
        const QByteArray history = [this] {
            QFile file(historyFile());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        // root writes into any folder whatever its mode: a read-only file system then.
        if (::geteuid() == 0) {
            QVERIFY(mountSmallFolder(folder, QStringLiteral("size=1m")));
            QVERIFY(write(historyFile(), history));
            QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                       {QStringLiteral("-o"), QStringLiteral("remount,ro"), folder}),
                     0);
        } else {
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
    } else if (planted == QLatin1String("full")) {
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root (CI runs as root)");
        QVERIFY(mountSmallFolder(folder, QStringLiteral("size=64k")));
        QFile filler(folder + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        while (filler.write(QByteArray(4096, 'x')) > 0) {
        }
    } else if (planted == QLatin1String("fifo")) {
        QVERIFY(QFile::remove(historyFile()));
        QCOMPARE(::mkfifo(QFile::encodeName(historyFile()).constData(), 0600), 0);
    } else {
        QVERIFY(QFile::rename(historyFile(), folder + QStringLiteral("/elsewhere.json")));
        QVERIFY(QFile::link(folder + QStringLiteral("/elsewhere.json"), historyFile()));
    }

    m_sim->scenario().missingPermissions = {QStringLiteral("harvest:jobs:list")};
    const Outcome broken = check();
    if (planted == QLatin1String("read-only") && ::geteuid() != 0)
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    VERIFY_EXITED(broken, 4);
    QCOMPARE(m_notifications->calls.size(), 1);
    QCOMPARE(m_notifications->calls.at(0).summary,
             QStringLiteral("JobTarget can no longer read your Greenhouse jobs"));
    const QJsonObject history = broken.json().value(QStringLiteral("history")).toObject();
    QCOMPARE(history.value(QStringLiteral("notified")).toBool(), true);
    QCOMPARE(history.value(QStringLiteral("recorded")).toBool(), recorded);
    if (recorded) {
        QCOMPARE(historyOnDisk().size(), 2);
        QVERIFY(!QFile::exists(lock));
    } else {
        QVERIFY2(broken.err.contains("The check could not be added to the history"),
                 broken.describe().constData());
        QVERIFY2(!broken.err.contains("another check"), broken.describe().constData()); // not blamed on one
    }
}

bool TestCheckCli::mountSmallFolder(const QString &path, const QString &options) {
    if (QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           options + QStringLiteral(",mode=0700"), QStringLiteral("tmpfs"), path}) != 0)
        return false;
    m_mounted = path;
    return true;
}

#if JT_BUILD_GUI

// GNOME Shell: the notification belongs to the application. After the check has ended, a click makes the
// shell call ActivateAction("open-stored-connection") on io.github.jobtarget_setup; the session bus starts
// the program from its service file, and the wizard opens on the returning admin's page — seen here by its
// window's title, on an X server of the test's own.
void TestCheckCli::onGnomeAClickOpensTheReturningPageAfterTheCheckEnded() {
    VERIFY_EXITED(save(), 0);
    FakeGtkNotifications shell;
    QVERIFY2(shell.registerOnSessionBus(), "org.gtk.Notifications is taken on the test bus");
    const auto unregisterShell = qScopeGuard([&shell] { shell.unregister(); });
    m_sim->scenario().missingPermissions = {QStringLiteral("harvest:jobs:list")};
    VERIFY_EXITED(check(), 4); // ended, its notification still on screen
    QCOMPARE(m_notifications->calls.size(), 0);
    QCOMPARE(shell.calls.size(), 1);
    const GtkNotification shown = shell.calls.at(0);
    QCOMPARE(shown.appId, QStringLiteral("io.github.jobtarget_setup"));
    QCOMPARE(shown.notification.value(QStringLiteral("title")).toString(),
             QStringLiteral("JobTarget can no longer read your Greenhouse jobs"));
    QCOMPARE(shown.notification.value(QStringLiteral("priority")).toString(), QStringLiteral("urgent"));
    QCOMPARE(shown.notification.value(QStringLiteral("default-action")).toString(),
             QStringLiteral("app.open-stored-connection"));
    QList<QVariantMap> buttons;
    shown.notification.value(QStringLiteral("buttons")).value<QDBusArgument>() >> buttons;
    QCOMPARE(buttons.size(), 1);
    QCOMPARE(buttons.at(0).value(QStringLiteral("label")).toString(), QStringLiteral("Open JobTarget Setup"));
    QCOMPARE(buttons.at(0).value(QStringLiteral("action")).toString(),
             QStringLiteral("app.open-stored-connection"));

    // The program as its service file starts it (packaging/io.github.jobtarget_setup.service.in), in a
    // folder this run's session bus reads service files from.
    const QString services = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/dbus-1/services");
    QVERIFY(QDir().mkpath(services));
    QFile service(services + QStringLiteral("/io.github.jobtarget_setup.service"));
    QVERIFY(service.open(QIODevice::WriteOnly));
    service.write("[D-BUS Service]\nName=io.github.jobtarget_setup\nExec=" JT_APP_BINARY
                  " --gapplication-service\n");
    service.close();
    const auto removeService = qScopeGuard([&service] { service.remove(); });

    // An X server of the test's own: the window can be seen there.
    TestDisplay display;
    QVERIFY2(display.start(), "Xvfb did not start");

    // What a desktop session gives the programs the bus starts: this test's home and Greenhouse, the display.
    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QProcessEnvironment session = appEnvironment(
        m_home->path(), *m_sim, {},
        QStringList{QStringLiteral("XDG_DATA_HOME=") + m_home->filePath(QStringLiteral(".local/share")),
                    QStringLiteral("JT_TEST_MARKER=") + marker} +
            display.environment());
    QMap<QString, QString> variables;
    for (const QString &name : session.keys())
        if (!name.startsWith(QLatin1String("DBUS_")))
            variables.insert(name, session.value(name));
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QDBusMessage update = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("UpdateActivationEnvironment"));
    update << QVariant::fromValue(variables);
    const QDBusMessage updated = QDBusConnection::sessionBus().call(update);
    QVERIFY2(updated.type() == QDBusMessage::ReplyMessage, qPrintable(updated.errorMessage()));

    // The click, as GNOME Shell makes it.
    QDBusMessage click = QDBusMessage::createMethodCall(
        QStringLiteral("io.github.jobtarget_setup"), QStringLiteral("/io/github/jobtarget_setup"),
        QStringLiteral("org.freedesktop.Application"), QStringLiteral("ActivateAction"));
    click << QStringLiteral("open-stored-connection") << QVariantList() << QVariantMap();
    const QByteArray started = QByteArray(JT_APP_BINARY) + '\0' + "--gapplication-service" + '\0';
    const auto stopWizard = qScopeGuard([&marker, &started] {
        if (const qint64 wizard = processWith(marker, started))
            ::kill(pid_t(wizard), SIGTERM);
    });
    const QDBusPendingCall answer = QDBusConnection::sessionBus().asyncCall(click, 120000);
    QTRY_VERIFY_WITH_TIMEOUT(answer.isFinished(), 120000);
    QVERIFY2(!answer.isError(), qPrintable(answer.error().message()));
    QVERIFY(processWith(marker, started) > 0);

    // Its window, on the returning admin's page.
    QTRY_VERIFY_WITH_TIMEOUT(
        !display.windowsTitled(QStringLiteral("^Your JobTarget connection — JobTarget Setup for Greenhouse$"))
             .isEmpty(),
        60000);
}
#endif

// No session bus (a server, a cron job without a login): no notification, no crash, the exit status says it.
// Without the bus there is no keychain either: each check "could not be done", the third would notify.
void TestCheckCli::withoutADesktopSessionOnlyTheExitStatus() {
    VERIFY_EXITED(save(), 0);
    QTemporaryDir runtime;
    const QStringList noSession{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("DISPLAY"),
                                QStringLiteral("XDG_RUNTIME_DIR=") + runtime.path()};
    Outcome last;
    for (int day = 1; day <= 3; ++day) {
        last = check({QStringLiteral("--format"), QStringLiteral("text")}, noSession);
        VERIFY_EXITED(last, 7);
    }
    QCOMPARE(m_notifications->calls.size(), 0);
    QVERIFY2(last.out.contains(
                 "Not notified (no desktop session): The connection to JobTarget could not be checked"),
             last.describe().constData());
    const QJsonArray kept = historyOnDisk();
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.at(2).toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("keychain"));
    QVERIFY(!kept.at(2).toObject().contains(QStringLiteral("notice"))); // not shown: shown at the next chance

    // With the session back (and still nothing reachable): the notice not given yet is given now.
    m_sim->scenario().faults = {{jt::sim::Api::Auth, jt::sim::Fault::ServerError, -1, {}}};
    VERIFY_EXITED(check({QStringLiteral("--timeout"), QStringLiteral("2")}), 6);
    QCOMPARE(m_notifications->calls.size(), 1);
}

void TestCheckCli::nothingStoredIsNotACheck() {
    const Outcome outcome = check();
    VERIFY_EXITED(outcome, 7);
    QVERIFY2(outcome.err.startsWith("jobtarget-setup check: "),
             outcome.describe().constData()); // not "verify"
    QVERIFY(!QFile::exists(historyFile()));
    QCOMPARE(m_notifications->calls.size(), 0);
}

void TestCheckCli::optionsAreItsOwn() {
    const Outcome help = run({QStringLiteral("check"), QStringLiteral("--help")});
    VERIFY_EXITED(help, 0);
    for (const char *option : {"--format", "--timeout", "--deadline", "--ca-file", "--lang"})
        QVERIFY2(help.out.contains(option), help.out.constData());
    QVERIFY2(help.out.contains("check-history.json"), help.out.constData());
    // The connection is always the stored one: verify's credential options are not check's.
    const Outcome clientId =
        run({QStringLiteral("check"), QStringLiteral("--client-id"), QStringLiteral("x")});
    VERIFY_EXITED(clientId, 2);
    QVERIFY(!QFile::exists(historyFile()));
    VERIFY_EXITED(run({QStringLiteral("check"), QStringLiteral("now")}), 2);
    const Outcome german = run(
        {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("check"), QStringLiteral("--help")});
    VERIFY_EXITED(german, 0);
    QVERIFY2(german.out.contains("Verlauf"), german.out.constData());
}

QTEST_GUILESS_MAIN(TestCheckCli)

#include "tst_check_cli.moc"
