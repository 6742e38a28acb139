#include "HandoffText.h"

#include "HandoffSummary.h"

#include "verify/StatusText.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

// The text formats of the hand-off summary: Markdown, a standalone HTML page (also what the paged rendering
// lays out), JSON. All three come from the same model and say the same things.

namespace jt {

namespace {

const QChar ZeroWidthSpace(0x200B);
const QChar WordJoiner(0x2060);

// Where a web address may wrap: after one of these, past the scheme's "://".
bool isAddressSeparator(QChar c) {
    return QStringLiteral("/.-?&").contains(c);
}

// Where the scheme ends ("https://" is never split from what follows it), 0 for an address without one.
qsizetype schemeEnd(const QString &address) {
    const qsizetype scheme = address.indexOf(QLatin1String("://"));
    return scheme < 0 ? 0 : scheme + 3;
}

// An address on paper: break opportunities (zero-width spaces) after / . - ? & past the scheme, so that a
// long one wraps at a sensible point, and a word joiner after "://", where Qt's line breaking would otherwise
// leave "https://" alone at the end of a line. Only for the paged rendering: nobody copies from it.
QString breakableAddress(const QString &address) {
    const qsizetype from = schemeEnd(address);
    QString out = address.left(from);
    if (from > 0)
        out += WordJoiner;
    for (qsizetype i = from; i < address.size(); ++i) {
        out += address.at(i);
        if (i + 1 < address.size() && isAddressSeparator(address.at(i)))
            out += ZeroWidthSpace;
    }
    return out;
}

// An address in the page that browsers show (and people copy from): <wbr> after / . - ? & past the scheme,
// and the scheme kept together with the host's first part, so that a line never ends in "https://". Copied,
// it is the address exactly (<wbr> is no character). HTML, escaped.
QString wrappableAddressHtml(const QString &address) {
    const qsizetype from = schemeEnd(address);
    qsizetype glued = from;
    while (from > 0 && glued < address.size() && !isAddressSeparator(address.at(glued)))
        ++glued;
    if (from > 0 && glued < address.size())
        ++glued; // the separator itself stays on the line
    QString out;
    if (from > 0) {
        out = QStringLiteral("<span style=\"white-space: nowrap\">%1</span>")
                  .arg(address.left(glued).toHtmlEscaped());
        if (glued < address.size() && isAddressSeparator(address.at(glued - 1)))
            out += QStringLiteral("<wbr>");
    }
    for (qsizetype i = from > 0 ? glued : 0; i < address.size(); ++i) {
        out += QString(address.at(i)).toHtmlEscaped();
        if (i + 1 < address.size() && isAddressSeparator(address.at(i)))
            out += QStringLiteral("<wbr>");
    }
    return out;
}

const QRegularExpression &webAddress() {
    static const QRegularExpression address(QStringLiteral("https?://[^\\s,;()“”\"<>]+"));
    return address;
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

// A link whose text is the address itself (so a screen reader names it by where it goes), wrapping only at
// its separators: on paper with zero-width characters, in the page with <wbr>.
QString addressLink(const QString &address, bool paged) {
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(esc(address), paged ? esc(breakableAddress(address)) : wrappableAddressHtml(address));
}

// A sentence with every web address in it made a link (escaped HTML).
QString sentenceHtml(const QString &text, bool paged) {
    QString out;
    qsizetype last = 0;
    for (auto it = webAddress().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += esc(text.mid(last, match.capturedStart() - last)) + addressLink(match.captured(), paged);
        last = match.capturedEnd();
    }
    return out + esc(text.mid(last));
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
table.facts { width: 100%; }
table.facts th { width: 30%; text-align: left; font-weight: bold; color: #3e4c59; padding: 2px 16px 2px 6px;
                 vertical-align: top; }
table.facts td { padding: 2px 6px; vertical-align: top; }
table.grid { width: 100%; border: 1px solid #9aa5b1; }
table.grid th { background-color: #e4ebf1; text-align: left; padding: 4px 8px; border: 1px solid #9aa5b1; }
table.grid td { padding: 4px 8px; border: 1px solid #9aa5b1; }
td.granted { color: #1e6b34; }
td.missing { color: #b3261e; font-weight: bold; }
td.unknown { color: #8a5300; font-weight: bold; }
table.alert { width: 100%; border: 2px solid #b3261e; margin: 10px 0; }
table.alert td { background-color: #fdecea; padding: 8px 10px; color: #7a1c16; font-weight: bold; }
table.practice { width: 100%; border: 2px dashed #8a5300; margin: 8px 0; }
table.practice td { background-color: #fff4d6; padding: 6px 10px; color: #5c3700; font-weight: bold; }
table.secret { width: 100%; }
table.secret th { width: 30%; background-color: #fff1c2; text-align: left; padding: 6px 16px 6px 6px;
                  vertical-align: top; }
table.secret td { background-color: #fff1c2; padding: 6px 6px; vertical-align: top; }
ul.warnings li { color: #8a5300; }
ol li { margin-bottom: 3px; }
p.footer { color: #52606d; font-size: 9pt; margin-top: 14px; }
)";

} // namespace

// --- Markdown ----------------------------------------------------------------------------------------------

QString HandoffText::markdown(const HandoffSummary &s) {
    QStringList md;
    const auto fact = [&md](const QString &name, const QString &value) {
        md << QStringLiteral("- **%1:** %2").arg(mdText(name), value);
    };
    const QString practice = QStringLiteral("> **⚠ %1**").arg(mdText(HandoffSummary::practiceNotice()));
    md << QStringLiteral("# ") + mdText(s.title()) << QString();
    if (s.isPractice())
        md << practice << QString();
    if (s.secret())
        md << QStringLiteral("> **⚠ %1**").arg(mdText(HandoffSummary::secretWarning())) << QString();
    fact(tr("Prepared by"), s.preparedBy().isEmpty() ? QStringLiteral("—") : mdText(s.preparedBy()));
    if (!s.contactEmail().isEmpty()) // checked: no space, '<' or '>' can end the autolink
        fact(tr("Contact e-mail"), QStringLiteral("<%1>").arg(s.contactEmail()));
    fact(tr("Date"), mdText(HandoffSummary::formatTime(s.generatedAt())));
    md << QString();

    md << QStringLiteral("## ") + mdText(tr("Job board")) << QString();
    fact(tr("Board name"), mdText(s.boardName()));
    fact(tr("Board token"), mdCode(s.boardToken()));
    fact(tr("Public address"), QStringLiteral("<%1>").arg(s.boardUrl().toString(QUrl::FullyEncoded)));
    if (s.liveJobs()) {
        fact(tr("Live jobs at the last check"), QString::number(*s.liveJobs()));
        for (const QString &title : s.jobTitles())
            md << QStringLiteral("  - ") + mdText(title);
        if (!s.moreJobsText().isEmpty())
            md << QStringLiteral("  - _%1_").arg(mdText(s.moreJobsText()));
        if (s.titlesUnknown())
            md << QStringLiteral("  - _%1_").arg(mdText(HandoffSummary::titlesUnknownText()));
    }
    md << QString();

    md << QStringLiteral("## ") + mdText(tr("Credential")) << QString();
    fact(tr("Kind"), mdText(s.kindName()));
    if (s.kind() == CredentialKind::HarvestV3) {
        fact(tr("Client ID"), mdCode(s.clientId()));
        if (!s.userId().isEmpty())
            fact(tr("Site Admin user ID"), mdCode(s.userId()));
    } else {
        fact(tr("Key fingerprint"), mdCode(s.keyFingerprint()) + QStringLiteral(" ") +
                                        mdText(tr("(tells keys apart; reveals nothing about the key)")));
    }
    fact(tr("Verified"), mdText(HandoffSummary::formatTime(s.verifiedAt())));
    if (!s.checksText().isEmpty())
        fact(tr("Checks"), mdText(s.checksText()));
    md << QString();

    if (s.secret()) {
        md << QStringLiteral("## ") + mdText(tr("Secret")) << QString();
        fact(s.kind() == CredentialKind::HarvestV3 ? tr("Client Secret") : tr("Harvest API key"),
             mdCode(*s.secret()));
        md << QString();
    }

    md << QStringLiteral("## ") + mdText(tr("Permissions")) << QString();
    md << mdText(s.permissionCountText()) << QString();
    md << QStringLiteral("| %1 | %2 | %3 |")
              .arg(mdText(tr("Permission in Greenhouse")), mdText(tr("Status")), mdText(tr("Verified")));
    md << QStringLiteral("|---|---|---|");
    for (const HandoffPermission &row : s.permissions())
        md << QStringLiteral("| %1 | %2 | %3 |")
                  .arg(mdText(row.label), mdText(HandoffSummary::statusText(row.status)),
                       mdText(HandoffSummary::formatTime(row.verifiedAt)));
    md << QString();

    if (!s.warnings().isEmpty()) {
        md << QStringLiteral("## ") + mdText(tr("Warnings")) << QString();
        for (const QString &warning : s.warnings())
            md << QStringLiteral("- ") + mdText(warning);
        md << QString();
    }

    md << QStringLiteral("## ") + mdText(tr("Next steps with JobTarget")) << QString();
    const QStringList steps = s.nextSteps();
    for (qsizetype i = 0; i < steps.size(); ++i)
        md << QStringLiteral("%1. %2").arg(i + 1).arg(mdText(steps.at(i)));
    md << QString();
    md << mdText(tr("JobTarget's help centre:")) + QStringLiteral(" <%1>").arg(s.jobTargetHelp().toString());
    if (s.isPractice())
        md << QString() << practice;
    return md.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// --- HTML --------------------------------------------------------------------------------------------------

QString HandoffText::html(const HandoffSummary &s) {
    return page(s, false);
}

QString HandoffText::pagedHtml(const HandoffSummary &s) {
    return page(s, true);
}

QString HandoffText::page(const HandoffSummary &s, bool paged) {
    // Addresses in sentences are links, which wrap only at their separators.
    const auto text = [paged](const QString &plain) {
        return sentenceHtml(plain, paged);
    };
    QString h;
    const auto fact = [&h](const QString &name, const QString &valueHtml) {
        h += QStringLiteral("<tr><th width=\"30%\">%1</th><td>%2</td></tr>\n").arg(esc(name), valueHtml);
    };
    const auto code = [](const QString &value) {
        return QStringLiteral("<code>%1</code>").arg(esc(value));
    };
    const auto link = [paged](const QUrl &url) {
        return addressLink(url.toString(QUrl::FullyEncoded), paged);
    };
    // Every facts table has the same label column, so the values line up from section to section.
    const QString facts =
        QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n");
    const QString practice =
        QStringLiteral("<table class=\"practice\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">"
                       "<tr><td bgcolor=\"#fff4d6\"><b>⚠ %1</b></td></tr></table>\n")
            .arg(esc(HandoffSummary::practiceNotice()));

    QString language = QLocale().bcp47Name();
    if (language.isEmpty() || language == QLatin1String("C"))
        language = QStringLiteral("en");
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n")
             .arg(esc(language), esc(s.title()), QString::fromUtf8(StyleSheet));
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(s.title()));
    if (s.isPractice())
        h += practice;
    if (s.secret())
        h += QStringLiteral("<table class=\"alert\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" "
                            "><tr><td bgcolor=\"#fdecea\"><b>⚠ %1</b></td></tr></table>\n")
                 .arg(esc(HandoffSummary::secretWarning()));
    h += facts;
    fact(tr("Prepared by"), s.preparedBy().isEmpty() ? QStringLiteral("—") : esc(s.preparedBy()));
    if (!s.contactEmail().isEmpty())
        fact(tr("Contact e-mail"), QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(esc(s.contactEmail())));
    fact(tr("Date"), esc(HandoffSummary::formatTime(s.generatedAt())));
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Job board"))) + facts;
    fact(tr("Board name"), esc(s.boardName()));
    fact(tr("Board token"), code(s.boardToken()));
    fact(tr("Public address"), link(s.boardUrl()));
    if (s.liveJobs()) {
        QString jobs = esc(QString::number(*s.liveJobs()));
        for (const QString &title : s.jobTitles())
            jobs += QStringLiteral("<br>\n· %1").arg(esc(title));
        if (!s.moreJobsText().isEmpty())
            jobs += QStringLiteral("<br>\n<i>%1</i>").arg(esc(s.moreJobsText()));
        if (s.titlesUnknown())
            jobs += QStringLiteral("<br>\n<i>%1</i>").arg(esc(HandoffSummary::titlesUnknownText()));
        fact(tr("Live jobs at the last check"), jobs);
    }
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Credential"))) + facts;
    fact(tr("Kind"), esc(s.kindName()));
    if (s.kind() == CredentialKind::HarvestV3) {
        fact(tr("Client ID"), code(s.clientId()));
        if (!s.userId().isEmpty())
            fact(tr("Site Admin user ID"), code(s.userId()));
    } else {
        fact(tr("Key fingerprint"),
             code(s.keyFingerprint()) + QStringLiteral(" <small>%1</small>")
                                            .arg(esc(tr("(tells keys apart; reveals nothing "
                                                        "about the key)"))));
    }
    fact(tr("Verified"), esc(HandoffSummary::formatTime(s.verifiedAt())));
    if (!s.checksText().isEmpty())
        fact(tr("Checks"), esc(s.checksText()));
    h += QStringLiteral("</table>\n");

    if (s.secret()) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Secret")));
        h +=
            QStringLiteral("<table class=\"secret\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">\n"
                           "<tr><th width=\"30%\" bgcolor=\"#fff8e1\">%1</th><td bgcolor=\"#fff8e1\">%2</td>"
                           "</tr>\n</table>\n")
                .arg(esc(s.kind() == CredentialKind::HarvestV3 ? tr("Client Secret") : tr("Harvest API key")),
                     code(*s.secret()));
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Permissions")));
    h += QStringLiteral("<p>%1</p>\n").arg(esc(s.permissionCountText()));
    h += QStringLiteral(
             "<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n"
             "<thead><tr><th>%1</th><th>%2</th><th>%3</th></tr></thead>\n<tbody>\n")
             .arg(esc(tr("Permission in Greenhouse")), esc(tr("Status")), esc(tr("Verified")));
    for (const HandoffPermission &row : s.permissions()) {
        const QString cssClass = row.status == PermissionStatus::Granted   ? QStringLiteral("granted")
                                 : row.status == PermissionStatus::Missing ? QStringLiteral("missing")
                                                                           : QStringLiteral("unknown");
        h += QStringLiteral("<tr><td>%1</td><td class=\"%2\">%3</td><td>%4</td></tr>\n")
                 .arg(esc(row.label), cssClass, esc(HandoffSummary::statusText(row.status)),
                      esc(HandoffSummary::formatTime(row.verifiedAt)));
    }
    h += QStringLiteral("</tbody>\n</table>\n");

    if (!s.warnings().isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<ul class=\"warnings\">\n").arg(esc(tr("Warnings")));
        for (const QString &warning : s.warnings())
            h += QStringLiteral("<li>%1</li>\n").arg(text(warning));
        h += QStringLiteral("</ul>\n");
    }

    h += QStringLiteral("<h2>%1</h2>\n<ol>\n").arg(esc(tr("Next steps with JobTarget")));
    for (const QString &step : s.nextSteps())
        h += QStringLiteral("<li>%1</li>\n").arg(text(step));
    h += QStringLiteral("</ol>\n");
    h += QStringLiteral("<p class=\"footer\">%1 %2</p>\n")
             .arg(esc(tr("JobTarget's help centre:")), link(s.jobTargetHelp()));
    if (s.isPractice() && !paged) // on paper, every page's header says so
        h += practice;
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

} // namespace jt
