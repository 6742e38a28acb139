#include "AutostartSchedule.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

namespace jt {

namespace {

// One argument of Exec=, as the Desktop Entry Specification quotes it (in double quotes, a backslash before
// ", `, $ and \); then escaped as any string value (\\ for a backslash) and % as %% (a field code otherwise).
// Control characters are refused before (unrepresentable()).
QString execWord(QString word) {
    static const QRegularExpression reserved(QStringLiteral("[\\s\"'\\\\><~|&;$*?#()`=%]"));
    if (!word.isEmpty() && !word.contains(reserved))
        return word;
    word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('`'), QStringLiteral("\\`"))
        .replace(QLatin1Char('$'), QStringLiteral("\\$"));
    word = QLatin1Char('"') + word + QLatin1Char('"');
    return word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("%%"));
}

} // namespace

AutostartSchedule::AutostartSchedule(QStringList command, QObject *parent)
    : CheckSchedule(std::move(command), parent) {}

QString AutostartSchedule::path() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/io.github.jobtarget_setup.check.desktop");
}

QStringList AutostartSchedule::files() const {
    return {path()};
}

QString AutostartSchedule::description() const {
    // In the admin's words: when it runs and why not daily; the file only as where it is kept.
    //: %1 the file
    return tr("Checks each time you sign in to this computer, not at a set time of day (this computer has no "
              "daily schedule for programs like this one). It is kept in %1.")
        .arg(shownPath(path()));
}

bool AutostartSchedule::isOn() const {
    return QFileInfo::exists(path());
}

QByteArray AutostartSchedule::entry(const QStringList &command) {
    // GLib (2.74) looks for the program before it replaces %% by %, so it ignores an entry whose program path
    // holds a per cent sign; such a program is started by sh, whose path has none.
    const bool direct = command.isEmpty() || !command.constFirst().contains(QLatin1Char('%'));
    QStringList words;
    for (const QString &word : direct ? command : throughShell(command))
        words << execWord(word);
    return QStringLiteral("# Installed by JobTarget Setup for Greenhouse (“Check every day”); turning it off "
                          "there removes it.\n"
                          "[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=JobTarget connection check\n"
                          "Comment=Checks that JobTarget can still read the Greenhouse jobs\n"
                          "Exec=%1\n"
                          "Icon=io.github.jobtarget_setup\n"
                          "Terminal=false\n"
                          "NoDisplay=true\n"
                          "X-GNOME-Autostart-Delay=120\n")
        .arg(words.join(QLatin1Char(' ')))
        .toUtf8();
}

// No tool to run: the answer still comes from the event loop, as the interface promises.
void AutostartSchedule::turnOn(Done done) {
    QString failure = unrepresentable();
    if (failure.isEmpty())
        failure = writeFiles({{path(), entry(command())}});
    QTimer::singleShot(0, this, [done = std::move(done), failure] {
        done(failure.isEmpty() ? ScheduleResult{}
                               : failed(tr("The daily check could not be turned on"), failure));
    });
}

void AutostartSchedule::turnOff(Done done) {
    const QString failure = removeFiles(files());
    QTimer::singleShot(0, this, [done = std::move(done), failure] {
        done(failure.isEmpty() ? ScheduleResult{}
                               : failed(tr("The daily check could not be turned off"), failure));
    });
}

} // namespace jt
