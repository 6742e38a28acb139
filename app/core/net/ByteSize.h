#pragma once

#include <QtGlobal>

// Sizes in bytes, spelled as sizes: `2_MiB` rather than `2 * 1024 * 1024` (an int product widened later).
namespace jt::byte_size {

consteval qint64 operator""_KiB(unsigned long long n) {
    return static_cast<qint64>(n) * 1024;
}

consteval qint64 operator""_MiB(unsigned long long n) {
    return static_cast<qint64>(n) * 1024 * 1024;
}

} // namespace jt::byte_size
