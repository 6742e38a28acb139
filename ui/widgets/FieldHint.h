#pragma once

#include "StatusLine.h"
#include "verify/CredentialInput.h"

class QPushButton;

namespace jt::ui {

// The line under an input: what is wrong with it (blocks sending), or advice (lets it through), or a note
// such as "spaces around the value were removed". A paste problem that can be repaired gets a button beside
// it ("Remove them").
class FieldHint : public StatusLine {
    Q_OBJECT
public:
    explicit FieldHint(QWidget *parent = nullptr);

    void show(const FieldCheck &check, bool typed);
    void showNote(const QString &note);
    QPushButton *fixButton() const { return m_fix; }

signals:
    void fixChosen(const QString &value); // the repaired value, to put into the field

private:
    QPushButton *m_fix;
    QString m_fixed;
};

} // namespace jt::ui
