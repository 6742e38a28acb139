#pragma once

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace jt {

// How a schedule change ended: `message` (translated) says what failed and where, for the admin.
struct ScheduleResult {
    bool ok = true;
    QString message;
};

// The daily `jobtarget-setup check`, as this computer runs things on a schedule: a systemd user timer, an XDG
// autostart entry (once per login, where no systemd user instance runs), a macOS LaunchAgent or a Windows
// Task Scheduler task. Turning it on is all or nothing (on failure nothing is left behind); turning it off
// removes every file it installed.
class CheckSchedule : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(ScheduleResult)>;

    // `command`: the program and its arguments that run one check ({"/usr/bin/jobtarget-setup", "check"}).
    explicit CheckSchedule(QStringList command, QObject *parent = nullptr)
        : QObject(parent)
        , m_command(std::move(command)) {}

    virtual QStringList files() const = 0;   // the absolute paths it writes (none for Task Scheduler)
    virtual QString description() const = 0; // translated: what it installs, where, and how often it runs
    virtual bool isOn() const = 0;
    // Asynchronous (it may run systemctl, launchctl, schtasks, each with a timeout); `done` runs exactly
    // once, from the event loop or, when there was nothing to wait for, before the call returns.
    virtual void turnOn(Done done) = 0;
    virtual void turnOff(Done done) = 0; // nothing installed counts as turned off

    const QStringList &command() const { return m_command; }

    // This computer's ways, the one to install first, the others only to be cleaned up when turning off (a
    // schedule installed while another way was preferred). Empty where none can be installed (in a Flatpak).
    static std::vector<std::unique_ptr<CheckSchedule>> forThisComputer(const QStringList &command);

protected:
    // Runs a tool (systemctl, launchctl, schtasks) without waiting for it; `done` gets its failure in words,
    // or an empty text when it exited 0. Ends it after `timeoutMs`.
    using ToolDone = std::function<void(const QString &failure)>;
    void runTool(const QString &program, const QStringList &arguments, ToolDone done, int timeoutMs = 30000);
    // The same, for a tool whose answer is what it printed: `done` gets its standard output too.
    using ToolAnswered = std::function<void(const QString &failure, const QByteArray &output)>;
    void runToolForOutput(const QString &program, const QStringList &arguments, ToolAnswered done,
                          int timeoutMs = 30000);
    // Why command() cannot be put into a schedule (translated, for failed()), or empty. A control character
    // (a line break in a folder's name) would end the line it stands on in a unit file or a desktop entry and
    // start another command; no schedule format can carry one.
    QString unrepresentable() const;
    // `command` run by /bin/sh (`exec "$0" "$@"`, so as the same process with exactly these arguments): for a
    // program path that a format cannot name as the program to start but can pass as an argument.
    static QStringList throughShell(const QStringList &command);
    // Writes each file whole (beside it, then renamed); on a failure the ones written are removed again.
    // Returns the failure in words (empty: written).
    static QString writeFiles(const QList<std::pair<QString, QByteArray>> &files);
    static QString removeFiles(const QStringList &paths); // nothing there counts as removed
    static ScheduleResult failed(const QString &what, const QString &why);
    // A path as the admin reads it: "~/.config/…" under the home folder, native separators.
    static QString shownPath(const QString &path);

private:
    QStringList m_command;
};

} // namespace jt
