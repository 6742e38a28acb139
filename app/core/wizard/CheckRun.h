#pragma once

#include "net/HttpTransport.h"
#include "verify/Verifier.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace jt {

// One of the wizard's checks (the permissions, or the board): its verifier, its state and its report, and
// what the page shows while it waits — a rate limit's countdown, or how long a silent Greenhouse is still
// given. Each start gets a new verifier; a superseded one is disconnected first, so nothing it still reports
// arrives.
class CheckRun : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Busy, Done };
    Q_ENUM(State)

    explicit CheckRun(QObject *parent = nullptr);
    ~CheckRun() override;

    // With progress shown, report() follows the verifier while it runs (the permission rows fill in one by
    // one); otherwise it stays empty until the end.
    void setShowsProgress(bool shows) { m_showsProgress = shows; }

    void start(const VerificationRequest &request, const TransportSettings &settings);
    void cancel(); // the verifier finishes with a cancelled report
    // Drops the run: a busy one goes back to Idle (it has no result); changed() when the state changed.
    void stop();
    // Idle with an empty report (the input it checked changed).
    void reset();

    State state() const { return m_state; }
    const VerificationReport &report() const { return m_report; }
    bool isRunning() const { return m_verifier != nullptr; }

    int rateLimitSecondsLeft() const;
    // After a few seconds without an answer: "Still waiting for Greenhouse… (attempt 2 of 3; …)"; else empty.
    QString waitingText() const;
    static constexpr int QuietSecondsBeforeWaiting = 3;

signals:
    void finished(); // Done, with its report; before the changed() that tells the pages
    void changed();  // the state or the report changed
    void rateLimitCountdown(int secondsLeft); // every second while waiting; 0 when the wait is over
    void waitingChanged();                    // every second while the check waits

private:
    void dropVerifier();
    void onAttempt(int attempt, int maxAttempts, const QDateTime &givesUpBy);
    void onFinished();

    Verifier *m_verifier = nullptr;
    State m_state = State::Idle;
    VerificationReport m_report;
    bool m_showsProgress = false;

    QDateTime m_rateLimitUntil;
    QTimer m_countdown;
    QElapsedTimer m_runClock;
    QDateTime m_runEndsBy; // the run's deadline
    QTimer m_waitTick;
    int m_attempt = 0;
    int m_maxAttempts = 0;
    QDateTime m_givesUpBy;
};

} // namespace jt
