#include "Illustration.h"

#include <QPainter>
#include <QSvgRenderer>

namespace jt::ui {

namespace {

QString pathOf(const QString &name) {
    return QStringLiteral(":/illustrations/%1.svg").arg(name);
}

QSize logicalSize(const QSvgRenderer &svg) {
    return svg.defaultSize().isValid() ? svg.defaultSize() : QSize(360, 150);
}

} // namespace

Illustration::Illustration(const QString &name, QWidget *parent)
    : QLabel(parent)
    , m_name(name)
    , m_size(logicalSize(QSvgRenderer(pathOf(name)))) {}

QPixmap Illustration::render(const QString &name, qreal ratio) {
    QSvgRenderer svg(pathOf(name));
    QPixmap pixmap(logicalSize(svg) * ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    svg.render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

void Illustration::showEvent(QShowEvent *event) {
    if (!m_drawn) {
        m_drawn = true;
        setPixmap(render(m_name, qMax<qreal>(devicePixelRatioF(), 2.0)));
    }
    QLabel::showEvent(event);
}

} // namespace jt::ui
