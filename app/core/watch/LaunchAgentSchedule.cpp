#include "LaunchAgentSchedule.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace jt {

LaunchAgentSchedule::LaunchAgentSchedule(QStringList command, QObject *parent)
    : CheckSchedule(std::move(command), parent) {}

QString LaunchAgentSchedule::path() {
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + QLatin1String(Label) +
           QStringLiteral(".plist");
}

QStringList LaunchAgentSchedule::files() const {
    return {path()};
}

QString LaunchAgentSchedule::description() const {
    //: %1 the file
    return tr("Installs a LaunchAgent that runs “jobtarget-setup check” once a day (or when the Mac wakes "
              "up, if it slept through the time): %1.")
        .arg(shownPath(path()));
}

bool LaunchAgentSchedule::isOn() const {
    return QFileInfo::exists(path());
}

QByteArray LaunchAgentSchedule::plist(const QStringList &command, QTime at) {
    QString arguments;
    for (const QString &word : command)
        arguments += QStringLiteral("        <string>%1</string>\n").arg(word.toHtmlEscaped());
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<!-- Installed by JobTarget Setup for Greenhouse (“Check every day”); turning it "
                          "off there removes it. -->\n"
                          "<plist version=\"1.0\">\n"
                          "<dict>\n"
                          "    <key>Label</key>\n"
                          "    <string>%1</string>\n"
                          "    <key>ProgramArguments</key>\n"
                          "    <array>\n"
                          "%2"
                          "    </array>\n"
                          "    <key>StartCalendarInterval</key>\n"
                          "    <dict>\n"
                          "        <key>Hour</key>\n"
                          "        <integer>%3</integer>\n"
                          "        <key>Minute</key>\n"
                          "        <integer>%4</integer>\n"
                          "    </dict>\n"
                          "    <key>ProcessType</key>\n"
                          "    <string>Background</string>\n"
                          "</dict>\n"
                          "</plist>\n")
        .arg(QLatin1String(Label), arguments)
        .arg(at.hour())
        .arg(at.minute())
        .toUtf8();
}

QString LaunchAgentSchedule::domain() const {
#ifdef Q_OS_UNIX
    return QStringLiteral("gui/%1").arg(getuid());
#else
    return {};
#endif
}

void LaunchAgentSchedule::turnOn(Done done) {
    const QString what = tr("The daily check could not be turned on");
    // XML 1.0 cannot carry most control characters either.
    if (const QString why = unrepresentable(); !why.isEmpty())
        return done(failed(what, why));
    // Some time between 9:00 and 11:59, the computer's own.
    const QTime at(9 + int(QRandomGenerator::global()->bounded(3)),
                   int(QRandomGenerator::global()->bounded(60)));
    if (const QString failure = writeFiles({{path(), plist(command(), at)}}); !failure.isEmpty())
        return done(failed(what, failure));
    runTool(QStringLiteral("launchctl"), {QStringLiteral("bootstrap"), domain(), path()},
            [done, what](const QString &failure) {
                if (failure.isEmpty())
                    return done({});
                (void)removeFiles({path()});
                done(failed(what, failure));
            });
}

void LaunchAgentSchedule::turnOff(Done done) {
    if (!isOn())
        return done({});
    // Unloaded when launchd has it; the file goes in any case.
    runTool(QStringLiteral("launchctl"),
            {QStringLiteral("bootout"), domain() + QLatin1Char('/') + QLatin1String(Label)},
            [done](const QString &) {
                const QString failure = removeFiles({path()});
                done(failure.isEmpty() ? ScheduleResult{}
                                       : failed(tr("The daily check could not be turned off"), failure));
            });
}

} // namespace jt
