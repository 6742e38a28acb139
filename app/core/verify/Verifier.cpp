#include "Verifier.h"

#include "greenhouse/HarvestV1Client.h"
#include "greenhouse/HarvestV3Client.h"
#include "greenhouse/JobBoardClient.h"

namespace jt {

namespace {
constexpr int ShortTokenSeconds = 600;
} // namespace

Verifier::Verifier(TransportSettings settings, QObject *parent)
    : QObject(parent)
    , m_transport(new HttpTransport(std::move(settings), this)) {
    connect(m_transport, &HttpTransport::rateLimitWait, this, &Verifier::rateLimited);
    connect(m_transport, &HttpTransport::attemptStarted, this, &Verifier::attempting);
    // The whole check ends by its deadline, rate-limit waits included: what is still open is unreachable.
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { m_transport->endAll(NetworkProblem::Deadline); });
}

Verifier::~Verifier() {
    m_cancelled = true;
    m_transport->cancelAll();
}

void Verifier::start(const VerificationRequest &request) {
    Q_ASSERT(m_pending == 0);
    delete m_harvest;
    delete m_serviceAccount;
    delete m_boards;
    m_seenWithoutUserId.reset();
    m_request = request;
    m_report = VerificationReport{};
    m_report.kind = request.kind;
    m_sampleIds.clear();
    m_boardJobsKnown = m_credentialAccepted = m_sameAccountStarted = m_cancelled = m_anyRejection = false;
    for (const RequiredPermission &permission : requiredPermissions(request.kind))
        m_report.permissions.append(PermissionRow{&permission, PermissionStatus::NotChecked, {}, {}, {}});

    if (request.kind == CredentialKind::HarvestV3)
        m_harvest = new HarvestV3Client(m_transport, request.endpoints, request.clientId, request.secret,
                                        request.userId, this);
    else
        m_harvest = new HarvestV1Client(m_transport, request.endpoints, request.secret, this);
    m_boards = new JobBoardClient(m_transport, request.endpoints, this);

    m_transport->reopen();
    if (const auto deadline = m_transport->settings().runDeadline; deadline.count() > 0)
        m_deadline.start(deadline);
    m_pending = 1; // held until both stages are under way, so nothing finishes early
    checkBoard();
    checkCredential();
    partDone();
}

void Verifier::cancel() {
    if (m_pending == 0)
        return;
    m_cancelled = true;
    m_transport->cancelAll();
}

void Verifier::checkBoard() {
    m_report.board.token = m_request.boardToken;
    if (m_request.boardToken.isEmpty()) {
        m_report.board.status = BoardStatus::Skipped;
        return;
    }
    m_pending += 2;
    // Both answers are needed; the board's own answer decides "not found", the jobs answer the rest.
    auto found = std::make_shared<std::optional<BoardInfo>>();
    auto jobs = std::make_shared<std::optional<BoardJobs>>();
    const auto combine = [this, found, jobs] {
        if (!*found || !*jobs)
            return;
        BoardResult &board = m_report.board;
        const BoardInfo &info = **found;
        const BoardJobs &list = **jobs;
        if (info.lookup == BoardLookup::NotFound || list.lookup == BoardLookup::NotFound) {
            board.status = BoardStatus::NotFound;
        } else if (info.lookup == BoardLookup::Unreachable || list.lookup == BoardLookup::Unreachable) {
            board.status = BoardStatus::Unreachable;
            board.problem = info.lookup == BoardLookup::Unreachable ? info.problem : list.problem;
            board.detail = info.lookup == BoardLookup::Unreachable ? info.detail : list.detail;
        } else {
            board.status = BoardStatus::Found;
            board.name = info.name;
            // Prospect posts ("general application") carry no job: JobTarget has nothing to push for them.
            board.liveJobs = int(std::count_if(list.jobs.begin(), list.jobs.end(),
                                               [](const BoardJob &job) { return job.internalJobId > 0; }));
            for (const BoardJob &job : list.jobs.mid(0, TitlesShown))
                board.firstTitles << job.title;
            // No sample means no live job (prospect posts are not counted): the "no live jobs" warning says
            // so, and there is nothing to look up.
            m_sampleIds = JobBoardClient::sampleJobIds(list.jobs, SameAccountSample);
            m_boardJobsKnown = true;
            maybeCheckSameAccount();
        }
    };
    m_boards->fetchBoard(m_request.boardToken, [this, found, combine](BoardInfo info) {
        *found = std::move(info);
        combine();
        partDone();
    });
    m_boards->fetchJobs(m_request.boardToken, [this, jobs, combine](BoardJobs list) {
        *jobs = std::move(list);
        combine();
        partDone();
    });
}

