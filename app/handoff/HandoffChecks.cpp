// The hand-off's checks line (HandoffChecks, declared in HandoffSummary.h): the current state first, then the
// scheduled and the by-hand checks counted apart.
#include "HandoffSummary.h"

#include "watch/CheckHistory.h"

namespace jt {

HandoffChecks HandoffChecks::of(const QList<CheckRecord> &records, const QString &boardToken) {
    QList<CheckRecord> mine;
    for (const CheckRecord &record : records) {
        if (record.at.isValid() &&
            (record.board.isEmpty() || boardToken.isEmpty() || record.board == boardToken))
            mine << record;
    }
    std::stable_sort(mine.begin(), mine.end(),
                     [](const CheckRecord &a, const CheckRecord &b) { return a.at < b.at; });

    HandoffChecks checks;
    QList<const CheckRecord *> decided; // those that reached a result: passed or failed
    for (const CheckRecord &record : std::as_const(mine)) {
        Counts &counts = record.trigger == CheckTrigger::ByHand ? checks.byHand : checks.scheduled;
        if (!counts.since.isValid())
            counts.since = record.at;
        switch (record.outcome) {
        case CheckOutcome::Passed:
            ++counts.passed;
            decided << &record;
            break;
        case CheckOutcome::Failed:
            ++counts.failed;
            decided << &record;
            break;
        case CheckOutcome::NotChecked:
            ++counts.notChecked;
            break;
        }
    }
    if (!mine.isEmpty() && mine.constLast().outcome == CheckOutcome::NotChecked) {
        checks.notDoneAt = mine.constLast().at;
        checks.notDoneReason = mine.constLast().problemText();
    }
    if (decided.isEmpty())
        return checks;

    // The run of equal outcomes that the newest decided check ends is the state now.
    const CheckOutcome now = decided.constLast()->outcome;
    qsizetype first = decided.size() - 1;
    while (first > 0 && decided.at(first - 1)->outcome == now)
        --first;
    checks.stateSince = decided.at(first)->at;
    if (now == CheckOutcome::Failed) {
        checks.state = State::Failing;
        checks.problem = decided.constLast()->problemText();
        return checks;
    }
    checks.state = State::Passing;
    // Before it: runs of failures, each ended by a check that passed.
    for (qsizetype i = 0; i < first; ++i) {
        if (decided.at(i)->outcome != CheckOutcome::Failed)
            continue;
        if (i == 0 || decided.at(i - 1)->outcome != CheckOutcome::Failed) {
            ++checks.fixedFailures;
            checks.lastFailureFrom = decided.at(i)->at;
        }
        checks.lastFailureTo = decided.at(i)->at;
        checks.lastFailureFixedAt = decided.at(i + 1)->at; // i < first: a later decided check exists
    }
    return checks;
}

QString HandoffChecks::text() const {
    if (isEmpty())
        return {};
    QStringList sentences;
    const QString since = CheckRecord::dateText(stateSince);
    switch (state) {
    case State::Passing:
        if (fixedFailures == 0) {
            //: The state of the stored connection now; %1 the date of the first check that passed in a row
            sentences << tr("Passing since %1.").arg(since);
        } else if (fixedFailures == 1) {
            const QString from = CheckRecord::dateText(lastFailureFrom);
            const QString to = CheckRecord::dateText(lastFailureTo);
            sentences
                << (from == to
                        //: %1 since when the checks pass, %2 the day of the one failure before that
                        ? tr("Passing since %1; one failure on %2, fixed.").arg(since, from)
                        //: %1 since when the checks pass, %2 and %3 the days the one failure lasted
                        : tr("Passing since %1; one failure from %2 to %3, fixed.").arg(since, from, to));
        } else {
            //: %n (2 or more) failures before, each fixed; %1 since when the checks pass, %2 the day of the
            //: last failure
            sentences << tr("Passing since %1; %n failures before, the last on %2, all fixed.", nullptr,
                            fixedFailures)
                             .arg(since, CheckRecord::dateText(lastFailureTo));
        }
        break;
    case State::Failing:
        //: %1 the date of the first failed check in a row, %2 what is wrong ("the credential was rejected")
        sentences << tr("Failing since %1: %2.").arg(since, problem);
        break;
    case State::Unknown:
        break;
    }
    if (notDoneAt.isValid())
        sentences
            << (state == State::Unknown
                    //: %1 a date, %2 why the check could not be done ("Greenhouse could not be reached")
                    ? tr("No check has reached a result yet; the last, on %1, could not be done: %2.")
                    //: %1 a date, %2 why the check could not be done ("Greenhouse could not be reached")
                    : tr("The last check, on %1, could not be done: %2."))
                   .arg(CheckRecord::dateText(notDoneAt), notDoneReason);

    // Then how many checks there were, the schedule's and the admin's own apart.
    if (scheduled.total() >= 2)
        //: %n (2 or more) checks that the daily schedule ran, %1 the date of the first
        sentences << tr("%n scheduled checks since %1.", nullptr, scheduled.total())
                         .arg(CheckRecord::dateText(scheduled.since));
    else if (scheduled.total() == 1)
        //: %1 the date of the one check the daily schedule ran
        sentences << tr("1 scheduled check, on %1.").arg(CheckRecord::dateText(scheduled.since));
    else
        sentences << tr("No scheduled check yet.");
    if (byHand.total() >= 2)
        //: %n (2 or more) checks the admin started in the wizard ("Check it now")
        sentences << tr("%n checks by hand.", nullptr, byHand.total());
    else if (byHand.total() == 1)
        sentences << tr("1 check by hand.");
    return sentences.join(QLatin1Char(' '));
}

QString HandoffChecks::stateWord(State state) {
    switch (state) {
    case State::Passing:
        return QStringLiteral("passing");
    case State::Failing:
        return QStringLiteral("failing");
    case State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace jt
