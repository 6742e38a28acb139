#include "HandoffSummary.h"

#include "watch/CheckHistory.h"

#include "greenhouse/Links.h"
#include "store/StoredConnection.h"
#include "verify/StatusText.h"
#include "verify/Verifier.h"

#include <QJsonArray>

#include <algorithm>
#include <vector>

// Who prepared the summary is the account's full name, which each system keeps in its own place (said here,
// where it is read, rather than in app/core/platform: nothing else needs it).
#ifdef Q_OS_WIN
#include <qt_windows.h>
#define SECURITY_WIN32
#include <lmcons.h>
#include <security.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif

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

// Text for one line of the document: no controls (line breaks included), no surrounding blanks, capped.
QString oneLine(const QString &text, qsizetype cap) {
    QString out;
    out.reserve(std::min(text.size(), cap));
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out.simplified().left(cap);
}

constexpr qsizetype PreparedByCap = 200;
constexpr qsizetype EmailCap = 254; // the longest address SMTP carries

// The account's full name as the system keeps it, else its login name; empty when neither can be read.
QString accountName() {
#ifdef Q_OS_WIN
    // The display name is known where a directory (a domain, Microsoft Entra) names the account; a local
    // account has none, and the login name stands in.
    ULONG size = 0;
    GetUserNameExW(NameDisplay, nullptr, &size);
    if (size > 0) {
        std::vector<wchar_t> buffer(size + 1);
        if (GetUserNameExW(NameDisplay, buffer.data(), &size)) {
            QString name = oneLine(QString::fromWCharArray(buffer.data(), int(size)), PreparedByCap);
            if (!name.isEmpty())
                return name;
        }
    }
    wchar_t login[UNLEN + 1] = {};
    DWORD loginSize = UNLEN + 1;
    if (GetUserNameW(login, &loginSize))
        return oneLine(QString::fromWCharArray(login), PreparedByCap);
    return oneLine(qEnvironmentVariable("USERNAME"), PreparedByCap);
#else
    const long suggested = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(suggested > 0 ? std::size_t(suggested) : std::size_t(16384));
    passwd entry{};
    passwd *found = nullptr;
    if (getpwuid_r(getuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found)
        return HandoffSummary::fullNameFromGecos(QString::fromLocal8Bit(found->pw_gecos),
                                                 QString::fromLocal8Bit(found->pw_name));
    // No passwd entry (a container's made-up user): the login name the session gives, if any.
    for (const char *variable : {"USER", "LOGNAME"}) {
        QString name = oneLine(qEnvironmentVariable(variable), PreparedByCap);
        if (!name.isEmpty())
            return name;
    }
    return {};
#endif
}

} // namespace

// --- the summary -------------------------------------------------------------------------------------------

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
    QStringList titles;
    for (const QJsonValue title : board.value(QLatin1String("first_titles")).toArray())
        titles << title.toString();
    summary.setJobTitles(titles);

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
    summary.m_preparedBy = defaultPreparedBy();

    // The rows come from the permission table (its labels, its order); the statuses from the last
    // verification.
    const QJsonArray rows = report.value(QLatin1String("permissions")).toArray();
    bool allGranted = true;
    for (const RequiredPermission &permission : requiredPermissions(connection.kind)) {
        HandoffPermission row;
        row.id = permission.idString();
        row.label = permission.labelString();
        for (const QJsonValue value : rows) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QLatin1String("id")).toString() != row.id)
                continue;
            const QString word = entry.value(QLatin1String("status")).toString();
            row.status = permissionStatusOf(word).value_or(PermissionStatus::NotChecked);
            row.verifiedAt = summary.m_verifiedAt;
            break;
        }
        allGranted = allGranted && row.status == PermissionStatus::Granted;
        summary.m_permissions.append(row);
    }

    for (const QJsonValue warning : report.value(QLatin1String("warnings")).toArray()) {
        if (!warning.toString().isEmpty())
            summary.m_warnings << warning.toString();
    }
    if (!allGranted)
        summary.m_warnings
            << summary.permissionCountText() + QLatin1Char(' ') +
                   tr("Fix this in Greenhouse and check again before you hand the credential to "
                      "JobTarget.");
    if (board.value(QLatin1String("same_account")) == QJsonValue(false))
        summary.m_warnings << tr(
            "The jobs of this board belong to another Greenhouse account than the "
            "credential. Choose the board of the account the credential was created in.");

    //: %1 is the name of the job board (or its token)
    summary.m_title = tr("Hand-off to JobTarget: %1")
                          .arg(summary.m_boardName.isEmpty() ? summary.m_boardToken : summary.m_boardName);
    return summary;
}

void HandoffSummary::setCheckHistory(const CheckHistory &history) {
    m_checks = HandoffChecks::of(history.records(), m_boardToken);
}

void HandoffSummary::includeSecret(const QString &secret) {
    m_secret = secret;
}

