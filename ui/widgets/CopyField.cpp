#include "CopyField.h"

#include "DesktopActions.h"
#include "Icons.h"
#include "ReadingView.h"
#include "access/Announcement.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

namespace jt::ui {

CopyField::CopyField(const QString &label, const QString &value, DesktopActions &desktop, QWidget *parent)
    : QWidget(parent)
    , m_desktop(desktop)
    , m_label(new QLabel(label, this))
    , m_value(new ReadingView(this))
    , m_copy(new QToolButton(this))
    , m_copied(new QLabel(this)) {
    // Read whole in every language and window size: a longer label or a narrow window wraps the value onto a
    // second line instead of cutting it off, and its caret lets a keyboard select a part of it.
    m_value->document()->setDocumentMargin(3);
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
    // The button says "Copied" to the eye; a screen reader does not say a focused button's new name, so a
    // notification of its own, without size or text on screen, says it to the ear.
    Announcement::makeRegion(m_copied);
    m_copied->setFixedSize(0, 0);
    m_copied->hide(); // shown with its words only: an empty notification is still said ("notification")
    setValue(value);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        m_desktop.copyText(m_value->toPlainText());
        m_copy->setText(tr("Copied"));
        //: Said by screen readers after Copy; %1 is what was copied, such as "Partner"
        m_copied->hide(); // a second copy is said again
        Announcement::post(m_copied, tr("%1 copied").arg(fieldName()));
        m_copied->show();
        m_copiedShown.start();
    });
    m_copiedShown.setSingleShot(true);
    m_copiedShown.setInterval(2000);
    connect(&m_copiedShown, &QTimer::timeout, this, [this] {
        m_copy->setText(tr("Copy"));
        m_copied->hide();
        Announcement::post(m_copied, {});
    });
}

void CopyField::setValue(const QString &value) {
    m_value->setPlainText(value);
    m_value->setAccessibleName(fieldName());
    m_copy->setAccessibleName(tr("Copy %1").arg(fieldName()));
}

QString CopyField::fieldName() const {
    QString name = m_label->text().remove(QLatin1Char('&'));
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    return name;
}

QString CopyField::value() const {
    return m_value->toPlainText();
}

QWidget *CopyField::valueWidget() const {
    return m_value;
}

} // namespace jt::ui
