#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace jt {

// Text from a server made safe to show: the message of a JSON error body (or the text of anything else) as
// plain text, whitespace collapsed, anything the request sent that the server echoed (ids, keys) replaced by
// "…", and capped in length.
QString safeServerText(const QByteArray &body, const QList<QByteArray> &echoed, int maxLength = 200);

// A single value from a server (a board name, a job title) made safe to print or show: control characters
// (terminal escapes) removed, whitespace collapsed, capped in length.
QString plainServerValue(const QString &value, int maxLength = 200);
// The same scrubbing for a text we already have (for example a Qt error string).
QString scrubEchoes(QString text, const QList<QByteArray> &echoed, int maxLength = 200);

} // namespace jt
