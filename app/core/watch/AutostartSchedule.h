#pragma once

#include "CheckSchedule.h"

namespace jt {

// Linux without a systemd user instance: an XDG autostart entry that runs one check per login
// (~/.config/autostart/), which every freedesktop session starts.
class AutostartSchedule : public CheckSchedule {
    Q_OBJECT
public:
    explicit AutostartSchedule(QStringList command, QObject *parent = nullptr);

    QStringList files() const override;
    QString description() const override;
    bool isOn() const override;
    void turnOn(Done done) override;
    void turnOff(Done done) override;

    static QString path(); // $XDG_CONFIG_HOME/autostart/io.github.jobtarget_setup.check.desktop
    static QByteArray entry(const QStringList &command);
};

} // namespace jt
