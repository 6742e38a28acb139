// The Debian package as a user gets it: run by tests/check-installed-package.sh after `apt-get install` of
// the .deb, against the installed program (JT_INSTALLED_BINARY, default /usr/bin/jobtarget-setup) — its
// version, a verify against the simulated Greenhouse, the daily check's command, and the wizard opened
// off-screen. Not a CTest test: it needs the package installed first.
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

    QProcessEnvironment environment(const QByteArray &secret = {}) const {
        QProcessEnvironment env = appEnvironment(m_home.path(), m_sim, secret);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
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
        wizard.terminate();
        QVERIFY(wizard.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(InstalledPackageTest)
#include "tst_installed_package.moc"
