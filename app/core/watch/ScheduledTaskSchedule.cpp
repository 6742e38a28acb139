#include "ScheduledTaskSchedule.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace jt {

namespace {

// One argument as Windows programs split their command line (CommandLineToArgvW).
QString windowsArgument(const QString &word) {
    if (!word.isEmpty() && !word.contains(QLatin1Char(' ')) && !word.contains(QLatin1Char('\t')) &&
        !word.contains(QLatin1Char('"')))
        return word;
    QString quoted = QStringLiteral("\"");
    qsizetype backslashes = 0;
    for (const QChar c : word) {
        if (c == QLatin1Char('\\')) {
            ++backslashes;
            continue;
        }
        quoted += QString(c == QLatin1Char('"') ? backslashes * 2 + 1 : backslashes, QLatin1Char('\\'));
        backslashes = 0;
        quoted += c;
    }
    quoted += QString(backslashes * 2, QLatin1Char('\\')) + QLatin1Char('"');
    return quoted;
}

} // namespace

ScheduledTaskSchedule::ScheduledTaskSchedule(QStringList command, QObject *parent)
    : CheckSchedule(std::move(command), parent) {}

QString ScheduledTaskSchedule::path() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/check-task.xml");
}

QStringList ScheduledTaskSchedule::files() const {
    return {path()};
}

QString ScheduledTaskSchedule::description() const {
    //: %1 the task's name, %2 the file that keeps its definition
    return tr("Creates the Task Scheduler task “%1”, which runs “jobtarget-setup check” once a day (or as "
              "soon "
              "as possible when the computer was off), and keeps its definition in %2.")
        .arg(QLatin1String(TaskName), shownPath(path()));
}

bool ScheduledTaskSchedule::isOn() const {
    return QFileInfo::exists(path());
}

QByteArray ScheduledTaskSchedule::taskXml(const QStringList &command, const QDateTime &start) {
    QStringList arguments;
    for (const QString &word : command.mid(1))
        arguments << windowsArgument(word);
    const QString xml =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
            "<Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">\n"
            "  <RegistrationInfo>\n"
            "    <Description>Installed by JobTarget Setup for Greenhouse (Check every day): checks that "
            "JobTarget "
            "can still read the Greenhouse jobs. Turning it off there removes it.</Description>\n"
            "  </RegistrationInfo>\n"
            "  <Triggers>\n"
            "    <CalendarTrigger>\n"
            "      <StartBoundary>%1</StartBoundary>\n"
            "      <RandomDelay>PT2H</RandomDelay>\n"
            "      <ScheduleByDay>\n"
            "        <DaysInterval>1</DaysInterval>\n"
            "      </ScheduleByDay>\n"
            "    </CalendarTrigger>\n"
            "  </Triggers>\n"
            "  <Principals>\n"
            "    <Principal id=\"Author\">\n"
            "      <LogonType>InteractiveToken</LogonType>\n"
            "      <RunLevel>LeastPrivilege</RunLevel>\n"
            "    </Principal>\n"
            "  </Principals>\n"
            "  <Settings>\n"
            "    <StartWhenAvailable>true</StartWhenAvailable>\n"
            "    <RunOnlyIfNetworkAvailable>false</RunOnlyIfNetworkAvailable>\n"
            "    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>\n"
            "    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>\n"
            "    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>\n"
            "    <ExecutionTimeLimit>PT1H</ExecutionTimeLimit>\n"
            "  </Settings>\n"
            "  <Actions Context=\"Author\">\n"
            "    <Exec>\n"
            "      <Command>%2</Command>\n"
            "      <Arguments>%3</Arguments>\n"
            "    </Exec>\n"
            "  </Actions>\n"
            "</Task>\n")
            .arg(start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")),
                 QString(command.value(0)).replace(QLatin1Char('/'), QLatin1Char('\\')).toHtmlEscaped(),
                 arguments.join(QLatin1Char(' ')).toHtmlEscaped());
    QByteArray bytes("\xFF\xFE", 2); // UTF-16 little endian, with its byte order mark
    for (const QChar c : xml) {
        bytes += char(c.unicode() & 0xFF);
        bytes += char(c.unicode() >> 8);
    }
    return bytes;
}

void ScheduledTaskSchedule::turnOn(Done done) {
    const QString what = tr("The daily check could not be turned on");
    // XML 1.0 cannot carry most control characters either.
    if (const QString why = unrepresentable(); !why.isEmpty())
        return done(failed(what, why));
    const QDateTime start(QDate::currentDate().addDays(1), QTime(9, 0));
    if (const QString failure = writeFiles({{path(), taskXml(command(), start)}}); !failure.isEmpty())
        return done(failed(what, failure));
    runTool(QStringLiteral("schtasks"),
            {QStringLiteral("/Create"), QStringLiteral("/F"), QStringLiteral("/TN"), QLatin1String(TaskName),
             QStringLiteral("/XML"), QDir::toNativeSeparators(path())},
            [done, what](const QString &failure) {
                if (failure.isEmpty())
                    return done({});
                (void)removeFiles({path()});
                done(failed(what, failure));
            });
}

void ScheduledTaskSchedule::turnOff(Done done) {
    if (!isOn())
        return done({});
    runTool(QStringLiteral("schtasks"),
            {QStringLiteral("/Delete"), QStringLiteral("/F"), QStringLiteral("/TN"), QLatin1String(TaskName)},
            [done](const QString &) {
                const QString failure = removeFiles({path()});
                done(failure.isEmpty() ? ScheduleResult{}
                                       : failed(tr("The daily check could not be turned off"), failure));
            });
}

} // namespace jt
