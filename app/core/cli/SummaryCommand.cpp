#include "SummaryCommand.h"

#include "ArgumentCheck.h"

#include "store/ConnectionStore.h"

#include "handoff/HandoffSummary.h"
#include "store/StoredConnection.h"
#include "verify/VerificationReport.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QTimer>
#include <memory>

namespace jt {

SummaryCommand::SummaryCommand(QSettings &settings, SecretReader secretReader, QIODevice *out, QIODevice *err)
    : m_settings(settings)
    , m_secretReader(std::move(secretReader))
    , m_out(out)
    , m_err(err) {}

int SummaryCommand::fail(int status, const QString &message) {
    m_err->write((tr("jobtarget-setup summary: %1").arg(message) + QLatin1Char('\n')).toUtf8());
    return status;
}

std::optional<QString> SummaryCommand::readSecret(QString *error) {
    if (!m_secretReader) {
        *error = tr("The keychain cannot be used here.");
        return std::nullopt;
    }
    // Shared with the callback, which may come after a time-out (then it finds nobody waiting).
    struct State {
        bool done = false;
        std::optional<QString> secret;
        QString error;
        QEventLoop *loop = nullptr;
    };
    const auto state = std::make_shared<State>();
    m_secretReader([state](std::optional<QString> secret, QString message) {
        if (state->done)
            return;
        state->done = true;
        state->secret = std::move(secret);
        state->error = std::move(message);
        if (state->loop)
            state->loop->quit();
    });
    if (!state->done) {
        QEventLoop loop;
        QTimer backstop;
        backstop.setSingleShot(true);
        QObject::connect(&backstop, &QTimer::timeout, &loop, &QEventLoop::quit);
        backstop.start(m_secretTimeoutMs);
        state->loop = &loop;
        loop.exec();
        state->loop = nullptr;
        if (!state->done) {
            state->done = true; // a late answer is ignored
            *error = tr("The keychain did not answer in time. Unlock it (or allow access) and try again.");
            return std::nullopt;
        }
    }
    if (!state->secret || state->secret->isEmpty()) {
        *error = state->error.isEmpty() ? tr("No secret is stored in the keychain.") : state->error;
        return std::nullopt;
    }
    std::optional<QString> secret = std::move(state->secret);
    state->secret.reset();
    return secret;
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
    const QCommandLineOption language(QStringLiteral("lang"), tr("Language of the summary (de, fr, es, …)."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QList<QCommandLineOption> options{format, output, includeSecret, language, help};
    parser.addOptions(options);

    if (const QString refused = refusedArguments(arguments, options, QStringLiteral("summary"));
        !refused.isEmpty())
        return fail(int(ExitStatus::BadInput), refused);
    if (!parser.parse(QStringList{QStringLiteral("jobtarget-setup summary")} + arguments))
        return fail(int(ExitStatus::BadInput), parser.errorText());
    if (parser.isSet(help)) {
        m_out->write(parser.helpText().toUtf8());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(int(ExitStatus::BadInput), tr("Unexpected argument. Name the file with --output FILE."));
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return fail(int(ExitStatus::BadInput), tr("--output FILE is required (- for standard output)."));
    const QString path = parser.value(output);
    const bool toStdout = path == QLatin1String("-");
    if (!toStdout) {
        if (const QString refused = HandoffSummary::refusedPath(path); !refused.isEmpty())
            return fail(int(ExitStatus::BadInput), refused);
    }

    std::optional<HandoffSummary::Format> chosen;
    if (parser.isSet(format)) {
        const QString name = parser.value(format);
        if (name == QLatin1String("md") || name == QLatin1String("html") || name == QLatin1String("pdf") ||
            name == QLatin1String("json"))
            chosen = HandoffSummary::formatFromName(name);
        else
            return fail(int(ExitStatus::BadInput), tr("--format must be md, html, pdf or json."));
    } else if (!toStdout) {
        chosen = HandoffSummary::formatFromName(QFileInfo(path).suffix());
    }
    if (!chosen)
        return fail(int(ExitStatus::BadInput), tr("Give --format md, html, pdf or json."));
    if (*chosen == HandoffSummary::Format::Pdf && toStdout)
        return fail(int(ExitStatus::BadInput),
                    tr("A PDF cannot go to standard output; name a file with --output."));
    if (*chosen == HandoffSummary::Format::Pdf &&
        !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(int(ExitStatus::Internal), tr("PDF output is not available in this mode."));

    const std::optional<StoredConnection> connection = ConnectionSettings(m_settings).load();
    if (!connection)
        return fail(int(ExitStatus::KeychainUnavailable), ConnectionStore::nothingStored().message);

    HandoffSummary summary = HandoffSummary::fromConnection(*connection);
    if (parser.isSet(includeSecret)) {
        QString error;
        std::optional<QString> secret = readSecret(&error);
        if (!secret)
            return fail(int(ExitStatus::KeychainUnavailable), error);
        // The keychain must hold the secret that was verified, not some other one.
        if (!connection->secretFingerprint.isEmpty() &&
            StoredConnection::fingerprintOf(*secret) != connection->secretFingerprint) {
            secret->fill(QLatin1Char(' '));
            return fail(
                int(ExitStatus::KeychainUnavailable),
                tr("The secret in the keychain is not the one that was verified. Run `jobtarget-setup "
                   "verify --from-keychain --save` to check and store the connection again."));
        }
        summary.includeSecret(*secret);
    }

    if (toStdout) {
        m_out->write(summary.render(*chosen));
        return 0;
    }
    QString error;
    if (!summary.save(path, *chosen, &error))
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
