#pragma once

#include <QCoreApplication>
#include <QString>

namespace jt {

// A job board token from what an admin pastes: the token itself in any case and with stray spaces, or the
// address of the hosted board (boards.greenhouse.io/acme, job-boards.eu.greenhouse.io/acme/jobs/123,
// an embed address with ?for=acme, a Job Board API address).
struct BoardTokenInput {
    Q_DECLARE_TR_FUNCTIONS(BoardTokenInput)

public:
    QString token; // normalised; empty when the input cannot hold one
    QString error; // translated reason when token is empty

    [[nodiscard]] static BoardTokenInput parse(const QString &input);
};

} // namespace jt
