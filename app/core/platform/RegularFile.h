#pragma once

#include <QString>

class QFile;

namespace jt {

// Files of our own that are only ever plain files (the check history and its lock): a symbolic link, a FIFO,
// a device or a folder there was put by someone else. Following a link would write where it points; opening a
// FIFO for reading blocks until a writer comes.

// What is at `path` when it is not a regular file: a translated reason ("it is a symbolic link"); empty when
// it is a regular file or nothing is there. Never follows a link, never opens the file.
QString whyNotRegularFile(const QString &path);

// openForSharedReading (SharedReading.h) for a regular file only: a link is not followed, a FIFO is not
// waited for (POSIX: opened without blocking, then checked on the open file, so that nothing can be swapped
// in between). False with `why` set when it is not a regular file or cannot be opened.
bool openRegularFileForReading(QFile &file, QString *why);

} // namespace jt
