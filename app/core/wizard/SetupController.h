#pragma once

#include "CheckRun.h"
#include "CheckVerdict.h"
#include "DemoSession.h"
#include "ProgressStore.h"
#include "StartOffer.h"
#include "StoredConnectionFlow.h"
#include "greenhouse/Endpoints.h"
#include "net/HttpTransport.h"
#include "store/ConnectionStore.h"
#include "verify/BoardToken.h"
#include "verify/CredentialInput.h"
#include "verify/Verifier.h"
#include "watch/DailyCheck.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace jt {

// The wizard's state and every call to the engine, with no widgets: the pages render what it holds and
// forward what the admin types. Tested headless; the UI is a view of it.
class SetupController : public QObject {
    Q_OBJECT
public:
    using CheckState = CheckRun::State;
    using StoreState = StoredConnectionFlow::State; // a keychain job of the Save page or of a returning admin

    explicit SetupController(QObject *parent = nullptr);
    ~SetupController() override;

    // Where Greenhouse is: the real hosts, an override (tests, GREENHOUSE_*_URL) or the built-in demo.
    void setEndpoints(const GreenhouseEndpoints &endpoints);
    GreenhouseEndpoints endpoints() const;
    void setTransportSettings(const TransportSettings &settings);

    // Demo: a practice Greenhouse on this computer (made by `factory`), with its own credential and boards.
    void setDemoFactory(DemoGreenhouseFactory factory) { m_demo.setFactory(std::move(factory)); }
    bool enterDemo(); // false without a factory, or when the practice Greenhouse could not start
    void leaveDemo();
    bool isDemo() const { return m_demo.isActive(); }
    DemoGreenhouse *demoGreenhouse() const { return m_demo.greenhouse(); }
    void fillDemoCredential();
    // Practice: the demo credential loses a permission, as if it had not been ticked in Greenhouse.
    void setPractiseMissingPermission(bool missing);
    bool practisingMissingPermission() const;

    // Progress survives a restart (not in demo mode); the secret never does.
    void setProgressStore(ProgressStore *store);
    Progress savedProgress() const { return m_saved; }
    // The first page: a stored connection, an unfinished set-up to continue, or neither.
    StartOffer startOffer() const {
        return StartOffer::of(storedConnection().has_value(), m_saved.step, isDemo());
    }
    void reachStep(WizardStep step);
    void forgetProgress();

    // Step 2: the developer permission.
    void setDeveloperAccess(DeveloperAccess access);
    DeveloperAccess developerAccess() const { return m_progress.developerAccess; }
    QString siteAdminRequest() const; // a ready-to-send message for the Site Admin
    QString siteAdminRequestSubject() const;
    QUrl siteAdminRequestMail() const; // mailto: with subject and body

    // Steps 3–4: the credential.
    void setCredentialKind(CredentialKind kind);
    CredentialKind credentialKind() const { return m_progress.kind; }
    void setClientId(const QString &text);
    void setUserId(const QString &text);
    void setSecret(const QString &text);
    QString clientIdText() const { return m_clientIdText; }
    QString userIdText() const { return m_userIdText; }
    QString secretText() const { return m_secrets[int(credentialKind())]; }
    FieldCheck clientIdCheck() const;
    FieldCheck userIdCheck() const;
    FieldCheck secretCheck() const;
    bool credentialReady() const; // every field can be sent

    // Step 5: the permission check.
    void checkPermissions();
    CheckState permissionsState() const { return m_permissionsCheck.state(); }
    const VerificationReport &permissionsReport() const { return m_permissionsCheck.report(); }
    CheckVerdict permissionsVerdict() const { return CheckVerdict::ofPermissions(permissionsReport()); }
    bool permissionsPassed() const;

    // Step 6: the job board.
    void setBoardInput(const QString &text);
    QString boardInputText() const { return m_boardText; }
    BoardTokenInput boardInput() const { return BoardTokenInput::parse(m_boardText); }
    const BoardListing &visibleBoards() const { return permissionsReport().visibleBoards; }
    // The token of the one live board the credential sees, when there is exactly one (nothing to choose).
    QString soleLiveBoard() const;
    void checkBoard();
    CheckState boardState() const { return m_boardCheck.state(); }
    const VerificationReport &boardReport() const { return m_boardCheck.report(); }
    CheckVerdict boardVerdict() const { return CheckVerdict::ofBoard(boardReport()); }
    bool boardPassed() const;

