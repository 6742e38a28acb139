#pragma once

// Linux only: an X server of a test's own (Xvfb), where the windows of the programs a test starts can be
// found by their titles (xdotool), and the processes a test started (or had started for it, by the session
// bus) found by a marker in their environment.

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace jt::test {

class TestDisplay {
public:
    TestDisplay() = default;
    TestDisplay(const TestDisplay &) = delete;
    TestDisplay &operator=(const TestDisplay &) = delete;
    ~TestDisplay() {
        m_xvfb.kill();
        m_xvfb.waitForFinished();
    }

    // False when Xvfb did not start within `ms` (it prints its display's number once it accepts clients).
    bool start(int ms = 30000) {
        m_xvfb.start(QStringLiteral("Xvfb"),
                     {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"),
                      QStringLiteral("tcp"), QStringLiteral("-screen"), QStringLiteral("0"),
                      QStringLiteral("1280x900x24")});
        const QDeadlineTimer deadline(ms);
        while (!m_xvfb.canReadLine() && m_xvfb.state() != QProcess::NotRunning && !deadline.hasExpired())
            m_xvfb.waitForReadyRead(100);
        const QByteArray number = m_xvfb.readLine().trimmed();
        if (number.isEmpty())
            return false;
        m_name = QLatin1Char(':') + QString::fromLatin1(number);
        return true;
    }
    QString name() const { return m_name; } // ":1"

    // The environment's entries for a program shown here ("NAME=value", as appEnvironment() takes them). Qt's
    // xcb platform loads libxkbcommon-x11, which strndup()s X11 names of known length that have no
    // terminating NUL: legal, but ASan's strict_string_checks reports it (as for tst_accessibility,
    // tests/ui).
    QStringList environment() const {
        QStringList sanitizer = qEnvironmentVariable("ASAN_OPTIONS").split(QLatin1Char(':'));
        sanitizer.removeAll(QStringLiteral("strict_string_checks=1"));
        return {QStringLiteral("QT_QPA_PLATFORM=xcb"), QStringLiteral("DISPLAY=") + m_name,
                QStringLiteral("ASAN_OPTIONS=") + sanitizer.join(QLatin1Char(':'))};
    }

    // The windows whose title matches `pattern` (a regular expression, as xdotool reads it).
    QStringList windowsTitled(const QString &pattern) const {
        QProcess search;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_name);
        search.setProcessEnvironment(env);
        search.start(QStringLiteral("xdotool"),
                     {QStringLiteral("search"), QStringLiteral("--name"), pattern});
        search.waitForFinished();
        return QString::fromLatin1(search.readAllStandardOutput())
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private:
    QProcess m_xvfb;
    QString m_name;
};

// The process that carries `marker` in its environment and runs `command` (argv joined by NULs), or 0.
inline qint64 processWith(const QString &marker, const QByteArray &command) {
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        if (!environ.open(QIODevice::ReadOnly) || !environ.readAll().contains(marker.toLatin1()))
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll() == command)
            return pid.toLongLong();
    }
    return 0;
}

} // namespace jt::test
