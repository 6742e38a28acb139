// The check history (CheckHistory, CheckRecord): what a check is recorded as, which notification each
// change calls for, what the summary says, and that the file survives a crash mid-write and a damaged copy.

#include "UnderWine.h"
#include "greenhouse/Permissions.h"
#include "i18n/Translations.h"
#include "verify/VerificationReport.h"
#include "watch/CheckHistory.h"
#include "watch/DesktopNotifier.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace jt;

namespace {

const char *WriterVariable = "JT_TEST_HISTORY_WRITER";

// A report as the verifier leaves it: every v3 permission granted, the board found with `liveJobs`.
VerificationReport passingReport(int liveJobs = 12) {
    VerificationReport report;
    report.kind = CredentialKind::HarvestV3;
    report.checkedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    report.credential.status = CredentialStatus::Accepted;
    for (const RequiredPermission &permission : requiredPermissions(CredentialKind::HarvestV3))
        report.permissions << PermissionRow{
            &permission, PermissionStatus::Granted, NetworkProblem::None, {}, {}};
    report.board.status = BoardStatus::Found;
    report.board.token = QStringLiteral("acme");
    report.board.name = QStringLiteral("Acme Robotics");
    report.board.liveJobs = liveJobs;
    report.board.sameAccount = true;
    return report;
}

CheckRecord recordOf(CheckOutcome outcome, int day = 1, CheckNotice notice = CheckNotice::None) {
    CheckRecord record;
    record.at = QDateTime(QDate(2026, 11, day), QTime(10, 0), Qt::UTC);
    record.outcome = outcome;
    record.notice = notice;
    if (outcome == CheckOutcome::Failed) {
        record.stage = QStringLiteral("permissions");
        record.detail = QStringLiteral("harvest:openings:list");
    } else if (outcome == CheckOutcome::NotChecked) {
        record.stage = QStringLiteral("credential");
        record.detail = QStringLiteral("timeout");
    }
    return record;
}

// The child this suite kills: appends and saves, again and again, until killed.
int writeUntilKilled(const QString &path) {
    CheckHistory history(path);
    for (int day = 0;; ++day) {
        history.load();
        if (!history.warning().isEmpty())
            return 3;
        history.append(recordOf(CheckOutcome::Passed, 1 + day % 28));
        if (!history.save())
            return 4;
    }
}

} // namespace

