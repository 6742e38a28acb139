#pragma once

#include <QLabel>
#include <QPixmap>

namespace jt::ui {

// An illustration from resources/illustrations. Its size is known at once (the SVG's own); the picture is
// drawn the first time it is shown, at the screen's pixel density (at least 2x, sharp at 200 %): drawing them
// all while the wizard was built cost a third of its start-up.
class Illustration final : public QLabel {
public:
    explicit Illustration(const QString &name, QWidget *parent = nullptr);

    QSize sizeHint() const override { return m_size; }
    QSize minimumSizeHint() const override { return m_size; }

    // The picture at `ratio` device pixels per logical pixel.
    static QPixmap render(const QString &name, qreal ratio);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString m_name;
    QSize m_size;
    bool m_drawn = false;
};

} // namespace jt::ui
