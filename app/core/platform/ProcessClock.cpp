#include "ProcessClock.h"

#if defined(__linux__)
#include <QByteArray>
#include <QFile>
#include <ctime>
#include <unistd.h>
#endif

namespace jt {

std::optional<double> millisecondsSinceProcessStart() {
#if defined(__linux__)
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int StartTimeField = 22 - 3; // field 22 of the whole line, the first after ")" is field 3
    bool ok = false;
    const double ticks = fields.size() > StartTimeField ? fields.at(StartTimeField).toDouble(&ok) : 0;
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return std::nullopt;
    const double startMs = ticks * 1000.0 / double(ticksPerSecond);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startMs;
#else
    return std::nullopt;
#endif
}

} // namespace jt
