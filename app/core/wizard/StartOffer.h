#pragma once

#include "WizardStep.h"

#include <optional>

namespace jt {

// The first page's answers.
enum class StartChoice { SetUp, Existing, Resume, Demo };

// What the first page offers, which answer is chosen when it shows, and where each answer leads. Decided
// here, not in the page, so that it is tested headless.
struct StartOffer {
    bool existing = false; // a stored connection: check, hand off, replace or remove it
    bool resume = false;   // an unfinished set-up to continue
    WizardStep resumeAt = WizardStep::Welcome;

    // Keeps the admin's own choice while it is still offered (coming back to the page); otherwise a stored
    // connection comes first, then continuing, else a new set-up. A new set-up chosen only because it was the
    // default gives way to a stored connection.
    StartChoice chosen(std::optional<StartChoice> current) const;
    WizardStep next(StartChoice choice) const;

    // Nothing to offer in the demo: it has no stored connection and no progress of its own.
    static StartOffer of(bool connectionStored, WizardStep savedStep, bool demo);
};

} // namespace jt
