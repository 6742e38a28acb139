#include "SystemdTimerSchedule.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace jt {

namespace {

const QString ServiceUnit = QStringLiteral("jobtarget-setup-check.service");
const QString TimerUnit = QStringLiteral("jobtarget-setup-check.timer");

// One word of ExecStart=, quoted as systemd reads it; % and $ would otherwise be specifiers and variables.
QString unitWord(QString word) {
    word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('%'), QStringLiteral("%%"))
        .replace(QLatin1Char('$'), QStringLiteral("$$"));
    return QLatin1Char('"') + word + QLatin1Char('"');
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
    for (const QString &word : command)
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
    systemctl({QStringLiteral("daemon-reload")}, [this, done, undo](const QString &failure) {
        if (!failure.isEmpty())
            return undo(failure);
        systemctl({QStringLiteral("enable"), QStringLiteral("--now"), TimerUnit},
                  [done, undo](const QString &enableFailure) {
                      if (!enableFailure.isEmpty())
                          return undo(enableFailure);
                      done({});
                  });
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
