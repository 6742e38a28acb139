#pragma once

#include "Icons.h"

#include <QWidget>

class QLabel;

namespace jt::ui {

// An icon and a sentence: how the product states a status everywhere (never colour alone).
class StatusLine : public QWidget {
    Q_OBJECT
public:
    explicit StatusLine(QWidget *parent = nullptr);

    void showStatus(StatusIcon icon, const QString &text); // an empty text hides the line
    QString text() const;                                  // empty while hidden

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace jt::ui
