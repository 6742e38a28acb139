#include "CheckHistory.h"

#include "net/ByteSize.h"
#include "platform/OwnerOnlyFile.h"
#include "platform/RegularFile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

namespace jt {

using namespace byte_size;

namespace {
constexpr int Format = 1;
constexpr qint64 MaximumFileBytes = 1_MiB; // 100 records take about 20 KB
// A lock file is created first and its owner written a moment later: not judged unreadable before this.
constexpr qint64 OwnerWritingMs = 1000;

// A lock nobody can vouch for: its owner cannot be read, or is on another computer (a home folder shared
// over the network), where whether it still runs cannot be asked. Past the moment of its writing.
bool ownerUnknown(const QLockFile &lock, const QString &path) {
    qint64 pid = 0;
    QString host;
    QString application;
    const bool readable = lock.getLockInfo(&pid, &host, &application) && pid > 0;
    if (readable && (host.isEmpty() || host == QSysInfo::machineHostName()))
        return false;
    const QDateTime written = QFileInfo(path).fileTime(QFileDevice::FileModificationTime);
    return !written.isValid() || qAbs(written.msecsTo(QDateTime::currentDateTimeUtc())) > OwnerWritingMs;
}
} // namespace

CheckHistory::CheckHistory(QString path)
    : m_path(std::move(path)) {}

QString CheckHistory::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/check-history.json");
}

void CheckHistory::load() {
    m_records.clear();
    m_warning.clear();
    QFile file(m_path);
    if (!file.exists() && !QFileInfo(m_path).isSymLink())
        return;
    if (const QString why = whyNotRegularFile(m_path); !why.isEmpty()) {
        //: %1 the file, %2 why it is not used ("it is a symbolic link")
        m_warning =
            tr("The history of checks (%1) is not used: %2.").arg(QDir::toNativeSeparators(m_path), why);
        return;
    }
    const auto damaged = [this](const QString &why) {
        m_records.clear();
        //: %1 the file, %2 what was wrong with it
        m_warning = tr("The history of checks (%1) could not be read and starts again: %2.")
                        .arg(QDir::toNativeSeparators(m_path), why);
    };
    if (file.size() > MaximumFileBytes)
        return damaged(tr("it is too large"));
    if (QString why; !openRegularFileForReading(file, &why))
        return damaged(why);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return damaged(tr("it is not a history of checks"));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toInt() != Format)
        return damaged(tr("it was written by another version"));
    const QJsonArray checks = root.value(QLatin1String("checks")).toArray();
    for (const auto &entry : checks) {
        const std::optional<CheckRecord> record = CheckRecord::fromJson(entry.toObject());
        if (!record)
            return damaged(tr("an entry is damaged"));
        m_records << *record;
    }
    if (m_records.size() > Capacity)
        m_records.remove(0, m_records.size() - Capacity);
}

void CheckHistory::append(const CheckRecord &record) {
    m_records << record;
    if (m_records.size() > Capacity)
        m_records.remove(0, m_records.size() - Capacity);
}

void CheckHistory::markNotice(const CheckRecord &shownFor, CheckNotice notice) {
    // As the file keeps it (dates to the second): the newest record that is the one shown.
    const QJsonObject shown = shownFor.toJson();
    for (qsizetype i = m_records.size() - 1; i >= 0; --i) {
        CheckRecord unmarked = m_records.at(i);
        unmarked.notice = shownFor.notice;
        if (unmarked.toJson() == shown) {
            m_records[i].notice = notice;
            return;
        }
    }
}

