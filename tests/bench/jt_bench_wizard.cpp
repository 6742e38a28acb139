// Benchmark (not a test): the wizard as an admin uses it. Prints the peak memory of a full demo run (welcome
// to hand-off, the demo's simulated Greenhouse in the same process, as in the product), and the longest the
// UI's event loop stalls while a 20,000-job board is checked (a 5 ms timer's lateness; median of 5 checks).
// Run by tests/bench/run.sh; meaningful only from a build without sanitizers.
#include "PeakMemory.h"
#include "WizardFixture.h"

#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace jt;
using namespace jt::test;

class WizardBench : public WizardFixture {
    Q_OBJECT

private slots:
    void init() { setUpWizard(); }
    void cleanup() { tearDownWizard(); }

    void fullDemoRun() {
        startWizard(true);
        next(); // "Practice with demo data" is chosen: the demo starts
        QVERIFY(m_controller->isDemo());
        reach(WizardStep::HandOff);
        std::printf("Full demo run (welcome to hand-off): peak memory %.1f MB (target < 120 MB)\n",
                    double(peakMemoryKb()) / 1024.0);
    }

    void boardCheckStall() {
        m_sim->scenario().boardCopies = 4; // bigboard: 4 × 5,000 live jobs
        reach(WizardStep::JobBoard);
        auto *board = page<JobBoardPage>(WizardStep::JobBoard);
        QList<double> stalls;
        QList<double> durations;
        for (int run = 0; run < 5; ++run) {
            board->boardEdit()->clear();
            QTest::keyClicks(board->boardEdit(), QStringLiteral("bigboard"));
            QTimer ticker;
            ticker.setTimerType(Qt::PreciseTimer);
            QElapsedTimer clock;
            qint64 last = 0;
            qint64 worst = 0;
            connect(&ticker, &QTimer::timeout, this, [&] {
                const qint64 now = clock.elapsed();
                worst = std::max(worst, now - last - 5);
                last = now;
            });
            clock.start();
            ticker.start(5);
            board->checkButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardState() == SetupController::CheckState::Done, 60000);
            ticker.stop();
            QVERIFY2(m_controller->boardReport().board.liveJobs == 20000,
                     qPrintable(QString::number(m_controller->boardReport().board.liveJobs.value_or(-1))));
            stalls << double(worst);
            durations << double(clock.elapsed());
        }
        std::sort(stalls.begin(), stalls.end());
        std::sort(durations.begin(), durations.end());
        std::printf(
            "Board of 20,000 live jobs checked in the wizard: longest event-loop stall, median of 5: %.0f ms "
            "(target < 100 ms); check took %.0f ms (median)\n",
            stalls.at(2), durations.at(2));
    }
};

QTEST_MAIN(WizardBench)
#include "jt_bench_wizard.moc"
