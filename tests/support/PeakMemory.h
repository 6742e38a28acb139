#pragma once

// This process's peak memory (resident set / working set), in kilobytes, by the platform's own call.

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <qt_windows.h>
// after windows.h, which it needs
#include <psapi.h>
#else
#include <sys/resource.h>
#endif

namespace jt::test {

inline qint64 peakMemoryKb() {
#ifdef Q_OS_WIN
    PROCESS_MEMORY_COUNTERS counters{};
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return -1;
    return qint64(counters.PeakWorkingSetSize / 1024);
#else
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return usage.ru_maxrss; // kilobytes on Linux
#endif
}

} // namespace jt::test
