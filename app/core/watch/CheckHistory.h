#pragma once

#include "CheckRecord.h"

#include <QList>
#include <functional>

namespace jt {

// The last checks of the stored connection (CheckRecord), in the application's data folder: written by
// `jobtarget-setup check`, shown by the returning admin's page and summarised in the hand-off summary.
// Written whole and atomically (a crash mid-write leaves the previous file); a file that cannot be read is
// started again with a warning, never a crash. The file and its lock are regular files: a link, a FIFO or a
// device there is never followed, opened or replaced, only reported.
class CheckHistory {
    Q_DECLARE_TR_FUNCTIONS(CheckHistory)

public:
    static constexpr int Capacity = 100;
    // A history checked this many times in a row without reaching Greenhouse says so (once).
    static constexpr int NotCheckedBeforeNotice = 3;

    explicit CheckHistory(QString path = defaultPath());
    static QString defaultPath(); // <app data>/check-history.json

    // A missing file is an empty history; an unreadable or damaged one is empty with warning() set.
    void load();
    const QList<CheckRecord> &records() const { return m_records; }
    QString warning() const { return m_warning; }
    const QString &path() const { return m_path; }

    void append(const CheckRecord &record); // the oldest go beyond Capacity
    // `shownFor` (a record appended earlier, perhaps by another process) led to the notification `notice`.
    void markNotice(const CheckRecord &shownFor, CheckNotice notice);
    [[nodiscard]] bool save(QString *error = nullptr);
    // Read, changed and written under a lock beside the file, so that two writers (a scheduled check, the
    // wizard's "Check it now") never lose each other's record. The lock is held for milliseconds: one whose
    // process is gone, whose owner cannot be read (empty, damaged, another computer's) or that is older than
    // StaleLockMs was left behind and is taken over. False when the lock stayed taken for `waitMs`, could not
    // be made, or the file could not be written (`error` says which; `change` ran only if it was taken).
    static constexpr int StaleLockMs = 5000;
    using Change = std::function<void(CheckHistory &)>;
    [[nodiscard]] bool update(const Change &change, int waitMs, QString *error = nullptr);
    QString lockPath() const { return m_path + QStringLiteral(".lock"); }
    [[nodiscard]] bool remove(); // the file (nothing there counts as removed)

    // Which notification `next` calls for, given the checks before it (and what the admin was told): broken
    // once when it stops working, working again once when it recovers, "cannot check" once after
    // NotCheckedBeforeNotice checks in a row that could not reach Greenhouse; else none.
    CheckNotice noticeFor(const CheckRecord &next) const;

    struct Counts {
        int passed = 0;
        int failed = 0;
        int notChecked = 0;
        QDateTime since; // the first check kept
        int total() const { return passed + failed + notChecked; }
    };
    Counts counts() const;
    // "Checked 30 times since 1 November 2026, all passed."; empty without a check.
    QString summaryText() const;

private:
    QString m_path;
    QList<CheckRecord> m_records;
    QString m_warning;
};

} // namespace jt
