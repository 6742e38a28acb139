// One wizard at a time, as processes on an X server of the test's own (TestDisplay.h) and the test run's
// private session bus: the first wizard takes io.github.jobtarget_setup; a second launch brings it forward —
// on the stored connection when it was asked for that — and ends, so the admin never has two windows that
// save the same connection. A practice window (--demo) is a window of its own.

#include "AppProcess.h"
#include "TestDisplay.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QTemporaryDir>
#include <QTest>

using jt::sim::SimulatedGreenhouse;
using namespace jt::test;

class TestOneWizard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_sim.start());
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no session bus: run the suite through tests/run-with-keyring.sh (the README's test command "
                 "does)");
        QVERIFY(m_home.isValid());
        QVERIFY2(m_display.start(), "Xvfb did not start");
    }
    void cleanupTestCase() { clearKeyring(); }

    void aSecondLaunchBringsTheFirstForward() {
        AppProcess save({QStringLiteral("verify"), QStringLiteral("--save"), QStringLiteral("--client-id"),
                         QString::fromLatin1(SimulatedGreenhouse::ClientId), QStringLiteral("--board-token"),
                         QStringLiteral("acme")},
                        appEnvironment(m_home.path(), m_sim, SimulatedGreenhouse::ClientSecret));
        VERIFY_EXITED(save.finish(), 0);
        const QProcessEnvironment env = appEnvironment(m_home.path(), m_sim, {}, m_display.environment());

        AppProcess first({}, env);
        const auto owned = [] {
            return QDBusConnection::sessionBus().interface()->isServiceRegistered(
                QStringLiteral("io.github.jobtarget_setup"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(owned() && !titled(QStringLiteral("^Welcome — ")).isEmpty(), 60000);

        // The launcher's "Check the stored connection" while the first window waits on its first page.
        AppProcess second({QStringLiteral("--stored-connection")}, env);
        VERIFY_EXITED(second.finish(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(titled(QStringLiteral("^Your JobTarget connection — ")).size(), 1, 30000);
        QCOMPARE(titled(QStringLiteral("JobTarget Setup for Greenhouse")).size(),
                 1); // one window, the first's

        // Practice has a window of its own beside it.
        AppProcess demo({QStringLiteral("--demo")}, env);
        QTRY_COMPARE_WITH_TIMEOUT(titled(QStringLiteral("JobTarget Setup for Greenhouse")).size(), 2, 60000);
        demo.kill();
        first.kill();
        QTRY_VERIFY_WITH_TIMEOUT(!owned(), 30000); // the name goes with the process
    }

private:
    QStringList titled(const QString &pattern) const { return m_display.windowsTitled(pattern); }

    SimulatedGreenhouse m_sim;
    QTemporaryDir m_home;
    TestDisplay m_display;
};

QTEST_GUILESS_MAIN(TestOneWizard)

#include "tst_one_wizard.moc"
