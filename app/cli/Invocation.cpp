#include "Invocation.h"

#include "ArgumentCheck.h"
#include "Version.h"

namespace jt {

namespace {

// Qt's own options for a GUI application (QGuiApplication, QApplication), with one dash or two; the wizard's
// application object consumes them. Those in the first list take a value.
const QStringList QtValueOptions{
    QStringLiteral("platform"),    QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
    QStringLiteral("plugin"),      QStringLiteral("qmljsdebugger"),      QStringLiteral("qwindowgeometry"),
    QStringLiteral("qwindowicon"), QStringLiteral("qwindowtitle"),       QStringLiteral("session"),
    QStringLiteral("display"),     QStringLiteral("geometry"),           QStringLiteral("style"),
    QStringLiteral("stylesheet")};
const QStringList QtFlagOptions{QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                QStringLiteral("nograb"), QStringLiteral("dograb"), QStringLiteral("sync")};

QString optionName(const QString &argument) {
    QString name = argument.section(QLatin1Char('='), 0, 0);
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    return name;
}

// The value of the first --lang among a command's arguments (its parser refuses a second one).
QString languageIn(const QStringList &arguments) {
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return {};
}

} // namespace

QStringList Invocation::commands() {
    return {QStringLiteral("verify"), QStringLiteral("check"), QStringLiteral("summary")};
}

Invocation Invocation::parse(const QStringList &arguments, bool withWizard) {
    Invocation invocation;
    const auto refuse = [&invocation](const QString &why) {
        invocation.mode = Mode::Refused;
        invocation.refusal = why;
        return invocation;
    };
    QStringList ours{QStringLiteral("lang"), QStringLiteral("help"), QStringLiteral("version")};
    if (withWizard)
        ours << QStringLiteral("demo") << QStringLiteral("benchmark-startup")
             << QStringLiteral("stored-connection");
    bool help = false;
    bool version = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (commands().contains(argument)) {
            invocation.mode = Mode::Command;
            invocation.command = argument;
            invocation.commandArguments = arguments.mid(i + 1);
            if (!invocation.language.isEmpty())
                invocation.commandArguments << QStringLiteral("--lang") << invocation.language;
            else
                invocation.language = languageIn(invocation.commandArguments); // the command's own --lang
            if (invocation.demo || invocation.benchmarkStartup || invocation.storedConnection)
                return refuse(tr("--demo, --stored-connection and --benchmark-startup are options of the "
                                 "wizard, not of “%1”.")
                                  .arg(argument));
            return invocation;
        }
        if (!argument.startsWith(QLatin1Char('-'))) {
            // Never quoted: it may be a secret pasted in the wrong place.
            const QString nearest = nearestName(argument, commands());
            const QString what =
                tr("Argument %1 is not a command; the commands are “verify”, “check” and “summary”.")
                    .arg(i + 1);
            return refuse(
                nearest.isEmpty() ? what : what + QLatin1Char(' ') + tr("Did you mean “%1”?").arg(nearest));
        }
        const QString name = optionName(argument);
        const bool inline_ = argument.contains(QLatin1Char('='));
        if (name == QLatin1String("lang")) {
            if (!inline_ && i + 1 >= arguments.size())
                return refuse(tr("--lang needs a language, such as de, fr or es."));
            invocation.language = inline_ ? argument.section(QLatin1Char('='), 1) : arguments.at(++i);
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
                   argument == QLatin1String("-?")) {
            help = true;
        } else if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            version = true;
        } else if (withWizard && argument == QLatin1String("--demo")) {
            invocation.demo = true;
        } else if (withWizard && argument == QLatin1String("--benchmark-startup")) {
            invocation.benchmarkStartup = true;
        } else if (withWizard && argument == QLatin1String("--stored-connection")) {
            invocation.storedConnection = true;
        } else if (withWizard && argument == QLatin1String("--gapplication-service")) {
            invocation.activationService = true;
        } else if (withWizard && QtValueOptions.contains(name)) {
            if (!inline_)
                ++i; // its value
        } else if (withWizard && QtFlagOptions.contains(name)) {
            continue;
        } else {
            const QString nearest = nearestName(name, ours);
            const QString what = tr("Argument %1 is not an option of jobtarget-setup.").arg(i + 1);
            return refuse(
                nearest.isEmpty() ? what : what + QLatin1Char(' ') + tr("Did you mean --%1?").arg(nearest));
        }
    }
    if (help)
        invocation.mode = Mode::Help;
    else if (version)
        invocation.mode = Mode::Version;
    return invocation;
}

QString Invocation::help(bool withWizard) {
    QString text = tr("Usage:") + QLatin1Char('\n');
    if (withWizard)
        text += QStringLiteral("  ") + tr("jobtarget-setup [--demo] [--lang LANGUAGE]") + QLatin1Char('\n');
    text += QStringLiteral("  ") + tr("jobtarget-setup [--lang LANGUAGE] verify [OPTIONS]") +
            QLatin1Char('\n') + QStringLiteral("  ") +
            tr("jobtarget-setup [--lang LANGUAGE] summary --output FILE [OPTIONS]") + QLatin1Char('\n') +
            QStringLiteral("  ") + tr("jobtarget-setup [--lang LANGUAGE] check [OPTIONS]") +
            QStringLiteral("\n\n");
    text += tr("Connects Greenhouse Recruiting to JobTarget: a wizard that checks every step live against "
               "Greenhouse, keeps the credential in the system's keychain and ends with a summary for "
               "JobTarget.") +
            QStringLiteral("\n\n") + tr("Options:") + QLatin1Char('\n');
    const auto line = [&text](const QString &option, const QString &what) {
        text += QStringLiteral("  %1 %2\n").arg(option, -24).arg(what);
    };
    if (withWizard) {
        line(QStringLiteral("--demo"), tr("Practise with a simulated Greenhouse on this computer."));
        line(QStringLiteral("--stored-connection"),
             tr("Open the wizard on the connection stored on this computer."));
        line(QStringLiteral("--benchmark-startup"),
             tr("Print the milliseconds from the start to the first page on screen, and exit."));
    }
    line(QStringLiteral("--lang LANGUAGE"), tr("Language of the wizard and the messages (de, fr, es, en)."));
    line(QStringLiteral("-h, --help"), tr("Show this help."));
    line(QStringLiteral("-v, --version"), tr("Show the version."));
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    line(QStringLiteral("verify"), tr("Check a credential and a job board, for scripts (verify --help)."));
    line(QStringLiteral("check"),
         tr("Check the stored connection, keep the result, notify when it changed (check --help)."));
    line(QStringLiteral("summary"), tr("Write the hand-off summary for JobTarget (summary --help)."));
    if (withWizard)
        text += QLatin1Char('\n') +
                tr("The wizard also takes Qt's own options, such as -platform and -style.") +
                QLatin1Char('\n');
    else
        text += QLatin1Char('\n') + tr("This build has no wizard (built for headless computers).") +
                QLatin1Char('\n');
    return text;
}

QString Invocation::version() {
    return QStringLiteral("jobtarget-setup %1").arg(QStringLiteral(JT_VERSION));
}

} // namespace jt
