#include "SetupController.h"

#include <QUrlQuery>

namespace jt {

SetupController::SetupController(QObject *parent)
    : QObject(parent) {
    m_countdown.setInterval(1000);
    m_countdown.setTimerType(Qt::PreciseTimer); // a coarse timer may tick early and miss the last second
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        const int left = rateLimitSecondsLeft();
        if (left <= 0)
            m_countdown.stop();
        emit rateLimitCountdown(left);
    });
    m_waitTick.setInterval(1000);
    connect(&m_waitTick, &QTimer::timeout, this, &SetupController::waitingChanged);
    setTransportSettings({});
}

SetupController::~SetupController() {
    stopRun();
}

void SetupController::setEndpoints(const GreenhouseEndpoints &endpoints) {
    m_endpoints = endpoints;
    if (!isDemo())
        m_liveEndpoints = endpoints;
    invalidatePermissions();
}

GreenhouseEndpoints SetupController::endpoints() const {
    return m_endpoints;
}

void SetupController::setTransportSettings(const TransportSettings &settings) {
    stopRun();
    m_transportSettings = settings;
    // Every check of this session spends the same rate-limit budget: each check's verifier has its own
    // transport, but what Greenhouse said is left of a window outlives the check that heard it.
    if (!m_transportSettings.rateGate)
        m_transportSettings.rateGate = std::make_shared<RateGate>(m_transportSettings.maxRateLimitWait);
}

// Each check gets its own verifier: a superseded one is disconnected first, so nothing it still reports can
// reach the new state.
void SetupController::stopRun(bool settleBusy) {
    if (m_verifier) {
        m_verifier->disconnect(this);
        m_verifier->cancel();
        m_verifier->deleteLater();
        m_verifier = nullptr;
    }
    m_running = Running::Nothing;
    m_countdown.stop();
    m_rateLimitUntil = {};
    if (m_waitTick.isActive()) {
        m_waitTick.stop();
        m_attempt = m_maxAttempts = 0;
        m_givesUpBy = {};
        emit waitingChanged();
    }
    // A check stopped before it finished has no result: back to "not checked".
    if (settleBusy && m_permissionsState == CheckState::Busy) {
        m_permissionsState = CheckState::Idle;
        emit permissionsCheckChanged();
    }
    if (settleBusy && m_boardState == CheckState::Busy) {
        m_checkingStored = false;
        m_boardState = CheckState::Idle;
        emit boardCheckChanged();
    }
}

// --- progress ---

void SetupController::setProgressStore(ProgressStore *store) {
    m_store = store;
    m_saved = store ? store->load() : Progress{};
    m_progress = m_saved;
    m_clientIdText = m_saved.clientId;
    m_userIdText = m_saved.userId;
    m_boardText = m_saved.boardToken;
    emit credentialChanged();
    emit boardInputChanged();
}

void SetupController::reachStep(WizardStep step) {
    m_progress.step = step;
    if (!saved()) // once stored, there is nothing to resume: the next start offers the stored connection
        saveProgress();
}

void SetupController::forgetProgress() {
    if (isDemo())
        return; // a finished demo says nothing about the real set-up
    m_progress.step = WizardStep::Welcome;
    m_saved = Progress{};
    if (m_store)
        m_store->clear();
}

void SetupController::saveProgress() {
    if (!m_store || isDemo())
        return;
    m_progress.clientId = clientIdCheck().value;
    m_progress.userId = userIdCheck().value;
    m_progress.boardToken = boardInput().token;
    m_store->save(m_progress);
}

// --- developer permission ---

void SetupController::setDeveloperAccess(DeveloperAccess access) {
    m_progress.developerAccess = access;
    saveProgress();
}

QString SetupController::siteAdminRequestSubject() const {
    return tr("Please grant me a Greenhouse developer permission for JobTarget");
}

QString SetupController::siteAdminRequest() const {
    return tr("Hello,\n\n"
              "To connect our Greenhouse job board to JobTarget I need to create an API credential in "
              "Greenhouse. Could you give me the developer permission “Can manage ALL organization's API "
              "Credentials”?\n\n"
              "In Greenhouse: Configure (the gear icon) → Users → my name → Permissions → Developer "
              "Permissions → tick “Can manage ALL organization's API Credentials” → Save.\n\n"
              "This needs a Site Admin who can edit other users' advanced permissions. "
              "I will tell you when the connection is done.\n\n"
              "Thank you!");
}

