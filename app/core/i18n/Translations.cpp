#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace jt {

namespace {

// A language alone ("en", as --lang takes it) keeps the computer's region where the two go together: English
// chosen on a British system writes British dates and prints on A4, not as "en" alone would (the US).
QLocale localeFor(const QString &language) {
    if (language.isEmpty())
        return QLocale();
    const QLocale chosen(language);
    if (language.contains(QLatin1Char('_')) || language.contains(QLatin1Char('-')))
        return chosen;
    const QLocale regional(chosen.language(), QLocale::system().territory());
    return regional.language() == chosen.language() && regional.territory() == QLocale::system().territory()
               ? regional
               : chosen;
}

} // namespace

QList<QTranslator *> installTranslations(const QString &language, QObject *owner) {
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    QList<QTranslator *> installed;
    const auto install = [&](const QLocale &which, const QString &name, const QString &folder) {
        auto *translator = new QTranslator(owner);
        if (translator->load(which, name, QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(translator);
            installed << translator;
            return true;
        }
        delete translator;
        return false;
    };
    const QString own = QStringLiteral("jobtarget-setup");
    const QString ownFolder = QStringLiteral(":/i18n");
    if (!install(locale, own, ownFolder))
        install(QLocale(QLocale::English), own, ownFolder); // at least the English plurals
    // Qt's own texts (dialog buttons): Linux distributions ship qtbase_<lang>.qm; Qt's deployment tools on
    // Windows and macOS ship only the merged qt_<lang>.qm.
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!install(locale, QStringLiteral("qtbase"), qtFolder))
        install(locale, QStringLiteral("qt"), qtFolder);
    return installed;
}

} // namespace jt
