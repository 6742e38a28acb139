#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QToolButton;

namespace jt::ui {

class DesktopActions;
class StatusLine;

// A masked input for the Client Secret or API key: hidden by default, a reveal toggle, a Paste button, and a
// monospace font so that O/0 and l/1 can be told apart when revealed. Showing or hiding it by hand is said
// under the field (and to a screen reader, whose focus stays in the field).
class SecretField : public QWidget {
    Q_OBJECT
public:
    explicit SecretField(DesktopActions &desktop, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QString text() const;
    void setText(const QString &text);
    bool isRevealed() const;
    void setRevealed(bool revealed);
    QAction *revealAction() const { return m_reveal; }
    QToolButton *revealButton() const { return m_revealButton; }
    QToolButton *pasteButton() const { return m_paste; }

signals:
    void textEdited(const QString &text);

private:
    DesktopActions &m_desktop;
    QLineEdit *m_edit;
    QAction *m_reveal;
    QToolButton *m_revealButton;
    QToolButton *m_paste;
    StatusLine *m_shown;
};

} // namespace jt::ui
