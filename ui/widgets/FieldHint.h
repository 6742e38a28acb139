#pragma once

#include "StatusLine.h"
#include "verify/CredentialInput.h"

namespace jt::ui {

// The line under an input: what is wrong with it (blocks sending), or advice (lets it through), or a note
// such as "spaces around the value were removed".
class FieldHint : public StatusLine {
    Q_OBJECT
public:
    explicit FieldHint(QWidget *parent = nullptr)
        : StatusLine(parent) {}

    void show(const FieldCheck &check, bool typed);
    void showNote(const QString &note) { showStatus(StatusIcon::Info, note); }
};

} // namespace jt::ui
