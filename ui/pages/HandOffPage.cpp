#include "HandOffPage.h"

#include "access/Announcement.h"

#include "DesktopActions.h"
#include "SecretClipboard.h"
#include "greenhouse/Links.h"
#include "handoff/HandoffDocument.h"
#include "handoff/HandoffFile.h"
#include "handoff/HandoffSettings.h"
#include "handoff/HandoffSummary.h"
#include "handoff/HandoffText.h"
#include "store/StoredConnection.h"
#include "widgets/Banner.h"
#include "widgets/Icons.h"
#include "widgets/ReadingView.h"
#include "widgets/StatusLine.h"
#include "wizard/SetupController.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace jt::ui {

HandOffPage::HandOffPage(SetupController &controller, DesktopActions &desktop, SecretClipboard &clipboard)
    : SetupPage(WizardStep::HandOff, controller, desktop)
    , m_clipboard(clipboard)
    , m_view(new ReadingView)
    , m_includeSecret(new QCheckBox(tr("&Include the secret in exports and prints")))
    , m_export(new QPushButton(tr("&Export…")))
    , m_print(new QPushButton(tr("&Print…")))
    , m_copySecret(new QPushButton(namedIcon("copy"), tr("Copy &secret")))
    , m_countdown(new QLabel)
    , m_preparedBy(new QLineEdit)
    , m_contactEmail(new QLineEdit)
    , m_contactEmailProblem(new StatusLine)
    , m_contact(new QPushButton(namedIcon("external-link"), tr("Open JobTarget's &contact page")))
    , m_exportStatus(new StatusLine) {
    // Who prepared it, and how JobTarget reaches them: first, since the summary below shows both.
    auto *author = new QFormLayout;
    author->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *preparedByLabel = new QLabel(tr("P&repared by:"));
    preparedByLabel->setBuddy(m_preparedBy);
    m_preparedBy->setAccessibleName(tr("Prepared by"));
    m_preparedBy->setToolTip(tr("Your name as the summary shows it: your account's full name unless you "
                                "change it. What you write here is remembered."));
    m_preparedBy->setMaxLength(200);
    author->addRow(preparedByLabel, m_preparedBy);
    auto *contactEmailLabel = new QLabel(tr("Contact e-&mail (optional):"));
    contactEmailLabel->setBuddy(m_contactEmail);
    m_contactEmail->setAccessibleName(tr("Contact e-mail"));
    m_contactEmail->setToolTip(tr("Where JobTarget can reach you about this connection; shown in the summary "
                                  "and remembered."));
    //: An example address in the empty contact e-mail field
    m_contactEmail->setPlaceholderText(tr("name@example.com"));
    m_contactEmail->setMaxLength(254);
    m_contactEmail->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    author->addRow(contactEmailLabel, m_contactEmail);
    body()->addLayout(author);
    body()->addWidget(m_contactEmailProblem);
    // The choice first, on its own line (beside the buttons it made the page too wide for a small window).
    body()->addWidget(m_includeSecret);
    auto *exports = new QHBoxLayout;
    exports->addWidget(m_export);
    exports->addWidget(m_print);
    exports->addStretch(1);
    body()->addLayout(exports);
    body()->addWidget(m_exportStatus);
    auto *secret = new QHBoxLayout;
    secret->addWidget(m_copySecret);
    secret->addWidget(m_contact);
    secret->addStretch(1);
    body()->addLayout(secret);
    // The countdown has a line of its own below the buttons and wraps: however long it is in a language, it
    // never widens the page or squeezes a button.
    m_countdown->setWordWrap(true);
    m_countdown->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_countdown->hide();
    Announcement::makeRegion(m_countdown);
    body()->addWidget(m_countdown);
    // The summary last, as tall as its text (ReadingView): the page scrolls through it, following the caret
    // when it has the focus; the summary never scrolls inside the page.
    auto *summaryLabel = new QLabel(tr("Summary for JobTarget"));
    QFont heading = summaryLabel->font();
    heading.setBold(true);
    summaryLabel->setFont(heading);
    summaryLabel->setBuddy(m_view);
    m_view->setAccessibleName(tr("Summary for JobTarget"));
    body()->addSpacing(summaryLabel->fontMetrics().height() / 2);
    body()->addWidget(summaryLabel);
    body()->addWidget(m_view);
    setFinalPage(true);
    setHelpText(
        tr("Give JobTarget the board token and the credential through a secure channel, as Greenhouse "
           "recommends — not in a plain e-mail. “Copy secret” puts it on the clipboard for a short "
           "time, marked so that clipboard managers do not keep it. Exports leave the secret out "
           "unless you tick “Include the secret”."));

    connect(m_export, &QPushButton::clicked, this, &HandOffPage::exportSummary);
    connect(m_print, &QPushButton::clicked, this, &HandOffPage::print);
    connect(m_includeSecret, &QCheckBox::clicked, this, &HandOffPage::includeSecretToggled);
    connect(m_preparedBy, &QLineEdit::textChanged, this, &HandOffPage::render);
    connect(m_preparedBy, &QLineEdit::textEdited, this, [this] { m_preparedByEdited = true; });
    connect(m_preparedBy, &QLineEdit::editingFinished, this, &HandOffPage::rememberAuthor);
    // A malformed address is said once the admin leaves the field (not at every keystroke), and stays out
    // of the summary until it is one.
    connect(m_contactEmail, &QLineEdit::textChanged, this, [this](const QString &address) {
        if (HandoffSummary::contactEmailProblem(address).isEmpty())
            m_contactEmailProblem->showStatus(StatusIcon::Info, {});
        else if (!m_contactEmailProblem->text().isEmpty())
            m_contactEmailProblem->showStatus(StatusIcon::Missing,
                                              HandoffSummary::contactEmailProblem(address), false);
        render();
    });
    connect(m_contactEmail, &QLineEdit::editingFinished, this, [this] {
        if (!showContactEmailProblem(false))
            rememberAuthor();
    });
    connect(m_view, &QTextBrowser::cursorPositionChanged, this, &HandOffPage::followCaret);
    connect(m_copySecret, &QPushButton::clicked, this, [this] {
        m_copyCounting = false; // a second copy starts the countdown again, and says so again
        Announcement::post(m_countdown, {});
        m_clipboard.copy(m_controller.secretCheck().value);
    });
    // Said when it starts and when it ends, not every second.
    connect(&m_clipboard, &SecretClipboard::countdown, this, [this](int secondsLeft) {
        if (secondsLeft <= 0 && !m_copyCounting)
            return;
        const QString text = secondsLeft > 0 ? tr("The secret is on the clipboard; it is cleared in %n s.",
                                                  nullptr, secondsLeft)
                                             : tr("The secret is no longer on the clipboard.");
        if (std::exchange(m_copyCounting, secondsLeft > 0) && secondsLeft > 0)
            m_countdown->setAccessibleName(text);
        else
            Announcement::post(m_countdown, text);
        m_countdown->setText(text);
        m_countdown->show();
    });
    connect(m_contact, &QPushButton::clicked, this,
            [this] { m_desktop.openOrShowAddress(this, GreenhouseLinks::jobTargetContact()); });
    connect(m_view, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { m_desktop.openOrShowAddress(this, url); });
    connect(&m_controller, &SetupController::storeChanged, this, &HandOffPage::render);
}

