// The installed program as a user gets it: run by tests/check-installed-package.sh after `apt-get install` of
// the .deb, and by packaging/windows/check-installer.sh under Wine after the Windows installer ran, against
// the installed program (JT_INSTALLED_BINARY, default /usr/bin/jobtarget-setup; on Windows the console twin
// jobtarget-setup.com) — its version, a verify against the simulated Greenhouse, a save into the keychain and
// the PDF summary of it, the daily check's command, and the wizard opened off-screen. Not a CTest test: it
// needs the package installed first.
#include "AppProcess.h"
#include "SimFixture.h"
#include "Version.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace jt;
using namespace jt::test;
using jt::sim::SimulatedGreenhouse;

class InstalledPackageTest : public QObject {
    Q_OBJECT
    QString m_binary =
        qEnvironmentVariable("JT_INSTALLED_BINARY", QStringLiteral("/usr/bin/jobtarget-setup"));
    SimulatedGreenhouse m_sim;
    QTemporaryDir m_home;

    QProcessEnvironment environment(const QByteArray &secret = {}, const QString &home = {}) const {
        QProcessEnvironment env = appEnvironment(home.isEmpty() ? m_home.path() : home, m_sim, secret);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
#ifdef Q_OS_WIN
        // Only what Windows itself has on its search path: a DLL or plug-in the installer left out must fail
        // here, not be found where this test's own Qt is.
        env.insert(QStringLiteral("PATH"), QStringLiteral("C:\\windows\\system32;C:\\windows"));
        env.remove(QStringLiteral("QT_PLUGIN_PATH"));
        env.remove(QStringLiteral("WINEPATH"));
#endif
        return env;
    }

private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo(m_binary).isExecutable(),
                 qPrintable(m_binary + QStringLiteral(" is not installed")));
        QVERIFY(m_home.isValid());
        QVERIFY(m_sim.start());
    }

    void version() {
        AppProcess app({QStringLiteral("--version")}, environment(), m_binary);
        const Outcome outcome = app.finish();
        VERIFY_EXITED(outcome, 0);
        QCOMPARE(outcome.out, QByteArray("jobtarget-setup " JT_VERSION "\n"));
    }

    // Everything the package depends on is there: TLS-less loopback HTTP to the simulator, the keychain
    // library, the translations built into the binary.
    void verifyAgainstTheSimulator() {
        AppProcess app({QStringLiteral("verify"), QStringLiteral("--client-id"),
                        QString::fromLatin1(SimulatedGreenhouse::ClientId), QStringLiteral("--board-token"),
                        QStringLiteral("acme"), QStringLiteral("--format"), QStringLiteral("json")},
                       environment(SimulatedGreenhouse::ClientSecret), m_binary);
        const Outcome outcome = app.finish();
        VERIFY_EXITED(outcome, 0);
        QCOMPARE(outcome.json()
                     .value(QStringLiteral("board"))
                     .toObject()
                     .value(QStringLiteral("token"))
                     .toString(),
                 QStringLiteral("acme"));
        AppProcess german({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("verify"),
                           QStringLiteral("--help")},
                          environment(), m_binary);
        const Outcome help = german.finish();
        VERIFY_EXITED(help, 0);
        QVERIFY2(help.out.contains("Aufruf: jobtarget-setup verify"), help.describe().constData());
    }

    // A scripted set-up stores the connection in the system's keychain and settings (Windows: Credential
    // Manager and %APPDATA%), and the hand-off summary of it is a real PDF (Qt's PDF writer, fonts).
    void saveThenSummaryPdf() {
        QTemporaryDir home; // its own settings: the other functions meet nothing stored
        QVERIFY(home.isValid());
        AppProcess save({QStringLiteral("verify"), QStringLiteral("--client-id"),
                         QString::fromLatin1(SimulatedGreenhouse::ClientId), QStringLiteral("--board-token"),
                         QStringLiteral("acme"), QStringLiteral("--save")},
                        environment(SimulatedGreenhouse::ClientSecret, home.path()), m_binary);
        const Outcome saved = save.finish();
        VERIFY_EXITED(saved, 0);
        const QString pdf = home.filePath(QStringLiteral("Übergabe für JobTarget.pdf")); // not ASCII
        AppProcess summary({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("summary"),
                            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"),
                            pdf},
                           environment({}, home.path()), m_binary);
        const Outcome written = summary.finish();
        VERIFY_EXITED(written, 0);
        QFile file(pdf);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(pdf));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.startsWith("%PDF-1.") && bytes.size() > 2000 && bytes.trimmed().endsWith("%%EOF"),
                 bytes.left(64).constData());
        AppProcess again({QStringLiteral("verify"), QStringLiteral("--from-keychain")},
                         environment({}, home.path()), m_binary);
        VERIFY_EXITED(again.finish(), 0); // read back from the keychain: the same connection passes again
        clearKeyring();
    }

    // What the daily schedule runs: with nothing stored it says so as `check`, exits 7 and records nothing.
    void dailyCheckCommand() {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        AppProcess app({QStringLiteral("check")}, env, m_binary);
        const Outcome outcome = app.finish();
        VERIFY_EXITED(outcome, 7);
        QVERIFY2(outcome.err.startsWith("jobtarget-setup check: "), outcome.describe().constData());
        QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("data"))));
        AppProcess german({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("check"),
                           QStringLiteral("--help")},
                          env, m_binary);
        const Outcome help = german.finish();
        VERIFY_EXITED(help, 0);
        QVERIFY2(help.out.contains("Verlauf der Prüfungen"), help.describe().constData());
    }

    // The wizard paints its first page (the demo too), and keeps running until it is closed.
    void wizardOpens() {
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("--benchmark-startup")},
              QStringList{QStringLiteral("--demo"), QStringLiteral("--benchmark-startup")}}) {
            AppProcess app(arguments, environment(), m_binary);
            const Outcome outcome = app.finish();
            VERIFY_EXITED(outcome, 0);
            bool ok = false;
            QVERIFY2(outcome.out.trimmed().toDouble(&ok) > 0 && ok, outcome.describe().constData());
        }
        QProcess wizard;
        wizard.setProcessEnvironment(environment());
        wizard.start(m_binary, {QStringLiteral("--demo")});
        QVERIFY(wizard.waitForStarted());
        QVERIFY2(!wizard.waitForFinished(3000), wizard.readAllStandardError().constData()); // still open
#ifdef Q_OS_WIN
        wizard.kill(); // terminate() posts WM_CLOSE to its windows, and off-screen windows are not Windows'
#else
        wizard.terminate();
#endif
        QVERIFY(wizard.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(InstalledPackageTest)
#include "tst_installed_package.moc"
