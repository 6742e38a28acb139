#include "SharedReading.h"

#include <QDir>
#include <QFile>

#ifdef Q_OS_WIN
#include <qt_windows.h>

#include <fcntl.h>
#include <io.h>
#endif

namespace jt {

bool openForSharedReading(QFile &file) {
#ifdef Q_OS_WIN
    const std::wstring name = QDir::toNativeSeparators(file.fileName()).toStdWString();
    HANDLE handle =
        CreateFileW(name.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                    nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return file.open(QIODevice::ReadOnly); // for QFile's own error text
    const int descriptor = _open_osfhandle(reinterpret_cast<intptr_t>(handle), _O_RDONLY | _O_BINARY);
    if (descriptor < 0) {
        CloseHandle(handle);
        return file.open(QIODevice::ReadOnly);
    }
    return file.open(descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
#else
    return file.open(QIODevice::ReadOnly);
#endif
}

} // namespace jt
