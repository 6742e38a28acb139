#include "PermissionChecklist.h"

#include "Icons.h"
#include "verify/StatusText.h"

#include <QGridLayout>
#include <QLabel>

namespace jt::ui {

PermissionChecklist::PermissionChecklist(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this)) {
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(2, 1);
    setAccessibleName(tr("Required permissions"));
}

void PermissionChecklist::rebuild(int count) {
    if (m_rows.size() == count)
        return;
    for (const Row &row : std::as_const(m_rows)) {
        delete row.icon;
        delete row.label;
        delete row.status;
        delete row.fix;
    }
    m_rows.clear();
    for (int i = 0; i < count; ++i) {
        Row row{new QLabel(this), new QLabel(this), new QLabel(this), new QLabel(this)};
        row.label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.fix->setWordWrap(true);
        row.fix->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.fix->setContentsMargins(0, 0, 0, 6);
        QFont bold = row.status->font();
        bold.setBold(true);
        row.status->setFont(bold);
        // icon, status word, label: the status reads first, next to its mark
        m_grid->addWidget(row.icon, 2 * i, 0, Qt::AlignTop);
        m_grid->addWidget(row.status, 2 * i, 1, Qt::AlignTop);
        m_grid->addWidget(row.label, 2 * i, 2, Qt::AlignTop);
        m_grid->addWidget(row.fix, 2 * i + 1, 1, 1, 2);
        m_rows.append(row);
    }
}

void PermissionChecklist::show(CredentialKind kind, const VerificationReport &report, bool busy) {
    const QList<RequiredPermission> &table = requiredPermissions(kind);
    rebuild(int(table.size()));
    const int size = fontMetrics().height() + 2;
    for (int i = 0; i < m_rows.size(); ++i) {
        const RequiredPermission &permission = table.at(i);
        PermissionRow result{&permission, PermissionStatus::NotChecked, {}, {}, {}};
        for (const PermissionRow &row : report.permissions) {
            if (row.permission && QLatin1String(row.permission->id) == QLatin1String(permission.id))
                result = row;
        }
        const Row &row = m_rows.at(i);
        const bool checking = busy && result.status == PermissionStatus::NotChecked;
        row.icon->setPixmap(statusIcon(checking ? StatusIcon::Busy : iconFor(result.status))
                                .pixmap(QSize(size, size), devicePixelRatioF()));
        row.label->setText(permission.labelWithSection());
        // A permission that could not be checked says so in one word: the banner above says why, once.
        QString status = checking ? tr("Checking…")
                         : result.status == PermissionStatus::Unreachable
                             ? StatusText::of(PermissionStatus::NotChecked)
                             : StatusText::of(result.status);
        if (!status.isEmpty())
            status[0] = status[0].toUpper(); // a status word on its own, as in a heading

        row.status->setText(status);
        QString fix;
        if (result.status == PermissionStatus::Missing)
            fix = result.fixText();
        row.fix->setText(fix);
        row.fix->setVisible(!fix.isEmpty());
        row.label->setAccessibleName(QStringLiteral("%1: %2").arg(permission.labelString(), status));
    }
}

QString PermissionChecklist::statusTextAt(int row) const {
    return m_rows.at(row).status->text();
}
QString PermissionChecklist::labelAt(int row) const {
    return m_rows.at(row).label->text();
}
QString PermissionChecklist::fixAt(int row) const {
    return m_rows.at(row).fix->isVisibleTo(this) ? m_rows.at(row).fix->text() : QString();
}

} // namespace jt::ui
