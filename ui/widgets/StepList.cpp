#include "StepList.h"

#include "Icons.h"

#include <QGridLayout>
#include <QLabel>

#include <utility>

namespace jt::ui {

StepList::StepList(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("stepList"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(12, 16, 16, 16);
    grid->setVerticalSpacing(14);
    grid->setHorizontalSpacing(8);
    int row = 0;
    // The numbered path, then the returning admin's page: shown only there, after the path it completes.
    QList<WizardStep> rows = WizardSteps::all();
    rows << WizardStep::ExistingConnection;
    for (WizardStep step : rows) {
        auto *icon = new QLabel(this);
        auto *text =
            new QLabel(step == WizardStep::ExistingConnection
                           ? WizardSteps::title(step)
                           : QStringLiteral("%1. %2").arg(int(step) + 1).arg(WizardSteps::title(step)),
                       this);
        text->setWordWrap(true);
        grid->addWidget(icon, row, 0, Qt::AlignTop);
        grid->addWidget(text, row, 1, Qt::AlignTop);
        m_rows.append({step, icon, text});
        ++row;
    }
    grid->setRowStretch(row, 1);
    grid->setColumnStretch(1, 1);
    setMinimumWidth(190);
    setCurrent(WizardStep::Welcome);
}

void StepList::setPathDone(bool done) {
    if (std::exchange(m_pathDone, done) != done)
        setCurrent(m_current);
}

void StepList::setNeedsChange(std::optional<WizardStep> step) {
    if (std::exchange(m_needsChange, step) != step)
        setCurrent(m_current);
}

void StepList::setCurrent(WizardStep step) {
    m_current = step;
    const int size = fontMetrics().height();
    const int total = int(WizardSteps::all().size());
    const bool returning = step == WizardStep::ExistingConnection;
    for (const Row &row : m_rows) {
        const bool extra = row.step == WizardStep::ExistingConnection;
        row.icon->setVisible(!extra || returning);
        row.text->setVisible(!extra || returning);
        const bool current = row.step == step;
        const bool needsChange = !current && m_needsChange == row.step && int(row.step) < int(step);
        const bool done = !needsChange && (returning ? !extra && m_pathDone : int(row.step) < int(step));
        // Marks only for done, current and wrong steps: a row of empty circles would look like radio buttons.
        if (done || current || needsChange)
            row.icon->setPixmap(namedIcon(current       ? "step-current"
                                          : needsChange ? "status-missing"
                                                        : "step-done")
                                    .pixmap(QSize(size, size), devicePixelRatioF()));
        else
            row.icon->clear();
        row.icon->setFixedSize(size, size);
        QFont font = row.text->font();
        font.setBold(current);
        row.text->setFont(font);

        const QString state = current       ? tr("current step")
                              : needsChange ? tr("needs a change")
                              : done        ? tr("done")
                                            : tr("to do");
        if (extra)
            row.text->setAccessibleName(tr("%1, %2").arg(WizardSteps::title(row.step), state));
        else
            row.text->setAccessibleName(tr("Step %1 of %2: %3, %4")
                                            .arg(int(row.step) + 1)
                                            .arg(total)
                                            .arg(WizardSteps::title(row.step), state));
    }
    setAccessibleDescription(
        returning ? WizardSteps::title(step)
                  : tr("Step %1 of %2: %3").arg(int(step) + 1).arg(total).arg(WizardSteps::title(step)));
}

} // namespace jt::ui
