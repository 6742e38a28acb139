// The daily check's schedules: the files each writes (checked by systemd-analyze, desktop-file-validate and
// an XML reader), exactly those written when turned on and removed when turned off, nothing left behind when
// systemd refuses, and DailyCheck over them. A program in a folder with spaces, quotes, $, %, backslashes:
// systemd's own parser (`systemd --test --user`) and GLib's (`gio launch`) start it with exactly its
// arguments; one with a line break is refused. XDG_CONFIG_HOME and HOME are throw-away folders; systemctl is
// a script that records its arguments (a running systemd user instance is not what a test may touch).

#include "verify/VerificationReport.h"
#include "watch/AutostartSchedule.h"
#include "watch/DailyCheck.h"
#include "watch/LaunchAgentSchedule.h"
#include "watch/ScheduledTaskSchedule.h"
#include "watch/SystemdTimerSchedule.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace jt;

// systemd user timers and XDG autostart entries are Linux's ways; Windows has Task Scheduler (tested below
// with Wine's real schtasks), macOS launchd (its file only).
#ifdef Q_OS_WIN
#define LINUX_WAYS_ONLY()                                                                                    \
    QSKIP("systemd user timers and XDG autostart entries exist on Linux only; Windows' daily check is a "    \
          "Task Scheduler task (scheduledTaskTurnsOnAndOff)")
#else
#define LINUX_WAYS_ONLY()                                                                                    \
    do {                                                                                                     \
    } while (false)
#endif

namespace {

// Every file under `root`, relative to it, sorted.
QStringList filesUnder(const QString &root) {
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << QDir(root).relativeFilePath(it.next());
    found.sort();
    return found;
}

ScheduleResult await(const std::function<void(CheckSchedule::Done)> &start) {
    std::optional<ScheduleResult> result;
    start([&result](ScheduleResult answer) { result = std::move(answer); });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    }();
    return result.value_or(ScheduleResult{false, QStringLiteral("no answer")});
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The words of a command line as systemd shows it ("Command Line:" of a dump): bare, or in double quotes with
// a backslash before ", \, ` and $. Then what systemd does when it starts it: $$ becomes $ (a word holds no
// other variable).
QStringList systemdShownWords(const QString &line) {
    QStringList words;
    QString word;
    bool inWord = false;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('\\') && i + 1 < line.size())
                word += line.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                word += c;
        } else if (c == QLatin1Char(' ')) {
            if (inWord)
                words << std::exchange(word, QString());
            inWord = false;
        } else {
            inWord = true;
            if (c == QLatin1Char('"'))
                quoted = true;
            else if (c == QLatin1Char('\\') && i + 1 < line.size())
                word += line.at(++i);
            else
                word += c;
        }
    }
    if (inWord)
        words << word;
    return words.replaceInStrings(QStringLiteral("$$"), QStringLiteral("$"));
}

} // namespace

