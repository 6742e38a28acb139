#pragma once

#include <QObject>
#include <QTimer>

namespace jt::ui {

// Copies a secret the way password managers do (KeePassXC is the model): marked as concealed so clipboard
// managers and history tools skip it, cleared after a visible countdown — only if the clipboard still holds
// it — and cleared when the application quits.
class SecretClipboard : public QObject {
    Q_OBJECT
public:
    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    void copy(const QString &secret, int clearAfterSeconds = 30);
    void clearNow(); // only if the clipboard still holds what was copied
    // A secret that reached the clipboard another way (copied in Greenhouse and pasted here): cleared too.
    void clearIfHolding(const QString &secret);
    bool isHolding() const { return m_secondsLeft > 0; }

signals:
    void countdown(int secondsLeft); // every second; 0 once cleared or overwritten by something else

private:
    void tick();
    bool stillHolds() const;

    QTimer m_timer;
    QByteArray m_digest; // a hash of what was copied, to recognise it without keeping the secret
    int m_secondsLeft = 0;
};

} // namespace jt::ui
