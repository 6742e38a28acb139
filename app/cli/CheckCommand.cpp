#include "CheckCommand.h"

#include "ArgumentCheck.h"
#include "store/ConnectionStore.h"
#include "watch/DesktopNotifier.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>

namespace jt {

CheckCommand::CheckCommand(QIODevice *out, QIODevice *err, ConnectionStore *connections,
                           DesktopNotifier *notifier, QString historyPath)
    : m_out(out)
    , m_err(err)
    , m_connections(connections)
    , m_notifier(notifier)
    , m_historyPath(std::move(historyPath)) {}

int CheckCommand::fail(const QString &message, bool json) {
    if (json)
        m_out->write(
            QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}})
                .toJson(QJsonDocument::Indented));
    m_err->write((tr("jobtarget-setup check: %1").arg(message) + QLatin1Char('\n')).toUtf8());
    return int(ExitStatus::BadInput);
}

int CheckCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    // The options of `verify` that a schedule may want; the connection is always the stored one.
    const auto [format, caFile, timeout, deadline, language, help] = NetworkOptions::make(false);
    const QList<QCommandLineOption> options{format, caFile, timeout, deadline, language, help};
    parser.addOptions(options);
    const bool json = arguments.contains(QStringLiteral("--format=json")) ||
                      arguments.join(QLatin1Char('\n')).contains(QStringLiteral("--format\njson"));
    if (const QString refused = refusedArguments(arguments, options, QStringLiteral("check"));
        !refused.isEmpty())
        return fail(refused, json);
    if (!parser.parse(QStringList{QStringLiteral("jobtarget-setup check")} + arguments))
        return fail(parser.errorText(), json);
    if (parser.isSet(help)) {
        //: %1 how many checks the history keeps (100), %2 its file, %3 how many checks in a row
        const QString epilog =
            tr("Checks the connection stored on this computer, as “verify --from-keychain” does, and keeps "
               "the "
               "result in the history of checks (the last %1):\n"
               "  %2\n"
               "When the connection stops working, works again, or could not be checked %3 times in a row, "
               "a desktop notification says so; it opens the wizard. Meant for a daily schedule: the "
               "wizard's "
               "“Check every day” installs one.\n"
               "The secret is always the keychain's: JOBTARGET_SETUP_SECRET is ignored (and not passed on).\n"
               "\n"
               "Exit status: as “verify”. More: man jobtarget-setup")
                .arg(CheckHistory::Capacity)
                .arg(QDir::toNativeSeparators(m_historyPath))
                .arg(CheckHistory::NotCheckedBeforeNotice);
        m_out->write(subcommandHelp(parser, QStringLiteral("check"), epilog).toUtf8());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument: “check” takes only options."), json);

    QStringList verifyArguments{QStringLiteral("--from-keychain")};
    for (const QCommandLineOption &option : {format, caFile, timeout, deadline, language})
        if (parser.isSet(option))
            verifyArguments << QStringLiteral("--") + option.names().constFirst() << parser.value(option);

    // Standard input is not read: the secret comes from the keychain.
    QBuffer noInput;
    noInput.open(QIODevice::ReadOnly);
    VerifyCommand verify(&noInput, m_out, m_err, m_connections);
    verify.setErrorFormat(tr("jobtarget-setup check: %1"));
    verify.ignoreSecretVariable(); // a schedule's environment may hold one: the stored secret is checked
    bool recorded = false;
    verify.setAfterCheck(
        [this, &recorded](const VerificationReport &report, const StoredConnection &checked) {
            recorded = true;
            if (m_connections)
                m_connections->recordCheck(checked); // the wizard's "Last checked"
            return record(CheckRecord::of(report));
        });
    const int status = verify.run(verifyArguments);

    // The keychain could not be read (locked, say): a check that could not be done, not a broken connection.
    // Nothing stored at all is not a check (no schedule should be left then; the wizard removes it).
    if (!recorded && status == int(ExitStatus::KeychainUnavailable) && m_connections &&
        (m_connections->stored() || m_connections->whyNoneStored().problem == KeychainProblem::Incomplete)) {
        const CheckAddendum addendum = record(
            CheckRecord::notChecked(QStringLiteral("keychain"), QString(), QDateTime::currentDateTimeUtc()));
        if (!json)
            m_out->write(addendum.text.toUtf8());
    }
    return status;
}

CheckAddendum CheckCommand::record(const CheckRecord &record) {
    CheckHistory history(m_historyPath);
    CheckNotice notice = CheckNotice::None;
    QString error;
    const auto decide = [&](CheckHistory &read) {
        if (!read.warning().isEmpty())
            m_err->write((read.warning() + QLatin1Char('\n')).toUtf8());
        notice = read.noticeFor(record);
        read.append(record);
    };
    // Decided and written under the history's lock (the wizard may be recording a "Check it now" at the same
    // moment); the notification comes after, so that nothing it waits for holds the lock.
    bool decided = false;
    const bool saved = history.update(
        [&](CheckHistory &locked) {
            decided = true;
            decide(locked);
        },
        LockWaitMs, &error);
    if (!saved)
        m_err->write((tr("The check could not be added to the history (%1): %2. Its outcome is still "
                         "reported; the next check that can write the history records its own.")
                          .arg(QDir::toNativeSeparators(m_historyPath), error) +
                      QLatin1Char('\n'))
                         .toUtf8());
    // A history that could not be written still decides what to say: as far as it can be read.
    if (!decided) {
        history.load();
        decide(history);
    }
    Notification notification = Notification::about(notice, record);
    if (!m_offerWizard)
        notification.actionLabel.clear();
    if (notice != CheckNotice::None && m_notifier && m_notifier->show(notification)) {
        m_notified = true;
        // What the admin was told, so that it is told once. Should this fail, it is told again next time:
        // better twice than never.
        if (saved)
            (void)history.update([&](CheckHistory &locked) { locked.markNotice(record, notice); },
                                 LockWaitMs);
    }
    CheckAddendum addendum;
    addendum.json = QJsonObject{{QStringLiteral("recorded"), saved},
                                {QStringLiteral("outcome"), outcomeWord(record.outcome)},
                                {QStringLiteral("checks"), int(history.records().size())},
                                {QStringLiteral("summary"), history.summaryText()},
                                {QStringLiteral("notice"), noticeWord(notice)},
                                {QStringLiteral("notified"), m_notified}};
    addendum.text = tr("History: %1").arg(history.summaryText()) + QLatin1Char('\n');
    if (m_notified)
        addendum.text += tr("Notified: %1").arg(notification.title) + QLatin1Char('\n');
    else if (notice != CheckNotice::None)
        addendum.text +=
            tr("Not notified (no desktop session): %1").arg(notification.title) + QLatin1Char('\n');
    return addendum;
}

} // namespace jt