QString HandoffSummary::practiceNotice() {
    return tr("Practice data — not a real connection");
}

void HandoffSummary::setPreparedBy(const QString &name) {
    m_preparedBy = oneLine(name, PreparedByCap);
}

QString HandoffSummary::defaultPreparedBy() {
    return accountName();
}

QString HandoffSummary::fullNameFromGecos(const QString &gecos, const QString &login) {
    QString name = gecos.section(QLatin1Char(','), 0, 0);
    if (name.contains(QLatin1Char('&')) && !login.isEmpty()) // BSD's shorthand, which finger(1) expands
        name.replace(QLatin1Char('&'), login.at(0).toUpper() + login.mid(1));
    name = oneLine(name, PreparedByCap);
    return name.isEmpty() ? oneLine(login, PreparedByCap) : name;
}

bool HandoffSummary::setContactEmail(const QString &address) {
    if (!contactEmailProblem(address).isEmpty())
        return false;
    m_contactEmail = address.trimmed();
    return true;
}

QString HandoffSummary::contactEmailProblem(const QString &address) {
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString shown = oneLine(trimmed, 80);
    if (trimmed.size() > EmailCap)
        //: %1 is what the admin typed as the contact e-mail
        return tr("“%1” is longer than an e-mail address can be.").arg(shown);
    for (const QChar c : trimmed) {
        if (c.isSpace())
            return tr("“%1” contains a space; an e-mail address has none.").arg(shown);
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            QStringLiteral("<>()[]\\,;:\"").contains(c))
            //: %1 is what the admin typed as the contact e-mail, %2 the character it may not hold
            return tr("“%1” contains “%2”, which an e-mail address cannot hold.").arg(shown, QString(c));
    }
    const qsizetype at = trimmed.indexOf(QLatin1Char('@'));
    if (at < 0)
        return tr("“%1” has no @. Write the address like dana@example.com.").arg(shown);
    if (trimmed.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return tr("“%1” has more than one @. Write the address like dana@example.com.").arg(shown);
    if (at == 0)
        return tr("“%1” has nothing before the @. Write the address like dana@example.com.").arg(shown);
    const QString domain = trimmed.mid(at + 1);
    if (!domain.contains(QLatin1Char('.')) || domain.startsWith(QLatin1Char('.')) ||
        domain.endsWith(QLatin1Char('.')) || domain.contains(QLatin1String("..")))
        return tr("After the @ in “%1” comes a domain, such as example.com.").arg(shown);
    return {};
}

void HandoffSummary::setJobTitles(const QStringList &titles) {
    m_jobTitles.clear();
    for (const QString &title : titles) {
        const QString line = oneLine(title, 300);
        if (!line.isEmpty() && m_jobTitles.size() < Verifier::TitlesShown)
            m_jobTitles << line;
    }
}

int HandoffSummary::moreLiveJobs() const {
    return m_liveJobs ? std::max(0, *m_liveJobs - int(m_jobTitles.size())) : 0;
}

QString HandoffSummary::moreJobsText() const {
    const int more = moreLiveJobs();
    //: After the titles of the first few live jobs: how many more the board has
    return more > 0 && !m_jobTitles.isEmpty() ? tr("and %n more", nullptr, more) : QString();
}

QString HandoffSummary::titlesUnknownText() {
    //: Instead of the first live jobs' titles, when the connection's last check did not record them
    return tr("Their titles were not recorded at the last check.");
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

QString HandoffSummary::permissionCountText() const {
    int missing = 0;
    int unknown = 0;
    for (const HandoffPermission &row : m_permissions) {
        if (row.status == PermissionStatus::Missing)
            ++missing;
        else if (row.status != PermissionStatus::Granted)
            ++unknown;
    }
    // English is the source language and has no .ts of its own: the singular is a text of its own, the
    // plural a numerus text (%n) that translators give every plural form of their language.
    if (missing == 0 && unknown == 0)
        //: %n is the number of required permissions (3 or 6)
        return tr("All %n required permissions are granted.", nullptr, int(m_permissions.size()));
    QStringList parts;
    if (missing == 1)
        parts << tr("1 required permission is missing.");
    else if (missing > 1)
        //: %n is the number of required permissions that are missing (2 or more)
        parts << tr("%n required permissions are missing.", nullptr, missing);
    if (unknown == 1)
        parts << tr("1 required permission could not be checked.");
    else if (unknown > 1)
        //: %n is the number of required permissions that could not be checked (2 or more)
        parts << tr("%n required permissions could not be checked.", nullptr, unknown);
    return parts.join(QLatin1Char(' '));
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

QString HandoffSummary::statusText(PermissionStatus status) {
    return markSymbol(markOf(status)) + QLatin1Char(' ') + StatusText::of(status);
}

QString HandoffSummary::formatTime(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QStringLiteral("—");
}

} // namespace jt
