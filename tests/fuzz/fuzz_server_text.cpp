// The one scrubber for server text (ServerText.h): whatever a server sends, what is shown holds no control,
// direction or invisible character, stays within its length, and never shows an echoed secret.

#include "FuzzCheck.h"
#include "net/ServerText.h"

using namespace jt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    // The first line, kept to printable ASCII without spaces, is the secret the server might echo.
    const qsizetype newline = input.indexOf('\n');
    QByteArray secret = newline < 0 ? QByteArray() : input.left(newline);
    secret.removeIf([](char c) { return c <= ' ' || c > '~'; });
    const QByteArray body = newline < 0 ? input : input.mid(newline + 1);

    const QString text = QString::fromUtf8(body);
    FUZZ_CHECK(fuzz::showsOnlySafeCharacters(withoutUnsafeCharacters(text, false), false));
    FUZZ_CHECK(fuzz::showsOnlySafeCharacters(withoutUnsafeCharacters(text, true), true));

    const QString value = plainServerValue(text, 40);
    FUZZ_CHECK(value.size() <= 40);
    FUZZ_CHECK(fuzz::showsOnlySafeCharacters(value, false));

    const QString shown = safeServerText(body, {secret}, 120);
    FUZZ_CHECK(shown.size() <= 120);
    FUZZ_CHECK(fuzz::showsOnlySafeCharacters(shown, false));
    if (secret.size() >= 3)
        FUZZ_CHECK(!shown.contains(QString::fromLatin1(secret), Qt::CaseInsensitive));
    return 0;
}
