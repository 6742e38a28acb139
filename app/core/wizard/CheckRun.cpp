#include "CheckRun.h"

namespace jt {

CheckRun::CheckRun(QObject *parent)
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
    connect(&m_waitTick, &QTimer::timeout, this, &CheckRun::waitingChanged);
}

CheckRun::~CheckRun() {
    dropVerifier();
}

void CheckRun::start(const VerificationRequest &request, const TransportSettings &settings) {
    dropVerifier();
    m_state = State::Busy;
    m_report = VerificationReport{};
    m_report.kind = request.kind;
    m_verifier = new Verifier(settings, this);
    connect(m_verifier, &Verifier::finished, this, &CheckRun::onFinished);
    connect(m_verifier, &Verifier::progressed, this, [this] {
        if (!m_showsProgress)
            return;
        m_report = m_verifier->report();
        emit changed();
    });
    connect(m_verifier, &Verifier::attempting, this, &CheckRun::onAttempt);
    connect(m_verifier, &Verifier::rateLimited, this, [this](const QDateTime &until) {
        m_rateLimitUntil = until;
        m_countdown.start();
        emit rateLimitCountdown(rateLimitSecondsLeft());
    });
    m_runClock.start();
    m_runEndsBy = settings.runDeadline.count() > 0
                      ? QDateTime::currentDateTimeUtc().addMSecs(settings.runDeadline.count())
                      : QDateTime();
    m_waitTick.start();
    m_verifier->start(request);
    emit changed();
}

void CheckRun::onAttempt(int attempt, int maxAttempts, const QDateTime &givesUpBy) {
    m_attempt = std::max(m_attempt, attempt);
    m_maxAttempts = maxAttempts;
    if (!m_givesUpBy.isValid() || givesUpBy > m_givesUpBy)
        m_givesUpBy = givesUpBy;
    // Never later than the run's deadline, which ends the check whatever still waits.
    if (m_runEndsBy.isValid() && m_givesUpBy > m_runEndsBy)
        m_givesUpBy = m_runEndsBy;
    // A request went out again: the rate limit's wait is over now, not at the countdown's next tick (which
    // may come after the check has finished, when "trying again" is no longer true).
    if (m_countdown.isActive() && QDateTime::currentDateTimeUtc().msecsTo(m_rateLimitUntil) < 1000) {
        m_countdown.stop();
        m_rateLimitUntil = QDateTime::currentDateTimeUtc(); // ended: silence counts from now
        emit rateLimitCountdown(0);
    }
    emit waitingChanged();
}

void CheckRun::onFinished() {
    m_report = m_verifier->report();
    dropVerifier();
    emit rateLimitCountdown(0);
    m_state = State::Done;
    emit finished();
    emit changed();
}

void CheckRun::cancel() {
    if (m_verifier && m_verifier->isRunning())
        m_verifier->cancel();
}

void CheckRun::stop() {
    dropVerifier();
    if (m_state == State::Busy) {
        m_state = State::Idle;
        emit changed();
    }
}

void CheckRun::reset() {
    dropVerifier();
    if (m_state == State::Idle)
        return;
    m_state = State::Idle;
    m_report = VerificationReport{};
    emit changed();
}

void CheckRun::dropVerifier() {
    if (m_verifier) {
        m_verifier->disconnect(this);
        m_verifier->cancel();
        m_verifier->deleteLater();
        m_verifier = nullptr;
    }
    m_countdown.stop();
    m_rateLimitUntil = {};
    if (m_waitTick.isActive()) {
        m_waitTick.stop();
        m_attempt = m_maxAttempts = 0;
        m_givesUpBy = {};
        emit waitingChanged();
    }
}

QString CheckRun::waitingText() const {
    if (!isRunning() || !m_runClock.isValid() || rateLimitSecondsLeft() > 0)
        return {};
    // Greenhouse did answer when it asked us to wait: its silence counts from the retry after the wait.
    qint64 quietMs = m_runClock.elapsed();
    if (m_rateLimitUntil.isValid())
        quietMs = std::min(quietMs, m_rateLimitUntil.msecsTo(QDateTime::currentDateTimeUtc()));
    if (quietMs < qint64(QuietSecondsBeforeWaiting) * 1000)
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

int CheckRun::rateLimitSecondsLeft() const {
    if (!m_rateLimitUntil.isValid())
        return 0;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_rateLimitUntil);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

} // namespace jt
