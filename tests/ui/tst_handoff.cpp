// Steps 7–8 and returning admins, driven like a user: saving in the real keychain, the hand-off summary and
// its exports, copying the secret, checking, replacing and removing a stored connection.

#include "SecretClipboard.h"
#include "UnderWine.h"
#include "WizardFixture.h"
#include "handoff/HandoffDocument.h"
#include "handoff/HandoffSettings.h"
#include "handoff/HandoffSummary.h"
#include "watch/CheckHistory.h"

#include <QAccessible>
#include <QClipboard>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLayout>
#include <QMimeData>
#include <QPrinter>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>

using namespace jt;
using namespace jt::test;

class TestHandOff : public WizardFixture {
    Q_OBJECT

private slots:
    void init() { setUpWizard(); }
    void cleanup() { tearDownWizard(); }

    void storedConnectionIsCheckedAgain();
    void replaceTheCredential_data();
    void replaceTheCredential();
    void removeStoredCredentials();
    void exportsLeaveTheSecretOutUnlessOptedIn();
    void exportNeverFollowsASymlink();
    void copySecretIsConcealedAndCleared();
    void nothingSecretIsWrittenAnywhere();
    void demoSummaryIsPracticeEverywhere();
    void copyCountdownNeverWidensThePage();
    void exportRemembersTheFolderAndNamesThePath();
    void preparedByIsEditableAndExported();
    void preparedByAndContactEmailAreRemembered();
    void checksByHandAreCountedApart();
    void jobTitlesAreTheSameInEverySession();
    void summaryIsReadWithACaretAndScrollsWithThePage();

private:
    // A first run of the wizard to the end, stored in the keychain; then a fresh wizard as on the next start.
    QString readFile(const QString &path);
    HandOffPage *handOffPage(); // the hand-off page, remembering its export folder in the test's settings
    // The wizard started with its hand-off page remembering in the test's settings from the first visit on.
    HandOffPage *startRemembering();
    // From the returning admin's page to the hand-off, as a returning admin goes (nothing checked).
    HandOffPage *handOffAgain();
    QJsonObject exportedJson(HandOffPage *handOff, const QString &name);
};

namespace {
// The text of each page of a PDF, as a reader sees it (pdftotext ends every page with a form feed).
QStringList pdfPages(const QString &path) {
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!text.waitForFinished(20000) || text.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(text.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}
} // namespace

HandOffPage *TestHandOff::handOffPage() {
    auto *handOff = page<HandOffPage>(WizardStep::HandOff);
    handOff->setSettings(m_settings.get());
    return handOff;
}

HandOffPage *TestHandOff::startRemembering() {
    if (!m_wizard)
        startWizard();
    auto *handOff = page<HandOffPage>(WizardStep::HandOff);
    handOff->setSettings(m_settings.get());
    return handOff;
}

HandOffPage *TestHandOff::handOffAgain() {
    HandOffPage *handOff = startRemembering();
    next(); // the welcome page offers the stored connection
    if (current() != WizardStep::ExistingConnection)
        return nullptr;
    page<ExistingConnectionPage>(WizardStep::ExistingConnection)->handOffButton()->click();
    if (!QTest::qWaitFor([this] { return current() == WizardStep::HandOff; }, 20000))
        return nullptr;
    return handOff;
}

QJsonObject TestHandOff::exportedJson(HandOffPage *handOff, const QString &name) {
    m_desktop->saveAs = m_dir->filePath(name);
    handOff->exportButton()->click();
    return QJsonDocument::fromJson(readFile(m_desktop->saveAs).toUtf8()).object();
}

QString TestHandOff::readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestHandOff::storedConnectionIsCheckedAgain() {
    storeAndRestart();
    auto *welcome = page<WelcomePage>(WizardStep::Welcome);
    QVERIFY(welcome->existingChoice()->isVisibleTo(welcome));
    QVERIFY(welcome->existingChoice()->isChecked());
    next();
    QCOMPARE(current(), WizardStep::ExistingConnection);
    auto *existing = page<ExistingConnectionPage>(WizardStep::ExistingConnection);
    QVERIFY(existing->summaryLabel()->text().contains(QStringLiteral("Acme Robotics")));
    QVERIFY(existing->summaryLabel()->text().contains(ClientId));
    QVERIFY(m_controller->secretText().isEmpty()); // read only when asked for

    m_sim->clearSeen();
    existing->checkButton()->click(); // "Check it now": the stored secret, checked again with Greenhouse
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_controller->boardPassed(),
        qPrintable(existing->banner()->title() + QStringLiteral(": ") + existing->banner()->detail()), 20000);
    QVERIFY(!m_sim->seen().isEmpty());
    QCOMPARE(existing->banner()->title(), QStringLiteral("The connection works"));
    QCOMPARE(existing->checklist()->statusTextAt(0), QStringLiteral("Granted"));

