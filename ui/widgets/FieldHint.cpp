#include "FieldHint.h"

namespace jt::ui {

void FieldHint::show(const FieldCheck &check, bool typed) {
    // An empty field is not an error until the admin has typed something into it.
    if (!check.ok() && (typed || !check.value.isEmpty()))
        showStatus(StatusIcon::Missing, check.error);
    else if (!check.hint.isEmpty())
        showStatus(StatusIcon::Warning, check.hint);
    else
        showStatus(StatusIcon::Info, {});
}

} // namespace jt::ui
