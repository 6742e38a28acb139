#include "VerifyCommand.h"

#include "ArgumentCheck.h"
#include "AwaitAnswer.h"
#include "greenhouse/Endpoints.h"
#include "net/ByteSize.h"
#include "platform/Console.h"
#include "store/ConnectionStore.h"
#include "store/RevokeReminder.h"
#include "verify/BoardToken.h"
#include "verify/CredentialInput.h"
#include "verify/Verifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>

#include <cmath>

namespace jt {

using namespace byte_size;

namespace {

constexpr const char *SecretVariable = "JOBTARGET_SETUP_SECRET";

// A CA bundle is small: Debian's whole set of trusted roots (/etc/ssl/certs/ca-certificates.crt, about 140
// certificates) is about 220 KB. Four times that is room for any real bundle, and bounds what is read.
constexpr qint64 MaxCaFileBytes = 1_MiB;
} // namespace

VerifyCommand::VerifyCommand(QIODevice *in, QIODevice *out, QIODevice *err, ConnectionStore *connections)
    : m_in(in)
    , m_out(out)
    , m_err(err)
    , m_connections(connections) {}

// Every error the command reports before (or instead of) a report: on standard error, and as the JSON
// object scripts read when they asked for JSON.
int VerifyCommand::fail(ExitStatus status, const QString &message) {
    if (m_json) {
        const QJsonObject error{{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}};
        m_out->write(QJsonDocument(error).toJson(QJsonDocument::Indented));
    }
    const QString format = m_errorFormat.isEmpty() ? tr("jobtarget-setup verify: %1") : m_errorFormat;
    m_err->write((format.arg(message) + QLatin1Char('\n')).toUtf8());
    return int(status);
}

// One line of standard input, byte by byte: QFile's readLine() on stdin measures the line with strlen(), so a
// NUL silently cut the secret short (which was then verified and saved shortened). The NUL is kept, and
// refused with the other control characters.
QByteArray VerifyCommand::readInputLine() {
    QByteArray line;
    char c = 0;
    while (line.size() < 64_KiB && m_in->getChar(&c) && c != '\n')
        line += c;
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

QString VerifyCommand::readSecretLine() {
    // Typed at a terminal or a Windows console: prompt on standard error and do not echo.
    const auto *file = qobject_cast<QFile *>(m_in);
    if (file && file->handle() == 0) {
        const HiddenTerminalInput hidden;
        if (hidden.active()) {
            m_err->write(tr("Secret (not shown): ").toUtf8());
            const QByteArray line = readInputLine();
            m_err->write("\n");
            return QString::fromUtf8(line);
        }
    }
    return QString::fromUtf8(readInputLine());
}

int VerifyCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks a Greenhouse credential and job board for JobTarget."));
    const QCommandLineOption credential(QStringLiteral("credential"),
                                        tr("Credential kind: v3 (default) or v1."), QStringLiteral("v3|v1"),
                                        QStringLiteral("v3"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), tr("Harvest v3 Client ID."),
                                      QStringLiteral("ID"));
    const QCommandLineOption userId(QStringLiteral("user-id"),
                                    tr("Harvest v3 Site Admin user ID (optional)."), QStringLiteral("N"));
    const QCommandLineOption secretStdin(
        QStringLiteral("secret-stdin"),
        tr("Read the secret (Client Secret or API key) from the first line of standard input "
           "(alternatively, set JOBTARGET_SETUP_SECRET)."));
    const QCommandLineOption fromKeychain(
        QStringLiteral("from-keychain"),
        tr("Use the connection the wizard stored: its secret, kind, Client ID, user ID and board token "
           "(options given here win, except the secret)."));
    const QCommandLineOption save(QStringLiteral("save"),
                                  tr("When every check passes, store the connection in the keychain, as the "
                                     "wizard does; exit 0 only if it was stored."));
    const QCommandLineOption board(QStringLiteral("board-token"),
                                   tr("Job board token, or the address of the job board."),
                                   QStringLiteral("TOKEN|URL"));
    const auto [format, caFile, timeout, deadline, language, help] = NetworkOptions::make(true);
    const QList<QCommandLineOption> options{credential, clientId, userId, secretStdin, fromKeychain,
                                            save,       board,    format, caFile,      timeout,
                                            deadline,   language, help};
    parser.addOptions(options);

    // Whatever the outcome, the output format the script asked for is honoured.
    m_json = arguments.contains(QStringLiteral("--format=json")) ||
             arguments.join(QLatin1Char('\n')).contains(QStringLiteral("--format\njson"));
    for (const QString &argument : arguments) {
        const QString name = argument.section(QLatin1Char('='), 0, 0);
        if (name == QLatin1String("--secret") || name == QLatin1String("--client-secret") ||
            name == QLatin1String("--api-key") || name == QLatin1String("--key"))
            return fail(ExitStatus::BadInput,
                        tr("A secret is never accepted as an argument (it would show in the process list). "
                           "Use --secret-stdin or JOBTARGET_SETUP_SECRET."));
    }
    if (const QString refused = refusedArguments(arguments, options, QStringLiteral("verify"));
        !refused.isEmpty())
        return fail(ExitStatus::BadInput, refused);
    if (!parser.parse(QStringList{QStringLiteral("jobtarget-setup verify")} + arguments)) {
        // Every name is known by now: Qt's text names a known option ("Missing value after …").
        return fail(ExitStatus::BadInput, parser.errorText());
    }
    if (parser.isSet(help)) {
        const QString epilog =
            tr("Environment:\n"
               "  JOBTARGET_SETUP_SECRET     The secret, instead of --secret-stdin.\n"
               "  GREENHOUSE_HARVEST_URL, GREENHOUSE_AUTH_URL, GREENHOUSE_BOARDS_URL\n"
               "                             Other addresses of Greenhouse (https; http only for this "
               "computer).\n"
               "\n"
               "Exit status, the first check that did not pass:\n"
               "  0 ready   2 bad input (nothing was sent)   3 credential rejected   4 permissions missing\n"
               "  5 board not found or of another Greenhouse account   6 Greenhouse could not be reached\n"
               "  7 the keychain could not be used   1 internal error\n"
               "\n"
               "No secret is ever printed. More: man jobtarget-setup");
        m_out->write(subcommandHelp(parser, QStringLiteral("verify"), epilog).toUtf8());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) // never echoed: it may be a secret typed in the wrong place
        return fail(ExitStatus::BadInput,
                    tr("Unexpected argument. Secrets go to standard input (--secret-stdin)."));

    const QString formatValue = parser.value(format);
    if (formatValue != QLatin1String("text") && formatValue != QLatin1String("json"))
        return fail(ExitStatus::BadInput, tr("--format must be text or json."));
    m_json = formatValue == QLatin1String("json");

    const bool fromStdin = parser.isSet(secretStdin);
    if (m_ignoreSecretVariable)
        qunsetenv(SecretVariable); // not a source here, and no child process inherits it
    const bool fromEnvironment = qEnvironmentVariableIsSet(SecretVariable);
    const bool fromStore = parser.isSet(fromKeychain);
    const int sources = int(fromStdin) + int(fromEnvironment) + int(fromStore);
    if (sources > 1)
        return fail(ExitStatus::BadInput,
                    tr("Give the secret one way only: --secret-stdin, JOBTARGET_SETUP_SECRET or "
                       "--from-keychain."));
    if (sources == 0)
        return fail(ExitStatus::BadInput,
                    tr("No secret given. Use --secret-stdin (first line of standard input), set "
                       "JOBTARGET_SETUP_SECRET, or use --from-keychain."));

    // The stored connection fills in what the options leave out (never the other way round).
    // Input is the first stage: every option given is checked before "nothing stored" (exit 7) is told.
    std::optional<StoredConnection> stored;
    if (fromStore && m_connections)
        stored = m_connections->stored();
    const bool storeMissing = fromStore && !stored;

    const QString kindValue =
        parser.isSet(credential) || !stored ? parser.value(credential) : credentialKindWord(stored->kind);
    if (kindValue != QLatin1String("v3") && kindValue != QLatin1String("v1"))
        return fail(ExitStatus::BadInput, tr("--credential must be v3 or v1."));
    VerificationRequest request;
    request.kind = kindValue == QLatin1String("v3") ? CredentialKind::HarvestV3 : CredentialKind::HarvestV1;
    if (request.kind == CredentialKind::HarvestV1 && (parser.isSet(clientId) || parser.isSet(userId)))
        return fail(ExitStatus::BadInput,
                    tr("--client-id and --user-id belong to v3 credentials; a legacy API key has neither."));

    if (request.kind == CredentialKind::HarvestV3) {
        const QString storedId = stored ? stored->clientId : QString();
        if (!parser.isSet(clientId) && storedId.isEmpty() && !storeMissing)
            return fail(ExitStatus::BadInput, tr("--client-id is required for a v3 credential."));
        const FieldCheck id =
            CredentialInput::checkClientId(parser.isSet(clientId) ? parser.value(clientId) : storedId);
        if (!id.ok() && !storeMissing)
            return fail(ExitStatus::BadInput, id.error);
        request.clientId = id.value;
        const FieldCheck user = CredentialInput::checkUserId(
            parser.isSet(userId) || !stored ? parser.value(userId) : stored->userId);
        if (!user.ok())
            return fail(ExitStatus::BadInput, user.error);
        request.userId = user.value;
    }

    // A finite number in range (nan and inf are numbers to toDouble(), and pass any comparison).
    const auto secondsOf = [&](const QCommandLineOption &option, double lowest, double highest) {
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        return ok && std::isfinite(value) && value >= lowest && value <= highest
                   ? std::optional<double>(value)
                   : std::nullopt;
    };
    const std::optional<double> seconds = secondsOf(timeout, 1, 600);
    if (!seconds)
        return fail(ExitStatus::BadInput, tr("--timeout must be a number of seconds from 1 to 600."));
    const std::optional<double> runSeconds = secondsOf(deadline, 1, 3600);
    if (!runSeconds)
        return fail(ExitStatus::BadInput, tr("--deadline must be a number of seconds from 1 to 3600."));
    TransportSettings settings;
    settings.attemptTimeout = std::chrono::milliseconds(qint64(*seconds * 1000));
    settings.runDeadline = std::chrono::milliseconds(qint64(*runSeconds * 1000));
    if (parser.isSet(caFile)) {
        // Only a regular file (through any links), looked at before it is opened: opening a FIFO waits for a
        // writer forever, and /dev/zero is read without end.
        const QFileInfo given(parser.value(caFile));
        if (given.exists() && !given.isFile())
            return fail(ExitStatus::BadInput,
                        tr("--ca-file must be a file of PEM certificates, not a folder, device or pipe."));
        const QString tooLarge =
            tr("--ca-file is larger than %1 KiB, far larger than any file of CA certificates.")
                .arg(MaxCaFileBytes / 1_KiB);
        if (given.size() > MaxCaFileBytes)
            return fail(ExitStatus::BadInput, tooLarge);
        QFile file(given.filePath());
        if (!file.open(QIODevice::ReadOnly))
            return fail(ExitStatus::BadInput, tr("--ca-file cannot be read (%1).").arg(file.errorString()));
        const QByteArray pem = file.read(MaxCaFileBytes + 1); // it may have grown since
        if (pem.size() > MaxCaFileBytes)
            return fail(ExitStatus::BadInput, tooLarge);
        settings.extraCaCertificates = QSslCertificate::fromData(pem, QSsl::Pem);
        if (settings.extraCaCertificates.isEmpty())
            return fail(ExitStatus::BadInput, tr("--ca-file holds no PEM certificate."));
    }

    QString endpointError;
    const auto endpoints = GreenhouseEndpoints::fromEnvironment(&endpointError);
    if (!endpoints)
        return fail(ExitStatus::BadInput, endpointError);
    request.endpoints = *endpoints;

    if (parser.isSet(board)) {
        const BoardTokenInput token = BoardTokenInput::parse(parser.value(board));
        if (token.token.isEmpty())
            return fail(ExitStatus::BadInput, token.error);
        request.boardToken = token.token;
    } else if (stored) {
        request.boardToken = stored->boardToken;
    }
    // A stored connection without a board could be neither checked again nor handed off.
    if (parser.isSet(save) && request.boardToken.isEmpty() && !storeMissing)
        return fail(ExitStatus::BadInput, tr("--save needs the job board: give --board-token."));
    if (storeMissing)
        return fail(ExitStatus::KeychainUnavailable, m_connections
                                                         ? m_connections->whyNoneStored().message
                                                         : ConnectionStore::nothingStored().message);
    if (parser.isSet(save) && !m_connections)
        return fail(ExitStatus::KeychainUnavailable, tr("No keychain is available to this command."));

    // Said once, on standard error, while another save (a second window, a script) holds the connection.
    QObject waiting;
    if (m_connections)
        QObject::connect(m_connections, &ConnectionStore::waitingForAnotherSave, &waiting, [this] {
            m_err->write(
                (tr("Waiting for another save of the connection to finish…") + QLatin1Char('\n')).toUtf8());
        });

    QString secret;
    if (fromStdin) {
        secret = readSecretLine();
    } else if (fromStore) {
        auto loaded =
            awaitAnswer<ConnectionStore::Loaded>([this](std::function<void(ConnectionStore::Loaded)> done) {
                m_connections->load(std::move(done));
            });
        if (!loaded.keychain.ok())
            return fail(ExitStatus::KeychainUnavailable, loaded.keychain.message);
        secret = std::exchange(loaded.secret, QString());
    } else {
        secret = qEnvironmentVariable(SecretVariable);
        qunsetenv(SecretVariable); // no child process inherits it
    }
    const FieldCheck secretCheck = CredentialInput::checkSecret(request.kind, secret);
    secret.fill(QLatin1Char(' '));
    if (!secretCheck.ok())
        return fail(ExitStatus::BadInput, secretCheck.error);
    request.secret = secretCheck.value;

    Verifier verifier(settings);
    QEventLoop loop;
    QObject::connect(&verifier, &Verifier::finished, &loop, &QEventLoop::quit);
    QDateTime announced;
    QObject::connect(&verifier, &Verifier::rateLimited, &loop, [this, &announced](const QDateTime &until) {
        if (m_json || (announced.isValid() && qAbs(announced.secsTo(until)) < 2))
            return;
        announced = until;
        m_err->write((tr("Greenhouse asked to slow down; waiting until %1.")
                          .arg(until.toLocalTime().toString(QStringLiteral("HH:mm:ss"))) +
                      QLatin1Char('\n'))
                         .toUtf8());
    });
    verifier.start(request);
    loop.exec();

    const VerificationReport &report = verifier.report();
    ExitStatus status = report.exitStatus();
    QJsonObject json = report.toJson();
    QString text = report.toText();
    if (parser.isSet(save) && status == ExitStatus::Ok) {
        // The wizard's own path: the secret into the keychain, then the settings.
        const StoredConnection connection = StoredConnection::fromVerification(request, report);
        const std::optional<StoredConnection> replaced = m_connections->stored();
        const auto saved = awaitAnswer<KeychainResult>([&](std::function<void(KeychainResult)> done) {
            m_connections->save(connection, request.secret, std::move(done));
        });
        json.insert(QStringLiteral("saved"), saved.ok());
        if (saved.ok()) {
            text += tr("Stored in the keychain.") + QLatin1Char('\n');
            // The credential replaced keeps working until it is revoked (a rotated secret: up to a week).
            if (replaced && replaced->secretFingerprint != connection.secretFingerprint)
                text += RevokeReminder::text(replaced->clientId, connection.clientId) + QLatin1Char('\n');
        } else {
            status = ExitStatus::KeychainUnavailable;
            json.insert(QStringLiteral("ok"), false);
            json.insert(QStringLiteral("keychain_error"), saved.message);
            text += tr("Not stored: %1").arg(saved.message) + QLatin1Char('\n');
        }
    }
    if (m_afterCheck) {
        const CheckAddendum addendum =
            m_afterCheck(report, StoredConnection::fromVerification(request, report));
        json.insert(QStringLiteral("history"), addendum.json);
        text += addendum.text;
    }
    request.secret.fill(QLatin1Char(' '));
    if (m_json)
        m_out->write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    else
        m_out->write(text.toUtf8());
    return int(status);
}

} // namespace jt
