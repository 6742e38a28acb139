#include "NotificationText.h"

#include "net/ServerText.h"

#include <QTextBoundaryFinder>

namespace jt {

namespace {

// Whitespace controls that separate words: a space in a one-line text.
bool isBreakingControl(char32_t code) {
    return code == u'\t' || code == u'\n' || code == u'\v' || code == u'\f' || code == u'\r' ||
           code == 0x85 || code == 0x2028 || code == 0x2029;
}

// Besides the server-text rule (isUnsafeServerCharacter: controls, bidirectional controls, zero-width
// characters), every other invisible format character (soft hyphen, invisible operators, deprecated format
// controls, interlinear annotations, tags) and the Hangul fillers, which show as nothing; and a lone
// surrogate, which is no character at all.
bool isHidden(char32_t code) {
    if (code <= 0xFFFF && isUnsafeServerCharacter(QChar(char16_t(code))))
        return true;
    const QChar::Category category = QChar::category(code);
    return category == QChar::Other_Control || category == QChar::Other_Format ||
           category == QChar::Other_Surrogate || code == 0x115F || code == 0x1160 || code == 0x3164 ||
           code == 0xFFA0;
}

} // namespace

QString notificationPlainText(const QString &text, qsizetype maxLength) {
    QString kept;
    kept.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        qsizetype units = 1;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
            units = 2;
        }
        if (isBreakingControl(code))
            kept += QLatin1Char(' ');
        else if (!isHidden(code))
            kept += text.mid(i, units);
        i += units - 1;
    }
    kept = kept.simplified();
    if (kept.size() <= maxLength)
        return kept;
    if (maxLength <= 0)
        return {};
    // The last boundary between two characters (graphemes) that leaves room for the "…".
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, kept);
    graphemes.setPosition(maxLength - 1);
    if (!graphemes.isAtBoundary())
        graphemes.toPreviousBoundary();
    const qsizetype cut = qMax<qsizetype>(graphemes.position(), 0);
    return kept.left(cut).trimmed() + QStringLiteral("…");
}

QString notificationMarkupEscaped(const QString &plain) {
    QString escaped;
    escaped.reserve(plain.size());
    for (const QChar c : plain) {
        if (c == u'&')
            escaped += QStringLiteral("&amp;");
        else if (c == u'<')
            escaped += QStringLiteral("&lt;");
        else if (c == u'>')
            escaped += QStringLiteral("&gt;");
        else
            escaped += c;
    }
    return escaped;
}

} // namespace jt