bool CheckHistory::save(QString *error) {
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(
            tr("The folder %1 could not be made.").arg(QDir::toNativeSeparators(info.absolutePath())));
    if (const QString why = whyNotRegularFile(m_path); !why.isEmpty())
        return fail(why); // QSaveFile would write where a link points
    QJsonArray checks;
    for (const CheckRecord &record : m_records)
        checks.append(record.toJson());
    const QJsonObject root{{QStringLiteral("format"), Format}, {QStringLiteral("checks"), checks}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    // Written beside the file and renamed over it: a crash mid-write leaves the previous history whole. On
    // Windows the rename fails while another process has the file open (the wizard reading it, even with
    // openForSharedReading under Wine): a few more tries, each a new file, for at most a tenth of a second.
    constexpr int Tries = 5;
    for (int attempt = 1;; ++attempt) {
        QSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(file.errorString());
        restrictToOwner(file);
        file.write(bytes);
        if (file.commit())
            break;
        if (attempt == Tries)
            return fail(file.errorString());
        QThread::msleep(20);
    }
    restrictToOwner(m_path); // Windows: only the committed file can be given its list (OwnerOnlyFile.h)
    return true;
}

bool CheckHistory::update(const Change &change, int waitMs, QString *error) {
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(
            tr("The folder %1 could not be made.").arg(QDir::toNativeSeparators(info.absolutePath())));
    if (const QString why = whyNotRegularFile(lockPath()); !why.isEmpty())
        //: %1 the lock file, %2 why it is not used ("it is a symbolic link")
        return fail(tr("its lock %1 is not used: %2").arg(QDir::toNativeSeparators(lockPath()), why));
    QLockFile lock(lockPath());
    lock.setStaleLockTime(StaleLockMs); // Qt then takes over a lock this old, or whose process is gone
    const QDeadlineTimer deadline(waitMs);
    while (!lock.tryLock(0)) {
        if (lock.error() == QLockFile::PermissionError)
            return fail(tr("its folder cannot be written"));
        if (lock.error() != QLockFile::LockFailedError)
            return fail(tr("its lock %1 cannot be made (is the disk full?)")
                            .arg(QDir::toNativeSeparators(lockPath())));
        if (ownerUnknown(lock, lockPath()) && lock.removeStaleLockFile())
            continue;
        if (deadline.hasExpired())
            return fail(tr("another check is writing it"));
        QThread::msleep(quint64(qBound(qint64(1), deadline.remainingTime(), qint64(50))));
    }
    load();
    change(*this);
    return save(error);
}

bool CheckHistory::remove() {
    m_records.clear();
    return !QFile::exists(m_path) || QFile::remove(m_path);
}

CheckNotice CheckHistory::noticeFor(const CheckRecord &next) const {
    // What the admin was last told; before any notification: that it works (it was verified when saved).
    const auto lastTold = std::find_if(m_records.crbegin(), m_records.crend(), [](const CheckRecord &record) {
        return record.notice != CheckNotice::None;
    });
    const CheckNotice told = lastTold == m_records.crend() ? CheckNotice::WorkingAgain : lastTold->notice;
    switch (next.outcome) {
    case CheckOutcome::Failed:
        return told == CheckNotice::Broken ? CheckNotice::None : CheckNotice::Broken;
    case CheckOutcome::Passed:
        return told == CheckNotice::WorkingAgain ? CheckNotice::None : CheckNotice::WorkingAgain;
    case CheckOutcome::NotChecked:
        break;
    }
    // A broken connection stays broken as far as the admin knows until a check says otherwise.
    if (told == CheckNotice::Broken || told == CheckNotice::CannotCheck)
        return CheckNotice::None;
    int inARow = 1;
    for (auto record = m_records.crbegin();
         record != m_records.crend() && record->outcome == CheckOutcome::NotChecked; ++record)
        ++inARow;
    return inARow >= NotCheckedBeforeNotice ? CheckNotice::CannotCheck : CheckNotice::None;
}

CheckHistory::Counts CheckHistory::counts() const {
    Counts counts;
    for (const CheckRecord &record : m_records) {
        if (!counts.since.isValid())
            counts.since = record.at;
        switch (record.outcome) {
        case CheckOutcome::Passed:
            ++counts.passed;
            break;
        case CheckOutcome::Failed:
            ++counts.failed;
            break;
        case CheckOutcome::NotChecked:
            ++counts.notChecked;
            break;
        }
    }
    return counts;
}

QString CheckHistory::summaryText() const {
    const Counts counts = this->counts();
    if (counts.total() == 0)
        return {};
    //: %n checks, %1 the date of the first one ("1 November 2026")
    const QString checked =
        tr("Checked %n time(s) since %1", nullptr, counts.total()).arg(CheckRecord::dateText(counts.since));
    if (counts.passed == counts.total())
        return counts.total() == 1 ? tr("%1, passed.").arg(checked) : tr("%1, all passed.").arg(checked);
    QStringList parts;
    if (counts.passed > 0)
        parts << tr("%n passed", nullptr, counts.passed);
    if (counts.failed > 0)
        parts << tr("%n failed", nullptr, counts.failed);
    if (counts.notChecked > 0)
        parts << tr("%n could not be checked", nullptr, counts.notChecked);
    //: %1 "Checked 30 times since 1 November 2026", %2 "27 passed, 2 failed, 1 could not be checked"
    return tr("%1: %2.").arg(checked, parts.join(QStringLiteral(", ")));
}

} // namespace jt