QUrl SetupController::siteAdminRequestMail() const {
    QUrl mail(QStringLiteral("mailto:"));
    QUrlQuery query;
    // mailto bodies use CRLF line breaks (RFC 6068); spaces must be %20, not '+'.
    query.addQueryItem(QStringLiteral("subject"), siteAdminRequestSubject());
    query.addQueryItem(QStringLiteral("body"),
                       siteAdminRequest().replace(QLatin1Char('\n'), QStringLiteral("\r\n")));
    mail.setQuery(query);
    return mail;
}

// --- credential ---

void SetupController::setCredentialKind(CredentialKind kind) {
    if (kind == m_progress.kind)
        return;
    m_progress.kind = kind; // each kind keeps its own secret: switching back finds it again
    invalidatePermissions();
    saveProgress();
    emit credentialChanged();
}

void SetupController::setClientId(const QString &text) {
    if (text == m_clientIdText)
        return;
    m_clientIdText = text;
    invalidatePermissions();
    saveProgress();
    emit credentialChanged();
}

void SetupController::setUserId(const QString &text) {
    if (text == m_userIdText)
        return;
    m_userIdText = text;
    invalidatePermissions();
    saveProgress();
    emit credentialChanged();
}

void SetupController::setSecret(const QString &text) {
    if (text == currentSecret())
        return;
    currentSecret() = text;
    invalidatePermissions();
    emit credentialChanged();
}

FieldCheck SetupController::clientIdCheck() const {
    return CredentialInput::checkClientId(m_clientIdText);
}
FieldCheck SetupController::userIdCheck() const {
    return CredentialInput::checkUserId(m_userIdText);
}
FieldCheck SetupController::secretCheck() const {
    return CredentialInput::checkSecret(credentialKind(), secretText());
}

bool SetupController::credentialReady() const {
    if (!secretCheck().ok())
        return false;
    if (credentialKind() == CredentialKind::HarvestV1)
        return true;
    return clientIdCheck().ok() && userIdCheck().ok();
}

// --- checks ---

VerificationRequest SetupController::request() const {
    VerificationRequest request;
    request.kind = credentialKind();
    request.secret = secretCheck().value;
    if (request.kind == CredentialKind::HarvestV3) {
        request.clientId = clientIdCheck().value;
        request.userId = userIdCheck().value;
    }
    request.endpoints = m_endpoints;
    return request;
}

void SetupController::checkPermissions() {
    if (!credentialReady())
        return;
    stopRun();
    invalidateBoard();
    m_permissionsState = CheckState::Busy;
    m_permissionsReport = VerificationReport{};
    m_permissionsReport.kind = credentialKind();
    run(Running::Permissions);
    emit permissionsCheckChanged();
}

bool SetupController::permissionsPassed() const {
    return m_permissionsState == CheckState::Done && permissionsVerdict().passed();
}

void SetupController::setBoardInput(const QString &text) {
    if (text == m_boardText)
        return;
    if (m_running == Running::Board)
        stopRun();
    m_boardText = text;
    invalidateBoard();
    saveProgress();
    emit boardInputChanged();
}

QString SetupController::soleLiveBoard() const {
    const BoardListing &listing = visibleBoards();
    QString only;
    for (const VisibleBoard &board : listing.boards) {
        if (!board.live)
            continue;
        if (!only.isEmpty())
            return {};
        only = board.token;
    }
    return listing.available ? only : QString();
}

void SetupController::checkBoard() {
    if (!credentialReady() || boardInput().token.isEmpty())
        return;
    stopRun();
    resetSave(); // a new check: whatever was saved belongs to the previous one
    m_boardState = CheckState::Busy;
    m_boardReport = VerificationReport{};
    run(Running::Board);
    emit boardCheckChanged();
}

bool SetupController::boardPassed() const {
    return m_boardState == CheckState::Done && boardVerdict().passed();
}

