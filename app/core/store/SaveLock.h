#pragma once

#include <QString>
#include <memory>

class QLockFile;

namespace jt {

// The lock that serialises saving, loading and removing the stored connection across processes (two wizard
// windows, a script): an exclusive lock on a file beside the settings.
//
// On Unix it is flock(2): the system drops it when its holder ends, however it ends (kill -9 included), so
// a lock is never left behind. QLockFile is not used there: it takes a live holder's lock as stale when it
// cannot read /proc/PID/exe, which is the case for this application (it makes itself non-dumpable, see
// SecretMemory.h). Elsewhere QLockFile, whose stale detection works there.
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
#ifdef Q_OS_UNIX
    int m_fd = -1;
#else
    std::unique_ptr<QLockFile> m_file;
#endif
};

} // namespace jt
