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
                             const QString &acceptLabel) {
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel)); // the safe answer is the default
    box.exec();
    return box.clickedButton() == accept;
}

QString DesktopActions::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                     const QString &filters, QString *selectedFilter) {
    return QFileDialog::getSaveFileName(parent, title, suggested, filters, selectedFilter);
}

} // namespace jt::ui
