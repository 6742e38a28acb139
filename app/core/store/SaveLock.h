#pragma once

#include <QString>

namespace jt {

// The lock that serialises saving, loading and removing the stored connection across processes (two wizard
// windows, a script): an exclusive lock on a file beside the settings.
//
// The system drops it when its holder ends, however it ends (kill -9, End task), so a lock is never left
// behind: flock(2) on Unix, LockFileEx on Windows. QLockFile is not used: on Linux it takes a live holder's
// lock as stale when it cannot read /proc/PID/exe, which is the case for this application (it makes itself
// non-dumpable, see SecretMemory.h); on Windows its holder must delete the file on release, which fails while
// the waiting process reads it, and the next save then waits for a lock nobody holds (seen under Wine).
class SaveLock {
public:
    enum class State { Locked, HeldElsewhere, Failed };

    explicit SaveLock(QString path);
    SaveLock(const SaveLock &) = delete;
    SaveLock &operator=(const SaveLock &) = delete;
    ~SaveLock(); // unlocks

    // Never waits. Failed: the file cannot be created or opened (folder missing or read-only).
    State tryLock();
    void unlock();

private:
    QString m_path;
#ifdef Q_OS_WIN
    void *m_handle = nullptr; // HANDLE
#else
    int m_fd = -1;
#endif
};

} // namespace jt
