#pragma once

// Shared by the fuzz targets: a property that must hold for every input. A failure aborts, which libFuzzer
// (and the corpus runner) report as a crash with the input that caused it.

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "fuzz property failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);      \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace jt::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// No character a terminal, a label or a file must never show from a server or a paste: C0/C1 controls
// (except the line break where it is allowed), bidirectional embeddings, overrides, isolates and marks,
// zero-width characters. Written out here, apart from ServerText.cpp's own list, so that one checks the
// other.
inline bool showsOnlySafeCharacters(const QString &text, bool lineBreaksAllowed) {
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code == u'\n' && lineBreaksAllowed)
            continue;
        if (code < 0x20 || (code >= 0x7F && code <= 0x9F) || (code >= 0x202A && code <= 0x202E) ||
            (code >= 0x2066 && code <= 0x2069) || code == 0x200E || code == 0x200F || code == 0x061C ||
            (code >= 0x200B && code <= 0x200D) || code == 0x2060 || code == 0xFEFF)
            return false;
    }
    return true;
}

} // namespace jt::fuzz