    // A permission removed in Greenhouse since: the check says so.
    m_sim->scenario().missingPermissions.insert(QStringLiteral("harvest:job_posts:list"));
    QSignalSpy rechecked(m_controller.get(), &SetupController::boardCheckChanged);
    existing->checkButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        !rechecked.isEmpty() && m_controller->boardState() == SetupController::CheckState::Done, 20000);
    QCOMPARE(m_controller->boardVerdict().kind, CheckVerdict::Kind::PermissionsMissing);
    QCOMPARE(existing->checklist()->statusTextAt(1), QStringLiteral("Missing"));
}

void TestHandOff::replaceTheCredential_data() {
    QTest::addColumn<bool>("rotated");
    QTest::newRow("a new secret for the same credential") << true;
    QTest::newRow("another credential") << false;
}

// Replacing: the credential is typed fresh, the board stays; once saved, the reminder says what becomes of
// the old one. A rotated secret keeps working for up to a week (Greenhouse's rule, which the simulator
// plays); another credential works until it is revoked.
void TestHandOff::replaceTheCredential() {
    QFETCH(bool, rotated);
    m_sim->scenario().secretRotated = true;
    storeAndRestart();
    next();
    auto *existing = page<ExistingConnectionPage>(WizardStep::ExistingConnection);
    existing->replaceButton()->click();
    QCOMPARE(current(), WizardStep::CreateCredential);
    QVERIFY(m_controller->isReplacing());
    next();
    auto *enter = page<EnterCredentialPage>(WizardStep::EnterCredential);
    QVERIFY(enter->clientIdEdit()->text().isEmpty()); // the new credential is typed fresh
    QVERIFY(enter->clientSecretField()->text().isEmpty());
    QTest::keyClicks(enter->clientIdEdit(),
                     rotated ? ClientId : QString::fromLatin1(SimulatedGreenhouse::OtherClientId));
    QTest::keyClicks(enter->clientSecretField()->lineEdit(),
                     QString::fromLatin1(rotated ? SimulatedGreenhouse::RotatedClientSecret
                                                 : SimulatedGreenhouse::OtherClientSecret));
    next();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
    next();
    auto *board = page<JobBoardPage>(WizardStep::JobBoard);
    QCOMPARE(board->boardEdit()->text(), QStringLiteral("acme")); // the board stays
    board->checkButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardPassed(), 20000);
    next();
    auto *save = page<SavePage>(WizardStep::Save);
    save->saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->saved(), 20000);
    // The reminder to revoke the old credential or secret, with where to find it.
    const QString reminder = save->findChildren<StatusLine *>().last()->text();
    QVERIFY(reminder.contains(QStringLiteral("Client ID %1").arg(ClientId)));
    QVERIFY(reminder.contains(QStringLiteral("API Credential Management")));
    if (rotated)
        QVERIFY2(
            reminder.startsWith(QStringLiteral("The old secret keeps working for up to a week; revoke it in "
                                               "Greenhouse once JobTarget uses the new one")),
            qPrintable(reminder));
    else
        QVERIFY2(reminder.contains(QStringLiteral("revoke the old one")) &&
                     !reminder.contains(QStringLiteral("week")),
                 qPrintable(reminder));
}

void TestHandOff::removeStoredCredentials() {
    storeAndRestart();
    next();
    auto *existing = page<ExistingConnectionPage>(WizardStep::ExistingConnection);
    m_desktop->confirmAnswer = false; // "Cancel" first: nothing happens
    existing->removeButton()->click();
    QCOMPARE(m_desktop->questions.size(), 1);
    QVERIFY(m_connections->stored().has_value());
    QCOMPARE(keychainSecret(), std::optional<QString>(ClientSecret));

    m_desktop->confirmAnswer = true;
    existing->removeButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->removeState(), SetupController::StoreState::Done, 20000);
    QVERIFY(m_controller->removeResult().ok());
    QVERIFY(!m_connections->stored().has_value());
    QVERIFY(!keychainSecret().has_value()); // gone from the real keychain too
    QVERIFY(existing->statusLine()->text().startsWith(QStringLiteral("Removed")));
    QVERIFY(!existing->checkButton()->isEnabled());
}

