#pragma once

#include "Icons.h"

#include <QWidget>

class QLabel;

namespace jt::ui {

// An icon and a sentence: how the product states a status everywhere (never colour alone).
class StatusLine : public QWidget {
    Q_OBJECT
public:
    // An outcome is announced to screen readers when it appears; a field's hint describes its field instead
    // (read with the field) and is announced only once the typing pauses (FieldHint).
    enum class Kind { Outcome, FieldHint };

    explicit StatusLine(QWidget *parent = nullptr, Kind kind = Kind::Outcome);

    // An empty text hides the line. `announce` false: the text changes quietly, as a countdown's every
    // second.
    void showStatus(StatusIcon icon, const QString &text, bool announce = true);
    QString text() const; // empty while hidden
    // The input this line is about (a FieldHint's field): it carries the text as its description.
    void describe(QWidget *field) { m_described = field; }
    QWidget *describedField() const { return m_described; }

private:
    Kind m_kind;
    QWidget *m_described = nullptr;
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace jt::ui
