#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace jt {

// What the command line asks for, decided before any application object exists: --help and --version work
// without a display, a mistake is reported without opening a window, and the global options may stand before
// the command (`jobtarget-setup --lang de verify …`).
struct Invocation {
    Q_DECLARE_TR_FUNCTIONS(Invocation)

public:
    enum class Mode { Wizard, Command, Help, Version, Refused };

    Mode mode = Mode::Wizard;
    QString command;               // "verify", "check" or "summary" (Mode::Command)
    QStringList commandArguments;  // what the command parses: its own arguments, --lang moved in
    QString language;              // --lang, wherever it stood; empty: the system's
    bool demo = false;             // --demo
    bool benchmarkStartup = false; // --benchmark-startup
    bool storedConnection = false; // --stored-connection: straight to the returning admin's page
    // --gapplication-service: started by the session bus (D-Bus activation, the desktop entry's
    // DBusActivatable); the window opens when the desktop asks for it (DesktopActivation). GLib's name for
    // it.
    bool activationService = false;
    QString refusal; // why the command line was refused (translated; Mode::Refused, exit 2)

    // `arguments` without the program's name. `withWizard`: false in a headless build (no wizard options).
    static Invocation parse(const QStringList &arguments, bool withWizard = true);
    static QString help(bool withWizard = true); // translated
    static QString version();                    // "jobtarget-setup 0.1.0"
    static QStringList commands();
};

} // namespace jt
