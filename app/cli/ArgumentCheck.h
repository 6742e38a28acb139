#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

namespace jt {

// What the command line of a subcommand may not be, before Qt's parser sees it (translated reason, or
// empty): an argument that names no option is pointed at by its position and never quoted ("--" followed
// by a secret typed by mistake would otherwise end up in a CI log), with the nearest option suggested; the
// same option twice is refused (which one counts would be a guess).
QString refusedArguments(const QStringList &arguments, const QList<QCommandLineOption> &options,
                         const QString &command);

// The name among `known` one to three edits away from `name` (the option or command meant), or empty.
QString nearestName(const QString &name, const QStringList &known);

// The options `verify` and `check` share, worded once (translated in VerifyCommand's context). `timeout` and
// `deadline` carry their defaults only where given: `check` passes on what was set, nothing else.
struct NetworkOptions {
    QCommandLineOption format;
    QCommandLineOption caFile;
    QCommandLineOption timeout;
    QCommandLineOption deadline;
    QCommandLineOption language;
    QCommandLineOption help;

    static NetworkOptions make(bool withDefaults);
};

// A subcommand's help: our usage line (Qt's would name the executable's path, not the subcommand), Qt's list
// of the options, then `epilog` (environment, exit status).
QString subcommandHelp(const QCommandLineParser &parser, const QString &command, const QString &epilog);

} // namespace jt
