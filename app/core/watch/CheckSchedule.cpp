#include "CheckSchedule.h"

#include "AutostartSchedule.h"
#include "LaunchAgentSchedule.h"
#include "ScheduledTaskSchedule.h"
#include "SystemdTimerSchedule.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QTimer>

#include <algorithm>

namespace jt {

std::vector<std::unique_ptr<CheckSchedule>> CheckSchedule::forThisComputer(const QStringList &command) {
    std::vector<std::unique_ptr<CheckSchedule>> ways;
#if defined(Q_OS_WIN)
    ways.push_back(std::make_unique<ScheduledTaskSchedule>(command));
#elif defined(Q_OS_MACOS)
    ways.push_back(std::make_unique<LaunchAgentSchedule>(command));
#else
    // A Flatpak sees neither the user's systemd nor their autostart folder (its portal would be the way).
    if (QFileInfo::exists(QStringLiteral("/.flatpak-info")))
        return ways;
    auto systemd = std::make_unique<SystemdTimerSchedule>(command);
    auto autostart = std::make_unique<AutostartSchedule>(command);
    if (SystemdTimerSchedule::userInstanceRuns()) {
        ways.push_back(std::move(systemd));
        ways.push_back(std::move(autostart));
    } else {
        ways.push_back(std::move(autostart));
        ways.push_back(std::move(systemd));
    }
#endif
    return ways;
}

void CheckSchedule::runTool(const QString &program, const QStringList &arguments, ToolDone done,
                            int timeoutMs) {
    runToolForOutput(
        program, arguments,
        [done = std::move(done)](const QString &failure, const QByteArray &) { done(failure); }, timeoutMs);
}

void CheckSchedule::runToolForOutput(const QString &program, const QStringList &arguments, ToolAnswered done,
                                     int timeoutMs) {
    auto *process = new QProcess(this);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    auto finish = std::make_shared<ToolAnswered>(std::move(done));
    const QString name = QFileInfo(program).fileName();
    const auto end = [process, finish](const QString &failure) {
        if (!*finish)
            return;
        const ToolAnswered then = std::exchange(*finish, nullptr);
        const QByteArray output = failure.isEmpty() ? process->readAllStandardOutput() : QByteArray();
        process->deleteLater();
        then(failure, output);
    };
    connect(timer, &QTimer::timeout, process, [process, end, name, timeoutMs] {
        process->kill();
        end(tr("%1 did not answer within %n second(s)", nullptr, timeoutMs / 1000).arg(name));
    });
    connect(process, &QProcess::errorOccurred, process, [process, end, name](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            end(tr("%1 could not be started (%2)").arg(name, process->errorString()));
    });
    connect(process, &QProcess::finished, process,
            [process, end, name](int code, QProcess::ExitStatus status) {
                if (status == QProcess::NormalExit && code == 0)
                    return end({});
                // Its own words, first line only: they name the unit or file it could not handle.
                const QString said = QString::fromLocal8Bit(process->readAllStandardError())
                                         .trimmed()
                                         .section(QLatin1Char('\n'), 0, 0);
                const QString failure = tr("%1 ended with status %2").arg(name).arg(code);
                end(said.isEmpty() ? failure : failure + QStringLiteral(": ") + said.left(200));
            });
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    timer->start(timeoutMs);
    process->start(program, arguments);
}

QString CheckSchedule::unrepresentable() const {
    const auto hasControl = [](const QString &word) {
        return std::any_of(word.begin(), word.end(),
                           [](QChar c) { return c.category() == QChar::Other_Control; });
    };
    // Shown with each control character as � (a line break would break the message too).
    const auto shown = [](QString word) {
        std::replace_if(
            word.begin(), word.end(), [](QChar c) { return c.category() == QChar::Other_Control; },
            QChar(QChar::ReplacementCharacter));
        return word;
    };
    if (m_command.isEmpty())
        return {};
    if (hasControl(m_command.constFirst()))
        //: %1 the program's path, each control character in it shown as �
        return tr("the path of the program, %1, contains a line break or another control character, which a "
                  "schedule cannot hold; move the program to a folder whose name has none and turn the daily "
                  "check on from there")
            .arg(QDir::toNativeSeparators(shown(m_command.constFirst())));
    for (const QString &argument : m_command.mid(1))
        if (hasControl(argument))
            //: %1 an argument of the program, each control character in it shown as �
            return tr("its argument “%1” contains a line break or another control character, which a "
                      "schedule "
                      "cannot hold")
                .arg(shown(argument));
    return {};
}

QStringList CheckSchedule::throughShell(const QStringList &command) {
    return QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                       QStringLiteral("exec \"$0\" \"$@\"")} +
           command;
}

QString CheckSchedule::writeFiles(const QList<std::pair<QString, QByteArray>> &files) {
    QStringList written;
    for (const auto &[path, content] : files) {
        const QString folder = QFileInfo(path).absolutePath();
        QString failure;
        if (!QDir().mkpath(folder)) {
            failure = tr("the folder %1 could not be made").arg(QDir::toNativeSeparators(folder));
        } else {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
                failure = tr("%1 could not be written (%2)")
                              .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        if (!failure.isEmpty()) {
            (void)removeFiles(written);
            return failure;
        }
        written << path;
    }
    return {};
}

QString CheckSchedule::removeFiles(const QStringList &paths) {
    QStringList left;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if ((info.exists() || info.isSymLink()) && !QFile::remove(path))
            left << QDir::toNativeSeparators(path);
    }
    return left.isEmpty() ? QString() : tr("%1 could not be removed").arg(left.join(QStringLiteral(", ")));
}

QString CheckSchedule::shownPath(const QString &path) {
#ifdef Q_OS_UNIX
    const QString home = QDir::homePath();
    if (path.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + path.mid(home.size());
#endif
    return QDir::toNativeSeparators(path);
}

ScheduleResult CheckSchedule::failed(const QString &what, const QString &why) {
    //: %1 what could not be done ("The daily check could not be turned on"), %2 why
    return {false, tr("%1: %2.").arg(what, why)};
}

} // namespace jt