void TestHandOff::exportsLeaveTheSecretOutUnlessOptedIn() {
    reach(WizardStep::HandOff);
    auto *handOff = handOffPage();
    m_desktop->saveAs = m_dir->filePath(QStringLiteral("summary.json"));
    handOff->exportButton()->click();
    QVERIFY(m_desktop->suggestedNames.last().contains(QStringLiteral("acme")));
    const QJsonObject json = QJsonDocument::fromJson(readFile(m_desktop->saveAs).toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("board")).toObject().value(QStringLiteral("token")).toString(),
             QStringLiteral("acme"));
    QVERIFY(!json.contains(QStringLiteral("secret")));
    QCOMPARE(json.value(QStringLiteral("practice")), QJsonValue(false)); // a real connection
    QVERIFY(!readFile(m_desktop->saveAs).contains(ClientSecret));
    QVERIFY(handOff->exportStatus()->text().contains(QStringLiteral("summary.json")));

    m_desktop->saveAs = m_dir->filePath(QStringLiteral("summary.md"));
    handOff->exportButton()->click();
    const QString markdown = readFile(m_desktop->saveAs);
    QVERIFY(markdown.contains(QStringLiteral("Acme Robotics")));
    QVERIFY(!markdown.contains(ClientSecret));

    // Opting in asks first; "Cancel" keeps the secret out.
    m_desktop->confirmAnswer = false;
    handOff->includeSecretBox()->click();
    QVERIFY(!handOff->includeSecretBox()->isChecked());
    QVERIFY(!handOff->summaryView()->toPlainText().contains(ClientSecret));
    m_desktop->confirmAnswer = true;
    handOff->includeSecretBox()->click();
    QVERIFY(handOff->includeSecretBox()->isChecked());
    // The page says the export will hold it, but never shows it (over the shoulder, on the accessibility
    // bus).
    QVERIFY(handOff->summaryView()->toPlainText().contains(QStringLiteral("in exports and prints only")));
    QVERIFY(!handOff->summaryView()->toPlainText().contains(ClientSecret));
    m_desktop->saveAs = m_dir->filePath(QStringLiteral("with-secret.html"));
    handOff->exportButton()->click();
    QVERIFY(readFile(m_desktop->saveAs).contains(ClientSecret));
    VERIFY_OWNER_ONLY(m_desktop->saveAs); // 0600; Windows: the owner alone on its access list
}

// Export onto a symlink planted where the file goes: refused, said on the page, the link's target untouched.
void TestHandOff::exportNeverFollowsASymlink() {
#ifdef Q_OS_WIN
    QSKIP("QFile::link makes a shortcut (.lnk) on Windows, a plain file that nothing follows; symbolic links "
          "need an administrator or developer mode there");
#endif
    reach(WizardStep::HandOff);
    auto *handOff = page<HandOffPage>(WizardStep::HandOff);
    const QString victim = m_dir->filePath(QStringLiteral("victim.txt"));
    {
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
    }
    m_desktop->saveAs = m_dir->filePath(QStringLiteral("planted.html"));
    QVERIFY(QFile::link(victim, m_desktop->saveAs));
    m_desktop->confirmAnswer = true;
    handOff->includeSecretBox()->click();
    handOff->exportButton()->click();
    QVERIFY2(handOff->exportStatus()->text().contains(QStringLiteral("symbolic link")),
             qPrintable(handOff->exportStatus()->text()));
    QCOMPARE(readFile(victim), QStringLiteral("precious"));
}

void TestHandOff::copySecretIsConcealedAndCleared() {
    reach(WizardStep::HandOff);
    auto *handOff = page<HandOffPage>(WizardStep::HandOff);
    QClipboard *clipboard = QGuiApplication::clipboard();
    handOff->copySecretButton()->click();
    QCOMPARE(clipboard->text(), ClientSecret);
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(handOff->copyCountdown()->text().contains(QStringLiteral("cleared in")));
    handOff->contactButton()->click(); // JobTarget's contact page, in the browser
    QCOMPARE(m_desktop->opened.last(), QUrl(QStringLiteral("https://support.jobtarget.com")));

    // Cleared when the countdown ends ...
    SecretClipboard *secretClipboard = m_wizard->secretClipboard();
    secretClipboard->copy(ClientSecret, 1);
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);
    QCOMPARE(handOff->copyCountdown()->text(), QStringLiteral("The secret is no longer on the clipboard."));
    // ... but only if it still holds the secret: something copied since is left alone.
    secretClipboard->copy(ClientSecret, 2);
    clipboard->setText(QStringLiteral("a note the admin copied"));
    QTRY_VERIFY_WITH_TIMEOUT(!secretClipboard->isHolding(), 5000);
    QCOMPARE(clipboard->text(), QStringLiteral("a note the admin copied"));
    // Finishing the wizard clears our own copy at once.
    handOff->copySecretButton()->click();
    QCOMPARE(clipboard->text(), ClientSecret);
    m_wizard->button(QWizard::FinishButton)->click();
    QVERIFY(clipboard->text().isEmpty());
    // The secret pasted from Greenhouse is not left behind either, however the window is closed.
    m_wizard->show();
    clipboard->setText(ClientSecret);
    m_wizard->close();
    QVERIFY(clipboard->text().isEmpty());
}