class ScheduleTest : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_calls; // what the systemctl stand-in was asked, one call per line

    // A systemctl that records its arguments and exits with `status` for `failing` (a verb), else 0. Asked
    // for the units' LoadState (`show -p LoadState --value SERVICE TIMER`), it answers as systemd does, one
    // value per unit with an empty line between: `serviceState` for the service, "loaded" for the timer.
    QString fakeSystemctl(const QString &failing = {}, int status = 1,
                          const QString &serviceState = QStringLiteral("loaded")) {
        QString path = m_dir->filePath(QStringLiteral("systemctl"));
        QFile script(path);
        if (!script.open(QIODevice::WriteOnly))
            return {};
        script.write(
            QStringLiteral("#!/bin/sh\n"
                           "echo \"$*\" >> '%1'\n"
                           "case \"$*\" in *'%2'*) [ -n '%2' ] && { echo 'Failed to %2: refused' >&2; "
                           "exit %3; } ;; esac\n"
                           "case \"$*\" in '--user show -p LoadState --value jobtarget-setup-check.service "
                           "jobtarget-setup-check.timer') printf '%4\\n\\nloaded\\n' ;; esac\n"
                           "exit 0\n")
                .arg(m_calls, failing)
                .arg(status)
                .arg(serviceState)
                .toUtf8());
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }
    QStringList calls() const {
        return QString::fromUtf8(readAll(m_calls)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    QStringList command() const {
        // A path with a space and a per cent sign: both need quoting in unit files and desktop entries.
        return {m_dir->filePath(QStringLiteral("my apps/jobtarget-setup 100%")), QStringLiteral("check")};
    }

    // Where the program of weirdCommand() writes the arguments it was started with (each ended by a NUL).
    QString argvRecord() const { return m_dir->filePath(QStringLiteral("argv")); }
    // {program, "check", an argument}: the program in the folder `folder` (a row of the _data tables below)
    // records its path ($0) and arguments in argvRecord() when it runs; the argument holds every character
    // that means something to systemd, the Desktop Entry specification or a shell.
    QStringList weirdCommand(const QString &folder) {
        const QString program = m_dir->filePath(folder + QStringLiteral("/jobtarget-setup"));
        if (!QDir().mkpath(QFileInfo(program).absolutePath()))
            return {};
        QFile file(program);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(
            QStringLiteral("#!/bin/sh\nprintf '%s\\0' \"$0\" \"$@\" > '%1.part' && mv '%1.part' '%1'\n")
                .arg(argvRecord())
                .toUtf8());
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return {program, QStringLiteral("check"),
                QStringLiteral("--note=a b  %s %% $HOME $$ ${X} \" ' \\ \\n ; ` = # ~ & | < > * ? ( ) é")};
    }
    QStringList recordedArgv() const {
        QStringList words = QString::fromUtf8(readAll(argvRecord())).split(QLatin1Char('\0'));
        if (!words.isEmpty() && words.constLast().isEmpty())
            words.removeLast();
        return words;
    }
    static void weirdFolders() {
        QTest::addColumn<QString>("folder");
        QTest::newRow("space, per cent") << QStringLiteral("my apps 100%");
        QTest::newRow("dollar") << QStringLiteral("cost $HOME $$ ${X}");
        QTest::newRow("double quote") << QStringLiteral("the \"best\" apps");
        QTest::newRow("single quote") << QStringLiteral("O'Brien's apps");
        QTest::newRow("backslash") << QStringLiteral("back\\slash\\n");
        QTest::newRow("semicolon") << QStringLiteral("a;b ; c");
        QTest::newRow("all of them") << QStringLiteral("%% $$ \"'\\ ; ` = # ~ & | < > * ? ( ) é");
    }

    // The two units of `command` written at `service` and `timer`, and systemd-analyze verify finds nothing
    // to say about them. Without a running systemd: a runtime folder of its own is all it needs.
    void writeUnitsSystemdAccepts(const QStringList &command, const QString &service, const QString &timer) {
        for (const auto &[path, content] : {std::pair{service, SystemdTimerSchedule::serviceUnit(command)},
                                            std::pair{timer, SystemdTimerSchedule::timerUnit()}}) {
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        QVERIFY2(!analyze.isEmpty(), "systemd-analyze is missing (Debian package systemd)");
        const QString runtime = m_dir->filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        QProcess verify;
        verify.setProcessEnvironment(env);
        verify.start(analyze, {QStringLiteral("verify"), QStringLiteral("--user"), QStringLiteral("--man=no"),
                               service, timer});
        QVERIFY(verify.waitForFinished(60000));
        const QByteArray said = verify.readAllStandardError() + verify.readAllStandardOutput();
        QVERIFY2(verify.exitCode() == 0 && said.trimmed().isEmpty(), said.constData());
    }

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_config = m_dir->filePath(QStringLiteral("config"));
        m_calls = m_dir->filePath(QStringLiteral("calls"));
        qputenv("XDG_CONFIG_HOME", m_config.toUtf8());
        qputenv("XDG_DATA_HOME", m_dir->filePath(QStringLiteral("data")).toUtf8());
        qputenv("HOME", m_dir->filePath(QStringLiteral("home")).toUtf8());
        QStandardPaths::setTestModeEnabled(false);
        // The program the units name exists and is executable (systemd-analyze checks it).
        QVERIFY(QDir().mkpath(QFileInfo(command().constFirst()).absolutePath()));
        QFile program(command().constFirst());
        QVERIFY(program.open(QIODevice::WriteOnly));
        program.write("#!/bin/sh\nexit 0\n");
        program.close();
        program.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void systemdUnitsAreValid() {
        LINUX_WAYS_ONLY();
        const QString units = m_dir->filePath(QStringLiteral("units"));
        writeUnitsSystemdAccepts(command(), units + QStringLiteral("/jobtarget-setup-check.service"),
                                 units + QStringLiteral("/jobtarget-setup-check.timer"));
        if (QTest::currentTestFailed())
            return;

        const QByteArray service = SystemdTimerSchedule::serviceUnit(command());
        QVERIFY2(service.contains("ExecStart=\"" +
                                  m_dir->filePath(QStringLiteral("my apps/jobtarget-setup 100%%")).toUtf8() +
                                  "\" \"check\"\n"),
                 service.constData());
        const QByteArray timer = SystemdTimerSchedule::timerUnit();
        for (const char *line :
             {"OnCalendar=daily\n", "Persistent=true\n", "RandomizedDelaySec=", "WantedBy=timers.target\n"})
            QVERIFY2(timer.contains(line), line);
    }

    void systemdTurnsOnAndOffWithExactlyItsFiles() {
        LINUX_WAYS_ONLY();
        SystemdTimerSchedule schedule(command());
        schedule.setSystemctl(fakeSystemctl());
        QVERIFY(!schedule.isOn());
        QVERIFY(await([&](auto done) { schedule.turnOn(done); }).ok);
        QVERIFY(schedule.isOn());
        QCOMPARE(filesUnder(m_config),
                 (QStringList{QStringLiteral("systemd/user/jobtarget-setup-check.service"),
                              QStringLiteral("systemd/user/jobtarget-setup-check.timer")}));
        QCOMPARE(calls(),
                 (QStringList{QStringLiteral("--user daemon-reload"),
                              QStringLiteral("--user show -p LoadState --value jobtarget-setup-check.service "
                                             "jobtarget-setup-check.timer"),
                              QStringLiteral("--user enable --now jobtarget-setup-check.timer")}));
        QCOMPARE(readAll(schedule.files().at(0)), SystemdTimerSchedule::serviceUnit(command()));
        QVERIFY(schedule.description().contains(SystemdTimerSchedule::folder()));

        // What `systemctl enable` links, as systemd would have: turning off removes it too, even when
        // systemctl cannot be asked any more.
        const QString wants = m_config + QStringLiteral("/systemd/user/timers.target.wants");
        QVERIFY(QDir().mkpath(wants));
        QVERIFY(QFile::link(schedule.files().at(1), wants + QStringLiteral("/jobtarget-setup-check.timer")));
        schedule.setSystemctl(m_dir->filePath(QStringLiteral("no-such-systemctl")));
        QVERIFY(await([&](auto done) { schedule.turnOff(done); }).ok);
        QVERIFY(!schedule.isOn());
        QCOMPARE(filesUnder(m_config), QStringList());
    }

    void systemdRefusingLeavesNothingBehind() {
        LINUX_WAYS_ONLY();
        SystemdTimerSchedule schedule(command());
        schedule.setSystemctl(fakeSystemctl(QStringLiteral("enable")));
        const ScheduleResult result = await([&](auto done) { schedule.turnOn(done); });
        QVERIFY(!result.ok);
        QVERIFY2(result.message.startsWith(QStringLiteral("The daily check could not be turned on: systemctl "
                                                          "ended with status 1: Failed to enable: refused")),
                 qPrintable(result.message));
        QVERIFY(!schedule.isOn());
        QCOMPARE(filesUnder(m_config), QStringList());
        QCOMPARE(calls().constLast(), QStringLiteral("--user daemon-reload")); // systemd forgets it again

        // A systemctl that is not there at all: said so, nothing left.
        schedule.setSystemctl(m_dir->filePath(QStringLiteral("no-such-systemctl")));
        const ScheduleResult missing = await([&](auto done) { schedule.turnOn(done); });
        QVERIFY(!missing.ok);
        QVERIFY2(missing.message.contains(QStringLiteral("could not be started")),
                 qPrintable(missing.message));
        QCOMPARE(filesUnder(m_config), QStringList());
    }

    void autostartEntryIsValidAndRunsTheCheck() {
        LINUX_WAYS_ONLY();
        AutostartSchedule schedule(command());
        QVERIFY(await([&](auto done) { schedule.turnOn(done); }).ok);
        QCOMPARE(filesUnder(m_config),
                 QStringList{QStringLiteral("autostart/io.github.jobtarget_setup.check.desktop")});
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        QVERIFY2(!validator.isEmpty(),
                 "desktop-file-validate is missing (Debian package desktop-file-utils)");
        QProcess validate;
        validate.start(validator, {AutostartSchedule::path()});
        QVERIFY(validate.waitForFinished(30000));
        const QByteArray said = validate.readAllStandardOutput() + validate.readAllStandardError();
        QVERIFY2(validate.exitCode() == 0 && said.trimmed().isEmpty(), said.constData());
        // The Exec line, quoted as the specification says: a space and a per cent sign in the path (which
        // GLib cannot find as the program, so sh starts it: autostartStartsExactlyTheCommand).
        const QByteArray entry = readAll(AutostartSchedule::path());
        QVERIFY2(entry.contains(" \"" +
                                m_dir->filePath(QStringLiteral("my apps/jobtarget-setup 100%%")).toUtf8() +
                                "\" check\n"),
                 entry.constData());
        QVERIFY(schedule.isOn());
        QVERIFY(await([&](auto done) { schedule.turnOff(done); }).ok);
        QCOMPARE(filesUnder(m_config), QStringList());
    }

    void systemdStartsExactlyTheCommand_data() { weirdFolders(); }
    // systemd's own parser reads the unit: systemd-analyze verify finds nothing wrong with it, and the user
    // manager's test mode (`systemd --test --user`, which loads the units and prints them without starting
    // anything) says it loaded and shows the command line it parsed; run as systemd would run it, the program
    // gets exactly its arguments.
    void systemdStartsExactlyTheCommand() {
        LINUX_WAYS_ONLY();
        QFETCH(QString, folder);
        const QStringList command = weirdCommand(folder);
        QVERIFY(!command.isEmpty());
        SystemdTimerSchedule schedule(command);
        writeUnitsSystemdAccepts(command, schedule.files().at(0), schedule.files().at(1));
        if (QTest::currentTestFailed())
            return;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();

        // systemd refuses test mode to root: as root, the manager runs as nobody, which may read these
        // folders and owns its runtime folder.
        QString manager = QStringLiteral("/usr/lib/systemd/systemd");
        QStringList arguments{QStringLiteral("--test"), QStringLiteral("--user"),
                              QStringLiteral("--no-pager"),
                              QStringLiteral("--unit=jobtarget-setup-check.timer")};
        const QString managerRuntime = m_dir->filePath(QStringLiteral("manager-runtime"));
        QVERIFY(QDir().mkpath(managerRuntime));
        QFile::setPermissions(managerRuntime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
#ifdef Q_OS_UNIX
        if (::geteuid() == 0) {
            const uid_t nobody = 65534;
            QVERIFY(::chown(QFile::encodeName(managerRuntime).constData(), nobody, nobody) == 0);
            QFile::setPermissions(m_dir->path(),
                                  QFile::permissions(m_dir->path()) | QFile::ReadOther | QFile::ExeOther);
            arguments = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                    QStringLiteral("--clear-groups"), manager} +
                        arguments;
            manager = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            QVERIFY2(!manager.isEmpty(), "setpriv is missing (Debian package util-linux)");
        }
#endif
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), managerRuntime);
        QProcess test;
        test.setProcessEnvironment(env);
        test.start(manager, arguments);
        QVERIFY(test.waitForFinished(60000));
        const QString dump = QString::fromUtf8(test.readAllStandardOutput());
        QVERIFY2(test.exitCode() == 0, test.readAllStandardError().constData());
        const qsizetype unit = dump.indexOf(QStringLiteral("-> Unit jobtarget-setup-check.service:"));
        QVERIFY2(unit >= 0, qPrintable(dump.right(2000)));
        const QString section = dump.mid(unit, dump.indexOf(QStringLiteral("-> Unit "), unit + 1) - unit);
        QVERIFY2(section.contains(QStringLiteral("Unit Load State: loaded\n")), qPrintable(section));
        static const QRegularExpression commandLine(QStringLiteral("Command Line: ([^\n]*)\n"));
        const QRegularExpressionMatch match = commandLine.match(section);
        QVERIFY2(match.hasMatch(), qPrintable(section));
        const QStringList argv = systemdShownWords(match.captured(1));
        QVERIFY2(!argv.isEmpty() && QFileInfo(argv.constFirst()).isAbsolute(), qPrintable(match.captured(1)));

        QProcess run;
        run.start(argv.constFirst(), argv.mid(1));
        QVERIFY(run.waitForFinished(30000));
        QCOMPARE(run.exitCode(), 0);
        QCOMPARE(recordedArgv(), command);
    }

    void autostartStartsExactlyTheCommand_data() {
        weirdFolders();
    }
    // GLib reads the entry as a desktop session does (gio launch: GDesktopAppInfo, which gnome-session's
    // autostart uses too) and starts the program with exactly its arguments.
    void autostartStartsExactlyTheCommand() {
        LINUX_WAYS_ONLY();
        QFETCH(QString, folder);
        const QStringList command = weirdCommand(folder);
        QVERIFY(!command.isEmpty());
        AutostartSchedule schedule(command);
        const ScheduleResult result = await([&](auto done) { schedule.turnOn(done); });
        QVERIFY2(result.ok, qPrintable(result.message));

        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        QVERIFY2(!validator.isEmpty(),
                 "desktop-file-validate is missing (Debian package desktop-file-utils)");
        QProcess validate;
        validate.start(validator, {AutostartSchedule::path()});
        QVERIFY(validate.waitForFinished(30000));
        const QByteArray said = validate.readAllStandardOutput() + validate.readAllStandardError();
        QVERIFY2(validate.exitCode() == 0 && said.trimmed().isEmpty(), said.constData());

        const QString gio = QStandardPaths::findExecutable(QStringLiteral("gio"));
        QVERIFY2(!gio.isEmpty(), "gio is missing (Debian package libglib2.0-bin)");
        QProcess launch;
        launch.start(gio, {QStringLiteral("launch"), AutostartSchedule::path()});
        QVERIFY(launch.waitForFinished(30000));
        QVERIFY2(launch.exitCode() == 0,
                 (launch.readAllStandardError() + "\n" + readAll(AutostartSchedule::path())).constData());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(argvRecord()), 30000); // started, not waited for
        QCOMPARE(recordedArgv(), command);
    }

    void commandsNoScheduleCanHoldAreRefused_data() {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("why");
        const QString program = QStringLiteral("the path of the program, ");
        QTest::newRow("line break in the folder")
            << QStringLiteral("my\napps") << QStringLiteral("check") << program;
        QTest::newRow("carriage return in the folder")
            << QStringLiteral("my\rapps") << QStringLiteral("check") << program;
        QTest::newRow("tab in the folder")
            << QStringLiteral("my\tapps") << QStringLiteral("check") << program;
        QTest::newRow("delete in the folder") << QStringLiteral("my\x7f"
                                                                "apps")
                                              << QStringLiteral("check") << program;
        QTest::newRow("line break in an argument")
            << QStringLiteral("my apps") << QStringLiteral("check\nExecStart=/bin/true")
            << QStringLiteral("its argument “check�ExecStart=/bin/true” ");
    }
    // A line break would end ExecStart= or Exec= and start another command: refused, with the reason, and
    // nothing installed and systemd not asked.
    void commandsNoScheduleCanHoldAreRefused() {
        LINUX_WAYS_ONLY();
        QFETCH(QString, folder);
        QFETCH(QString, argument);
        QFETCH(QString, why);
        const QString program = m_dir->filePath(folder + QStringLiteral("/jobtarget-setup"));
        QVERIFY(QDir().mkpath(QFileInfo(program).absolutePath()));
        const QStringList command{program, argument};
        SystemdTimerSchedule systemd(command);
        systemd.setSystemctl(fakeSystemctl());
        AutostartSchedule autostart(command);
        LaunchAgentSchedule launchAgent(command);     // XML cannot carry them either
        ScheduledTaskSchedule scheduledTask(command); // (their tools are never reached: refused before)
        for (CheckSchedule *schedule :
             std::initializer_list<CheckSchedule *>{&systemd, &autostart, &launchAgent, &scheduledTask}) {
            const ScheduleResult result = await([&](auto done) { schedule->turnOn(done); });
            QVERIFY(!result.ok);
            QVERIFY2(
                result.message.startsWith(QStringLiteral("The daily check could not be turned on: ") + why),
                qPrintable(result.message));
            QVERIFY2(
                result.message.contains(QStringLiteral("contains a line break or another control character")),
                qPrintable(result.message));
            QVERIFY(!result.message.contains(QLatin1Char('\n')));
            QVERIFY(!schedule->isOn());
            QCOMPARE(filesUnder(m_config), QStringList());
            for (const QString &file : schedule->files())
                QVERIFY2(!QFile::exists(file), qPrintable(file));
        }
        QCOMPARE(calls(), QStringList());
    }

    // systemd read the files but could not use the service (a setting it refuses): the timer would be enabled
    // and never run anything. Turned back off, nothing left, and said why.
    void systemdNotLoadingTheUnitsLeavesNothingBehind() {
        LINUX_WAYS_ONLY();
        SystemdTimerSchedule schedule(command());
        schedule.setSystemctl(fakeSystemctl({}, 1, QStringLiteral("bad-setting")));
        const ScheduleResult result = await([&](auto done) { schedule.turnOn(done); });
        QVERIFY(!result.ok);
        QVERIFY2(result.message.startsWith(QStringLiteral(
                     "The daily check could not be turned on: systemd could not load "
                     "jobtarget-setup-check.service (bad-setting); “systemd-analyze --user verify ")),
                 qPrintable(result.message));
        QVERIFY(!schedule.isOn());
        QCOMPARE(filesUnder(m_config), QStringList());
        QCOMPARE(calls(),
                 (QStringList{QStringLiteral("--user daemon-reload"),
                              QStringLiteral("--user show -p LoadState --value jobtarget-setup-check.service "
                                             "jobtarget-setup-check.timer"),
                              QStringLiteral("--user daemon-reload")}));

        // Through DailyCheck, as the page shows it: not on.
        std::vector<std::unique_ptr<CheckSchedule>> ways;
        auto systemd = std::make_unique<SystemdTimerSchedule>(command());
        systemd->setSystemctl(fakeSystemctl({}, 1, QStringLiteral("not-found")));
        ways.push_back(std::move(systemd));
        DailyCheck daily(std::move(ways), m_dir->filePath(QStringLiteral("data/history.json")));
        daily.setOn(true);
        QTRY_VERIFY(!daily.isBusy());
        QVERIFY(!daily.result().ok);
        QVERIFY2(daily.result().message.contains(QStringLiteral("(not-found)")),
                 qPrintable(daily.result().message));
        QVERIFY(!daily.isOn());
        QCOMPARE(filesUnder(m_config), QStringList());
    }

    void launchAgentIsAPropertyList() {
        const QByteArray plist = LaunchAgentSchedule::plist(command(), QTime(9, 41));
        QXmlStreamReader xml(plist);
        QStringList texts;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
                texts << xml.text().toString();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(texts, (QStringList{QStringLiteral("Label"), QString::fromLatin1(LaunchAgentSchedule::Label),
                                     QStringLiteral("ProgramArguments"), command().at(0), command().at(1),
                                     QStringLiteral("StartCalendarInterval"), QStringLiteral("Hour"),
                                     QStringLiteral("9"), QStringLiteral("Minute"), QStringLiteral("41"),
                                     QStringLiteral("ProcessType"), QStringLiteral("Background")}));
        QVERIFY(LaunchAgentSchedule::path().endsWith(
            QStringLiteral("/Library/LaunchAgents/io.github.jobtarget-setup.check.plist")));
    }

    void scheduledTaskIsATaskDefinition() {
        const QStringList windowsCommand{
            QStringLiteral("C:/Program Files/JobTarget Setup/jobtarget-setup.com"), QStringLiteral("check"),
            QStringLiteral("--lang"), QStringLiteral("a \"b\"")};
        const QByteArray bytes =
            ScheduledTaskSchedule::taskXml(windowsCommand, QDateTime(QDate(2026, 12, 2), QTime(9, 0)));
        QVERIFY(bytes.startsWith("\xFF\xFE")); // UTF-16 LE with its mark, as schtasks /XML reads it
        const QString xmlText = QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData() + 2),
                                                   (bytes.size() - 2) / 2);
        QXmlStreamReader xml(xmlText);
        QMap<QString, QString> values;
        QString element;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement)
                element = xml.name().toString();
            else if (token == QXmlStreamReader::Characters && !xml.isWhitespace())
                values[element] = xml.text().toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(values.value(QStringLiteral("Command")),
                 QStringLiteral("C:\\Program Files\\JobTarget Setup\\jobtarget-setup.com"));
        QCOMPARE(values.value(QStringLiteral("Arguments")), QStringLiteral("check --lang \"a \\\"b\\\"\""));
        QCOMPARE(values.value(QStringLiteral("StartBoundary")), QStringLiteral("2026-12-02T09:00:00"));
        QCOMPARE(values.value(QStringLiteral("StartWhenAvailable")), QStringLiteral("true"));
        QCOMPARE(values.value(QStringLiteral("DaysInterval")), QStringLiteral("1"));
        QVERIFY(!values.value(QStringLiteral("RandomDelay")).isEmpty());
    }

    // The wizard's side: on, off, what it says; removing the stored connection forgets everything.
    void dailyCheckTurnsOnAndForgets() {
        LINUX_WAYS_ONLY();
        std::vector<std::unique_ptr<CheckSchedule>> ways;
        ways.push_back(std::make_unique<AutostartSchedule>(command()));
        auto systemd = std::make_unique<SystemdTimerSchedule>(command());
        systemd->setSystemctl(fakeSystemctl());
        ways.push_back(std::move(systemd));
        const QString historyPath = m_dir->filePath(QStringLiteral("data/history.json"));
        DailyCheck daily(std::move(ways), historyPath);
        QVERIFY(daily.isAvailable());
        QVERIFY(!daily.isOn());
        QVERIFY(daily.description().contains(AutostartSchedule::path()));
        QSignalSpy changed(&daily, &DailyCheck::changed);
        daily.setOn(true);
        QTRY_VERIFY(!daily.isBusy());
        QVERIFY(daily.result().ok);
        QVERIFY(daily.isOn());
        QVERIFY(changed.size() >= 2); // started, ended
        QCOMPARE(filesUnder(m_config),
                 QStringList{QStringLiteral("autostart/io.github.jobtarget_setup.check.desktop")});

        // A timer left from a time when systemd was the way: turning off removes it as well.
        SystemdTimerSchedule left(command());
        left.setSystemctl(fakeSystemctl());
        QVERIFY(await([&](auto done) { left.turnOn(done); }).ok);
        CheckHistory history(historyPath);
        history.append(
            CheckRecord::notChecked(QStringLiteral("keychain"), {}, QDateTime::currentDateTimeUtc()));
        QVERIFY(history.save());
        QCOMPARE(daily.history().records().size(), 1);

        bool forgotten = false;
        daily.forget([&forgotten](const ScheduleResult &result) { forgotten = result.ok; });
        QTRY_VERIFY(forgotten);
        QVERIFY(!daily.isOn());
        QCOMPARE(filesUnder(m_config), QStringList());
        QVERIFY(!QFile::exists(historyPath));
    }

    // Windows: the task created with Task Scheduler's own schtasks (Wine's, under packaging/dev.sh
    // test-windows), through DailyCheck as the wizard does; turning it off and forgetting remove the task and
    // every file. Task Scheduler keeps a task's definition under %SystemRoot%\System32\Tasks (readable by
    // administrators, and under Wine).
    void scheduledTaskTurnsOnAndOff() {
#ifndef Q_OS_WIN
        QSKIP("Task Scheduler is Windows': its definition is checked by scheduledTaskIsATaskDefinition");
#else
        const QString program = m_dir->filePath(QStringLiteral("my apps/jobtarget-setup.com"));
        const QString task =
            qEnvironmentVariable("SystemRoot") + QStringLiteral("/System32/Tasks/") +
            QString::fromLatin1(ScheduledTaskSchedule::TaskName).replace(QLatin1Char('\\'), QLatin1Char('/'));
        {
            ScheduledTaskSchedule left({program, QStringLiteral("check")}); // by an earlier run that failed
            QVERIFY(await([&](auto done) { left.turnOff(done); }).ok);
        }
        std::vector<std::unique_ptr<CheckSchedule>> ways;
        ways.push_back(
            std::make_unique<ScheduledTaskSchedule>(QStringList{program, QStringLiteral("check")}));
        const QString historyPath = m_dir->filePath(QStringLiteral("data/history.json"));
        DailyCheck daily(std::move(ways), historyPath);
        QVERIFY(daily.isAvailable());
        QVERIFY(!daily.isOn());
        daily.setOn(true);
        QTRY_VERIFY(!daily.isBusy());
        QVERIFY2(daily.result().ok, qPrintable(daily.result().message));
        QVERIFY(daily.isOn());
        QVERIFY2(QFile::exists(task), qPrintable(task));
        // Task Scheduler writes the definition again in its own words (Wine: UTF-8, Windows: UTF-16). Wine's
        // keeps neither calendar triggers nor the action's command: what it registered is told by the
        // description; the definition itself is checked by scheduledTaskIsATaskDefinition.
        const QByteArray definition = readAll(task);
        const QString text =
            definition.startsWith("\xFF\xFE")
                ? QString::fromUtf16(reinterpret_cast<const char16_t *>(definition.constData() + 2),
                                     (definition.size() - 2) / 2)
                : QString::fromUtf8(definition);
        QVERIFY2(
            text.contains(QStringLiteral("Installed by JobTarget Setup for Greenhouse (Check every day)")),
            qPrintable(text.left(600)));
        if (!text.contains(QStringLiteral("<Exec/>"))) // Windows' own Task Scheduler keeps the action
            QVERIFY2(text.contains(QStringLiteral("my apps\\jobtarget-setup.com</Command>")) &&
                         text.contains(QStringLiteral("<Arguments>check</Arguments>")),
                     qPrintable(text.right(600)));

        bool forgotten = false;
        daily.forget([&forgotten](const ScheduleResult &result) { forgotten = result.ok; });
        QTRY_VERIFY(forgotten);
        QVERIFY2(!QFile::exists(ScheduledTaskSchedule::path()), qPrintable(ScheduledTaskSchedule::path()));
        QVERIFY(!QFile::exists(task));
        QVERIFY(!daily.isOn());
#endif
    }

    // "Check it now" while a scheduled check holds the history: recorded once that one is done, without ever
    // waiting on the caller's thread.
    void checkItNowWaitsItsTurn() {
        const QString historyPath = m_dir->filePath(QStringLiteral("data/history.json"));
        QVERIFY(QDir().mkpath(QFileInfo(historyPath).absolutePath()));
        DailyCheck daily({}, historyPath);
        QLockFile scheduled(historyPath + QStringLiteral(".lock"));
        QVERIFY(scheduled.tryLock(0));
        VerificationReport report;
        report.checkedAt = QDateTime::currentDateTimeUtc();
        report.credential.status = CredentialStatus::Rejected;
        QElapsedTimer clock;
        clock.start();
        daily.recordSeen(report);
        QVERIFY(clock.elapsed() < 1000); // returned at once
        QVERIFY(daily.history().records().isEmpty());
        scheduled.unlock();
        QTRY_COMPARE(daily.history().records().size(), 1);
        QCOMPARE(daily.history().records().constFirst().outcome, CheckOutcome::Failed);
        QCOMPARE(daily.history().records().constFirst().notice, CheckNotice::Broken); // seen on screen
    }

    void noWayIsExplained() {
        DailyCheck daily({}, m_dir->filePath(QStringLiteral("history.json")));
        QVERIFY(!daily.isAvailable());
        QVERIFY(daily.description().contains(QStringLiteral("jobtarget-setup check")));
        daily.setOn(true); // nothing to do, nothing breaks
        QVERIFY(!daily.isOn());
        QVERIFY(!daily.isBusy());
    }
};

QTEST_GUILESS_MAIN(ScheduleTest)

#include "tst_schedule.moc"
