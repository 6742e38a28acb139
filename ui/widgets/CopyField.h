#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace jt::ui {

class DesktopActions;

// A value the admin picks or types in Greenhouse, shown read-only with a Copy button next to it.
class CopyField : public QWidget {
    Q_OBJECT
public:
    CopyField(const QString &label, const QString &value, DesktopActions &desktop, QWidget *parent = nullptr);

    void setValue(const QString &value);
    QString value() const;
    QLabel *label() const { return m_label; }
    QToolButton *copyButton() const { return m_copy; }

private:
    QString fieldName() const; // the label without its mnemonic and colon

    DesktopActions &m_desktop;
    QLabel *m_label;
    QLineEdit *m_value;
    QToolButton *m_copy;
    QLabel *m_copied; // says "… copied" to a screen reader
    QTimer m_copiedShown;
};

} // namespace jt::ui