HandoffSummary HandOffPage::summary(Audience audience) const {
    // The job titles come with the connection (as its last check recorded them), never from whatever check
    // this session happened to run: the same connection gives the same summary.
    HandoffSummary summary = HandoffSummary::fromConnection(m_controller.verifiedConnection());
    summary.setPreparedBy(m_preparedBy->text());
    summary.setContactEmail(m_contactEmail->text()); // left out while it is not an address
    if (m_controller.isDemo())
        summary.markAsPractice(); // nobody sends practice data to JobTarget
    else if (const DailyCheck *daily = m_controller.dailyCheck())
        summary.setCheckHistory(daily->history());
    // On screen the secret stays hidden even when exports carry it: it would be readable over the
    // admin's shoulder and by every program on the accessibility bus.
    if (m_includeSecret->isChecked())
        summary.includeSecret(audience == Audience::Export ? m_controller.secretCheck().value
                                                           : tr("•••••••• (in exports and prints only)"));
    return summary;
}

void HandOffPage::initializePage() {
    m_controller.reachStep(WizardStep::HandOff);
    m_includeSecret->setChecked(false); // opting in is per visit, never remembered
    m_exportStatus->showStatus(StatusIcon::Info, {});
    m_countdown->setVisible(m_copyCounting); // "no longer on the clipboard" was for the last visit
    withSettings([this](QSettings &settings) {
        const HandoffSettings remembered(settings);
        m_preparedBy->setText(remembered.preparedBy());
        m_contactEmail->setText(remembered.contactEmail());
    });
    m_preparedByEdited = false;
    m_contactEmailProblem->showStatus(StatusIcon::Info, {});
    setInitialFocus(m_view); // what is handed off, to read first; Enter still means Finish
    render();
}

void HandOffPage::withSettings(const std::function<void(QSettings &)> &use) const {
    if (m_settings)
        return use(*m_settings);
    QSettings applicationSettings;
    use(applicationSettings);
}

void HandOffPage::rememberAuthor() {
    withSettings([this](QSettings &settings) {
        HandoffSettings remembered(settings);
        if (m_preparedByEdited)
            remembered.setPreparedBy(m_preparedBy->text());
        (void)remembered.setContactEmail(m_contactEmail->text()); // kept only when it is an address
    });
}

