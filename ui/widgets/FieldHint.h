#pragma once

#include "StatusLine.h"
#include "verify/CredentialInput.h"

#include <QTimer>

class QPushButton;

namespace jt::ui {

// The line under an input: what is wrong with it (blocks sending), or advice (lets it through), or a note
// such as "spaces around the value were removed". A paste problem that can be repaired gets a button beside
// it ("Remove them").
// A screen reader hears a new hint once the typing in its field pauses (SettleMs), never over the typing;
// it is also read with the field whenever the field gets the focus.
class FieldHint : public StatusLine {
    Q_OBJECT
public:
    static constexpr int SettleMs = 1000;

    explicit FieldHint(QWidget *parent = nullptr);

    void show(const FieldCheck &check, bool typed);
    void showNote(const QString &note);
    QPushButton *fixButton() const { return m_fix; }

signals:
    void fixChosen(const QString &value); // the repaired value, to put into the field

private:
    void settle(); // the text shown now may be new: said once the typing pauses
    void sayIfSettled();

    QPushButton *m_fix;
    QString m_fixed;
    QTimer m_settle;
};

} // namespace jt::ui
