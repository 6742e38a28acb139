#include "HandoffSummary.h"

#include "greenhouse/Links.h"
#include "store/StoredConnection.h"
#include "verify/StatusText.h"

#include <QBuffer>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace jt {

namespace {

const QString BoardsHost = QStringLiteral("https://boards.greenhouse.io/");

std::optional<PermissionStatus> permissionStatusOf(const QString &word) {
    for (PermissionStatus status : {PermissionStatus::Granted, PermissionStatus::Missing,
                                    PermissionStatus::Unreachable, PermissionStatus::NotChecked}) {
        if (statusWord(status) == word)
            return status;
    }
    return std::nullopt;
}

QString isoTime(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDateTime &time) {
    return time.isValid() ? QJsonValue(isoTime(time)) : QJsonValue();
}

// --- Markdown ----------------------------------------------------------------------------------------------

// Text from outside (a board name from Greenhouse) as literal Markdown text on one line: nothing in it can
// start emphasis, a link, raw HTML, an entity or a table cell.
QString mdText(const QString &text) {
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')) {
            out += QLatin1Char(' ');
            continue;
        }
        const bool entity = c == QLatin1Char('&') && i + 1 < text.size() &&
                            (text.at(i + 1).isLetterOrNumber() || text.at(i + 1) == QLatin1Char('#'));
        // '>', '#', '-' and '+' start markup only at the start of a line; the values never stand there, but a
        // value that begins with one is kept literal anyway.
        const bool leading = out.isEmpty() && QStringLiteral(">#-+").contains(c);
        if (entity || leading || QStringLiteral("\\`*_[]<|~").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// A value to copy exactly (token, Client ID, secret) as a code span, whatever backticks it holds.
QString mdCode(const QString &value) {
    QString flat = value;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : flat) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, QLatin1Char('`'));
    const bool pad = flat.startsWith(QLatin1Char('`')) || flat.endsWith(QLatin1Char('`'));
    return pad ? fence + QLatin1Char(' ') + flat + QLatin1Char(' ') + fence : fence + flat + fence;
}

// --- HTML --------------------------------------------------------------------------------------------------

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