    // Steps 7–8 and returning admins: the stored connection (the keychain jobs: StoredConnectionFlow).
    void setConnectionStore(ConnectionStore *store) { m_stored.setStore(store); }
    std::optional<StoredConnection> storedConnection() const;
    void saveConnection(); // stores the board check's verified connection; the demo stores nothing
    StoreState saveState() const { return m_stored.saveState(); }
    const KeychainResult &saveResult() const { return m_stored.saveResult(); }
    // The connection shown is the one in the keychain: saved just now, or read back for a returning admin.
    bool saved() const { return (saveState() == StoreState::Done && saveResult().ok()) || m_storedLoaded; }
    // What is (or would be) stored: from the board check, or the stored connection read back for hand-off.
    StoredConnection verifiedConnection() const;
    // Check it now: reads the stored secret, fills in the credential and the board, and re-checks them all;
    // the result is recorded with the stored connection ("Last checked") and in the daily check's history.
    void checkStoredConnection();
    // Hand off again: reads the stored secret (for Copy secret and exports) without checking anything.
    void loadStoredConnection();
    bool storedConnectionLoaded() const { return m_storedLoaded; }
    StoreState loadState() const { return m_stored.loadState(); }
    const KeychainResult &loadResult() const { return m_stored.loadResult(); }
    // Replace the credential (rotation): the new one goes through every step; the old one is to be revoked.
    void startReplacing();
    bool isReplacing() const { return m_stored.isReplacing(); }
    QString replacedClientId() const {
        return m_stored.replacedClientId();
    } // v3: how the admin finds the old one
    void removeStoredConnection() { m_stored.remove(); }
    void abandonStoredCheck() { m_stored.abandonRead(); } // leaving the page: a keychain answer is dropped
    StoreState removeState() const { return m_stored.removeState(); }
    const KeychainResult &removeResult() const { return m_stored.removeResult(); }
    // "Check every day" (null: not offered). Removing the stored connection turns it off and forgets its
    // history.
    void setDailyCheck(DailyCheck *daily);
    DailyCheck *dailyCheck() const { return m_daily; }

    // Whichever check runs.
    void cancel();
    bool isBusy() const { return m_permissionsCheck.isRunning() || m_boardCheck.isRunning(); }
    int rateLimitSecondsLeft() const { return runningCheck().rateLimitSecondsLeft(); }
    // After a few seconds without an answer: "Still waiting for Greenhouse… (attempt 2 of 3; …)"; else empty.
    QString waitingText() const { return runningCheck().waitingText(); }
    static constexpr int QuietSecondsBeforeWaiting = CheckRun::QuietSecondsBeforeWaiting;

signals:
    void demoChanged();
    void credentialChanged();
    void permissionsCheckChanged();
    void boardCheckChanged();
    void boardInputChanged();
    void rateLimitCountdown(int secondsLeft); // every second while waiting; 0 when the wait is over
    void waitingChanged();                    // every second while a check waits; waitingText() says it
    void storeChanged();                      // a keychain job started or ended
    void dailyCheckChanged();                 // turned on or off, or a change started or ended

private:
    VerificationRequest request() const;
    const CheckRun &runningCheck() const {
        return m_boardCheck.isRunning() ? m_boardCheck : m_permissionsCheck;
    }
    void stopRun();
    void boardCheckFinished();
    QString &currentSecret() { return m_secrets[int(credentialKind())]; }
    void clearSecrets() {
        for (QString &secret : m_secrets)
            secret.clear();
    }
    void invalidatePermissions();
    void invalidateBoard();
    void saveProgress();
    void readStoredConnection(bool thenCheck);
    StoredConnection checkedConnection() const; // from the request and the board check's report

    CheckRun m_permissionsCheck;
    CheckRun m_boardCheck;
    GreenhouseEndpoints m_endpoints;
    TransportSettings m_transportSettings;
    DemoSession m_demo;

    ProgressStore *m_store = nullptr;
    Progress m_saved;    // as loaded at start
    Progress m_progress; // current non-secret state
    QString m_clientIdText;
    QString m_userIdText;
    QString
        m_secrets[2]; // by CredentialKind: a Client Secret and an API key, each kept while the other is shown
    QString m_boardText;

    StoredConnectionFlow m_stored;
    DailyCheck *m_daily = nullptr;
    bool m_storedLoaded = false;   // the credential fields hold the stored connection, read from the keychain
    bool m_checkingStored = false; // the board check running is a returning admin's "Check it now"
};

} // namespace jt
