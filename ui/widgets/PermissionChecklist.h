#pragma once

#include "verify/VerificationReport.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace jt::ui {

// One row per permission JobTarget needs, read from the core's permission table: an icon and a word for its
// status (never colour alone), Greenhouse's own label, and for a missing one the exact fix.
class PermissionChecklist : public QWidget {
    Q_OBJECT
public:
    explicit PermissionChecklist(QWidget *parent = nullptr);

    // Rows for `kind`, showing the report's results (busy: rows not yet answered read "Checking…").
    void show(CredentialKind kind, const VerificationReport &report, bool busy);

    int rowCount() const { return int(m_rows.size()); }
    QString statusTextAt(int row) const;
    QString labelAt(int row) const;
    QString fixAt(int row) const;

private:
    struct Row {
        QLabel *icon;
        QLabel *label;
        QLabel *status;
        QLabel *fix;
    };
    void rebuild(int count);

    QGridLayout *m_grid;
    QList<Row> m_rows;
};

} // namespace jt::ui
