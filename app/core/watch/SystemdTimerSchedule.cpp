#include "SystemdTimerSchedule.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace jt {

namespace {

const QString ServiceUnit = QStringLiteral("jobtarget-setup-check.service");
const QString TimerUnit = QStringLiteral("jobtarget-setup-check.timer");

// One word of ExecStart=, as systemd reads it (systemd.syntax(7) "Quoting", systemd.service(5) "Command
// lines"): in double quotes with C escapes; % starts a specifier (%% is one per cent sign) and $ a variable
// ($$ is one dollar sign) in every word. Control characters are refused before (unrepresentable()).
QString unitWord(QString word) {
    word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('%'), QStringLiteral("%%"))
        .replace(QLatin1Char('$'), QStringLiteral("$$"));
    return QLatin1Char('"') + word + QLatin1Char('"');
}

// Whether systemd can start `program` as the first word of ExecStart=. It refuses a path with a quote or a
// backslash in it ("Executable name contains special characters"), and takes a $ in it literally as the path
// to run but expands it as the program's argv[0] (so $$ would name a file that is not there, and a single $
// would start the program under another name).
bool systemdStartsDirectly(const QString &program) {
    return std::none_of(program.begin(), program.end(), [](QChar c) {
        return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('\\') ||
               c == QLatin1Char('$');
    });
}

} // namespace

SystemdTimerSchedule::SystemdTimerSchedule(QStringList command, QObject *parent)
    : CheckSchedule(std::move(command), parent) {}

bool SystemdTimerSchedule::userInstanceRuns() {
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/systemd/private"));
}

QString SystemdTimerSchedule::folder() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/systemd/user");
}

QStringList SystemdTimerSchedule::files() const {
    return {folder() + QLatin1Char('/') + ServiceUnit, folder() + QLatin1Char('/') + TimerUnit};
}

QString SystemdTimerSchedule::wantsLink() const {
    return folder() + QStringLiteral("/timers.target.wants/") + TimerUnit;
}

QString SystemdTimerSchedule::description() const {
    //: %1 the folder, %2 and %3 the two files' names
    return tr("Installs a systemd user timer that runs “jobtarget-setup check” once a day (at a random time, "
              "or at the next login if the computer was off): %2 and %3 in %1.")
        .arg(shownPath(folder()), TimerUnit, ServiceUnit);
}

bool SystemdTimerSchedule::isOn() const {
    return QFileInfo::exists(files().constLast());
}

QByteArray SystemdTimerSchedule::serviceUnit(const QStringList &command) {
    QStringList words;
    const bool direct = command.isEmpty() || systemdStartsDirectly(command.constFirst());
    for (const QString &word : direct ? command : throughShell(command))
        words << unitWord(word);
    return QStringLiteral("# Installed by JobTarget Setup for Greenhouse (“Check every day”); turning it off "
                          "there removes it.\n"
                          "[Unit]\n"
                          "Description=Check that JobTarget can still read the Greenhouse jobs\n"
                          "Documentation=man:jobtarget-setup(1)\n"
                          "\n"
                          "[Service]\n"
                          "Type=oneshot\n"
                          "ExecStart=%1\n")
        .arg(words.join(QLatin1Char(' ')))
        .toUtf8();
}

QByteArray SystemdTimerSchedule::timerUnit() {
    return QByteArrayLiteral(
        "# Installed by JobTarget Setup for Greenhouse (“Check every day”); turning it off "
        "there removes it.\n"
        "[Unit]\n"
        "Description=Daily check of the connection from Greenhouse to JobTarget\n"
        "Documentation=man:jobtarget-setup(1)\n"
        "\n"
        "[Timer]\n"
        "OnCalendar=daily\n"
        "RandomizedDelaySec=2h\n"
        "Persistent=true\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n");
}

void SystemdTimerSchedule::systemctl(const QStringList &arguments, ToolDone done) {
    runTool(m_systemctl, QStringList{QStringLiteral("--user")} + arguments, std::move(done));
}

void SystemdTimerSchedule::turnOn(Done done) {
    const QString what = tr("The daily check could not be turned on");
    if (const QString why = unrepresentable(); !why.isEmpty())
        return done(failed(what, why));
    const QStringList paths = files();
    if (const QString failure =
            writeFiles({{paths.at(0), serviceUnit(command())}, {paths.at(1), timerUnit()}});
        !failure.isEmpty())
        return done(failed(what, failure));
    // All or nothing: a timer systemd refused leaves no file behind.
    const auto undo = [this, paths, what, done](const QString &failure) {
        (void)removeFiles(paths + QStringList{wantsLink()});
        systemctl({QStringLiteral("daemon-reload")},
                  [done, what, failure](const QString &) { done(failed(what, failure)); });
    };
    const auto enable = [this, done, undo] {
        systemctl({QStringLiteral("enable"), QStringLiteral("--now"), TimerUnit},
                  [done, undo](const QString &failure) {
                      if (!failure.isEmpty())
                          return undo(failure);
                      done({});
                  });
    };
    systemctl({QStringLiteral("daemon-reload")}, [this, undo, enable](const QString &failure) {
        if (!failure.isEmpty())
            return undo(failure);
        // systemd reads a unit it cannot use without complaint, and enables and starts its timer all the same
        // (a timer that never runs its service): ask whether it loaded both.
        whyNotLoaded([undo, enable](const QString &why) { why.isEmpty() ? enable() : undo(why); });
    });
}

void SystemdTimerSchedule::whyNotLoaded(ToolDone done) {
    const QStringList units{ServiceUnit, TimerUnit};
    runToolForOutput(m_systemctl,
                     QStringList{QStringLiteral("--user"), QStringLiteral("show"), QStringLiteral("-p"),
                                 QStringLiteral("LoadState"), QStringLiteral("--value")} +
                         units,
                     [this, units, done = std::move(done)](const QString &failure, const QByteArray &output) {
                         if (!failure.isEmpty())
                             return done(failure);
                         // One value per unit, in their order (an empty line between units).
                         QStringList states;
                         for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n')))
                             if (!line.trimmed().isEmpty())
                                 states << line.trimmed();
                         for (qsizetype i = 0; i < units.size(); ++i) {
                             const QString state = states.value(i);
                             if (state == QLatin1String("loaded"))
                                 continue;
                             //: %1 the unit's file name, %2 systemd's word for its state ("bad-setting",
                             //: "not-found", "error"), %3 the command that tells why
                             return done(tr("systemd could not load %1 (%2); “%3” says why")
                                             .arg(units.at(i), state.isEmpty() ? tr("no answer") : state,
                                                  QStringLiteral("systemd-analyze --user verify ") +
                                                      shownPath(files().at(i))));
                         }
                         done({});
                     });
}

void SystemdTimerSchedule::turnOff(Done done) {
    const QStringList paths = files() + QStringList{wantsLink()};
    const bool anything = std::any_of(paths.begin(), paths.end(), [](const QString &path) {
        return QFileInfo::exists(path) || QFileInfo(path).isSymLink();
    });
    if (!anything)
        return done({});
    // Stopped and unlinked by systemd when it can; the files go in any case (a user instance that no
    // longer runs must not keep them).
    const auto removeFilesAndReload = [this, paths, done](const QString &) {
        const QString failure = removeFiles(paths);
        systemctl({QStringLiteral("daemon-reload")}, [done, failure](const QString &) {
            done(failure.isEmpty() ? ScheduleResult{}
                                   : failed(tr("The daily check could not be turned off"), failure));
        });
    };
    systemctl({QStringLiteral("disable"), QStringLiteral("--now"), TimerUnit}, removeFilesAndReload);
}

} // namespace jt