namespace {
QStringList g_logged; // every message the application logged during a test
void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message) {
    g_logged << message;
}
} // namespace

// The save path and every export without the opt-in, then a search of everything written (settings, exports,
// the PDF's text) and everything logged: the secret is nowhere but in the keychain.
void TestHandOff::nothingSecretIsWrittenAnywhere() {
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordMessage);
    reach(WizardStep::HandOff);
    auto *handOff = handOffPage();
    for (const char *name : {"summary.pdf", "summary.html", "summary.md", "summary.json"}) {
        m_desktop->saveAs = m_dir->filePath(QLatin1String(name));
        handOff->exportButton()->click();
        QVERIFY2(QFile::exists(m_desktop->saveAs), name);
    }
    m_wizard->button(QWizard::FinishButton)->click();
    m_settings->sync();
    qInstallMessageHandler(previous);
    QCOMPARE(keychainSecret(), std::optional<QString>(ClientSecret)); // where it belongs

    QDirIterator files(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int searched = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(ClientSecret.toUtf8()), qPrintable(path));
        ++searched;
    }
    QCOMPARE(searched, 6); // the settings, the lock that serialises saving them (empty), the four exports
    for (const QString &line : std::as_const(g_logged))
        QVERIFY2(!line.contains(ClientSecret), qPrintable(line));
        // A PDF's text is compressed: read it the way a person would.
#ifdef Q_OS_WIN
    QSKIP("The PDF's text is read with poppler-utils' pdftotext, a Linux program: the Linux suites check it");
#endif
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {m_dir->filePath(QStringLiteral("summary.pdf")), QStringLiteral("-")});
    QVERIFY2(text.waitForFinished(20000) && text.exitCode() == 0, "pdftotext (poppler-utils) is needed");
    const QByteArray pdfText = text.readAllStandardOutput();
    QVERIFY(pdfText.contains("acme"));
    QVERIFY(!pdfText.contains(ClientSecret.toUtf8()));
}

// The demo's summary says "practice" wherever it goes: on the page, in every export, on every printed page.
void TestHandOff::demoSummaryIsPracticeEverywhere() {
    startWizard();
    page<WelcomePage>(WizardStep::Welcome)->demoChoice()->click();
    next();
    QVERIFY(m_controller->isDemo());
    reach(WizardStep::EnterCredential);
    page<EnterCredentialPage>(WizardStep::EnterCredential)->demoFillButton()->click();
    reach(WizardStep::HandOff);
    auto *handOff = handOffPage();
    const QString notice = HandoffSummary::practiceNotice();
    QVERIFY(handOff->summaryView()->toPlainText().contains(notice));

    m_desktop->saveAs = m_dir->filePath(QStringLiteral("practice.json"));
    handOff->exportButton()->click();
    const QJsonObject json = QJsonDocument::fromJson(readFile(m_desktop->saveAs).toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("practice")), QJsonValue(true));
    QCOMPARE(json.value(QStringLiteral("practice_notice")).toString(), notice);
    for (const char *name : {"practice.md", "practice.html"}) {
        m_desktop->saveAs = m_dir->filePath(QLatin1String(name));
        handOff->exportButton()->click();
        QVERIFY2(readFile(m_desktop->saveAs).contains(notice), name);
    }
    // PDF, and the printout (the same page-by-page rendering through a QPrinter): on every page.
    m_desktop->saveAs = m_dir->filePath(QStringLiteral("practice.pdf"));
    handOff->exportButton()->click();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir->filePath(QStringLiteral("printed.pdf")));
    QVERIFY(HandoffDocument(handOff->summary()).print(&printer));
