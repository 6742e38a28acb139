#include "SetupController.h"

#include <QUrlQuery>

namespace jt {

SetupController::SetupController(QObject *parent)
    : QObject(parent) {
    m_permissionsCheck.setShowsProgress(true); // the permission rows fill in one by one
    connect(&m_permissionsCheck, &CheckRun::changed, this, &SetupController::permissionsCheckChanged);
    connect(&m_boardCheck, &CheckRun::changed, this, &SetupController::boardCheckChanged);
    connect(&m_boardCheck, &CheckRun::finished, this, &SetupController::boardCheckFinished);
    connect(&m_stored, &StoredConnectionFlow::changed, this, &SetupController::storeChanged);
    connect(&m_stored, &StoredConnectionFlow::saved, this,
            &SetupController::forgetProgress); // nothing to resume
    connect(&m_stored, &StoredConnectionFlow::removed, this, [this] {
        if (m_daily)
            m_daily->forget(); // nothing left to check
    });
    for (const CheckRun *check : {&m_permissionsCheck, &m_boardCheck}) {
        connect(check, &CheckRun::rateLimitCountdown, this, &SetupController::rateLimitCountdown);
        connect(check, &CheckRun::waitingChanged, this, &SetupController::waitingChanged);
    }
    setTransportSettings({});
}

void SetupController::setDailyCheck(DailyCheck *daily) {
    if (m_daily)
        disconnect(m_daily, nullptr, this, nullptr);
    m_daily = daily;
    if (m_daily)
        connect(m_daily, &DailyCheck::changed, this, &SetupController::dailyCheckChanged);
}

SetupController::~SetupController() {
    stopRun();
}

void SetupController::setEndpoints(const GreenhouseEndpoints &endpoints) {
    m_endpoints = endpoints;
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

// A check stopped before it finished has no result: back to "not checked".
void SetupController::stopRun() {
    if (m_boardCheck.state() == CheckState::Busy)
        m_checkingStored = false;
    m_permissionsCheck.stop();
    m_boardCheck.stop();
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
    m_permissionsCheck.start(request(), m_transportSettings);
}

bool SetupController::permissionsPassed() const {
    return permissionsState() == CheckState::Done && permissionsVerdict().passed();
}

void SetupController::setBoardInput(const QString &text) {
    if (text == m_boardText)
        return;
    if (m_boardCheck.isRunning())
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
    m_stored.resetSave(); // a new check: whatever was saved belongs to the previous one
    // The board page re-checks everything with the board: its report is the one handed to JobTarget.
    VerificationRequest verification = request();
    verification.boardToken = boardInput().token;
    m_boardCheck.start(verification, m_transportSettings);
}

bool SetupController::boardPassed() const {
    return boardState() == CheckState::Done && boardVerdict().passed();
}

// Before the pages hear of it (CheckRun::finished comes before changed).
void SetupController::boardCheckFinished() {
    if (std::exchange(m_checkingStored, false) && !boardReport().cancelled) {
        m_stored.recordCheck(checkedConnection()); // "Last checked" is this check from now on
        if (m_daily)
            m_daily->recordSeen(boardReport());
    } else if (boardPassed()) {
        saveProgress();
    }
}

void SetupController::cancel() {
    m_permissionsCheck.cancel(); // finishes with a cancelled report
    m_boardCheck.cancel();
}

void SetupController::invalidatePermissions() {
    stopRun();
    abandonStoredCheck(); // a late answer from the keychain must not overwrite what was typed since
    m_permissionsCheck.reset();
    invalidateBoard();
}

void SetupController::invalidateBoard() {
    m_storedLoaded = false; // whatever changed, the fields no longer hold just the stored connection
    m_stored.resetSave();
    m_boardCheck.reset();
}

} // namespace jt
