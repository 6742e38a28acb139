#pragma once

#include "verify/CredentialInput.h"

#include <QWidget>

class QLabel;

namespace jt::ui {

// The line under an input: what is wrong with it (blocks sending), or advice (lets it through), or a note
// that stray spaces were removed. An icon and words, never colour alone.
class FieldHint : public QWidget {
    Q_OBJECT
public:
    explicit FieldHint(QWidget *parent = nullptr);

    void show(const FieldCheck &check, bool typed);
    void showNote(const QString &note);
    QString text() const;

private:
    void set(const char *icon, const QString &text);

    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace jt::ui