class HistoryTest : public QObject {
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void aPassingCheckIsRecordedWithItsLiveJobs() {
        const CheckRecord record = CheckRecord::of(passingReport(12));
        QCOMPARE(record.outcome, CheckOutcome::Passed);
        QCOMPARE(record.liveJobs, std::optional<int>(12));
        QCOMPARE(record.board, QStringLiteral("acme"));
        QVERIFY(record.stage.isEmpty());
        QCOMPARE(record.at, QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC));
    }

    // verify passes a board without live jobs (with a warning); JobTarget then has nothing to read.
    void noLiveJobsIsAFailure() {
        const CheckRecord record = CheckRecord::of(passingReport(0));
        QCOMPARE(record.outcome, CheckOutcome::Failed);
        QCOMPARE(record.detail, QStringLiteral("no_live_jobs"));
        QCOMPARE(record.problemText(), QStringLiteral("the job board “acme” has no live jobs"));
        const Notification told = Notification::about(CheckNotice::Broken, record);
        QCOMPARE(told.title, QStringLiteral("JobTarget has no Greenhouse jobs to read"));
    }

    void eachFailingStageHasItsOwnLine() {
        VerificationReport report = passingReport();
        report.permissions[2].status = PermissionStatus::Missing;
        CheckRecord record = CheckRecord::of(report);
        QCOMPARE(record.outcome, CheckOutcome::Failed);
        QCOMPARE(record.stage, QStringLiteral("permissions"));
        QCOMPARE(record.problemText(), QStringLiteral("“Openings > List openings” is missing"));
        const Notification told = Notification::about(CheckNotice::Broken, record);
        QCOMPARE(told.title, QStringLiteral("JobTarget can no longer read your Greenhouse jobs"));
        QVERIFY2(told.body.startsWith(QStringLiteral("“Openings > List openings” is missing.")),
                 qPrintable(told.body));
        QVERIFY(told.urgent);

        report.permissions[0].status = PermissionStatus::Missing;
        QCOMPARE(CheckRecord::of(report).problemText(),
                 QStringLiteral("“Jobs > List jobs” and 1 more permission are missing"));

        report = passingReport();
        report.credential.status = CredentialStatus::Rejected;
        record = CheckRecord::of(report);
        QCOMPARE(record.stage, QStringLiteral("credential"));
        QVERIFY(record.problemText().contains(QStringLiteral("rejected")));

        report = passingReport();
        report.board.status = BoardStatus::NotFound;
        report.board.liveJobs.reset();
        QCOMPARE(CheckRecord::of(report).problemText(),
                 QStringLiteral("the job board “acme” was not found (renamed or deleted?)"));
        report.board.status = BoardStatus::Found;
        report.board.sameAccount = false;
        QCOMPARE(CheckRecord::of(report).detail, QStringLiteral("other_account"));

        report = passingReport();
        report.credential.notSiteAdminUserId = QStringLiteral("4711");
        for (PermissionRow &row : report.permissions)
            row.status = PermissionStatus::Missing;
        QCOMPARE(CheckRecord::of(report).detail, QStringLiteral("subject_not_site_admin"));
    }

    // Greenhouse out of reach decides nothing: "could not check", never "failed".
    void unreachableIsNotBroken() {
        VerificationReport report = passingReport();
        report.credential.status = CredentialStatus::Unreachable;
        report.credential.problem = NetworkProblem::Tls;
        CheckRecord record = CheckRecord::of(report);
        QCOMPARE(record.outcome, CheckOutcome::NotChecked);
        QCOMPARE(record.stage, QStringLiteral("credential"));
        QCOMPARE(record.detail, QStringLiteral("tls"));
        QCOMPARE(record.problemText(), QStringLiteral("Greenhouse could not be reached"));

        report = passingReport();
        report.board.status = BoardStatus::Unreachable;
        report.board.problem = NetworkProblem::Timeout;
        record = CheckRecord::of(report);
        QCOMPARE(record.outcome, CheckOutcome::NotChecked);
        QCOMPARE(record.stage, QStringLiteral("board"));
    }

    void notificationsOnlyWhenTheOutcomeChanged() {
        CheckHistory history(QStringLiteral("/nonexistent/history.json"));
        // Set-up day counts as working: a first pass says nothing, a first failure says so.
        QCOMPARE(history.noticeFor(recordOf(CheckOutcome::Passed)), CheckNotice::None);
        QCOMPARE(history.noticeFor(recordOf(CheckOutcome::Failed)), CheckNotice::Broken);

        history.append(recordOf(CheckOutcome::Passed, 1));
        history.append(recordOf(CheckOutcome::Failed, 2, CheckNotice::Broken));
        QCOMPARE(history.noticeFor(recordOf(CheckOutcome::Failed, 3)), CheckNotice::None);
        QCOMPARE(history.noticeFor(recordOf(CheckOutcome::NotChecked, 3)), CheckNotice::None);
        QCOMPARE(history.noticeFor(recordOf(CheckOutcome::Passed, 3)), CheckNotice::WorkingAgain);

        history.append(recordOf(CheckOutcome::Passed, 3, CheckNotice::WorkingAgain));
        QCOMPARE(history.noticeFor(recordOf(CheckOutcome::Passed, 4)), CheckNotice::None);
    }

    // A failure the admin could not be told about (no desktop session then) is told at the next check.
    void aNotificationNotShownIsShownNextTime() {
        CheckHistory history(QStringLiteral("/nonexistent/history.json"));
        history.append(recordOf(CheckOutcome::Passed, 1));
        history.append(recordOf(CheckOutcome::Failed, 2)); // no notice recorded: none was shown
        QCOMPARE(history.noticeFor(recordOf(CheckOutcome::Failed, 3)), CheckNotice::Broken);
    }

    void threeChecksInARowThatCouldNotReachGreenhouseSaySoOnce() {
        CheckHistory history(QStringLiteral("/nonexistent/history.json"));
        history.append(recordOf(CheckOutcome::Passed, 1));
        QCOMPARE(history.noticeFor(recordOf(CheckOutcome::NotChecked, 2)), CheckNotice::None);
        history.append(recordOf(CheckOutcome::NotChecked, 2));
        QCOMPARE(history.noticeFor(recordOf(CheckOutcome::NotChecked, 3)), CheckNotice::None);
        history.append(recordOf(CheckOutcome::NotChecked, 3));
        QCOMPARE(history.noticeFor(recordOf(CheckOutcome::NotChecked, 4)), CheckNotice::CannotCheck);
        history.append(recordOf(CheckOutcome::NotChecked, 4, CheckNotice::CannotCheck));
        QCOMPARE(history.noticeFor(recordOf(CheckOutcome::NotChecked, 5)), CheckNotice::None);
        // Reaching Greenhouse again and passing: working again, once.
        QCOMPARE(history.noticeFor(recordOf(CheckOutcome::Passed, 5)), CheckNotice::WorkingAgain);
        // ... or failing: broken.
        QCOMPARE(history.noticeFor(recordOf(CheckOutcome::Failed, 5)), CheckNotice::Broken);

        const Notification told =
            Notification::about(CheckNotice::CannotCheck, recordOf(CheckOutcome::NotChecked));
        QCOMPARE(told.title, QStringLiteral("The connection to JobTarget could not be checked"));
        QVERIFY2(told.body.contains(QStringLiteral("last 3 daily checks")), qPrintable(told.body));
        QVERIFY(!told.urgent);
    }

    void summaryCountsTheChecks() {
        CheckHistory history(QStringLiteral("/nonexistent/history.json"));
        QVERIFY(history.summaryText().isEmpty());
        history.append(recordOf(CheckOutcome::Passed, 1));
        QCOMPARE(history.summaryText(), QStringLiteral("Checked once since 1 November 2026, passed."));
        for (int day = 2; day <= 30; ++day)
            history.append(recordOf(CheckOutcome::Passed, day));
        QCOMPARE(history.summaryText(),
                 QStringLiteral("Checked 30 times since 1 November 2026, all passed."));
        history.append(recordOf(CheckOutcome::Failed, 30));
        history.append(recordOf(CheckOutcome::NotChecked, 30));
        QCOMPARE(history.summaryText(),
                 QStringLiteral("Checked 32 times since 1 November 2026: 30 passed, 1 failed, 1 could not be "
                                "checked."));
    }

    void keepsTheLastHundred() {
        QTemporaryDir dir;
        CheckHistory history(dir.filePath(QStringLiteral("deep/folder/history.json")));
        for (int i = 0; i < 130; ++i) {
            CheckRecord record = recordOf(CheckOutcome::Passed);
            record.at = record.at.addDays(i);
            history.append(record);
        }
        QCOMPARE(history.records().size(), CheckHistory::Capacity);
        QVERIFY(history.save());
        CheckHistory read(history.path());
        read.load();
        QVERIFY(read.warning().isEmpty());
        QCOMPARE(read.records().size(), 100);
        QCOMPARE(read.records().first().at, recordOf(CheckOutcome::Passed).at.addDays(30));
        // Only the user reads it (it names the board and the outcome, never a secret).
        VERIFY_OWNER_ONLY(history.path()); // 0600; on Windows an access list of the owner alone
    }

    void recordsSurviveTheFile() {
        QTemporaryDir dir;
        CheckHistory history(dir.filePath(QStringLiteral("history.json")));
        CheckRecord record = CheckRecord::of(passingReport(7));
        record.notice = CheckNotice::WorkingAgain;
        history.append(record);
        history.append(recordOf(CheckOutcome::Failed, 3, CheckNotice::Broken));
        QVERIFY(history.save());
        CheckHistory read(history.path());
        read.load();
        QCOMPARE(read.records().size(), 2);
        QCOMPARE(read.records().at(0).liveJobs, std::optional<int>(7));
        QCOMPARE(read.records().at(0).notice, CheckNotice::WorkingAgain);
        QCOMPARE(read.records().at(1).outcome, CheckOutcome::Failed);
        QCOMPARE(read.records().at(1).detail, QStringLiteral("harvest:openings:list"));
        QVERIFY(read.remove());
        QVERIFY(!QFile::exists(history.path()));
    }

    void aDamagedHistoryStartsAgainWithAWarning_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not JSON") << QByteArray(R"({"format": 1, "checks": [)");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("another format") << QByteArray(R"({"format": 2, "checks": []})");
        QTest::newRow("a damaged entry") << QByteArray(R"({"format": 1, "checks": [{"at": "yesterday"}]})");
        QTest::newRow("an unknown outcome")
            << QByteArray(R"({"format": 1, "checks": [{"at": "2026-11-01T10:00:00Z", "outcome": "meh"}]})");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12);
    }
    void aDamagedHistoryStartsAgainWithAWarning() {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        CheckHistory history(path);
        history.load();
        QVERIFY(history.records().isEmpty());
        QVERIFY2(history.warning().contains(QStringLiteral("could not be read and starts again")),
                 qPrintable(history.warning()));
        QVERIFY(history.warning().contains(QDir::toNativeSeparators(path)));
        // The next check writes a whole history again.
        history.append(recordOf(CheckOutcome::Passed));
        QVERIFY(history.save());
        CheckHistory again(path);
        again.load();
        QVERIFY(again.warning().isEmpty());
        QCOMPARE(again.records().size(), 1);
    }

    // Two writers (a scheduled check, the wizard): the second waits for the first, never overwrites it.
    void writersTakeTurns() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        QLockFile other(path + QStringLiteral(".lock"));
        QVERIFY(other.tryLock(0)); // another writer is at it
        CheckHistory history(path);
        QString error;
        QVERIFY(!history.update([](CheckHistory &locked) { locked.append(recordOf(CheckOutcome::Passed)); },
                                0, &error));
        QCOMPARE(error, QStringLiteral("another check is writing it"));
        QVERIFY(!QFile::exists(path)); // nothing written meanwhile
        other.unlock();
        for (int day = 1; day <= 2; ++day)
            QVERIFY(history.update(
                [day](CheckHistory &locked) { locked.append(recordOf(CheckOutcome::Passed, day)); }, 0));
        CheckHistory read(path);
        read.load();
        QCOMPARE(read.records().size(), 2); // each update read the other's record first
    }

    // A lock left by nothing that still runs, or whose owner cannot be read, never stops the history: each is
    // taken over and the record written. (A lock whose owner is alive and recent is waited for: above.)
    void aLockNobodyOwnsIsTakenOver_data() {
        QTest::addColumn<QByteArray>("owner");
        QTest::addColumn<int>("ageSeconds"); // how long ago it was written
        QTest::newRow("empty, just written") << QByteArray() << 0;
        QTest::newRow("empty, days old") << QByteArray() << 3 * 86400;
        QTest::newRow("garbage") << QByteArray("\x01\xff not a lock \n") << 0;
        QTest::newRow("another computer's") << QByteArray("4242\njobtarget-setup\nother-host.example\n") << 0;
        QTest::newRow("ours, an hour old")
            << QByteArray::number(QCoreApplication::applicationPid()) + "\ntst_history\n" +
                   QSysInfo::machineHostName().toUtf8() + "\n"
            << 3600;
    }
    void aLockNobodyOwnsIsTakenOver() {
        QFETCH(QByteArray, owner);
        QFETCH(int, ageSeconds);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        QFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(owner);
        lock.close();
        if (ageSeconds > 0) {
            QVERIFY(lock.open(QIODevice::ReadWrite));
            QVERIFY(lock.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-ageSeconds),
                                     QFileDevice::FileModificationTime));
            lock.close();
        }
        CheckHistory history(path);
        QString error;
        // As long as a check waits at most (CheckCommand::LockWaitMs): twice the age of a stale lock.
        QVERIFY2(history.update([](CheckHistory &locked) { locked.append(recordOf(CheckOutcome::Failed)); },
                                2 * CheckHistory::StaleLockMs, &error),
                 qPrintable(error));
        CheckHistory read(path);
        read.load();
        QCOMPARE(read.records().size(), 1);
        QVERIFY(!QFile::exists(lock.fileName())); // given back
    }

    // Something else at the history's or the lock's place (a link, a FIFO, a folder) is never followed,
    // opened or replaced: the update says why and leaves it as it was.
    void onlyRegularFilesAreUsed_data() {
        QTest::addColumn<QString>("where"); // "history" or "lock"
        QTest::addColumn<QString>("what");  // "link", "fifo", "folder"
        QTest::addColumn<QString>("why");
        for (const char *where : {"history", "lock"}) {
#ifdef Q_OS_UNIX // Windows' links need a privilege (QFile::link makes a shortcut, an ordinary file)
            QTest::addRow("%s is a link", where) << QString::fromLatin1(where) << "link"
                                                 << "it is a symbolic link";
            QTest::addRow("%s is a FIFO", where) << QString::fromLatin1(where) << "fifo"
                                                 << "it is a named pipe (FIFO)";
#endif
            QTest::addRow("%s is a folder", where) << QString::fromLatin1(where) << "folder"
                                                   << "it is a folder";
        }
    }
    void onlyRegularFilesAreUsed() {
        QFETCH(QString, where);
        QFETCH(QString, what);
        QFETCH(QString, why);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        const QString planted = where == QLatin1String("history") ? path : path + QStringLiteral(".lock");
        // A link points at a file of the admin's that must stay as it is, mode and all.
        const QString target = dir.filePath(QStringLiteral("precious.txt"));
        QFile precious(target);
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.write("keep me\n");
        precious.close();
        QVERIFY(precious.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QFileDevice::Permissions before = precious.permissions();
        if (what == QLatin1String("link"))
            QVERIFY(QFile::link(target, planted));
        else if (what == QLatin1String("folder"))
            QVERIFY(QDir().mkdir(planted));
#ifdef Q_OS_UNIX
        else
            QCOMPARE(::mkfifo(QFile::encodeName(planted).constData(), 0600), 0);
#endif
        // A FIFO opened for reading would block here until a writer came: the suite's timeout says so.
        CheckHistory history(path);
        QString error;
        QVERIFY(!history.update([](CheckHistory &locked) { locked.append(recordOf(CheckOutcome::Failed)); },
                                2 * CheckHistory::StaleLockMs, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        if (where == QLatin1String("history")) {
            history.load();
            QVERIFY2(history.warning().contains(why), qPrintable(history.warning()));
            QVERIFY(history.records().isEmpty());
        }
        QFile read(target);
        QVERIFY(read.open(QIODevice::ReadOnly));
        QCOMPARE(read.readAll(), QByteArray("keep me\n"));
        QCOMPARE(read.permissions(), before);
        QCOMPARE(QFileInfo(planted).isSymLink(), what == QLatin1String("link")); // still there, as it was
    }

    // A process killed at random moments while it writes (20 times): the file is always a whole history.
    void survivesACrashMidWrite() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        qsizetype before = 0;
        for (int kill = 0; kill < 20; ++kill) {
            QProcess writer;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(WriterVariable), path);
            writer.setProcessEnvironment(env);
            writer.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(writer.waitForStarted());
            // Once it wrote a few more times (it reads, appends and writes in a loop, so the kill lands
            // anywhere in that loop), kill it.
            const qsizetype target = before + 1 + qsizetype(QRandomGenerator::global()->bounded(8));
            const auto written = [&path] {
                CheckHistory history(path);
                history.load();
                return history.records().size();
            };
            QTRY_VERIFY_WITH_TIMEOUT(written() >= std::min<qsizetype>(target, CheckHistory::Capacity) ||
                                         writer.state() == QProcess::NotRunning,
                                     20000);
            writer.kill(); // SIGKILL; TerminateProcess on Windows
            QVERIFY(writer.waitForFinished());
            // Killed while writing, not ended by itself (3: it met a damaged history; 4: it could not save).
            QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
                     qPrintable(QStringLiteral("the writer ended with %1").arg(writer.exitCode())));
            CheckHistory history(path);
            history.load();
            QVERIFY2(history.warning().isEmpty(), qPrintable(history.warning()));
            QVERIFY(!history.records().isEmpty());
            QVERIFY(history.records().size() >= std::min<qsizetype>(before, CheckHistory::Capacity));
            before = history.records().size();
        }
    }
};

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsSet(WriterVariable)) {
        QCoreApplication app(argc, argv);
        return writeUntilKilled(qEnvironmentVariable(WriterVariable));
    }
    QCoreApplication app(argc, argv);
    installTranslations(QStringLiteral("en"), &app); // the English plural forms ("once", "1 failed")
    HistoryTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_history.moc"