void Verifier::checkCredential() {
    ++m_pending;
    m_harvest->authenticate([this](const CredentialOutcome &outcome) {
        if (m_request.kind == CredentialKind::HarvestV3) {
            m_report.credential = outcome;
            m_credentialAccepted = outcome.status == CredentialStatus::Accepted;
            if (m_credentialAccepted) {
                runProbes();
                ++m_pending;
                m_harvest->listBoards([this](BoardListing listing) {
                    m_report.visibleBoards = std::move(listing);
                    partDone();
                });
                maybeCheckSameAccount();
            }
        } else {
            // A legacy key is judged by its probes; its job look-ups need no token.
            m_credentialAccepted = true;
            runProbes();
            maybeCheckSameAccount();
        }
        emit progressed();
        partDone();
    });
}

void Verifier::runProbes() {
    // The answer finds its row by index: the report is copied (and its list detached) while probes run, so a
    // reference taken now could point into someone else's copy by then.
    // NOLINTNEXTLINE(modernize-loop-convert)
    for (qsizetype index = 0; index < m_report.permissions.size(); ++index) {
        ++m_pending;
        m_harvest->probe(*m_report.permissions.at(index).permission,
                         [this, index](const ProbeOutcome &outcome) {
                             PermissionRow &row = m_report.permissions[index];
                             row.status = outcome.status;
                             row.problem = outcome.problem;
                             row.detail = outcome.detail;
                             m_anyRejection = m_anyRejection || outcome.credentialRejected;
                             emit progressed();
                             partDone();
                         });
    }
}

void Verifier::maybeCheckSameAccount() {
    if (m_sameAccountStarted || !m_boardJobsKnown || !m_credentialAccepted || m_sampleIds.isEmpty())
        return;
    m_sameAccountStarted = true;
    ++m_pending;
    m_harvest->lookupJobs(m_sampleIds, [this](const SameAccountOutcome &outcome) {
        m_report.board.sameAccount = outcome.sameAccount;
        if (!outcome.sameAccount)
            m_report.board.sameAccountReason = outcome.reason;
        if (outcome.sameAccount == false && m_request.kind == CredentialKind::HarvestV3 &&
            !m_request.userId.isEmpty())
            lookAgainWithoutUserId();
        emit progressed();
        partDone();
    });
}

// Greenhouse may answer a user who is not a Site Admin with empty lists instead of 403, which reads as "the
// board's jobs belong to another account". One look-up with a token minted without the user ID tells the
// two apart (judgeUserId).
void Verifier::lookAgainWithoutUserId() {
    ++m_pending;
    m_serviceAccount = new HarvestV3Client(m_transport, m_request.endpoints, m_request.clientId,
                                           m_request.secret, QString(), this);
    m_serviceAccount->lookupJobs(m_sampleIds, [this](const SameAccountOutcome &outcome) {
        m_seenWithoutUserId = outcome.sameAccount;
        partDone();
    });
}

// The jobs the user ID could not see were visible without it, and every probe answered: the user ID is the
// problem, not the board. Every permission is missing for it (exit 4), with that one fix.
void Verifier::judgeUserId() {
    VerificationReport &report = m_report;
    const bool allGranted =
        std::all_of(report.permissions.begin(), report.permissions.end(),
                    [](const PermissionRow &row) { return row.status == PermissionStatus::Granted; });
    if (m_seenWithoutUserId != true || !allGranted || report.credential.status != CredentialStatus::Accepted)
        return;
    report.credential.notSiteAdminUserId = m_request.userId;
    const QString fix =
        tr("User %1 is not a Site Admin, so Greenhouse answers it with empty lists. Leave the "
           "user ID empty, or give the user ID of a Site Admin.")
            .arg(m_request.userId);
    for (PermissionRow &row : report.permissions) {
        row.status = PermissionStatus::Missing;
        row.fix = fix;
    }
    report.board.sameAccount = true; // its jobs were seen, without the user ID
    report.board.sameAccountReason.clear();
}

