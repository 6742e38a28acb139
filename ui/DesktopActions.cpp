#include "DesktopActions.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>

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

bool DesktopActions::confirm(QWidget *parent, const QString &title, const QString &text,
                             const QString &acceptLabel, const QString &rejectLabel) {
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    // The safe answer is the default.
    box.setDefaultButton(rejectLabel.isEmpty() ? box.addButton(QMessageBox::Cancel)
                                               : box.addButton(rejectLabel, QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == accept;
}

void DesktopActions::showAddress(QWidget *parent, const QUrl &url) {
    const QString address = url.toString();
    QMessageBox box(QMessageBox::Information, tr("Open this address in your browser"),
                    tr("No web browser opened. Open this address yourself:"), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("addressDialog"));
    box.setInformativeText(address);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPushButton *copy = box.addButton(tr("&Copy address"), QMessageBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyAddress"));
    box.setDefaultButton(copy);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == copy)
        copyText(address);
}

QString DesktopActions::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                     const QString &filters, QString *selectedFilter) {
    return QFileDialog::getSaveFileName(parent, title, suggested, filters, selectedFilter);
}

} // namespace jt::ui
