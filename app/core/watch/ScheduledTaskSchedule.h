#pragma once

#include "CheckSchedule.h"

#include <QDateTime>

namespace jt {

// Windows: a Task Scheduler task ("JobTarget Setup\Connection check") that runs once a day with a random
// delay, and as soon as possible when the computer was off at the time; created with `schtasks /Create /XML`.
// The task's definition is kept in the application's data folder (what turning it off removes, with the
// task). Written and tested for its definition here; not run on Windows yet (README, "Platforms").
class ScheduledTaskSchedule : public CheckSchedule {
    Q_OBJECT
public:
    static constexpr const char *TaskName = "JobTarget Setup\\Connection check";

    explicit ScheduledTaskSchedule(QStringList command, QObject *parent = nullptr);

    QStringList files() const override;
    QString description() const override;
    bool isOn() const override;
    void turnOn(Done done) override;
    void turnOff(Done done) override;

    static QString path(); // <app data>/check-task.xml
    // The task's definition (UTF-16 with a byte order mark, as schtasks reads it), starting from `start`.
    static QByteArray taskXml(const QStringList &command, const QDateTime &start);
};

} // namespace jt
