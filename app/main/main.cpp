#include "Version.h"
#include "cli/SummaryCommand.h"
#include "cli/VerifyCommand.h"
#include "i18n/Translations.h"
#include "keychain/SecretMemory.h"
#include "store/ConnectionStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QNetworkProxyFactory>
#include <QSettings>

#if JT_BUILD_GUI
#include "DesktopActions.h"
#include "SetupWizard.h"
#include "sim/DemoSimulator.h"
#include "wizard/ProgressStore.h"
#include "wizard/SetupController.h"

#include <QApplication>
#include <QMessageBox>
#endif

#include <cstdio>

namespace {

QString languageArgument(const QStringList &arguments) {
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return {};
}

// The stored connection: its settings, the keychain, and the store over both (all-or-nothing saving).
struct Stores {
    QSettings settings;
    jt::SecretStore secrets;
    jt::ConnectionSettings connectionSettings{settings};
    jt::ConnectionStore connections{secrets, connectionSettings};
};

int runVerify(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(2);
    jt::installTranslations(languageArgument(arguments), &app);
    // Standard error unbuffered: "waiting for …" lines must show while the wait lasts, not at exit.
    QFile in, out, err;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly) ||
        !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 1;
    Stores stores;
    return jt::VerifyCommand(&in, &out, &err, &stores.connections).run(arguments);
}

int runSummary(int argc, char **argv) {
    // PDF needs fonts, hence a QGuiApplication; it never opens a window, so the off-screen platform serves
    // (also where a DISPLAY is set but cannot be reached, and on a machine without one).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(2);
    jt::installTranslations(languageArgument(arguments), &app);
    QFile out, err;
    if (!out.open(stdout, QIODevice::WriteOnly) ||
        !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 1;
    Stores stores;
    return jt::SummaryCommand(&stores.connections, &out, &err).run(arguments);
}

#if JT_BUILD_GUI
int runWizard(int argc, char **argv) {
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    jt::installTranslations(languageArgument(arguments), &app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/jobtarget-setup.svg")));
    const bool demo = arguments.contains(QStringLiteral("--demo"));

    QString endpointError;
    const auto endpoints = jt::GreenhouseEndpoints::fromEnvironment(&endpointError);
    if (!endpoints) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("jt::ui::SetupWizard", "JobTarget Setup for Greenhouse"),
            endpointError);
        return 2;
    }
    // The stores first: the controller points at them, so it must go before they do.
    Stores stores;
    jt::ProgressStore progress(stores.settings);
    jt::SetupController controller;
    controller.setDemoFactory(jt::sim::DemoSimulator::factory());
    controller.setEndpoints(*endpoints);
    controller.setProgressStore(&progress);
    controller.setConnectionStore(&stores.connections);
    if (demo)
        controller.enterDemo();

    jt::ui::DesktopActions desktop;
    jt::ui::SetupWizard wizard(controller, desktop, demo);
    wizard.show();
    return app.exec();
}
#endif

} // namespace

int main(int argc, char **argv) {
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

    if (argc > 1 && qstrcmp(argv[1], "verify") == 0)
        return runVerify(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "summary") == 0)
        return runSummary(argc, argv);
#if JT_BUILD_GUI
    return runWizard(argc, argv);
#else
    // A headless build (JT_BUILD_GUI=OFF): the commands only.
    QCoreApplication app(argc, argv);
    jt::installTranslations(languageArgument(app.arguments()), &app);
    const QString text = QCoreApplication::translate(
        "main", "This build of jobtarget-setup has no wizard. Use “jobtarget-setup verify --help” or "
                "“jobtarget-setup summary --help”.");
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
    return 2;
#endif
}
