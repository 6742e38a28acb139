#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace jt {

class SetupController;

// The returning admin's page as the core decides it: what is stored, what the last check found, what is
// wrong now and the one action that fixes it. The page renders this and forwards clicks; it decides nothing.
struct StoredConnectionView {
    Q_DECLARE_TR_FUNCTIONS(StoredConnectionView)

public:
    enum class Action {
        CheckNow,                 // "Check it now", "Check again" once checked
        CancelCheck,              // in CheckNow's place while a check runs: the focus stays on it
        OpenCredentialManagement, // a scope to tick in Greenhouse
        ChooseBoard,              // the board is gone or another account's
        Replace,                  // the credential was rejected (or a rotation)
        HandOff,
        Remove,
        SetUp, // nothing stored (any more): a new connection
    };
    struct Fact {
        QString label; // translated: "Job board"
        QString value; // plain text
    };

    QString intro;
    QList<Fact> facts;         // board, credential, last check: each once
    QList<Action> actions;     // the buttons shown, in order: the fix first
    std::optional<Action> fix; // where the keyboard goes when a check, read or removal ends (none: the
                               // banner's Try again, which the page offers for network trouble)
    bool busy = false;         // the keychain or Greenhouse is being asked: only CancelCheck works
    QString progress;          // what is under way, for the status line
    bool checked = false;      // checked in this session: its checklist and verdict are shown
    bool removed = false;      // removed in this session
    QString historyLastCheck;  // the daily history's last check, when it is not the "Last checked" above

    bool shows(Action action) const { return actions.contains(action); }
    bool enabled(Action action) const { return shows(action) && (!busy || action == Action::CancelCheck); }
    QString label(Action action) const; // translated, with its mnemonic

    static StoredConnectionView of(const SetupController &controller);
};

} // namespace jt
