#include "SecretField.h"

#include "DesktopActions.h"
#include "Icons.h"
#include "StatusLine.h"
#include "access/AccessibilityEvents.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace jt::ui {

SecretField::SecretField(DesktopActions &desktop, QWidget *parent)
    : QWidget(parent)
    , m_desktop(desktop)
    , m_edit(new QLineEdit(this))
    , m_reveal(new QAction(this))
    , m_revealButton(new QToolButton(this))
    , m_paste(new QToolButton(this))
    , m_shown(new StatusLine(this)) {
    filterAccessibilityEvents();
    markAsSecretInput(m_edit);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_reveal->setCheckable(true);
    m_reveal->setShortcut(QKeySequence(Qt::ALT | Qt::Key_R));
    // A button of its own beside the field, not an icon inside it: Tab reaches it, and a screen reader
    // reads it as a toggle with its state.
    m_revealButton->setDefaultAction(m_reveal);
    m_revealButton->setAccessibleName(tr("Show the secret")); // a toggle: its state says whether it is shown
    m_paste->setText(tr("Paste"));
    m_paste->setToolTip(tr("Paste from the clipboard"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_revealButton);
    row->addWidget(m_paste);
    column->addLayout(row);
    column->addWidget(m_shown);
    setFocusProxy(m_edit);
    setRevealed(false);
    // Alt+R leaves the focus in the field, where a screen reader hears neither the toggle's new state nor
    // the field's new echo mode: the line under it says which, and is announced (a notification).
    connect(m_reveal, &QAction::toggled, this, [this](bool revealed) {
        setRevealed(revealed);
        m_shown->showStatus(revealed ? StatusIcon::Warning : StatusIcon::Info,
                            revealed ? tr("The secret is shown") : tr("The secret is hidden"));
    });
    connect(m_edit, &QLineEdit::textEdited, this, &SecretField::textEdited);
    connect(m_paste, &QToolButton::clicked, this, [this] {
        const QString pasted = m_desktop.clipboardText();
        if (pasted.isEmpty())
            return;
        m_edit->setText(pasted);
        m_edit->setFocus();
        emit textEdited(pasted);
    });
}

QString SecretField::text() const {
    return m_edit->text();
}

void SecretField::setText(const QString &text) {
    if (text != m_edit->text())
        m_edit->setText(text);
}

bool SecretField::isRevealed() const {
    return m_edit->echoMode() == QLineEdit::Normal;
}

void SecretField::setRevealed(bool revealed) {
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setIcon(namedIcon(revealed ? "conceal" : "reveal"));
    m_reveal->setText(revealed ? tr("Hide the secret") : tr("Show the secret"));
    m_reveal->setToolTip(revealed ? tr("Hide the secret (Alt+R)") : tr("Show the secret (Alt+R)"));
    if (m_reveal->isChecked() != revealed)
        m_reveal->setChecked(revealed);
}

} // namespace jt::ui