#ifdef Q_OS_WIN
    QSKIP("The PDF's text is read with poppler-utils' pdftotext, a Linux program: the Linux suites check it");
#endif
    for (const QString &pdf : {m_desktop->saveAs, printer.outputFileName()}) {
        const QStringList pages = pdfPages(pdf);
        QVERIFY2(!pages.isEmpty(), "pdftotext (poppler-utils) is needed");
        for (qsizetype i = 0; i < pages.size(); ++i)
            QVERIFY2(pages.at(i).contains(notice),
                     qPrintable(QStringLiteral("%1, page %2").arg(pdf).arg(i + 1)));
    }
}

// The countdown after "Copy secret" has a line of its own below the buttons and wraps: however long the
// sentence is in a language, it neither widens the page nor squeezes a button.
void TestHandOff::copyCountdownNeverWidensThePage() {
    reach(WizardStep::HandOff);
    auto *handOff = page<HandOffPage>(WizardStep::HandOff);
    QWidget *content = handOff->scrollArea()->widget();
    const int widthBefore = content->minimumSizeHint().width();
    QLabel *countdown = handOff->copyCountdown();
    QVERIFY(!countdown->isVisibleTo(handOff)); // no empty line while nothing is on the clipboard

    handOff->copySecretButton()->click();
    QVERIFY(countdown->text().contains(QStringLiteral("cleared in")));
    QVERIFY(countdown->isVisibleTo(handOff));
    // As long as a translation may make it (the French one clipped its neighbours).
    countdown->setText(QStringList(4, countdown->text()).join(QLatin1Char(' ')));
    content->layout()->activate();
    QCOMPARE(content->minimumSizeHint().width(), widthBefore);
    QTRY_VERIFY(countdown->geometry().top() >= handOff->contactButton()->geometry().bottom());
    QVERIFY(countdown->geometry().top() >= handOff->copySecretButton()->geometry().bottom());
    for (QPushButton *button : {handOff->copySecretButton(), handOff->contactButton()})
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
    QVERIFY(countdown->geometry().right() <= content->width());
    QVERIFY(countdown->height() > countdown->fontMetrics().height()); // it wrapped
}

// The export dialog opens where the last export went, and the confirmation names the whole path.
void TestHandOff::exportRemembersTheFolderAndNamesThePath() {
    reach(WizardStep::HandOff);
    auto *handOff = handOffPage();
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("exports")));
    const QString folder = m_dir->filePath(QStringLiteral("exports"));
    m_desktop->saveAs = QDir(folder).filePath(QStringLiteral("for-jobtarget.md"));
    handOff->exportButton()->click();
    QVERIFY(QFile::exists(m_desktop->saveAs));
    QCOMPARE(handOff->exportStatus()->text(),
             QStringLiteral("Saved %1").arg(QDir::toNativeSeparators(m_desktop->saveAs)));
    QCOMPARE(m_settings->value(QLatin1String(HandOffPage::ExportFolderKey)).toString(), folder);

    m_desktop->saveAs.clear(); // the next time: the dialog starts in that folder, with the usual name
    handOff->exportButton()->click();
    QCOMPARE(m_desktop->suggestedNames.last(), QDir(folder).filePath(QStringLiteral("jobtarget-acme.pdf")));

    // A failure names the whole path too, and does not move the remembered folder.
    m_desktop->saveAs = m_dir->filePath(QStringLiteral("no-such-folder/summary.md"));
    handOff->exportButton()->click();
    QVERIFY2(handOff->exportStatus()->text().startsWith(
                 QStringLiteral("Could not save %1: ").arg(QDir::toNativeSeparators(m_desktop->saveAs))),
             qPrintable(handOff->exportStatus()->text()));
    QCOMPARE(m_settings->value(QLatin1String(HandOffPage::ExportFolderKey)).toString(), folder);
}

