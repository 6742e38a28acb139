#include "CopyField.h"

#include "DesktopActions.h"
#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace jt::ui {

CopyField::CopyField(const QString &label, const QString &value, DesktopActions &desktop, QWidget *parent)
    : QWidget(parent)
    , m_desktop(desktop)
    , m_label(new QLabel(label, this))
    , m_value(new QLineEdit(value, this))
    , m_copy(new QToolButton(this)) {
    m_value->setReadOnly(true);
    m_label->setBuddy(m_value);
    m_label->setMinimumWidth(110);
    m_copy->setText(tr("Copy"));
    m_copy->setIcon(namedIcon("copy"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label);
    row->addWidget(m_value, 1);
    row->addWidget(m_copy);
    setValue(value);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        m_desktop.copyText(m_value->text());
        m_copy->setText(tr("Copied"));
        QTimer::singleShot(2000, m_copy, [this] { m_copy->setText(tr("Copy")); });
    });
}

void CopyField::setValue(const QString &value) {
    m_value->setText(value);
    m_value->setCursorPosition(0);
    QString name = m_label->text().remove(QLatin1Char('&'));
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    m_value->setAccessibleName(name);
    m_copy->setAccessibleName(tr("Copy %1").arg(name));
}

QString CopyField::value() const {
    return m_value->text();
}

} // namespace jt::ui
