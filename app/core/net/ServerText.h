#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace jt {

// Text from a server made safe to show: the message of a JSON error body (or the text of anything else) as
// plain text, whitespace collapsed, anything the request sent that the server echoed (ids, keys) replaced by
// "…", and capped in length.
[[nodiscard]] QString safeServerText(const QByteArray &body, const QList<QByteArray> &echoed,
                                     int maxLength = 200);

// The one rule for characters from a server that must reach no terminal, file or window: C0/C1 controls
// (terminal escapes, CR, BEL), bidirectional overrides, embeddings, isolates and marks (text that reads
// differently than it is), zero-width characters (text that looks like another).
bool isUnsafeServerCharacter(QChar c);
QString withoutUnsafeCharacters(QString text, bool keepLineBreaks);

// A single value from a server (a board name, a job title, a token) made safe to print or show: unsafe
// characters removed, whitespace collapsed, capped in length.
QString plainServerValue(const QString &value, int maxLength = 200);
// The same scrubbing for a text we already have (for example a Qt error string).
[[nodiscard]] QString scrubEchoes(QString text, const QList<QByteArray> &echoed, int maxLength = 200);

} // namespace jt
