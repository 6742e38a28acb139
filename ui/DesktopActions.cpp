#include "DesktopActions.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>

namespace jt::ui {

bool DesktopActions::openUrl(const QUrl &url) {
    return QDesktopServices::openUrl(url);
}

void DesktopActions::copyText(const QString &text) {
    QGuiApplication::clipboard()->setText(text);
}

QString DesktopActions::clipboardText() const {
    return QGuiApplication::clipboard()->text();
}

} // namespace jt::ui
