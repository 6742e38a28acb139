#pragma once

#include "CheckHistory.h"
#include "CheckSchedule.h"

#include <QObject>
#include <memory>
#include <vector>

namespace jt {

// "Check every day and tell me if it stops working", for the returning admin's page: whether the schedule is
// on, turning it on or off (asynchronously; one change at a time), what it installs, and the history of the
// checks it ran. Off by default; removing the stored connection turns it off and forgets the history.
class DailyCheck : public QObject {
    Q_OBJECT
public:
    // The schedules, the one to install first (CheckSchedule::forThisComputer); `history` where checks are
    // kept.
    DailyCheck(std::vector<std::unique_ptr<CheckSchedule>> ways,
               QString historyPath = CheckHistory::defaultPath(), QObject *parent = nullptr);
    ~DailyCheck() override;
    // This program's own schedules: `program check`.
    static std::unique_ptr<DailyCheck> forThisProgram(const QString &program);

    bool isAvailable() const { return !m_ways.empty(); }
    bool isOn() const;
    bool isBusy() const { return m_busy; }
    // What turning it on installs and where (translated); why it cannot be offered where it is unavailable.
    QString description() const;
    const ScheduleResult &result() const { return m_result; } // of the last change

    void setOn(bool on);
    // Turns off every schedule and removes the history (`done` optional, when everything is gone).
    void forget(const std::function<void(ScheduleResult)> &done = {});

    CheckHistory history() const; // read now (the file changes while the wizard is open)
    // "Check it now" in the wizard: a check of the stored connection like the scheduled ones, whose result
    // the admin has seen (so the next scheduled check does not notify what the screen already said).
    // (A history that cannot be written loses this mark only; the next scheduled check says why.)
    void recordSeen(const VerificationReport &report);

signals:
    void changed(); // a change started or ended

private:
    void recordSeen(const CheckRecord &record, int attempt);
    void turnOffFrom(std::size_t index, const ScheduleResult &sofar,
                     const std::function<void(ScheduleResult)> &done);

    std::vector<std::unique_ptr<CheckSchedule>> m_ways;
    QString m_historyPath;
    bool m_busy = false;
    ScheduleResult m_result;
};

} // namespace jt
