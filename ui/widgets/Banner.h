#pragma once

#include "Icons.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace jt::ui {

// A message across the top of a page: an error with "Try again", a warning, or a success. Its text is
// selectable so people can search for it or send it to IT.
class Banner : public QFrame {
    Q_OBJECT
public:
    enum class Tone { Error, Warning, Success, Info };

    explicit Banner(QWidget *parent = nullptr);

    void showMessage(Tone tone, const QString &title, const QString &detail = {}, bool offerRetry = false);
    void clear();
    QString title() const;
    QString detail() const;
    Tone tone() const { return m_tone; }
    QPushButton *retryButton() const { return m_retry; }

signals:
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_detail;
    QPushButton *m_retry;
    Tone m_tone = Tone::Info;
};

} // namespace jt::ui
