#pragma once

// What a Windows build's suites cannot check under Wine (packaging/dev.sh test-windows), named once, with the
// reason each skip or unchecked assertion gives. On a real Windows machine, and elsewhere, everything runs.

#include "platform/OwnerOnlyFile.h"

#include <QTest>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace jt::test {

inline bool underWine() {
#ifdef Q_OS_WIN
    static const bool wine =
        GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "wine_get_version") != nullptr; // Wine's own export
    return wine;
#else
    return false;
#endif
}

// Wine's Schannel is a client only (no AcceptSecurityContext; CertFindChainInStore is a stub), so the
// simulated Greenhouse cannot serve HTTPS inside a Windows process under Wine.
inline constexpr const char *WineServesNoTls =
    "Wine's Schannel cannot be a TLS server: the simulated Greenhouse serves no HTTPS under Wine";

// Wine accepts an access-control list on a file (SetNamedSecurityInfo succeeds) but keeps none: the list
// read back is made from the Unix mode.
inline constexpr const char *WineKeepsNoAcl =
    "Wine keeps no access-control lists on files: owner-only is not checked under Wine";

} // namespace jt::test

#define SKIP_UNDER_WINE(reason)                                                                              \
    do {                                                                                                     \
        if (::jt::test::underWine())                                                                         \
            QSKIP(reason);                                                                                   \
    } while (false)

// Only the owner may read `path` (0600; on Windows an access list of the owner alone).
#define VERIFY_OWNER_ONLY(path)                                                                              \
    do {                                                                                                     \
        if (::jt::test::underWine())                                                                         \
            qInfo("%s", ::jt::test::WineKeepsNoAcl);                                                         \
        else                                                                                                 \
            QVERIFY2(::jt::isOwnerOnly(path), qPrintable(path));                                             \
    } while (false)

#define VERIFY_NOT_OWNER_ONLY(path)                                                                          \
    do {                                                                                                     \
        if (!::jt::test::underWine())                                                                        \
            QVERIFY2(!::jt::isOwnerOnly(path), qPrintable(path));                                            \
    } while (false)
