#pragma once

#include <QTextBrowser>

#include <memory>

class QTextDocument;

namespace jt::ui {

// Read-only text that a screen reader can read and a keyboard can walk: a text view with a caret (the arrow
// keys move it, Shift selects, Tab stops at each link), exposed with its whole text. It is as tall as its
// text at the width it is given and never scrolls inside itself, so on a page that scrolls there is one
// scroll bar, and long words or values wrap instead of being cut off.
class ReadingView : public QTextBrowser {
    Q_OBJECT
public:
    explicit ReadingView(QWidget *parent = nullptr);
    ~ReadingView() override;
    ReadingView(const ReadingView &) = delete;
    ReadingView &operator=(const ReadingView &) = delete;

    // Drawn on the window's colour, as a panel of the page, instead of as a text box.
    void setPanelBackground();

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // A copy of the document to measure at any width, without relaying out the one on screen.
    QTextDocument &measured() const;
    int frameSpace() const { return 2 * frameWidth(); }

    mutable std::unique_ptr<QTextDocument> m_measured;
};

} // namespace jt::ui
