#pragma once

#include <QString>
#include <QUrl>

namespace jt::ui {

// Every side effect the wizard has on the desktop outside its window: the browser, the mail client and the
// clipboard. Tests replace it to see what would have been opened or copied.
class DesktopActions {
public:
    virtual ~DesktopActions() = default;
    virtual bool openUrl(const QUrl &url);      // browser or mail client
    virtual void copyText(const QString &text); // a non-secret value
    virtual QString clipboardText() const;      // for the Paste buttons
};

} // namespace jt::ui
