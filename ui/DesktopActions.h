#pragma once

#include <QString>
#include <QUrl>

class QWidget;

namespace jt::ui {

// Every side effect the wizard has on the desktop outside its window: the browser, the mail client, the
// clipboard for plain values, and the modal questions (confirmations, where to save a file). Tests replace it
// to see what would have happened and to answer the questions.
class DesktopActions {
public:
    virtual ~DesktopActions() = default;
    virtual bool openUrl(const QUrl &url);      // browser or mail client
    virtual void copyText(const QString &text); // a non-secret value
    virtual QString clipboardText() const;      // for the Paste buttons
    // A yes/no question with a warning icon; true when the admin chose `acceptLabel`.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptLabel);
    // Where to save a file; empty when cancelled. `selectedFilter` in/out.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filters, QString *selectedFilter);
};

} // namespace jt::ui
