#pragma once

#include "wizard/WizardStep.h"

#include <QWidget>

#include <optional>

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
    // A step already passed whose input a later check found wrong (the secret Greenhouse rejected): marked
    // as a problem, not done, until it is fixed.
    void setNeedsChange(std::optional<WizardStep> step);
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
    std::optional<WizardStep> m_needsChange;
};

} // namespace jt::ui
