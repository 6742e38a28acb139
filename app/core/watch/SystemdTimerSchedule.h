#pragma once

#include "CheckSchedule.h"

namespace jt {

// Linux with a systemd user instance: jobtarget-setup-check.service (one check) and .timer (daily, a
// randomised delay, persistent so that a day missed while the computer was off runs at the next login), in
// ~/.config/systemd/user/, enabled with `systemctl --user`.
class SystemdTimerSchedule : public CheckSchedule {
    Q_OBJECT
public:
    explicit SystemdTimerSchedule(QStringList command, QObject *parent = nullptr);

    QStringList files() const override;
    QString description() const override;
    bool isOn() const override;
    void turnOn(Done done) override;
    void turnOff(Done done) override;

    static bool userInstanceRuns(); // $XDG_RUNTIME_DIR/systemd/private: the user manager's socket
    static QString folder();        // $XDG_CONFIG_HOME/systemd/user
    static QByteArray serviceUnit(const QStringList &command);
    static QByteArray timerUnit();
    // `systemctl` by default; the tests give a stand-in that records its arguments.
    void setSystemctl(const QString &program) { m_systemctl = program; }

private:
    void systemctl(const QStringList &arguments, ToolDone done);
    // Asks systemd whether it loaded both units; `done` gets why not in words, or an empty text.
    void whyNotLoaded(ToolDone done);
    QString wantsLink() const; // what `enable` links; removed here too when systemctl cannot be asked

    QString m_systemctl = QStringLiteral("systemctl");
};

} // namespace jt