void Verifier::partDone() {
    if (--m_pending > 0)
        return;
    m_deadline.stop();
    finalise();
    emit finished();
}

void Verifier::finalise() {
    VerificationReport &report = m_report;
    report.checkedAt = QDateTime::currentDateTimeUtc();
    report.cancelled = m_cancelled;
    const auto &rows = report.permissions;

    if (m_anyRejection) {
        // The credential itself was refused (v1 "Invalid Basic Auth credentials", v3 a second 401).
        report.credential.status = CredentialStatus::Rejected;
        if (report.kind == CredentialKind::HarvestV3)
            report.credential.message = HarvestV3Client::rejectedMessage();
        else
            report.credential.message =
                tr("Greenhouse rejected this API key (“Invalid Basic Auth credentials”). Copy it again; if "
                   "it was lost, create a new key and revoke the old one.");
    } else if (report.kind == CredentialKind::HarvestV1) {
        const auto answered = std::find_if(rows.begin(), rows.end(), [](const PermissionRow &row) {
            return row.status == PermissionStatus::Granted || row.status == PermissionStatus::Missing;
        });
        if (answered != rows.end()) {
            report.credential.status = CredentialStatus::Accepted;
            report.credential.message = tr("Greenhouse accepted the API key.");
        } else {
            report.credential.status = CredentialStatus::Unreachable;
            report.credential.problem = rows.isEmpty() ? NetworkProblem::Network : rows.first().problem;
            report.credential.message = problemSentence(report.credential.problem);
        }
    }
    if (report.credential.status != CredentialStatus::Accepted) {
        for (PermissionRow &row : report.permissions)
            row = PermissionRow{row.permission, PermissionStatus::NotChecked, {}, {}, {}};
    }

    judgeUserId();
    const bool allMissing =
        !rows.isEmpty() && std::all_of(rows.begin(), rows.end(), [](const PermissionRow &row) {
            return row.status == PermissionStatus::Missing;
        });
    if (report.kind == CredentialKind::HarvestV3 && allMissing &&
        report.credential.notSiteAdminUserId.isEmpty()) {
        report.credential.message +=
            QLatin1Char(' ') + (m_request.userId.isEmpty()
                                    ? tr("Greenhouse refused every permission. Tick the scopes listed "
                                         "below; if they are already ticked, give the user ID of a Site "
                                         "Admin, such as your integration user (“Site Admin user ID” in "
                                         "the wizard, --user-id on the command line).")
                                    : tr("Greenhouse refused every permission. Tick the scopes listed "
                                         "below; if they are already ticked, check that user %1 is a Site "
                                         "Admin.")
                                          .arg(m_request.userId));
    }

    BoardResult &board = report.board;
    if (board.status == BoardStatus::Found) {
        if (board.liveJobs == 0)
            report.warnings
                << tr("The board “%1” has no live jobs: JobTarget would receive nothing until jobs are "
                      "published on it.")
                       .arg(board.name);
        else if (!board.sameAccount && !board.sameAccountReason.isEmpty())
            report.warnings
                //: %1 is a reason such as "the job look-up did not succeed"
                << tr("Could not confirm that the board belongs to the credential's Greenhouse account "
                      "(%1).")
                       .arg(board.sameAccountReason);
        if (report.visibleBoards.available && board.sameAccount != false &&
            std::none_of(report.visibleBoards.boards.begin(), report.visibleBoards.boards.end(),
                         [&](const VisibleBoard &visible) { return visible.token == board.token; }))
            report.warnings
                << tr("The board “%1” is not among the boards this credential can list.").arg(board.token);
    }
    if (report.kind == CredentialKind::HarvestV1)
        report.warnings << tr("Greenhouse retired Harvest API keys (v1/v2) on 31 August 2026. Ask JobTarget "
                              "whether it accepts a Harvest v3 (OAuth) credential instead.");
    if (report.credential.status == CredentialStatus::Accepted && report.credential.expires.isValid()) {
        const qint64 left = report.checkedAt.secsTo(report.credential.expires);
        if (left < ShortTokenSeconds)
            report.warnings << tr("Greenhouse issued a token that expires in %n min; check the credential "
                                  "in API Credential Management.",
                                  nullptr, int(std::max<qint64>(0, left / 60)));
    }
}

} // namespace jt
