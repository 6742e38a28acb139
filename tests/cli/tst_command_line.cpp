// The program's own command line: --help and --version without a display, global options before the command
// (`jobtarget-setup --lang de verify …`), mistakes refused with exit 2 without opening a window and without
// quoting what was typed, and --benchmark-startup. The decision itself (Invocation) headless, then the
// program.
#include "AppProcess.h"
#include "SimFixture.h"
#include "Version.h"
#include "cli/Invocation.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace jt;
using namespace jt::test;
using Mode = Invocation::Mode;

class CommandLineTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

    // The program with no display at all: nothing it does here may need one.
    Outcome run(const QStringList &arguments, const QStringList &extra = {}) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (const QString &entry : extra)
            env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
        AppProcess app(arguments, env);
        return app.finish(60000);
    }

private slots:
    void decides_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("commandArguments");
        QTest::addColumn<QString>("language");
        const auto list = [](const char *words) {
            return QString::fromLatin1(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QTest::newRow("nothing: the wizard")
            << QStringList() << int(Mode::Wizard) << QString() << QStringList() << QString();
        QTest::newRow("--demo --lang fr") << list("--demo --lang fr") << int(Mode::Wizard) << QString()
                                          << QStringList() << QStringLiteral("fr");
        QTest::newRow("Qt's own options") << list("-platform offscreen --style=fusion -reverse --demo")
                                          << int(Mode::Wizard) << QString() << QStringList() << QString();
        QTest::newRow("--lang before verify")
            << list("--lang de verify --help") << int(Mode::Command) << QStringLiteral("verify")
            << list("--help --lang de") << QStringLiteral("de");
        QTest::newRow("--lang= before summary")
            << list("--lang=es summary --output x.md") << int(Mode::Command) << QStringLiteral("summary")
            << list("--output x.md --lang es") << QStringLiteral("es");
        QTest::newRow("the command's own --lang")
            << list("verify --lang fr") << int(Mode::Command) << QStringLiteral("verify") << list("--lang fr")
            << QStringLiteral("fr");
        QTest::newRow("--help") << list("--help") << int(Mode::Help) << QString() << QStringList()
                                << QString();
        QTest::newRow("-h --lang de")
            << list("-h --lang de") << int(Mode::Help) << QString() << QStringList() << QStringLiteral("de");
        QTest::newRow("--version") << list("--version") << int(Mode::Version) << QString() << QStringList()
                                   << QString();
    }
    void decides() {
        QFETCH(QStringList, arguments);
        QFETCH(int, mode);
        QFETCH(QString, command);
        QFETCH(QStringList, commandArguments);
        QFETCH(QString, language);
        const Invocation invocation = Invocation::parse(arguments);
        QCOMPARE(int(invocation.mode), mode);
        QCOMPARE(invocation.command, command);
        QCOMPARE(invocation.commandArguments, commandArguments);
        QCOMPARE(invocation.language, language);
    }

    void refuses_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withWizard");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--s3cr3t")} << true
                                        << QStringLiteral("Argument 1 is not an option");
        QTest::newRow("a typo") << QStringList{QStringLiteral("--lang"), QStringLiteral("de"),
                                               QStringLiteral("--dmeo")}
                                << true
                                << QStringLiteral("Argument 3 is not an option of jobtarget-setup. Did "
                                                  "you mean --demo?");
        QTest::newRow("not a command")
            << QStringList{QStringLiteral("verfy")} << true << QStringLiteral("Did you mean “verify”?");
        QTest::newRow("a secret in the wrong place") << QStringList{QStringLiteral("hunter2-hunter2")} << true
                                                     << QStringLiteral("Argument 1 is not a command");
        QTest::newRow("--lang without a language")
            << QStringList{QStringLiteral("--lang")} << true << QStringLiteral("--lang needs a language");
        QTest::newRow("--demo verify") << QStringList{QStringLiteral("--demo"), QStringLiteral("verify")}
                                       << true << QStringLiteral("not of “verify”");
        QTest::newRow("--demo without a wizard") << QStringList{QStringLiteral("--demo")} << false
                                                 << QStringLiteral("Argument 1 is not an option");
        QTest::newRow("Qt's options without a wizard")
            << QStringList{QStringLiteral("-platform"), QStringLiteral("xcb")} << false
            << QStringLiteral("Argument 1 is not an option");
    }
    void refuses() {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withWizard);
        QFETCH(QString, says);
        const Invocation invocation = Invocation::parse(arguments, withWizard);
        QCOMPARE(int(invocation.mode), int(Mode::Refused));
        QVERIFY2(invocation.refusal.contains(says), qPrintable(invocation.refusal));
        for (const QString &argument : arguments) { // what was typed is never repeated
            const QStringList ours{QStringLiteral("--demo"), QStringLiteral("--lang"),
                                   QStringLiteral("verify")};
            if (argument.size() > 4 && !ours.contains(argument)) // short ones occur in any sentence
                QVERIFY2(!invocation.refusal.contains(argument), qPrintable(invocation.refusal));
        }
    }

    // --- the program, without a display ---------------------------------------------------------------

    void helpWithoutDisplay() {
        const Outcome outcome = run({QStringLiteral("--help")});
        VERIFY_EXITED(outcome, 0);
        for (const char *word : {"--lang", "--version", "verify", "summary"})
            QVERIFY2(outcome.out.contains(word), outcome.describe().constData());
#if JT_BUILD_GUI
        for (const char *word : {"--demo", "--benchmark-startup", "-platform"})
            QVERIFY2(outcome.out.contains(word), outcome.describe().constData());
#else
        QVERIFY2(outcome.out.contains("This build has no wizard") && !outcome.out.contains("--demo"),
                 outcome.describe().constData());
#endif
        QVERIFY(outcome.err.isEmpty());
    }

    void helpInGerman() {
        const Outcome outcome =
            run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        VERIFY_EXITED(outcome, 0);
        QVERIFY2(outcome.out.contains("Befehle:"), outcome.describe().constData());
    }

    void versionWithoutDisplay() {
        const Outcome outcome = run({QStringLiteral("--version")});
        VERIFY_EXITED(outcome, 0);
        QCOMPARE(outcome.out, QByteArray("jobtarget-setup " JT_VERSION "\n"));
    }

    // Before, this opened the wizard (and without a display, aborted); now the command runs, in German.
    void languageBeforeTheCommand() {
        const Outcome outcome = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("verify"),
                                     QStringLiteral("--help")});
        VERIFY_EXITED(outcome, 0);
        QVERIFY2(outcome.out.contains("Aufruf: jobtarget-setup verify"), outcome.describe().constData());
    }

    void refusalInGerman() {
        const Outcome outcome =
            run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--versoin")});
        VERIFY_EXITED(outcome, 2);
        QVERIFY2(
            outcome.err.contains("Argument 3 ist keine Option von jobtarget-setup. Meinten Sie --version?"),
            outcome.describe().constData());
    }

    void unknownOptionIsRefused() {
        const Outcome outcome = run({QStringLiteral("--client-secret=hunter2")});
        VERIFY_EXITED(outcome, 2); // not a window, not a crash for want of a display
        QVERIFY2(outcome.err.contains("Argument 1 is not an option of jobtarget-setup."),
                 outcome.describe().constData());
        QVERIFY(!outcome.err.contains("hunter2"));
        QVERIFY(outcome.out.isEmpty());
    }

#if JT_BUILD_GUI
    // The first page on screen, in milliseconds from the process's start: a number, and the program ends.
    void benchmarkStartup_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("wizard") << QStringList{QStringLiteral("--benchmark-startup")};
        QTest::newRow("demo") << QStringList{QStringLiteral("--demo"), QStringLiteral("--benchmark-startup")};
    }
    void benchmarkStartup() {
        QFETCH(QStringList, arguments);
        const Outcome outcome = run(arguments, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
        VERIFY_EXITED(outcome, 0);
        bool ok = false;
        const double ms = outcome.out.trimmed().toDouble(&ok);
        QVERIFY2(ok && ms > 0 && ms < 60000, outcome.describe().constData());
    }
#endif
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_command_line.moc"
