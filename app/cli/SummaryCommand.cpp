#include "SummaryCommand.h"

#include "ArgumentCheck.h"
#include "AwaitAnswer.h"

#include "store/ConnectionStore.h"

#include "handoff/HandoffFile.h"
#include "handoff/HandoffSummary.h"
#include "store/StoredConnection.h"
#include "verify/VerificationReport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>

namespace jt {

SummaryCommand::SummaryCommand(ConnectionStore *connections, QIODevice *out, QIODevice *err,
                               QString historyPath)
    : m_connections(connections)
    , m_out(out)
    , m_err(err)
    , m_historyPath(std::move(historyPath)) {}

int SummaryCommand::fail(int status, const QString &message) {
    m_err->write((tr("jobtarget-setup summary: %1").arg(message) + QLatin1Char('\n')).toUtf8());
    return status;
}

// The stored connection with its secret, as `verify --from-keychain` reads it: nothing stored, locked and
// half-saved are each said as such. The store's own time-outs bound the wait.
ConnectionStore::Loaded SummaryCommand::loadConnection() {
    ConnectionStore::Loaded loaded;
    if (!m_connections) {
        loaded.keychain = {KeychainProblem::Unavailable, {}, tr("The keychain cannot be used here.")};
        return loaded;
    }
    return awaitAnswer<ConnectionStore::Loaded>(
        [this](std::function<void(ConnectionStore::Loaded)> done) { m_connections->load(std::move(done)); });
}

int SummaryCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Writes the hand-off summary of the stored connection for JobTarget: board, credential (without its "
        "secret), permissions and next steps."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: md, html, pdf or json (default: from the file name)."),
                                    QStringLiteral("md|html|pdf|json"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("The file to write (replaced if it exists); - for standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption includeSecret(
        QStringLiteral("include-secret"),
        tr("Also put the secret, read from the keychain, into the summary (the file is then readable by you "
           "only). Share such a file only through a secure channel and delete it afterwards."));
    const QCommandLineOption contactEmail(
        QStringLiteral("contact-email"),
        tr("An e-mail address at which JobTarget can reach whoever prepared the summary (shown in it)."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption language(QStringLiteral("lang"), tr("Language of the summary (de, fr, es, …)."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QList<QCommandLineOption> options{format, output, includeSecret, contactEmail, language, help};
    parser.addOptions(options);

    if (const QString refused = refusedArguments(arguments, options, QStringLiteral("summary"));
        !refused.isEmpty())
        return fail(int(ExitStatus::BadInput), refused);
    if (!parser.parse(QStringList{QStringLiteral("jobtarget-setup summary")} + arguments))
        return fail(int(ExitStatus::BadInput), parser.errorText());
    if (parser.isSet(help)) {
        const QString epilog =
            tr("Exit status: 0 written   2 bad usage (nothing written)   7 nothing stored, or "
               "the keychain could not be used   1 the file could not be written");
        m_out->write(subcommandHelp(parser, QStringLiteral("summary"), epilog).toUtf8());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(int(ExitStatus::BadInput), tr("Unexpected argument. Name the file with --output FILE."));
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return fail(int(ExitStatus::BadInput), tr("--output FILE is required (- for standard output)."));
    const QString path = parser.value(output);
    const bool toStdout = path == QLatin1String("-");
    if (!toStdout) {
        if (const QString refused = HandoffFile::refusedPath(path); !refused.isEmpty())
            return fail(int(ExitStatus::BadInput), refused);
    }

    std::optional<HandoffFile::Format> chosen;
    if (parser.isSet(format)) {
        const QString name = parser.value(format);
        if (name == QLatin1String("md") || name == QLatin1String("html") || name == QLatin1String("pdf") ||
            name == QLatin1String("json"))
            chosen = HandoffFile::formatFromName(name);
        else
            return fail(int(ExitStatus::BadInput), tr("--format must be md, html, pdf or json."));
    } else if (!toStdout) {
        chosen = HandoffFile::formatFromName(QFileInfo(path).suffix());
    }
    if (!chosen)
        return fail(int(ExitStatus::BadInput), tr("Give --format md, html, pdf or json."));
    if (*chosen == HandoffFile::Format::Pdf && toStdout)
        return fail(int(ExitStatus::BadInput),
                    tr("A PDF cannot go to standard output; name a file with --output."));
    if (const QString problem = HandoffSummary::contactEmailProblem(parser.value(contactEmail));
        !problem.isEmpty())
        return fail(int(ExitStatus::BadInput), tr("--contact-email: %1").arg(problem));
    if (*chosen == HandoffFile::Format::Pdf && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(int(ExitStatus::Internal), tr("PDF output is not available in this mode."));

    // Even without its secret, a summary is only of a whole connection: never of settings whose secret is
    // missing, locked away or another one.
    ConnectionStore::Loaded loaded = loadConnection();
    if (!loaded.keychain.ok() || !loaded.connection) {
        loaded.secret.fill(QLatin1Char(' '));
        return fail(int(ExitStatus::KeychainUnavailable), loaded.keychain.message);
    }
    HandoffSummary summary = HandoffSummary::fromConnection(*loaded.connection);
    CheckHistory history(m_historyPath);
    history.load();
    summary.setCheckHistory(history);
    (void)summary.setContactEmail(parser.value(contactEmail)); // checked above
    if (parser.isSet(includeSecret))
        summary.includeSecret(loaded.secret);
    loaded.secret.fill(QLatin1Char(' '));

    if (toStdout) {
        m_out->write(HandoffFile::render(summary, *chosen));
        return 0;
    }
    QString error;
    if (!HandoffFile::save(summary, path, *chosen, &error))
        return fail(int(ExitStatus::Internal), tr("Could not write %1: %2").arg(path, error));
    if (summary.containsSecret())
        m_err->write(
            (tr("Wrote %1. It contains the secret: share it only through a secure channel and delete it "
                "afterwards.")
                 .arg(path) +
             QLatin1Char('\n'))
                .toUtf8());
    return 0;
}

} // namespace jt
