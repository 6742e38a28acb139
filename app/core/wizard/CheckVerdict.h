#pragma once

#include "verify/VerificationReport.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace jt {

// What a finished check means for the admin: one headline and what to do about it. A wrong secret, a missing
// permission, a network problem and a TLS problem each read differently.
struct CheckVerdict {
    Q_GADGET // Kind by name in test failures and logs
        Q_DECLARE_TR_FUNCTIONS(CheckVerdict)

            public : enum class Kind {
                Passed,
                Cancelled,
                CredentialRejected,
                PermissionsMissing,
                BoardNotFound,
                BoardOfAnotherAccount,
                Unreachable,
                TlsProblem,
            };
    Q_ENUM(Kind)

    Kind kind = Kind::Passed;
    QString title;  // translated headline
    QString advice; // translated: what to do next

    bool passed() const { return kind == Kind::Passed; }
    // Whether trying the same again can help (the network, not the input, was the problem).
    bool retryHelps() const {
        return kind == Kind::Unreachable || kind == Kind::TlsProblem || kind == Kind::Cancelled;
    }
    // Only the stages the page is about: the credential and its permissions ...
    static CheckVerdict ofPermissions(const VerificationReport &report);
    // ... and, on the job board page, those plus the board.
    static CheckVerdict ofBoard(const VerificationReport &report);

private:
    static CheckVerdict unreachable(NetworkProblem problem);
};

} // namespace jt
