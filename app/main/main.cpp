#include "Version.h"
#include "cli/CheckCommand.h"
#include "cli/Invocation.h"
#include "cli/SummaryCommand.h"
#include "cli/VerifyCommand.h"
#include "i18n/Translations.h"
#include "keychain/SecretMemory.h"
#include "platform/Console.h"
#include "platform/ProcessClock.h"
#include "store/ConnectionStore.h"
#include "watch/DailyCheck.h"
#include "watch/DesktopActivation.h"
#include "watch/DesktopNotifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QNetworkProxyFactory>
#include <QSettings>

#if JT_BUILD_GUI
#include "DesktopActions.h"
#include "FirstPaint.h"
#include "SetupWizard.h"
#include "sim/DemoSimulator.h"
#include "wizard/ProgressStore.h"
#include "wizard/SetupController.h"

#include <QApplication>
#include <QMessageBox>
#endif

#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

namespace {

QElapsedTimer sinceMain; // where the kernel's record of the process's start is not available

constexpr int ActivationWaitMs = 25000; // libdbus's default call timeout: the call that started us has come

// UTF-8, as the commands write (Utf8Console makes a Windows console show it).
void print(FILE *stream, const QString &text) {
    std::fputs(text.toUtf8().constData(), stream);
    std::fflush(stream);
}

// The stored connection: its settings, the keychain, and the store over both (all-or-nothing saving).
struct Stores {
    QSettings settings;
    jt::SecretStore secrets;
    jt::ConnectionSettings connectionSettings{settings};
    jt::ConnectionStore connections{secrets, connectionSettings};
};

// A command's standard streams; standard input only for the command that reads it (a schedule may start the
// others without one). Standard error unbuffered: "waiting for …" lines must show while the wait lasts.
struct Streams {
    QFile in, out, err;
    bool open(bool withInput = false) {
        // QFile writes through the C runtime's FILE, and Windows' runtime buffers standard error when it is a
        // pipe: a "waiting for …" line reached a script only when the program ended.
        std::setvbuf(stderr, nullptr, _IONBF, 0);
        return (!withInput || in.open(stdin, QIODevice::ReadOnly)) &&
               out.open(stdout, QIODevice::WriteOnly) &&
               err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
};

int runVerify(int argc, char **argv, const jt::Invocation &invocation) {
    QCoreApplication app(argc, argv);
    jt::installTranslations(invocation.language, &app);
    Streams streams;
    if (!streams.open(true))
        return 1;
    Stores stores;
    return jt::VerifyCommand(&streams.in, &streams.out, &streams.err, &stores.connections)
        .run(invocation.commandArguments);
}

int runCheck(int argc, char **argv, const jt::Invocation &invocation) {
    QCoreApplication app(argc, argv);
    jt::installTranslations(invocation.language, &app);
    Streams streams;
    if (!streams.open())
        return 1;
    Stores stores;
    jt::DesktopNotifier notifier;
    jt::CheckCommand check(&streams.out, &streams.err, &stores.connections, &notifier);
    check.setOfferWizard(JT_BUILD_GUI); // a headless build has no wizard to open
    return check.run(invocation.commandArguments);
}

int runSummary(int argc, char **argv, const jt::Invocation &invocation) {
    // PDF needs fonts, hence a QGuiApplication; it never opens a window. On X11/Wayland systems the
    // off-screen platform serves (also where a DISPLAY is set but cannot be reached, and on a machine without
    // one). Windows' and macOS's own platforms need no display, and are the ones their installers ship.
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    QGuiApplication app(argc, argv);
    jt::installTranslations(invocation.language, &app);
    Streams streams;
    if (!streams.open())
        return 1;
    Stores stores;
    return jt::SummaryCommand(&stores.connections, &streams.out, &streams.err)
        .run(invocation.commandArguments);
}

#if JT_BUILD_GUI
int runWizard(int argc, char **argv, const jt::Invocation &invocation) {
    QApplication app(argc, argv);
    jt::installTranslations(invocation.language, &app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/jobtarget-setup.svg")));
    const bool demo = invocation.demo;

    // One wizard at a time: a second launch brings the first forward (on the stored connection when it asked
    // for that) and ends. The practice (--demo) and a start-up measurement have windows of their own.
    jt::DesktopActivation activation;
    const bool registered = !demo && !invocation.benchmarkStartup && activation.registerOnSessionBus();
    if (!registered && !demo && !invocation.benchmarkStartup &&
        jt::DesktopActivation::askRunning(
            invocation.storedConnection ? QString::fromLatin1(jt::DesktopNotifier::ActionKey) : QString()))
        return 0;
    if (invocation.activationService && !registered) {
        print(stderr, QCoreApplication::translate("main", "jobtarget-setup is already running, or there is "
                                                          "no session bus to take its name on.") +
                          QLatin1Char('\n'));
        return 1;
    }

    QString endpointError;
    const auto endpoints = jt::GreenhouseEndpoints::fromEnvironment(&endpointError);
    if (!endpoints) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("jt::ui::SetupWizard", "JobTarget Setup for Greenhouse"),
            endpointError);
        return 2;
    }
    // The stores and the daily check first: the controller points at them, so it must go before they do.
    Stores stores;
    const auto daily = jt::DailyCheck::forThisProgram(QCoreApplication::applicationFilePath());
    jt::ProgressStore progress(stores.settings);
    jt::SetupController controller;
    controller.setDemoFactory(jt::sim::DemoSimulator::factory());
    controller.setEndpoints(*endpoints);
    controller.setProgressStore(&progress);
    controller.setConnectionStore(&stores.connections);
    controller.setDailyCheck(daily.get());
    if (demo)
        controller.enterDemo();