// "Prepared by" starts as the computer's user name, can be changed before exporting, and every export
// carries it with the first live jobs' titles.
void TestHandOff::preparedByIsEditableAndExported() {
    reach(WizardStep::HandOff);
    auto *handOff = handOffPage();
    QLineEdit *preparedBy = handOff->preparedByEdit();
    QCOMPARE(preparedBy->text(), HandoffSummary::defaultPreparedBy());
    QCOMPARE(preparedBy->accessibleName(), QStringLiteral("Prepared by"));
    bool labelled = false;
    for (const QLabel *label : handOff->findChildren<QLabel *>())
        labelled = labelled || label->buddy() == preparedBy;
    QVERIFY(labelled);

    preparedBy->selectAll();
    QTest::keyClicks(preparedBy, QStringLiteral("Dana Admin"));
    QVERIFY(handOff->summaryView()->toPlainText().contains(QStringLiteral("Dana Admin")));
    const QStringList titles = m_controller->boardReport().board.firstTitles;
    QCOMPARE(titles.size(), 5);

    m_desktop->saveAs = m_dir->filePath(QStringLiteral("prepared.json"));
    handOff->exportButton()->click();
    const QJsonObject json = QJsonDocument::fromJson(readFile(m_desktop->saveAs).toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("prepared_by")).toString(), QStringLiteral("Dana Admin"));
    const QJsonObject board = json.value(QStringLiteral("board")).toObject();
    QCOMPARE(board.value(QStringLiteral("first_titles")).toArray().size(), 5);
    QCOMPARE(board.value(QStringLiteral("more_live_jobs")).toInt(), 7);
    m_desktop->saveAs = m_dir->filePath(QStringLiteral("prepared.md"));
    handOff->exportButton()->click();
    const QString markdown = readFile(m_desktop->saveAs);
    QVERIFY(markdown.contains(QStringLiteral("**Prepared by:** Dana Admin")));
    for (const QString &title : titles)
        QVERIFY2(markdown.contains(title), qPrintable(title));
    QVERIFY(markdown.contains(QStringLiteral("and 7 more")));
}

// "Prepared by" starts as the account's full name and is remembered once the admin changes it; the contact
// e-mail is optional, refused with a clear message while it is not an address (exports too, rather than
// leaving it out unsaid), and remembered. A new wizard, as on the next day, starts from both.
void TestHandOff::preparedByAndContactEmailAreRemembered() {
    startRemembering();
    reach(WizardStep::HandOff);
    auto *handOff = page<HandOffPage>(WizardStep::HandOff);
    QLineEdit *preparedBy = handOff->preparedByEdit();
    QLineEdit *email = handOff->contactEmailEdit();
    QCOMPARE(preparedBy->text(), HandoffSummary::defaultPreparedBy()); // the account's full name
    QVERIFY(email->text().isEmpty());
    QCOMPARE(email->accessibleName(), QStringLiteral("Contact e-mail"));
    const QLabel *emailLabel = nullptr;
    for (const QLabel *label : handOff->findChildren<QLabel *>())
        emailLabel = label->buddy() == email ? label : emailLabel;
    QVERIFY(emailLabel);
    QCOMPARE(emailLabel->text(), QStringLiteral("Contact e-&mail (optional):"));
    // Nothing is remembered that the admin did not write.
    m_wizard->button(QWizard::BackButton)->click();
    next();
    m_settings->sync();
    QVERIFY(!m_settings->contains(QLatin1String(HandoffSettings::PreparedByKey)));
    QVERIFY(!m_settings->contains(QLatin1String(HandoffSettings::ContactEmailKey)));

    preparedBy->setFocus();
    preparedBy->selectAll();
    QTest::keyClicks(preparedBy, QStringLiteral("Dana Admin"));
    QTest::keyClick(preparedBy, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), email);
    // A malformed address: said when the admin leaves the field, not while typing.
    QTest::keyClicks(email, QStringLiteral("dana.example.com"));
    QVERIFY(handOff->contactEmailProblem()->text().isEmpty());
    QTest::keyClick(email, Qt::Key_Tab);
    const QString problem =
        QStringLiteral("“dana.example.com” has no @. Write the address like dana@example.com.");
    QCOMPARE(handOff->contactEmailProblem()->text(), problem);
    QVERIFY(handOff->contactEmailProblem()->isVisible());
    QVERIFY(!handOff->summaryView()->toPlainText().contains(QStringLiteral("dana.example.com")));
    // Exporting stops at it, back in the field, instead of leaving the address out unsaid.
    m_desktop->saveAs = m_dir->filePath(QStringLiteral("refused.json"));
    handOff->exportButton()->click();
    QVERIFY(!QFile::exists(m_desktop->saveAs));
    QCOMPARE(QApplication::focusWidget(), email);
    QCOMPARE(handOff->contactEmailProblem()->text(), problem);

    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("dana.admin@acme-robotics.example"));
    QVERIFY(handOff->contactEmailProblem()->text().isEmpty()); // gone as soon as it is an address
    QVERIFY(
        handOff->summaryView()->toPlainText().contains(QStringLiteral("dana.admin@acme-robotics.example")));
    QTest::keyClick(email, Qt::Key_Tab);
    const QJsonObject json = exportedJson(handOff, QStringLiteral("contact.json"));
    QCOMPARE(json.value(QStringLiteral("prepared_by")).toString(), QStringLiteral("Dana Admin"));
    QCOMPARE(json.value(QStringLiteral("contact_email")).toString(),
             QStringLiteral("dana.admin@acme-robotics.example"));
    m_desktop->saveAs = m_dir->filePath(QStringLiteral("contact.md"));
    handOff->exportButton()->click();
    QVERIFY(readFile(m_desktop->saveAs)
                .contains(QStringLiteral("- **Contact e-mail:** <dana.admin@acme-robotics.example>")));
    m_wizard->button(QWizard::FinishButton)->click();

    // The next start: the returning admin hands off again, and finds both as written.
    restartWizard();
    HandOffPage *again = handOffAgain();
    QVERIFY(again);
    QCOMPARE(again->preparedByEdit()->text(), QStringLiteral("Dana Admin"));
    QCOMPARE(again->contactEmailEdit()->text(), QStringLiteral("dana.admin@acme-robotics.example"));
    const QString shown = again->summaryView()->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("Dana Admin")));
    QVERIFY(shown.contains(QStringLiteral("dana.admin@acme-robotics.example")));

    // Emptied, the name is the account's again (and the address is forgotten).
    again->preparedByEdit()->setFocus();
    again->preparedByEdit()->selectAll();
    QTest::keyClick(again->preparedByEdit(), Qt::Key_Delete);
    again->contactEmailEdit()->setFocus(); // the name's field is left
    again->contactEmailEdit()->selectAll();
    QTest::keyClick(again->contactEmailEdit(), Qt::Key_Delete);
    QTest::keyClick(again->contactEmailEdit(), Qt::Key_Tab);
    m_settings->sync();
    QVERIFY(!m_settings->contains(QLatin1String(HandoffSettings::PreparedByKey)));
    QVERIFY(!m_settings->contains(QLatin1String(HandoffSettings::ContactEmailKey)));
    QCOMPARE(HandoffSettings(*m_settings).preparedBy(), HandoffSummary::defaultPreparedBy());
}

