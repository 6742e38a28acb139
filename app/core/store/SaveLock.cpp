#include "SaveLock.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#else
#include <QLockFile>
#endif

namespace jt {

SaveLock::SaveLock(QString path)
    : m_path(std::move(path)) {}

SaveLock::~SaveLock() {
    unlock();
}

#ifdef Q_OS_UNIX

SaveLock::State SaveLock::tryLock() {
    if (m_fd >= 0)
        return State::Locked;
    const int fd =
        ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return State::Failed;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const bool held = errno == EWOULDBLOCK;
        ::close(fd);
        return held ? State::HeldElsewhere : State::Failed;
    }
    m_fd = fd;
    return State::Locked;
}

void SaveLock::unlock() {
    if (m_fd < 0)
        return;
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}

#else

SaveLock::State SaveLock::tryLock() {
    if (!m_file) {
        m_file = std::make_unique<QLockFile>(m_path);
        // A live holder is never older than its longest keychain wait; one left on another host of a
        // shared home is taken over after five minutes.
        m_file->setStaleLockTime(std::chrono::minutes(5));
    }
    if (m_file->isLocked() || m_file->tryLock(0))
        return State::Locked;
    return m_file->error() == QLockFile::LockFailedError ? State::HeldElsewhere : State::Failed;
}

void SaveLock::unlock() {
    if (m_file)
        m_file->unlock();
}

#endif

} // namespace jt