    jt::ui::DesktopActions desktop;
    jt::ui::SetupWizard wizard(controller, desktop, demo);
    if (invocation.storedConnection)
        wizard.openStoredConnection(); // the launcher's "Check the stored connection"
    if (registered)
        wizard.showWhenActivated(activation); // a launcher, a notification, a second launch
    if (invocation.activationService) {
        // Started by the session bus for a call that follows (a launcher's Activate, a notification's
        // ActivateAction): the window waits for it. Nobody asks within D-Bus's own call timeout: nothing to
        // do.
        QTimer::singleShot(ActivationWaitMs, &app, [&wizard] {
            if (!wizard.isVisible())
                QCoreApplication::exit(0);
        });
    } else {
        wizard.show();
    }
    // What the first page does not need waits until it is on screen.
    jt::ui::FirstPaint::watch(&wizard, [demo, benchmark = invocation.benchmarkStartup] {
        if (benchmark) {
            const double ms =
                jt::millisecondsSinceProcessStart().value_or(double(sinceMain.nsecsElapsed()) / 1e6);
            print(stdout, QStringLiteral("%1\n").arg(ms, 0, 'f', 1));
            QCoreApplication::exit(0);
        } else if (demo) {
            // The practice account's data, now rather than in its first request.
            jt::sim::SimulatedGreenhouse::prepareData();
        }
    });
    return app.exec();
}
#endif

} // namespace

int main(int argc, char **argv) {
    sinceMain.start();
    // Before any secret is read: no core dump, no debugger of the user's. Not in the sanitizer build: the
    // leak checker stops the process with ptrace, which a non-dumpable process refuses a user without
    // CAP_SYS_PTRACE (the tests run that build; the function itself is tested in a child process).
#if !JT_SANITIZED
    jt::protectSecretsInMemory();
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("JobTarget Setup"));
    QCoreApplication::setApplicationName(QStringLiteral("jobtarget-setup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JT_VERSION));
    QNetworkProxyFactory::setUseSystemConfiguration(true);
#ifdef Q_OS_WIN
    // The settings in a file, as elsewhere (%APPDATA%\JobTarget Setup\jobtarget-setup.ini), not the
    // registry: saving reads the written bytes back before it says "saved" (StoredConnection.cpp), and a
    // registry key has no bytes to read back.
    QSettings::setDefaultFormat(QSettings::IniFormat);
#endif
    jt::useBinaryStandardStreams();
    [[maybe_unused]] const jt::Utf8Console console; // its lifetime is the point (Windows; nothing elsewhere)

    // Decided before any application object: --help, --version and mistakes need no display.
    const QStringList arguments = jt::commandLineArguments(argc, argv);
    const jt::Invocation invocation = jt::Invocation::parse(arguments, JT_BUILD_GUI);
    if (invocation.mode == jt::Invocation::Mode::Command) {
        if (invocation.command == QLatin1String("verify"))
            return runVerify(argc, argv, invocation);
        if (invocation.command == QLatin1String("check"))
            return runCheck(argc, argv, invocation);
        return runSummary(argc, argv, invocation);
    }
    if (invocation.mode != jt::Invocation::Mode::Wizard || !JT_BUILD_GUI) {
        QCoreApplication app(argc, argv);
        jt::installTranslations(invocation.language, &app);
        switch (invocation.mode) {
        case jt::Invocation::Mode::Help:
            print(stdout, jt::Invocation::help(JT_BUILD_GUI));
            return 0;
        case jt::Invocation::Mode::Version:
            print(stdout, jt::Invocation::version() + QLatin1Char('\n'));
            return 0;
        case jt::Invocation::Mode::Refused: // decided again, now that the translations are in place
            print(stderr, jt::Invocation::parse(arguments, JT_BUILD_GUI).refusal + QLatin1Char('\n') +
                              QCoreApplication::translate("main", "See “jobtarget-setup --help”.") +
                              QLatin1Char('\n'));
            return 2;
        default: // a headless build (JT_BUILD_GUI=OFF): the commands only
            print(stderr,
                  QCoreApplication::translate(
                      "main", "This build of jobtarget-setup has no wizard. Use “jobtarget-setup verify "
                              "--help” or “jobtarget-setup summary --help”.") +
                      QLatin1Char('\n'));
            return 2;
        }
    }
#if JT_BUILD_GUI
    return runWizard(argc, argv, invocation);
#else
    return 2; // answered above
#endif
}
