#pragma once

#include "CheckSchedule.h"

#include <QTime>

namespace jt {

// macOS: a LaunchAgent (~/Library/LaunchAgents/io.github.jobtarget-setup.check.plist) that launchd runs once
// a day, and at wake-up when the computer slept through the time; loaded with `launchctl bootstrap`. Written
// and tested for its file here; not run on a Mac yet (README, "Platforms").
class LaunchAgentSchedule : public CheckSchedule {
    Q_OBJECT
public:
    static constexpr const char *Label = "io.github.jobtarget-setup.check";

    explicit LaunchAgentSchedule(QStringList command, QObject *parent = nullptr);

    QStringList files() const override;
    QString description() const override;
    bool isOn() const override;
    void turnOn(Done done) override;
    void turnOff(Done done) override;

    static QString path();
    // The agent, run daily at `at` (a time picked at random when it is turned on, so that computers do not
    // all ask Greenhouse at once).
    static QByteArray plist(const QStringList &command, QTime at);

private:
    QString domain() const; // gui/<uid>
};

} // namespace jt