bool HandOffPage::showContactEmailProblem(bool focus) {
    const QString problem = HandoffSummary::contactEmailProblem(m_contactEmail->text());
    if (problem.isEmpty())
        return false;
    if (focus) // first, so that the problem is said after the field, not cut off by the focus moving
        m_contactEmail->setFocus(Qt::OtherFocusReason);
    m_contactEmailProblem->showStatus(StatusIcon::Missing, problem);
    ensureVisible(m_contactEmailProblem);
    return true;
}

void HandOffPage::followCaret() {
    if (!m_view->hasFocus())
        return;
    const QRect caret = m_view->cursorRect();
    const QPoint centre = m_view->viewport()->mapTo(scrollArea()->widget(), caret.center());
    scrollArea()->ensureVisible(centre.x(), centre.y(), 0, caret.height());
}

void HandOffPage::render() {
    m_view->setHtml(HandoffText::html(summary(Audience::Screen)));
    // What is handed off: the check just made, or for a returning admin the stored connection's last check.
    const StoredConnection shown = m_controller.verifiedConnection();
    QStringList warnings;
    for (const QJsonValue warning : shown.report.value(QLatin1String("warnings")).toArray())
        warnings << warning.toString();
    if (m_controller.isDemo())
        banner()->showMessage(Banner::Tone::Success, tr("The demo connection works"),
                              tr("In a real set-up this is what you would give JobTarget."));
    else if (!m_controller.saved())
        banner()->showMessage(Banner::Tone::Warning, tr("The connection works but is not stored"),
                              tr("Give JobTarget the secret now; this computer will not keep it."));
    else if (m_controller.storedConnectionLoaded() &&
             shown.lastOutcome() != StoredConnection::Outcome::Passed)
        banner()->showMessage(Banner::Tone::Warning, tr("The last check of this connection did not pass"),
                              tr("Go back and choose “Check it now” to see what to fix before you give it to "
                                 "JobTarget. The summary below shows each result."));
    else if (!warnings.isEmpty())
        banner()->showMessage(Banner::Tone::Warning, tr("The connection works, with a remark"),
                              warnings.join(QLatin1Char('\n')));
    else
        banner()->showMessage(Banner::Tone::Success, tr("The connection works and is stored"));
}

void HandOffPage::includeSecretToggled(bool on) {
    if (on &&
        !m_desktop.confirm(this, tr("Include the secret?"),
                           tr("Anyone who gets the exported file or the printout can read your jobs through "
                              "Greenhouse's API. Share it only through a secure channel and delete it "
                              "afterwards."),
                           tr("Include the secret")))
        m_includeSecret->setChecked(false);
    render();
}

bool HandOffPage::exportTo(const QString &path, QString *error) const {
    const auto format = HandoffFile::formatFromName(QFileInfo(path).suffix());
    if (!format) {
        *error = tr("Choose a file ending in .pdf, .html, .md or .json.");
        return false;
    }
    return HandoffFile::save(summary(), path, *format, error); // atomic, and 0600 when the secret is in it
}

void HandOffPage::exportSummary() {
    if (showContactEmailProblem(true))
        return; // exported without it, the summary would silently lack what the admin meant to give
    rememberAuthor();
    QString filter = tr("PDF document (*.pdf)");
    const QString filters = QStringList{tr("PDF document (*.pdf)"), tr("Web page (*.html)"),
                                        tr("Markdown (*.md)"), tr("JSON (*.json)")}
                                .join(QStringLiteral(";;"));
    const QString name = QStringLiteral("jobtarget-%1.pdf").arg(m_controller.verifiedConnection().boardToken);
    // The folder of the last export (a path, nothing secret), else the documents folder.
    const QString key = QLatin1String(ExportFolderKey);
    QString folder;
    withSettings([&](QSettings &settings) { folder = settings.value(key).toString(); });
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = folder.isEmpty() ? name : QDir(folder).filePath(name);
    QString path = m_desktop.saveFileName(this, tr("Export the summary"), suggested, filters, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) // the chosen filter decides the format
        path += filter.section(QLatin1String("(*"), 1).chopped(1);
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QString error;
    if (exportTo(path, &error)) {
        withSettings([&](QSettings &settings) {
            settings.setValue(key, QFileInfo(path).absolutePath());
            settings.sync();
        });
        //: %1 is the full path of the file written
        m_exportStatus->showStatus(StatusIcon::Granted, tr("Saved %1").arg(shown));
    } else {
        //: %1 is the full path of the file, %2 why it could not be written
        m_exportStatus->showStatus(StatusIcon::Missing, tr("Could not save %1: %2").arg(shown, error));
    }
}

void HandOffPage::print() {
    if (showContactEmailProblem(true))
        return;
    rememberAuthor();
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    HandoffDocument(summary()).print(
        &printer); // page by page: the practice mark and page numbers on every page
}

bool HandOffPage::validatePage() {
    rememberAuthor();
    m_clipboard.clearNow(); // nothing secret outlives the wizard on the clipboard
    m_controller.forgetProgress();
    return true;
}

} // namespace jt::ui
