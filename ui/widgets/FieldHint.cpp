#include "FieldHint.h"

#include "access/Announcement.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QPushButton>

namespace jt::ui {

FieldHint::FieldHint(QWidget *parent)
    : StatusLine(parent, Kind::FieldHint)
    , m_fix(new QPushButton(this)) {
    // A notification region (StatusLine) whose appearing is not announced by itself (AccessibilityEvents):
    // only sayIfSettled() announces it.
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &FieldHint::sayIfSettled);
    m_fix->setAutoDefault(true); // Enter on it repairs the field, never goes to the next page
    m_fix->hide();
    if (auto *row = qobject_cast<QHBoxLayout *>(layout()))
        row->addWidget(m_fix, 0, Qt::AlignTop);
    connect(m_fix, &QPushButton::clicked, this, [this] {
        const QString value = std::exchange(m_fixed, QString());
        m_fix->hide();
        if (!value.isEmpty())
            emit fixChosen(value);
    });
}

void FieldHint::show(const FieldCheck &check, bool typed) {
    // An empty field is not an error until the admin has typed something into it.
    const bool error = !check.ok() && (typed || !check.value.isEmpty());
    if (error)
        showStatus(StatusIcon::Missing, check.error);
    else if (!check.hint.isEmpty())
        showStatus(StatusIcon::Warning, check.hint);
    else
        showStatus(StatusIcon::Info, {});
    m_fixed = error ? check.fixed : QString(); // the repaired value (perhaps a secret) stays in memory only
    m_fix->setText(check.fixLabel);
    if (m_fix->accessibleDescription() != check.error) // each call is an event (see StatusLine::showStatus)
        m_fix->setAccessibleDescription(check.error);
    m_fix->setVisible(!m_fixed.isEmpty());
    settle();
}

void FieldHint::showNote(const QString &note) {
    m_fixed.clear();
    m_fix->hide();
    showStatus(StatusIcon::Info, note);
    settle();
}

void FieldHint::settle() {
    if (text().isEmpty()) {
        m_settle.stop();
        Announcement::post(this, {}); // gone: the same advice coming back is new again
        return;
    }
    m_settle.start(); // each key typed starts the pause again
}

// Said only while the admin is at the field it is about (a hint filled in as a page opens is read with its
// field when the keyboard gets there), and each text once (Announcement::post repeats nothing).
void FieldHint::sayIfSettled() {
    QWidget *field = describedField();
    const QWidget *focused = QApplication::focusWidget();
    if (!field || !focused || !(focused == field || field->isAncestorOf(focused)))
        return;
    Announcement::post(this, text());
}

} // namespace jt::ui