// One style sheet for browsers and for Qt's rich-text engine (which reads the subset it knows: colours,
// fonts, margins, table borders and padding); the table and cell attributes carry the layout where Qt ignores
// CSS. The page width sits on <html>: Qt would indent every table by a margin or padding given to <body>, and
// stops reading the sheet at a media query with features.
const char *const StyleSheet = R"(
html { max-width: 48em; margin: 0 auto; }
body { font-family: "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 10pt;
       color: #1f2933; line-height: 1.3; }
h1 { font-size: 18pt; color: #0b4f6c; margin-top: 0; margin-bottom: 4px; }
h2 { font-size: 13pt; color: #0b4f6c; margin-top: 12px; margin-bottom: 5px;
     border-bottom: 1px solid #c9d3dc; padding-bottom: 2px; }
p.meta { color: #52606d; font-size: 9pt; margin-top: 0; }
code { font-family: "DejaVu Sans Mono", Consolas, Menlo, monospace; }
table { border-collapse: collapse; }
table.facts th { text-align: left; font-weight: bold; color: #3e4c59; padding: 2px 16px 2px 0;
                 vertical-align: top; }
table.facts td { padding: 2px 0; vertical-align: top; }
table.grid { width: 100%; border: 1px solid #9aa5b1; }
table.grid th { background-color: #e4ebf1; text-align: left; padding: 4px 8px; border: 1px solid #9aa5b1; }
table.grid td { padding: 4px 8px; border: 1px solid #9aa5b1; }
td.granted { color: #1e6b34; }
td.missing { color: #b3261e; font-weight: bold; }
td.unknown { color: #8a5300; font-weight: bold; }
table.alert { width: 100%; border: 2px solid #b3261e; margin: 10px 0; }
table.alert td { background-color: #fdecea; padding: 8px 10px; color: #7a1c16; font-weight: bold; }
table.secret { width: 100%; border: 1px solid #d9a400; }
table.secret th { background-color: #fff8e1; text-align: left; padding: 6px 16px 6px 10px; }
table.secret td { background-color: #fff8e1; padding: 6px 10px; }
ul.warnings li { color: #8a5300; }
ol li { margin-bottom: 3px; }
p.footer { color: #52606d; font-size: 9pt; margin-top: 14px; }
)";

} // namespace

HandoffSummary HandoffSummary::fromConnection(const StoredConnection &connection,
                                              const QDateTime &generatedAt) {
    HandoffSummary summary;
    const QJsonObject report = connection.report;
    const QJsonObject board = report.value(QLatin1String("board")).toObject();

    summary.m_boardToken = connection.boardToken;
    summary.m_boardName =
        connection.boardName.isEmpty() ? board.value(QLatin1String("name")).toString() : connection.boardName;
    QUrl url(BoardsHost);
    url.setPath(QLatin1Char('/') + connection.boardToken);
    summary.m_boardUrl = url;
    const QJsonValue liveJobs = board.value(QLatin1String("live_jobs"));
    if (liveJobs.isDouble())
        summary.m_liveJobs = liveJobs.toInt();

    summary.m_kind = connection.kind;
    if (connection.kind == CredentialKind::HarvestV3) {
        summary.m_clientId = connection.clientId;
        summary.m_userId = connection.userId;
    } else {
        summary.m_keyFingerprint = connection.secretFingerprint;
    }
    summary.m_verifiedAt =
        connection.verifiedAt.isValid()
            ? connection.verifiedAt.toUTC()
            : QDateTime::fromString(report.value(QLatin1String("checked_at")).toString(), Qt::ISODate)
                  .toUTC();
    summary.m_generatedAt = generatedAt.toUTC();

    // The rows come from the permission table (its labels, its order); the statuses from the last
    // verification.
    const QJsonArray rows = report.value(QLatin1String("permissions")).toArray();
    bool allGranted = true;
    for (const RequiredPermission &permission : requiredPermissions(connection.kind)) {
        HandoffPermission row;
        row.id = permission.idString();
        row.label = permission.labelString();
        row.status = statusWord(PermissionStatus::NotChecked);
        for (const QJsonValue &value : rows) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QLatin1String("id")).toString() != row.id)
                continue;
            const QString word = entry.value(QLatin1String("status")).toString();
            if (permissionStatusOf(word))
                row.status = word;
            row.verifiedAt = summary.m_verifiedAt;
            break;
        }
        allGranted = allGranted && row.status == statusWord(PermissionStatus::Granted);
        summary.m_permissions.append(row);
    }

    for (const QJsonValue &warning : report.value(QLatin1String("warnings")).toArray()) {
        if (!warning.toString().isEmpty())
            summary.m_warnings << warning.toString();
    }
    if (!allGranted)
        summary.m_warnings << tr("Not every required permission was granted at the last check. Fix them in "
                                 "Greenhouse and check again before you hand the credential to JobTarget.");
    if (board.value(QLatin1String("same_account")) == QJsonValue(false))
        summary.m_warnings << tr(
            "The jobs of this board belong to another Greenhouse account than the "
            "credential. Choose the board of the account the credential was created in.");

    //: %1 is the name of the job board (or its token)
    summary.m_title = tr("Hand-off to JobTarget: %1")
                          .arg(summary.m_boardName.isEmpty() ? summary.m_boardToken : summary.m_boardName);
    return summary;
}

void HandoffSummary::includeSecret(const QString &secret) {
    m_secret = secret;
}

QString HandoffSummary::kindName() const {
    return m_kind == CredentialKind::HarvestV3 ? tr("Harvest v3 (OAuth)") : tr("Harvest API key (legacy)");
}

QUrl HandoffSummary::jobTargetHelp() const {
    return GreenhouseLinks::jobTargetContact();
}

QString HandoffSummary::secretWarning() {
    return tr("This document contains the secret. Share it only through a secure channel and delete it "
              "afterwards.");
}

QStringList HandoffSummary::nextSteps() const {
    const QString help = jobTargetHelp().toString();
    QString send;
    if (m_kind == CredentialKind::HarvestV1)
        //: %1 is the board token, %2 the address of JobTarget's help centre. "Through a secure method" is
        //: Greenhouse's wording.
        send = tr(
            "Send JobTarget the board token “%1” and the Harvest API key through a secure method, not in a "
            "plain e-mail: ask JobTarget (help centre: %2, or your JobTarget contact) which secure channel "
            "to use.");
    else if (m_userId.isEmpty())
        //: %1 is the board token, %2 the address of JobTarget's help centre
        send = tr("Send JobTarget the board token “%1”, the Client ID and the Client Secret through a secure "
                  "method, not in a plain e-mail: ask JobTarget (help centre: %2, or your JobTarget contact) "
                  "which secure channel to use.");
    else
        //: %1 is the board token, %2 the address of JobTarget's help centre
        send = tr(
            "Send JobTarget the board token “%1”, the Client ID, the Client Secret and the Site Admin user "
            "ID through a secure method, not in a plain e-mail: ask JobTarget (help centre: %2, or your "
            "JobTarget contact) which secure channel to use.");
    const QString board = m_boardName.isEmpty() ? m_boardToken : m_boardName;
    return {
        send.arg(m_boardToken, help),
        //: %1 is the name of the job board
        tr("JobTarget confirms the connection and publishes the live jobs of “%1” on its job sites. "
           "Only jobs that are live on this board reach JobTarget.")
            .arg(board),
        tr("When JobTarget no longer uses this credential, or you replace it, revoke it in Greenhouse: "
           "Configure → Dev Center → API Credential Management."),
    };
}

QString HandoffSummary::statusText(const QString &word) {
    const PermissionStatus status = permissionStatusOf(word).value_or(PermissionStatus::NotChecked);
    const QString mark = status == PermissionStatus::Granted   ? QStringLiteral("✓")
                         : status == PermissionStatus::Missing ? QStringLiteral("✗")
                                                               : QStringLiteral("⚠");
    return mark + QLatin1Char(' ') + StatusText::of(status);
}

QString HandoffSummary::formatTime(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QStringLiteral("—");
}

std::optional<HandoffSummary::Format> HandoffSummary::formatFromName(const QString &name) {
    const QString lower = name.toLower();
    if (lower == QLatin1String("md") || lower == QLatin1String("markdown"))
        return Format::Markdown;
    if (lower == QLatin1String("html") || lower == QLatin1String("htm"))
        return Format::Html;
    if (lower == QLatin1String("pdf"))
        return Format::Pdf;
    if (lower == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

// --- Markdown ----------------------------------------------------------------------------------------------

QString HandoffSummary::toMarkdown() const {
    QStringList md;
    const auto fact = [&md](const QString &name, const QString &value) {
        md << QStringLiteral("- **%1:** %2").arg(mdText(name), value);
    };
    md << QStringLiteral("# ") + mdText(m_title) << QString();
    if (m_secret)
        md << QStringLiteral("> **⚠ %1**").arg(mdText(secretWarning())) << QString();
    md << QStringLiteral("_%1_").arg(
              mdText(tr("Prepared with JobTarget Setup for Greenhouse on %1. Last verified "
                        "against Greenhouse: %2.")
                         .arg(formatTime(m_generatedAt), formatTime(m_verifiedAt))))
       << QString();

    md << QStringLiteral("## ") + mdText(tr("Job board")) << QString();
    fact(tr("Board name"), mdText(m_boardName));
    fact(tr("Board token"), mdCode(m_boardToken));
    fact(tr("Public address"), QStringLiteral("<%1>").arg(m_boardUrl.toString(QUrl::FullyEncoded)));
    if (m_liveJobs)
        fact(tr("Live jobs at the last check"), QString::number(*m_liveJobs));
    md << QString();

    md << QStringLiteral("## ") + mdText(tr("Credential")) << QString();
    fact(tr("Kind"), mdText(kindName()));
    if (m_kind == CredentialKind::HarvestV3) {
        fact(tr("Client ID"), mdCode(m_clientId));
        if (!m_userId.isEmpty())
            fact(tr("Site Admin user ID"), mdCode(m_userId));
    } else {
        fact(tr("Key fingerprint"), mdCode(m_keyFingerprint) + QStringLiteral(" ") +
                                        mdText(tr("(tells keys apart; reveals nothing about the key)")));
    }
    fact(tr("Verified"), mdText(formatTime(m_verifiedAt)));
    md << QString();

    if (m_secret) {
        md << QStringLiteral("## ") + mdText(tr("Secret")) << QString();
        fact(m_kind == CredentialKind::HarvestV3 ? tr("Client Secret") : tr("Harvest API key"),
             mdCode(*m_secret));
        md << QString();
    }

    md << QStringLiteral("## ") + mdText(tr("Permissions")) << QString();
    md << QStringLiteral("| %1 | %2 | %3 |")
              .arg(mdText(tr("Permission in Greenhouse")), mdText(tr("Status")), mdText(tr("Verified")));
    md << QStringLiteral("|---|---|---|");
    for (const HandoffPermission &row : m_permissions)
        md << QStringLiteral("| %1 | %2 | %3 |")
                  .arg(mdText(row.label), mdText(statusText(row.status)), mdText(formatTime(row.verifiedAt)));
    md << QString();

    if (!m_warnings.isEmpty()) {
        md << QStringLiteral("## ") + mdText(tr("Warnings")) << QString();
        for (const QString &warning : m_warnings)
            md << QStringLiteral("- ") + mdText(warning);
        md << QString();
    }

    md << QStringLiteral("## ") + mdText(tr("Next steps with JobTarget")) << QString();
    const QStringList steps = nextSteps();
    for (qsizetype i = 0; i < steps.size(); ++i)
        md << QStringLiteral("%1. %2").arg(i + 1).arg(mdText(steps.at(i)));
    md << QString();
    md << mdText(tr("JobTarget's help centre:")) + QStringLiteral(" <%1>").arg(jobTargetHelp().toString());
    return md.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// --- HTML --------------------------------------------------------------------------------------------------

QString HandoffSummary::toHtml() const {
    QString h;
    const auto fact = [&h](const QString &name, const QString &valueHtml) {
        h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(name), valueHtml);
    };
    const auto code = [](const QString &value) {
        return QStringLiteral("<code>%1</code>").arg(esc(value));
    };
    const auto link = [](const QUrl &url) {
        const QString address = url.toString(QUrl::FullyEncoded);
        return QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(address));
    };
    const QString facts = QStringLiteral("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"2\">\n");

    QString language = QLocale().bcp47Name();
    if (language.isEmpty() || language == QLatin1String("C"))
        language = QStringLiteral("en");
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n")
             .arg(esc(language), esc(m_title), QString::fromUtf8(StyleSheet));
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(m_title));
    h += QStringLiteral("<p class=\"meta\">%1</p>\n")
             .arg(esc(tr("Prepared with JobTarget Setup for Greenhouse on %1. Last verified against "
                         "Greenhouse: %2.")
                          .arg(formatTime(m_generatedAt), formatTime(m_verifiedAt))));
    if (m_secret)
        h += QStringLiteral("<table class=\"alert\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" "
                            "><tr><td bgcolor=\"#fdecea\"><b>⚠ %1</b></td></tr></table>\n")
                 .arg(esc(secretWarning()));

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Job board"))) + facts;
    fact(tr("Board name"), esc(m_boardName));
    fact(tr("Board token"), code(m_boardToken));
    fact(tr("Public address"), link(m_boardUrl));
    if (m_liveJobs)
        fact(tr("Live jobs at the last check"), esc(QString::number(*m_liveJobs)));
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Credential"))) + facts;
    fact(tr("Kind"), esc(kindName()));
    if (m_kind == CredentialKind::HarvestV3) {
        fact(tr("Client ID"), code(m_clientId));
        if (!m_userId.isEmpty())
            fact(tr("Site Admin user ID"), code(m_userId));
    } else {
        fact(tr("Key fingerprint"),
             code(m_keyFingerprint) + QStringLiteral(" <small>%1</small>")
                                          .arg(esc(tr("(tells keys apart; reveals nothing "
                                                      "about the key)"))));
    }
    fact(tr("Verified"), esc(formatTime(m_verifiedAt)));
    h += QStringLiteral("</table>\n");

    if (m_secret) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Secret")));
        h += QStringLiteral(
                 "<table class=\"secret\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">\n"
                 "<tr><th bgcolor=\"#fff8e1\">%1</th><td bgcolor=\"#fff8e1\">%2</td></tr>\n</table>\n")
                 .arg(esc(m_kind == CredentialKind::HarvestV3 ? tr("Client Secret") : tr("Harvest API key")),
                      code(*m_secret));
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Permissions")));
    h += QStringLiteral(
             "<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n"
             "<thead><tr><th>%1</th><th>%2</th><th>%3</th></tr></thead>\n<tbody>\n")
             .arg(esc(tr("Permission in Greenhouse")), esc(tr("Status")), esc(tr("Verified")));
    for (const HandoffPermission &row : m_permissions) {
        const QString cssClass =
            row.status == statusWord(PermissionStatus::Granted)   ? QStringLiteral("granted")
            : row.status == statusWord(PermissionStatus::Missing) ? QStringLiteral("missing")
                                                                  : QStringLiteral("unknown");
        h += QStringLiteral("<tr><td>%1</td><td class=\"%2\">%3</td><td>%4</td></tr>\n")
                 .arg(esc(row.label), cssClass, esc(statusText(row.status)), esc(formatTime(row.verifiedAt)));
    }
    h += QStringLiteral("</tbody>\n</table>\n");

    if (!m_warnings.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<ul class=\"warnings\">\n").arg(esc(tr("Warnings")));
        for (const QString &warning : m_warnings)
            h += QStringLiteral("<li>%1</li>\n").arg(esc(warning));
        h += QStringLiteral("</ul>\n");
    }

    h += QStringLiteral("<h2>%1</h2>\n<ol>\n").arg(esc(tr("Next steps with JobTarget")));
    for (const QString &step : nextSteps())
        h += QStringLiteral("<li>%1</li>\n").arg(esc(step));
    h += QStringLiteral("</ol>\n");
    h += QStringLiteral("<p class=\"footer\">%1 %2</p>\n")
             .arg(esc(tr("JobTarget's help centre:")), link(jobTargetHelp()));
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

// --- JSON --------------------------------------------------------------------------------------------------

QJsonObject HandoffSummary::toJson() const {
    QJsonObject board{
        {QStringLiteral("name"), m_boardName},
        {QStringLiteral("token"), m_boardToken},
        {QStringLiteral("url"), m_boardUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("live_jobs"), m_liveJobs ? QJsonValue(*m_liveJobs) : QJsonValue()},
    };
    QJsonObject credential{
        {QStringLiteral("kind"), credentialKindWord(m_kind)},
        {QStringLiteral("kind_name"), kindName()},
    };
    if (m_kind == CredentialKind::HarvestV3) {
        credential.insert(QStringLiteral("client_id"), m_clientId);
        credential.insert(QStringLiteral("user_id"),
                          m_userId.isEmpty() ? QJsonValue() : QJsonValue(m_userId));
    } else {
        credential.insert(QStringLiteral("key_fingerprint"), m_keyFingerprint);
    }
    QJsonArray permissions;
    for (const HandoffPermission &row : m_permissions)
        permissions.append(QJsonObject{
            {QStringLiteral("id"), row.id},
            {QStringLiteral("label"), row.label},
            {QStringLiteral("status"), row.status},
            {QStringLiteral("verified_at"), isoOrNull(row.verifiedAt)},
        });
    QJsonObject json{
        {QStringLiteral("title"), m_title},
        {QStringLiteral("generated_at"), isoOrNull(m_generatedAt)},
        {QStringLiteral("verified_at"), isoOrNull(m_verifiedAt)},
        {QStringLiteral("board"), board},
        {QStringLiteral("credential"), credential},
        {QStringLiteral("permissions"), permissions},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(m_warnings)},
        {QStringLiteral("next_steps"), QJsonArray::fromStringList(nextSteps())},
        {QStringLiteral("jobtarget_help"), jobTargetHelp().toString()},
    };
    if (m_secret) {
        json.insert(QStringLiteral("secret"), *m_secret);
        json.insert(QStringLiteral("secret_warning"), secretWarning());
    }
    return json;
}

// --- Print and PDF -----------------------------------------------------------------------------------------

std::unique_ptr<QTextDocument> HandoffSummary::toTextDocument() const {
    auto document = std::make_unique<QTextDocument>();
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Segoe UI"),
                      QStringLiteral("Helvetica Neue"), QStringLiteral("Arial")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setHtml(toHtml());
    document->setMetaInformation(QTextDocument::DocumentTitle, m_title);
    return document;
}

bool HandoffSummary::writePdf(QIODevice *device) const {
    if (!device || !device->isWritable())
        return false;
    {
        QPdfWriter writer(device);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print() adds its own 2 cm inside these, and the page number at the bottom.
        writer.setPageMargins(QMarginsF(2, 2, 2, 2), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("JobTarget Setup for Greenhouse"));
        toTextDocument()->print(&writer);
    } // the writer finishes the file here
    return true;
}

bool HandoffSummary::writePdf(const QString &path, QString *error) const {
    return save(path, Format::Pdf, error);
}

QByteArray HandoffSummary::render(Format format) const {
    switch (format) {
    case Format::Markdown:
        return toMarkdown().toUtf8();
    case Format::Html:
        return toHtml().toUtf8();
    case Format::Json:
        return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    case Format::Pdf:
        break;
    }
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    writePdf(&buffer);
    return pdf;
}

bool HandoffSummary::save(const QString &path, Format format, QString *error) const {
    QSaveFile file(path);
    const auto fail = [&file, error] {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    // Owner-only before a byte of the secret is written (the file may have existed with wider permissions).
    if (m_secret && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail();
    if (format == Format::Pdf) {
        if (!writePdf(&file))
            return fail();
    } else {
        const QByteArray bytes = render(format);
        if (file.write(bytes) != bytes.size())
            return fail();
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace jt
