#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QWidget;

namespace jt::ui {

// Every side effect the wizard has on the desktop outside its window: the browser, the mail client, the
// clipboard for plain values, and the modal questions (confirmations, where to save a file). Tests replace it
// to see what would have happened and to answer the questions.
class DesktopActions {
    Q_DECLARE_TR_FUNCTIONS(DesktopActions)

public:
    virtual ~DesktopActions() = default;
    virtual bool openUrl(const QUrl &url);      // browser or mail client
    virtual void copyText(const QString &text); // a non-secret value
    virtual QString clipboardText() const;      // for the Paste buttons
    // A yes/no question with a warning icon; true when the admin chose `acceptLabel`. The other answer
    // (`rejectLabel`, "Cancel" when empty) is the default.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptLabel, const QString &rejectLabel = {});
    // A web page the browser could not open: its address in a dialog, with "Copy address".
    virtual void showAddress(QWidget *parent, const QUrl &url);
    // Opens `url`; when no browser (or mail program) opens, shows the address instead.
    void openOrShowAddress(QWidget *parent, const QUrl &url) {
        if (!openUrl(url))
            showAddress(parent, url);
    }
    // Where to save a file; empty when cancelled. `selectedFilter` in/out.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filters, QString *selectedFilter);
};

} // namespace jt::ui
