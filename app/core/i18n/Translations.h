#pragma once

#include <QList>
#include <QString>

class QObject;
class QTranslator;

namespace jt {

// The user interface language: our own strings (from :/i18n, where the application's resources put them) and
// Qt's. `language` is "de", "fr", … or empty for the system's. English loads too: it holds the plural forms
// ("1 permission is missing"), and it is what a language without a translation falls back to. Returns the
// translators installed (owned by `owner`), so that a test can remove them again.
QList<QTranslator *> installTranslations(const QString &language, QObject *owner);

} // namespace jt