// The summary's line about checks tells the daily schedule's checks from "Check it now", state first.
void TestHandOff::checksByHandAreCountedApart() {
    storeAndRestart();
    // Three scheduled checks, as `jobtarget-setup check` wrote them.
    {
        CheckHistory history(historyPath());
        for (int day = 1; day <= 3; ++day) {
            CheckRecord record;
            record.at = QDateTime(QDate(2026, 12, day), QTime(10, 0), Qt::UTC);
            record.outcome = CheckOutcome::Passed;
            record.board = QStringLiteral("acme");
            history.append(record);
        }
        QVERIFY(history.save());
    }
    startRemembering();
    next();
    QCOMPARE(current(), WizardStep::ExistingConnection);
    auto *existing = page<ExistingConnectionPage>(WizardStep::ExistingConnection);
    existing->checkButton()->click(); // "Check it now": a check by hand
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardPassed(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_daily->history().records().size(), 4, 20000);
    QCOMPARE(m_daily->history().records().constLast().trigger, CheckTrigger::ByHand);
    QVERIFY(readFile(historyPath()).contains(QStringLiteral("\"trigger\": \"by_hand\"")));

    existing->handOffButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(current(), WizardStep::HandOff, 20000);
    auto *handOff = page<HandOffPage>(WizardStep::HandOff);
    const QString line = QStringLiteral(
        "Passing since 1 December 2026. 3 scheduled checks since 1 December 2026. 1 check by hand.");
    QVERIFY2(handOff->summaryView()->toPlainText().contains(line),
             qPrintable(handOff->summaryView()->toPlainText()));
    const QJsonObject checks =
        exportedJson(handOff, QStringLiteral("checks.json")).value(QStringLiteral("daily_checks")).toObject();
    QCOMPARE(checks.value(QStringLiteral("summary")).toString(), line);
    QCOMPARE(checks.value(QStringLiteral("scheduled")).toObject().value(QStringLiteral("checks")).toInt(), 3);
    QCOMPARE(checks.value(QStringLiteral("by_hand")).toObject().value(QStringLiteral("checks")).toInt(), 1);
}

