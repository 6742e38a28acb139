#include "SecretClipboard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace jt::ui {

namespace {
QByteArray digestOf(const QString &text) {
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent) {
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::tick);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &SecretClipboard::clearNow);
}

SecretClipboard::~SecretClipboard() {
    clearNow();
}

void SecretClipboard::copy(const QString &secret, int clearAfterSeconds) {
    auto *data = new QMimeData;
    data->setText(secret);
    // The hints clipboard managers honour: KDE Klipper and others, macOS, Windows clipboard history.
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    data->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), QByteArray());
    data->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
    QGuiApplication::clipboard()->setMimeData(data);
    m_digest = digestOf(secret);
    m_secondsLeft = qMax(1, clearAfterSeconds);
    m_timer.start();
    emit countdown(m_secondsLeft);
}

bool SecretClipboard::stillHolds() const {
    return !m_digest.isEmpty() && digestOf(QGuiApplication::clipboard()->text()) == m_digest;
}

void SecretClipboard::tick() {
    if (!stillHolds()) { // something else was copied since: leave it alone
        m_timer.stop();
        m_digest.clear();
        m_secondsLeft = 0;
        emit countdown(0);
        return;
    }
    if (--m_secondsLeft > 0) {
        emit countdown(m_secondsLeft);
        return;
    }
    clearNow();
}

void SecretClipboard::clearIfHolding(const QString &secret) {
    if (!secret.isEmpty() && QGuiApplication::clipboard()->text().trimmed() == secret.trimmed())
        QGuiApplication::clipboard()->clear();
}

void SecretClipboard::clearNow() {
    m_timer.stop();
    if (stillHolds())
        QGuiApplication::clipboard()->clear();
    const bool wasHolding = m_secondsLeft > 0 || !m_digest.isEmpty();
    m_digest.clear();
    m_secondsLeft = 0;
    if (wasHolding)
        emit countdown(0);
}

} // namespace jt::ui
