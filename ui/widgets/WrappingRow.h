#pragma once

#include <QLayout>
#include <QList>

namespace jt::ui {

// A row of buttons or options that continues on a second line when the page is too narrow for it (a longer
// language, a larger font, a smaller window), instead of making the page wider than the window. Items keep
// their size hints and their order; on one line it looks like a QHBoxLayout with a stretch at the end.
class WrappingRow : public QLayout {
public:
    explicit WrappingRow(QWidget *parent = nullptr);
    ~WrappingRow() override;
    WrappingRow(const WrappingRow &) = delete;
    WrappingRow &operator=(const WrappingRow &) = delete;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int gap(Qt::Orientation orientation) const;
    // Lays the items out in `rect` (or only measures, when `place` is false): the height used.
    int arrange(const QRect &rect, bool place) const;

    QList<QLayoutItem *> m_items;
};

} // namespace jt::ui
