#include "DailyCheck.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace jt {

DailyCheck::DailyCheck(std::vector<std::unique_ptr<CheckSchedule>> ways, QString historyPath, QObject *parent)
    : QObject(parent)
    , m_ways(std::move(ways))
    , m_historyPath(std::move(historyPath)) {
    for (const auto &way : m_ways)
        way->setParent(nullptr); // owned here, not by a parent
}

DailyCheck::~DailyCheck() = default;

std::unique_ptr<DailyCheck> DailyCheck::forThisProgram(const QString &program) {
    return std::make_unique<DailyCheck>(CheckSchedule::forThisComputer({program, QStringLiteral("check")}));
}

bool DailyCheck::isOn() const {
    return std::any_of(m_ways.begin(), m_ways.end(), [](const auto &way) { return way->isOn(); });
}

QString DailyCheck::description() const {
    if (m_ways.empty())
        return tr(
            "Daily checks cannot be scheduled from here (this copy of JobTarget Setup runs in a sandbox). "
            "“jobtarget-setup check” can be run by any scheduler instead.");
    return m_ways.front()->description();
}

void DailyCheck::setOn(bool on) {
    if (m_busy || m_ways.empty() || on == isOn())
        return;
    m_busy = true;
    m_result = {};
    emit changed();
    QPointer<DailyCheck> self(this);
    const auto finish = [self](ScheduleResult result) {
        if (!self)
            return;
        self->m_busy = false;
        self->m_result = std::move(result);
        emit self->changed();
    };
    if (on)
        m_ways.front()->turnOn(finish);
    else
        turnOffFrom(0, {}, finish);
}

// One after the other: each way that is on is turned off; the first failure is the one told.
void DailyCheck::turnOffFrom(std::size_t index, const ScheduleResult &sofar,
                             const std::function<void(ScheduleResult)> &done) {
    if (index >= m_ways.size())
        return done(sofar);
    QPointer<DailyCheck> self(this);
    m_ways.at(index)->turnOff([self, index, sofar, done](const ScheduleResult &result) {
        if (!self)
            return;
        self->turnOffFrom(index + 1, sofar.ok ? result : sofar, done);
    });
}

void DailyCheck::forget(const std::function<void(ScheduleResult)> &done) {
    CheckHistory history(m_historyPath);
    const bool removed = history.remove();
    m_busy = true;
    emit changed();
    QPointer<DailyCheck> self(this);
    turnOffFrom(0, {}, [self, removed, path = m_historyPath, done](ScheduleResult result) {
        if (!self)
            return;
        if (result.ok && !removed)
            result = {false, tr("The history of checks (%1) could not be removed.").arg(path)};
        self->m_busy = false;
        self->m_result = result;
        emit self->changed();
        if (done)
            done(result);
    });
}

void DailyCheck::recordSeen(const VerificationReport &report) {
    recordSeen(CheckRecord::of(report), 0);
}

// Never waits on the UI thread: while a scheduled check holds the history (a notification on screen may keep
// it for seconds), it tries again a little later, for up to a minute.
void DailyCheck::recordSeen(const CheckRecord &record, int attempt) {
    CheckHistory history(m_historyPath);
    const bool written = history.update(
        [&record](CheckHistory &locked) {
            CheckRecord seen = record;
            seen.trigger = CheckTrigger::ByHand;
            seen.notice = locked.noticeFor(seen);
            locked.append(seen);
        },
        0);
    if (written || attempt >= 240) {
        emit changed();
        return;
    }
    QTimer::singleShot(250, this, [this, record, attempt] { recordSeen(record, attempt + 1); });
}

CheckHistory DailyCheck::history() const {
    CheckHistory history(m_historyPath);
    history.load();
    return history;
}

} // namespace jt