void SetupController::run(Running what) {
    stopRun(false); // the caller settled the previous check
    m_running = what;
    m_verifier = new Verifier(m_transportSettings, this);
    connect(m_verifier, &Verifier::finished, this, &SetupController::verifierFinished);
    connect(m_verifier, &Verifier::progressed, this, [this] {
        if (m_running == Running::Permissions) {
            m_permissionsReport = m_verifier->report();
            emit permissionsCheckChanged();
        }
    });
    connect(m_verifier, &Verifier::attempting, this,
            [this](int attempt, int maxAttempts, const QDateTime &givesUpBy) {
                m_attempt = std::max(m_attempt, attempt);
                m_maxAttempts = maxAttempts;
                if (!m_givesUpBy.isValid() || givesUpBy > m_givesUpBy)
                    m_givesUpBy = givesUpBy;
                // Never later than the run's deadline, which ends the check whatever still waits.
                if (m_runEndsBy.isValid() && m_givesUpBy > m_runEndsBy)
                    m_givesUpBy = m_runEndsBy;
                // A request went out again: the rate limit's wait is over now, not at the countdown's next
                // tick (which may come after the check has finished, when "trying again" is no longer true).
                if (m_countdown.isActive() &&
                    QDateTime::currentDateTimeUtc().msecsTo(m_rateLimitUntil) < 1000) {
                    m_countdown.stop();
                    m_rateLimitUntil = QDateTime::currentDateTimeUtc(); // ended: silence counts from now
                    emit rateLimitCountdown(0);
                }
                emit waitingChanged();
            });
    m_runClock.start();
    m_runEndsBy = m_transportSettings.runDeadline.count() > 0
                      ? QDateTime::currentDateTimeUtc().addMSecs(m_transportSettings.runDeadline.count())
                      : QDateTime();
    m_waitTick.start();
    connect(m_verifier, &Verifier::rateLimited, this, [this](const QDateTime &until) {
        m_rateLimitUntil = until;
        m_countdown.start();
        emit rateLimitCountdown(rateLimitSecondsLeft());
    });
    VerificationRequest verification = request();
    // The board page re-checks everything with the board: its report is the one handed to JobTarget.
    if (what == Running::Board)
        verification.boardToken = boardInput().token;
    m_verifier->start(verification);
}

void SetupController::verifierFinished() {
    const VerificationReport report = m_verifier->report();
    const Running finished = m_running;
    stopRun(false);
    emit rateLimitCountdown(0);
    if (finished == Running::Permissions) {
        m_permissionsReport = report;
        m_permissionsState = CheckState::Done;
        emit permissionsCheckChanged();
    } else if (finished == Running::Board) {
        m_boardReport = report;
        m_boardState = CheckState::Done;
        if (std::exchange(m_checkingStored, false) && m_connections && !report.cancelled)
            m_connections->recordCheck(checkedConnection()); // "Last checked" is this check from now on
        else if (boardPassed())
            saveProgress();
        emit boardCheckChanged();
    }
}

void SetupController::cancel() {
    if (m_verifier && m_verifier->isRunning())
        m_verifier->cancel(); // finishes with a cancelled report
}

QString SetupController::waitingText() const {
    if (m_running == Running::Nothing || !m_runClock.isValid() || rateLimitSecondsLeft() > 0)
        return {};
    // Greenhouse did answer when it asked us to wait: its silence counts from the retry after the wait.
    qint64 quietMs = m_runClock.elapsed();
    if (m_rateLimitUntil.isValid())
        quietMs = std::min(quietMs, m_rateLimitUntil.msecsTo(QDateTime::currentDateTimeUtc()));
    if (quietMs < QuietSecondsBeforeWaiting * 1000)
        return {};
    const qint64 msLeft = m_givesUpBy.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(m_givesUpBy) : 0;
    const int secondsLeft = int(std::max<qint64>(0, (msLeft + 999) / 1000));
    if (m_attempt > 1)
        //: %1 and %2 count attempts ("attempt 2 of 3"); %n is the number of seconds left
        return tr("Still waiting for Greenhouse… (attempt %1 of %2; the check gives up in %n s)", nullptr,
                  secondsLeft)
            .arg(m_attempt)
            .arg(m_maxAttempts);
    return tr("Still waiting for Greenhouse… (the check gives up in %n s)", nullptr, secondsLeft);
}

int SetupController::rateLimitSecondsLeft() const {
    if (!m_rateLimitUntil.isValid())
        return 0;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_rateLimitUntil);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

void SetupController::invalidatePermissions() {
    stopRun();
    abandonStoredCheck(); // a late answer from the keychain must not overwrite what was typed since
    if (m_permissionsState != CheckState::Idle) {
        m_permissionsState = CheckState::Idle;
        m_permissionsReport = VerificationReport{};
        emit permissionsCheckChanged();
    }
    invalidateBoard();
}

void SetupController::invalidateBoard() {
    m_storedLoaded = false; // whatever changed, the fields no longer hold just the stored connection
    resetSave();
    if (m_boardState != CheckState::Idle) {
        m_boardState = CheckState::Idle;
        m_boardReport = VerificationReport{};
        emit boardCheckChanged();
    }
}

} // namespace jt
