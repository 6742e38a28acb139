#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace jt::ui {

class DesktopActions;
class ReadingView;

// A value the admin picks or types in Greenhouse, shown read-only (whole: it wraps when narrow) with a Copy
// button next to it.
class CopyField : public QWidget {
    Q_OBJECT
public:
    CopyField(const QString &label, const QString &value, DesktopActions &desktop, QWidget *parent = nullptr);

    void setValue(const QString &value);
    QString value() const;
    QLabel *label() const { return m_label; }
    QToolButton *copyButton() const { return m_copy; }
    QWidget *valueWidget() const; // what shows the value

private:
    QString fieldName() const; // the label without its mnemonic and colon

    DesktopActions &m_desktop;
    QLabel *m_label;
    ReadingView *m_value;
    QToolButton *m_copy;
    QLabel *m_copied; // says "… copied" to a screen reader
    QTimer m_copiedShown;
};

} // namespace jt::ui
