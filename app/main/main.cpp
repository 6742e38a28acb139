#include "DesktopActions.h"
#include "SetupWizard.h"
#include "cli/SummaryCommand.h"
#include "cli/VerifyCommand.h"
#include "i18n/Translations.h"
#include "keychain/SecretMemory.h"
#include "sim/DemoSimulator.h"
#include "store/ConnectionStore.h"
#include "wizard/ProgressStore.h"
#include "wizard/SetupController.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QSettings>

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

} // namespace

int main(int argc, char **argv) {
    // Before any secret is read: no core dump, no debugger of the user's. Not in the sanitizer build: the
    // leak checker stops the process with ptrace, which a non-dumpable process refuses a user without
    // CAP_SYS_PTRACE (the tests run that build; the function itself is tested in a child process).
#if !defined(__SANITIZE_ADDRESS__)
    jt::protectSecretsInMemory();
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("JobTarget Setup"));
    QCoreApplication::setApplicationName(QStringLiteral("jobtarget-setup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JT_VERSION));
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    if (argc > 1 && qstrcmp(argv[1], "verify") == 0) {
        QCoreApplication app(argc, argv);
        QStringList arguments = app.arguments().mid(2);
        jt::installTranslations(languageArgument(arguments), &app);
        // Standard error unbuffered: "waiting for …" lines must show while the wait lasts, not at exit.
        QFile in, out, err;
        if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly) ||
            !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
            return 1;
        QSettings settings;
        jt::SecretStore secrets;
        jt::ConnectionSettings connectionSettings(settings);
        jt::ConnectionStore connections(secrets, connectionSettings);
        return jt::VerifyCommand(&in, &out, &err, &connections).run(arguments);
    }

    if (argc > 1 && qstrcmp(argv[1], "summary") == 0) {
        // PDF needs fonts, hence a QGuiApplication; it never opens a window, so the off-screen platform
        // serves (also where a DISPLAY is set but cannot be reached).
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        const QStringList arguments = app.arguments().mid(2);
        jt::installTranslations(languageArgument(arguments), &app);
        QFile out, err;
        if (!out.open(stdout, QIODevice::WriteOnly) ||
            !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
            return 1;
        QSettings settings;
        jt::SecretStore secrets;
        jt::ConnectionSettings connectionSettings(settings);
        jt::ConnectionStore connections(secrets, connectionSettings);
        return jt::SummaryCommand(&connections, &out, &err).run(arguments);
    }

    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    jt::installTranslations(languageArgument(arguments), &app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/jobtarget-setup.svg")));
    const bool demo = arguments.contains(QStringLiteral("--demo"));

    jt::SetupController controller;
    controller.setDemoFactory(jt::sim::DemoSimulator::factory());
    QString endpointError;
    const auto endpoints = jt::GreenhouseEndpoints::fromEnvironment(&endpointError);
    if (!endpoints) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("jt::ui::SetupWizard", "JobTarget Setup for Greenhouse"),
            endpointError);
        return 2;
    }
    controller.setEndpoints(*endpoints);
    QSettings settings;
    jt::ProgressStore progress(settings);
    controller.setProgressStore(&progress);
    jt::SecretStore secrets;
    jt::ConnectionSettings connectionSettings(settings);
    jt::ConnectionStore connections(secrets, connectionSettings);
    controller.setConnectionStore(&connections);
    if (demo)
        controller.enterDemo();

    jt::ui::DesktopActions desktop;
    jt::ui::SetupWizard wizard(controller, desktop, demo);
    wizard.show();
    return app.exec();
}
