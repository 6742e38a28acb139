#pragma once

#include <QString>

namespace jt {

// Text for a desktop notification, which a notification server shows in a small, fixed place and may read as
// markup: the board name, token and messages it carries may come from anywhere (Greenhouse, the settings).

// `text` as one short line of plain text: C0/C1 controls removed (line breaks and tabs become spaces),
// bidirectional controls and other invisible format characters removed (text that reads differently than it
// is, or looks like other text), whitespace collapsed, and at most `maxLength` UTF-16 code units, "…"
// included, cut between two characters (never inside a surrogate pair or before a combining mark).
[[nodiscard]] QString notificationPlainText(const QString &text, qsizetype maxLength);

// `plain` for a server that announces the "body-markup" capability: &, < and > as entities, so that nothing
// in it is taken for markup.
[[nodiscard]] QString notificationMarkupEscaped(const QString &plain);

} // namespace jt