// The same connection gives the same summary: the first live jobs' titles are listed on the day it was set
// up and in any later session, with or without a new check (once they were only listed after a check in
// the same session).
void TestHandOff::jobTitlesAreTheSameInEverySession() {
    startRemembering();
    reach(WizardStep::HandOff);
    const QStringList titles = m_controller->boardReport().board.firstTitles;
    QCOMPARE(titles.size(), 5);
    const QJsonObject first =
        exportedJson(page<HandOffPage>(WizardStep::HandOff), QStringLiteral("first.json"));
    m_wizard->button(QWizard::FinishButton)->click();

    restartWizard();
    HandOffPage *again = handOffAgain();
    QVERIFY(again);
    const QString shown = again->summaryView()->toPlainText();
    for (const QString &title : titles)
        QVERIFY2(shown.contains(title), qPrintable(title));
    QVERIFY(shown.contains(QStringLiteral("and 7 more")));
    const QJsonObject later = exportedJson(again, QStringLiteral("later.json"));
    QCOMPARE(later.value(QStringLiteral("board")), first.value(QStringLiteral("board")));
    QCOMPARE(later.value(QStringLiteral("board"))
                 .toObject()
                 .value(QStringLiteral("first_titles"))
                 .toArray()
                 .size(),
             5);
}

// A screen reader reads the summary: read-only text with a caret that the arrows move (and the accessible
// text follows), Tab stops at each link, which is named by its address, and Enter opens it; Tab goes on
// past the last. The summary is as tall as its text: the page scrolls (to the caret), never the summary
// inside it.
void TestHandOff::summaryIsReadWithACaretAndScrollsWithThePage() {
    reach(WizardStep::HandOff);
    auto *handOff = page<HandOffPage>(WizardStep::HandOff);
    QTextBrowser *view = handOff->summaryView();
    QVERIFY(view->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
    QVERIFY(view->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard));
    QVERIFY(view->isReadOnly());
    QCOMPARE(view->accessibleName(), QStringLiteral("Summary for JobTarget"));
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(view);
    QVERIFY(accessible && accessible->textInterface());
    QAccessibleTextInterface *text = accessible->textInterface();
    const QString exposed = text->text(0, text->characterCount());
    QVERIFY(exposed.contains(QStringLiteral("Acme Robotics")));
    QVERIFY(exposed.contains(QStringLiteral("Next steps with JobTarget")));

    // One scroll: the summary has nothing to scroll; the page does.
    QTRY_VERIFY(view->height() >= int(view->document()->size().height()));
    QCOMPARE(view->verticalScrollBar()->maximum(), 0);
    QCOMPARE(view->verticalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    QScrollBar *pageBar = handOff->scrollArea()->verticalScrollBar();
    QTRY_VERIFY2(pageBar->maximum() > 0, qPrintable(QStringLiteral("view %1, window %2x%3, page %4")
                                                        .arg(view->height())
                                                        .arg(m_wizard->width())
                                                        .arg(m_wizard->height())
                                                        .arg(handOff->scrollArea()->viewport()->height())));

    // The caret: the arrows move it, the accessible text follows.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(view->textCursor().position(), 0);
    QTest::keyClick(view, Qt::Key_Down);
    QVERIFY(view->textCursor().position() > 0);
    QCOMPARE(text->cursorPosition(), view->textCursor().position());
    // To the end: the page scrolls to keep the caret in view.
    pageBar->setValue(0);
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QTRY_VERIFY(pageBar->value() > 0);
    const QPoint caret =
        view->viewport()->mapTo(handOff->scrollArea()->viewport(), view->cursorRect().center());
    QVERIFY(handOff->scrollArea()->viewport()->rect().contains(caret));

    // Tab stops at each link, its text its address; Enter opens it.
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QStringList links;
    for (int i = 0; i < 10 && QApplication::focusWidget() == view; ++i) {
        QTest::keyClick(view, Qt::Key_Tab);
        if (QApplication::focusWidget() == view && view->textCursor().hasSelection())
            links << view->textCursor().selectedText();
    }
    QCOMPARE(links, (QStringList{QStringLiteral("https://boards.greenhouse.io/acme"),
                                 QStringLiteral("https://support.jobtarget.com"),
                                 QStringLiteral("https://support.jobtarget.com")}));
    QVERIFY(QApplication::focusWidget() != view); // and then on, past the summary
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Tab);
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(view->textCursor().selectedText(), QStringLiteral("https://support.jobtarget.com"));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_desktop->opened.last(), QUrl(QStringLiteral("https://support.jobtarget.com")));
    QCOMPARE(current(), WizardStep::HandOff); // Enter on a link opened it, and did not finish the wizard
}

QTEST_MAIN(TestHandOff)
#include "tst_handoff.moc"
