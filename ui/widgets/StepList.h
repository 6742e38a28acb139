#pragma once

#include "wizard/WizardStep.h"

#include <QWidget>

class QLabel;

namespace jt::ui {

// The wizard's steps down the side: done, current (bold), still to come. Where the admin is, at a glance.
class StepList : public QWidget {
    Q_OBJECT
public:
    explicit StepList(QWidget *parent = nullptr);
    void setCurrent(WizardStep step);
    // On the returning admin's page the path above is done while a connection is stored; removed, it is not.
    void setPathDone(bool done);
    WizardStep current() const { return m_current; }

private:
    struct Row {
        WizardStep step;
        QLabel *icon;
        QLabel *text;
    };
    QList<Row> m_rows;
    WizardStep m_current = WizardStep::Welcome;
    bool m_pathDone = true;
};

} // namespace jt::ui
