#include "ArgumentCheck.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace jt {

namespace {

// How many single-character edits turn one word into the other (to suggest the option meant).
int editDistance(const QString &a, const QString &b) {
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The option an argument names ("--client-id=x" and "--client-id" name "client-id"), or empty.
QString optionNameOf(const QString &argument) {
    if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-") ||
        argument == QLatin1String("--"))
        return {};
    QString name = argument.section(QLatin1Char('='), 0, 0);
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    return name;
}

} // namespace

QString refusedArguments(const QStringList &arguments, const QList<QCommandLineOption> &options,
                         const QString &command) {
    QStringList known;
    for (const QCommandLineOption &option : options)
        known += option.names();
    QHash<QString, int> given;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString name = optionNameOf(arguments.at(i));
        if (name.isEmpty())
            continue;
        if (!known.contains(name)) {
            const QString nearest = nearestName(name, known);
            //: %2 is the subcommand, such as "verify"
            const QString where =
                QCoreApplication::translate("ArgumentCheck", "Argument %1 is not an option of “%2”.")
                    .arg(i + 1)
                    .arg(command);
            return nearest.isEmpty()
                       ? where
                       : where + QLatin1Char(' ') +
                             QCoreApplication::translate("ArgumentCheck", "Did you mean --%1?").arg(nearest);
        }
        for (const QCommandLineOption &option : options) {
            if (!option.names().contains(name))
                continue;
            if (++given[option.names().last()] > 1)
                return QCoreApplication::translate("ArgumentCheck", "--%1 is given twice; give it once.")
                    .arg(option.names().last());
            // "--client-id VALUE": the value is the next argument, not an option to look at.
            if (!option.valueName().isEmpty() && !arguments.at(i).contains(QLatin1Char('=')))
                ++i;
        }
    }
    return {};
}

QString nearestName(const QString &name, const QStringList &known) {
    QString nearest;
    int best = 4; // further than 3 edits away is no suggestion
    for (const QString &candidate : known) {
        if (const int distance = editDistance(name, candidate); candidate.size() > 1 && distance < best) {
            best = distance;
            nearest = candidate;
        }
    }
    return nearest;
}

NetworkOptions NetworkOptions::make(bool withDefaults) {
    const auto orNone = [withDefaults](const char *value) {
        return withDefaults ? QString::fromLatin1(value) : QString();
    };
    return {
        QCommandLineOption(QStringLiteral("format"),
                           QCoreApplication::translate("VerifyCommand", "Output: text (default) or json."),
                           QStringLiteral("text|json"), orNone("text")),
        QCommandLineOption(
            QStringLiteral("ca-file"),
            QCoreApplication::translate("VerifyCommand", "Also trust this PEM CA certificate."),
            QStringLiteral("FILE")),
        QCommandLineOption(
            QStringLiteral("timeout"),
            QCoreApplication::translate(
                "VerifyCommand",
                "Seconds to wait for a connection, or for Greenhouse to go on answering (default 20)."),
            QStringLiteral("SECONDS"), orNone("20")),
        QCommandLineOption(QStringLiteral("deadline"),
                           QCoreApplication::translate("VerifyCommand",
                                                       "Seconds the whole check may take, waits for "
                                                       "Greenhouse's rate limit included (default 120)."),
                           QStringLiteral("SECONDS"), orNone("120")),
        QCommandLineOption(
            QStringLiteral("lang"),
            QCoreApplication::translate("VerifyCommand", "Language of the messages (de, fr, es, …)."),
            QStringLiteral("LANG")),
        QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                           QCoreApplication::translate("VerifyCommand", "Show this help.")),
    };
}

QString subcommandHelp(const QCommandLineParser &parser, const QString &command, const QString &epilog) {
    const QString qtHelp = parser.helpText();
    QString text =
        QCoreApplication::translate("ArgumentCheck", "Usage: jobtarget-setup %1 [options]").arg(command) +
        qtHelp.mid(qtHelp.indexOf(QLatin1Char('\n')));
    if (!epilog.isEmpty())
        text += QLatin1Char('\n') + epilog + QLatin1Char('\n');
    return text;
}

} // namespace jt
