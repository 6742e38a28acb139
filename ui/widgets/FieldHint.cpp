#include "FieldHint.h"

#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>

namespace jt::ui {

FieldHint::FieldHint(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this)) {
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 4);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    setVisible(false);
}

void FieldHint::set(const char *icon, const QString &text) {
    const int size = fontMetrics().height();
    m_icon->setPixmap(namedIcon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

void FieldHint::show(const FieldCheck &check, bool typed) {
    // An empty field is not an error until the admin has typed something into it.
    if (!check.ok() && (typed || !check.value.isEmpty()))
        set("status-missing", check.error);
    else if (!check.hint.isEmpty())
        set("status-warning", check.hint);
    else
        set("info", {});
}

void FieldHint::showNote(const QString &note) {
    set("info", note);
}

QString FieldHint::text() const {
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

} // namespace jt::ui
