#include "StartOffer.h"

namespace jt {

StartOffer StartOffer::of(bool connectionStored, WizardStep savedStep, bool demo) {
    StartOffer offer;
    offer.existing = connectionStored && !demo;
    offer.resume = savedStep != WizardStep::Welcome && !demo;
    offer.resumeAt = offer.resume ? WizardSteps::resumeTarget(savedStep) : WizardStep::Welcome;
    return offer;
}

StartChoice StartOffer::chosen(std::optional<StartChoice> current) const {
    if (current == StartChoice::Demo || (current == StartChoice::Existing && existing))
        return *current;
    if (existing && (!current || current == StartChoice::SetUp))
        return StartChoice::Existing;
    if (resume)
        return StartChoice::Resume;
    return StartChoice::SetUp;
}

WizardStep StartOffer::next(StartChoice choice) const {
    if (choice == StartChoice::Existing && existing)
        return WizardStep::ExistingConnection;
    if (choice == StartChoice::Resume && resume)
        return resumeAt;
    return WizardStep::DeveloperPermission;
}

} // namespace jt
