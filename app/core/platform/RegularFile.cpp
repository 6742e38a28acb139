#include "RegularFile.h"

#include "SharedReading.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace jt {

namespace {

// The translations' context for this file's texts (lupdate reads RegularFile::tr).
struct RegularFile {
    Q_DECLARE_TR_FUNCTIONS(jt::RegularFile)
};

#ifdef Q_OS_UNIX
QString whyNot(mode_t mode) {
    if (S_ISREG(mode))
        return {};
    if (S_ISLNK(mode))
        return RegularFile::tr("it is a symbolic link");
    if (S_ISFIFO(mode))
        return RegularFile::tr("it is a named pipe (FIFO)");
    if (S_ISDIR(mode))
        return RegularFile::tr("it is a folder");
    return RegularFile::tr("it is not a regular file");
}
#endif

} // namespace

QString whyNotRegularFile(const QString &path) {
#ifdef Q_OS_UNIX
    struct stat status {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return {}; // nothing there (or nothing we may look at: opening it will say)
    return whyNot(status.st_mode);
#else
    const QFileInfo info(path);
    if (info.isSymLink() || info.isJunction())
        return RegularFile::tr("it is a symbolic link");
    if (info.exists() && !info.isFile())
        return info.isDir() ? RegularFile::tr("it is a folder") : RegularFile::tr("it is not a regular file");
    return {};
#endif
}

bool openRegularFileForReading(QFile &file, QString *why) {
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
#ifdef Q_OS_UNIX
    const int descriptor = ::open(QFile::encodeName(file.fileName()).constData(),
                                  O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0) {
        const int error = errno;
        // O_NOFOLLOW on a link: ELOOP. Anything else: QFile's own words for it.
        if (error == ELOOP)
            return refuse(RegularFile::tr("it is a symbolic link"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return refuse(file.errorString());
        file.close();
        return refuse(RegularFile::tr("it cannot be opened"));
    }
    struct stat status {};
    if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode)) {
        const QString reason = whyNot(status.st_mode);
        ::close(descriptor);
        return refuse(reason.isEmpty() ? RegularFile::tr("it cannot be opened") : reason);
    }
    // A regular file never blocks; reads are ordinary from here on.
    ::fcntl(descriptor, F_SETFL, ::fcntl(descriptor, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(descriptor);
        return refuse(file.errorString());
    }
    return true;
#else
    if (const QString reason = whyNotRegularFile(file.fileName()); !reason.isEmpty())
        return refuse(reason);
    if (!openForSharedReading(file))
        return refuse(file.errorString());
    return true;
#endif
}

} // namespace jt
