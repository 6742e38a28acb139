#include "SaveLock.h"

#include <QFile>

#ifdef Q_OS_WIN
#include <QDir>
#include <qt_windows.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace jt {

SaveLock::SaveLock(QString path)
    : m_path(std::move(path)) {}

SaveLock::~SaveLock() {
    unlock();
}

#ifdef Q_OS_WIN

SaveLock::State SaveLock::tryLock() {
    if (m_handle)
        return State::Locked;
    const std::wstring name = QDir::toNativeSeparators(m_path).toStdWString();
    HANDLE handle = CreateFileW(name.c_str(), GENERIC_READ | GENERIC_WRITE,
                                FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_ALWAYS,
                                FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return State::Failed;
    OVERLAPPED whole{};
    if (!LockFileEx(handle, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &whole)) {
        const bool held = GetLastError() == ERROR_LOCK_VIOLATION;
        CloseHandle(handle);
        return held ? State::HeldElsewhere : State::Failed;
    }
    m_handle = handle;
    return State::Locked;
}

void SaveLock::unlock() {
    if (!m_handle)
        return;
    OVERLAPPED whole{};
    UnlockFileEx(m_handle, 0, 1, 0, &whole);
    CloseHandle(m_handle);
    m_handle = nullptr;
}

#else

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

#endif

} // namespace jt
