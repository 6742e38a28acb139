#include "FinishPage.h"

#include "widgets/Banner.h"
#include "widgets/PermissionChecklist.h"
#include "wizard/SetupController.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace jt::ui {

FinishPage::FinishPage(SetupController &controller, DesktopActions &desktop)
    : SetupPage(WizardStep::Finish, controller, desktop)
    , m_summary(new QLabel)
    , m_checklist(new PermissionChecklist)
    , m_next(new QLabel) {
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_summary);
    body()->addWidget(m_checklist);
    m_next->setTextFormat(Qt::RichText);
    m_next->setWordWrap(true);
    body()->addWidget(m_next);
    body()->addStretch(1);
    setFinalPage(true);
    setHelpText(
        tr("Give JobTarget the credential and the board token through a secure channel, as Greenhouse "
           "recommends: not in a plain e-mail."));
}

void FinishPage::initializePage() {
    m_controller.reachStep(WizardStep::Finish);
    const VerificationReport &report = m_controller.boardReport();
    const bool v3 = report.kind == CredentialKind::HarvestV3;
    const QString credential =
        v3 ? tr("Harvest v3 (OAuth), Client ID %1").arg(m_controller.clientIdCheck().value.toHtmlEscaped())
           : tr("Harvest API key (legacy)");
    const QString checked = QLocale().toString(report.checkedAt.toLocalTime(), QLocale::LongFormat);
    const QString rows = QStringLiteral(
        "<tr><td style=\"padding: 2px 12px 2px 0\">%1</td><td style=\"padding: 2px 0\">%2</td></tr>");
    m_summary->setText(QStringLiteral("<table>") +
                       rows.arg(tr("Job board:").toHtmlEscaped(),
                                tr("%1 (token %2), live jobs: %n", nullptr, report.board.liveJobs.value_or(0))
                                    .arg(report.board.name, report.board.token)
                                    .toHtmlEscaped()) +
                       rows.arg(tr("Credential:").toHtmlEscaped(), credential) +
                       rows.arg(tr("Checked:").toHtmlEscaped(), checked.toHtmlEscaped()) +
                       QStringLiteral("</table>"));
    m_checklist->show(report.kind, report, false);
    m_next->setText(tr("<b>Next, with JobTarget:</b><ol><li>Send JobTarget the board token <b>%1</b> and "
                       "the credential through a secure channel (not a plain e-mail).</li><li>JobTarget "
                       "confirms the connection and starts publishing your live jobs.</li><li>When you no "
                       "longer use a credential, revoke it in API Credential Management.</li></ol>")
                        .arg(report.board.token.toHtmlEscaped()));
    const QString title = m_controller.isDemo()       ? tr("The demo connection works")
                          : report.warnings.isEmpty() ? tr("The connection works")
                                                      : tr("The connection works, with a remark");
    if (report.warnings.isEmpty())
        banner()->showMessage(Banner::Tone::Success, title,
                              tr("Greenhouse accepted the credential, granted every permission JobTarget "
                                 "needs, and the board is yours."));
    else
        banner()->showMessage(Banner::Tone::Warning, title, report.warnings.join(QLatin1Char('\n')));
}

bool FinishPage::validatePage() {
    // Done: nothing left to resume on the next start.
    m_controller.forgetProgress();
    return true;
}

} // namespace jt::ui
