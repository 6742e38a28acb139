// The wizard on a laptop screen: 1280×672 logical pixels (1280×720 less a taskbar, or 1920×1080 at 150 % less
// the taskbar). CTest runs this suite twice, on an off-screen 1280×672 screen and on a 1920×1008 screen with
// QT_SCALE_FACTOR=1.5, and each run walks every page in English, German, French and Spanish: the wizard's
// buttons stay on the screen, no label or button is cut off, the content never needs a sideways scroll, and
// what matters most on a page is in view without scrolling.

#include "WizardFixture.h"
#include "i18n/Translations.h"

#include <QDir>
#include <QKeySequence>
#include <QLibraryInfo>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTranslator>

using namespace jt;
using namespace jt::test;

class TestScreenFit : public WizardFixture {
    Q_OBJECT

private slots:
    void init() { setUpWizard(); }
    void cleanup() {
        tearDownWizard();
        useLanguage(QStringLiteral("en"));
    }

    void screenIsALaptop();
    void everyPageFits_data();
    void everyPageFits();
    void returningAdminsPageFits_data() { everyPageFits_data(); }
    void returningAdminsPageFits();
    void wheelOverAStuckTextBoxScrollsThePage();
    void smallestWindowNeverScrollsSideways();
    void returningAdminsButtonsWrapInASmallWindow();
    void valuesToCopyAreWholeInEveryLanguage();

private:
    void useLanguage(const QString &language);
    void checkFits(const QString &where);
    void checkMnemonics(const QString &where);
    // True when `widget` lies inside the visible part of its page's scrolling body.
    bool inView(QWidget *widget) const;
    QRect screenArea() const { return m_wizard->screen()->availableGeometry(); }

    QList<QTranslator *> m_translators;
};

void TestScreenFit::useLanguage(const QString &language) {
    for (QTranslator *translator : std::as_const(m_translators))
        QCoreApplication::removeTranslator(translator);
    qDeleteAll(m_translators);
    m_translators = installTranslations(language, qApp);
    QVERIFY2(!m_translators.isEmpty(), "the project's translation did not load");
}

void TestScreenFit::screenIsALaptop() {
    // The run is only meaningful on the screen it was meant for.
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    QCOMPARE(area.size(), QSize(1280, 672));
}

bool TestScreenFit::inView(QWidget *widget) const {
    auto *page = qobject_cast<SetupPage *>(m_wizard->currentPage());
    QWidget *viewport = page->scrollArea()->viewport();
    const QRect where(widget->mapTo(viewport, QPoint(0, 0)), widget->size());
    return widget->isVisible() && viewport->rect().contains(where);
}

// Every Alt+letter in the window does one thing. Two visible controls with the same mnemonic make Alt+letter
// only move the focus between them (and the next Enter acts on whichever has it).
void TestScreenFit::checkMnemonics(const QString &where) {
    QMap<QString, QStringList> owners;
    for (QWidget *widget : m_wizard->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        QString text;
        if (const auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (const auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text(); // without a buddy a label's "&" is only a character
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners[key.toString(QKeySequence::PortableText)] << text;
    }
    for (auto key = owners.cbegin(); key != owners.cend(); ++key)
        QVERIFY2(key.value().size() == 1,
                 qPrintable(QStringLiteral("%1 — %2 is “%3”")
                                .arg(where, key.key(), key.value().join(QStringLiteral("” and “")))));
}

void TestScreenFit::checkFits(const QString &where) {
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    checkMnemonics(where);
    const QByteArray context = where.toUtf8();
    const QRect screen = screenArea();
    // JT_FIT_SHOTS=DIR keeps a picture of every state checked, for people to look at.
    if (const QString shots = qEnvironmentVariable("JT_FIT_SHOTS"); !shots.isEmpty())
        m_wizard->grab().save(QDir(shots).filePath(QStringLiteral("%1-%2.png")
                                                       .arg(QLatin1String(QTest::currentDataTag()), where)
                                                       .replace(QLatin1Char(' '), QLatin1Char('_'))));
    QVERIFY2(m_wizard->minimumSizeHint().width() <= screen.width() &&
                 m_wizard->minimumSizeHint().height() <= screen.height(),
             QByteArray(context + " — the layout needs more than the screen").constData());
    QCOMPARE(m_wizard->size(), screen.size()); // nothing forced the window to grow

    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                                        QWizard::CancelButton, QWizard::HelpButton}) {
        QAbstractButton *button = m_wizard->button(which);
        if (!button->isVisible())
            continue;
        const QRect onScreen(button->mapToGlobal(QPoint(0, 0)), button->size());
        QVERIFY2(screen.contains(onScreen),
                 QByteArray(context + " — off the screen: " + button->text().toUtf8()).constData());
        QVERIFY2(button->sizeHint().width() <= button->width(),
                 QByteArray(context + " — cut off: " + button->text().toUtf8()).constData());
    }
    const auto *page = qobject_cast<SetupPage *>(m_wizard->currentPage());
    QWidget *content = page->scrollArea()->widget();
    QVERIFY2(content->width() <= page->scrollArea()->viewport()->width(),
             QByteArray(context + " — the page is wider than the window").constData());

    for (QLabel *label : m_wizard->findChildren<QLabel *>()) {
        if (!label->isVisible() || (label->text().isEmpty() && label->pixmap().isNull()))
            continue;
        const QByteArray what = context + " — label cut off: " + label->text().left(60).toUtf8();
        if (label->wordWrap())
            QVERIFY2(label->heightForWidth(label->width()) <= label->height() + 1, what.constData());
        else
            QVERIFY2(label->sizeHint().width() <= label->width() + 1 &&
                         label->sizeHint().height() <= label->height() + 1,
                     what.constData());
    }
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        const auto *tool = qobject_cast<QToolButton *>(button);
        if (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            continue; // an icon in a field (Show the secret): its text is the tooltip
        if (button->isVisible())
            QVERIFY2(button->sizeHint().width() <= button->width() + 1,
                     QByteArray(context + " — button cut off: " + button->text().toUtf8()).constData());
    }
}

void TestScreenFit::everyPageFits_data() {
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de", "fr", "es"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestScreenFit::everyPageFits() {
    QFETCH(QString, language);
    useLanguage(language);
    startWizard(true);
    const QRect screen = screenArea();
    // It opens no larger than the screen, and may be made as small as the screen.
    QVERIFY(m_wizard->width() <= screen.width() && m_wizard->height() <= screen.height());
    QVERIFY(m_wizard->minimumWidth() <= screen.width() && m_wizard->minimumHeight() <= screen.height());
    m_wizard->move(screen.topLeft());
    m_wizard->resize(screen.size());
    QTRY_COMPARE(m_wizard->size(), screen.size());

    checkFits(QStringLiteral("Welcome"));
    next();
    auto *permission = page<DeveloperPermissionPage>(WizardStep::DeveloperPermission);
    checkFits(QStringLiteral("Developer permission"));
    permission->noChoice()->click();
    // The Site Admin request is what the page is about now: it scrolls into view.
    QTRY_VERIFY(inView(permission->copyRequestButton()));
    checkFits(QStringLiteral("Developer permission, Site Admin request"));
    permission->yesChoice()->click();
    next();

    auto *create = page<CreateCredentialPage>(WizardStep::CreateCredential);
    checkFits(QStringLiteral("Create the credential (v3)"));
    // What to tick and that the secret is shown only once: in view without scrolling.
    QCOMPARE(create->scrollArea()->verticalScrollBar()->value(), 0);
    QVERIFY2(inView(create->permissionStepsLabel()), "the scopes to tick need scrolling");
    QVERIFY2(inView(create->onceWarning()), "“shown only once” needs scrolling");
    create->v1Choice()->click();
    checkFits(QStringLiteral("Create the credential (legacy)"));
    QVERIFY2(inView(create->permissionStepsLabel()), "the permissions to tick need scrolling");
    QVERIFY2(inView(create->onceWarning()), "“shown only once” needs scrolling");
    create->v3Choice()->click();
    next();

    auto *enter = page<EnterCredentialPage>(WizardStep::EnterCredential);
    QTest::keyClicks(enter->clientIdEdit(), QStringLiteral("x y"));
    checkFits(QStringLiteral("Enter the credential, with a hint"));
    enter->demoFillButton()->click();
    checkFits(QStringLiteral("Enter the credential"));
    // Stopping half-way asks first: its two answers have keys of their own too.
    m_desktop->confirmAnswer = false;
    m_wizard->reject();
    QCOMPARE(m_desktop->questionButtons.size(), 1);
    const QStringList answers = m_desktop->questionButtons.constLast();
    QVERIFY2(QKeySequence::mnemonic(answers.at(0)) != QKeySequence::mnemonic(answers.at(1)),
             qPrintable(answers.join(QStringLiteral(" / "))));
    m_desktop->confirmAnswer = true;
    next();

    auto *check = page<CheckPermissionsPage>(WizardStep::CheckPermissions);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->permissionsPassed(), 20000);
    checkFits(QStringLiteral("Check permissions, granted"));
    check->practiseMissingBox()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->permissionsState(), SetupController::CheckState::Done, 20000);
    checkFits(QStringLiteral("Check permissions, one missing"));
    check->toggleHelp();
    checkFits(QStringLiteral("Check permissions, with help"));
    check->toggleHelp();
    check->practiseMissingBox()->click();
    QTRY_VERIFY2_WITH_TIMEOUT(m_controller->permissionsPassed(), qPrintable(check->banner()->title()), 20000);
    next();

    auto *board = page<JobBoardPage>(WizardStep::JobBoard);
    QTest::keyClicks(board->boardEdit(), QStringLiteral("acme"));
    board->checkButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->boardPassed(), 20000);
    checkFits(QStringLiteral("Job board, confirmed"));
    next();

    page<SavePage>(WizardStep::Save)->saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->saved(), 20000);
    checkFits(QStringLiteral("Save"));
    next();
    checkFits(QStringLiteral("Hand off"));
    page<HandOffPage>(WizardStep::HandOff)->copySecretButton()->click();
    checkFits(QStringLiteral("Hand off, secret on the clipboard"));
}

// The returning admin's page in each of its states: never checked here, with a full history (two rows of
// marks) and the daily check on, then passed, a scope missing, Greenhouse unreachable, and removed. The
// daily check is in view as the page opens.
void TestScreenFit::returningAdminsPageFits() {
    QFETCH(QString, language);
    useLanguage(language);
    CheckHistory history(historyPath());
    for (int day = 0; day < CheckHistory::Capacity; ++day)
        history.append(
            CheckRecord::notChecked(QStringLiteral("credential"), QStringLiteral("timeout"),
                                    QDateTime(QDate(2026, 8, 1).addDays(day), QTime(9, 0), Qt::UTC)));
    QVERIFY(history.save());
    storeAndRestart();
    const QRect screen = screenArea();
    m_wizard->move(screen.topLeft());
    m_wizard->resize(screen.size());
    QTRY_COMPARE(m_wizard->size(), screen.size());
    next();
    QCOMPARE(current(), WizardStep::ExistingConnection);
    auto *existing = page<ExistingConnectionPage>(WizardStep::ExistingConnection);
    checkFits(QStringLiteral("Returning admin, not checked here"));
    existing->dailyCheckBox()->click();
    QTRY_VERIFY(m_daily->isOn() && !m_daily->isBusy());
    QCOMPARE(existing->historyStrip()->marks().size(), CheckHistory::Capacity);
    checkFits(QStringLiteral("Returning admin, daily on, history"));
    QVERIFY2(inView(existing->dailyCheckBox()), "“Check every day” needs scrolling");
    QVERIFY2(inView(existing->historyStrip()), "the history needs scrolling");
    // Each state the page can be in after a check, then after removal: the fix of each is a button more.
    const auto checkNow = [&](const char *state) {
        m_sim->clearSeen();
        existing->checkButton()->click();
        // Asked Greenhouse (the keychain answered first), then done: this check, not the last one.
        QTRY_VERIFY_WITH_TIMEOUT(!m_sim->seen().isEmpty() &&
                                     m_controller->boardState() == SetupController::CheckState::Done,
                                 20000);
        checkFits(QStringLiteral("Returning admin, ") + QLatin1String(state));
    };
    checkNow("passed");
    m_sim->scenario().missingPermissions.insert(QStringLiteral("harvest:job_posts:list"));
    checkNow("a scope missing");
    QVERIFY2(existing->openCredentialsButton()->isVisible(), qPrintable(existing->banner()->title()));
    m_sim->scenario().missingPermissions.clear();
    m_sim->scenario().faults = {sim::FaultRule{sim::Api::Harvest, sim::Fault::DropConnection, -1, {}}};
    checkNow("unreachable");
    QVERIFY(existing->banner()->retryButton()->isVisible());
    m_sim->scenario().faults.clear();
    existing->removeButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->removeState(), SetupController::StoreState::Done, 20000);
    QTRY_VERIFY(existing->setUpButton()->isVisible());
    checkFits(QStringLiteral("Returning admin, removed"));
}

void TestScreenFit::wheelOverAStuckTextBoxScrollsThePage() {
    startWizard();
    m_wizard->resize(m_wizard->minimumSize()); // as small as it goes: the page scrolls
    QTRY_COMPARE(m_wizard->size(), m_wizard->minimumSize());
    next();
    auto *permission = page<DeveloperPermissionPage>(WizardStep::DeveloperPermission);
    permission->noChoice()->click();
    permission->toggleHelp();
    QPlainTextEdit *request = permission->requestText();
    QTRY_VERIFY(request->isVisible());
    QScrollBar *inner = request->verticalScrollBar();
    inner->setValue(inner->maximum()); // the text box is at its end: it cannot scroll further down
    QScrollBar *pageBar = permission->scrollArea()->verticalScrollBar();
    QTRY_VERIFY2(pageBar->maximum() > 0, "the page should be taller than the window here");
    pageBar->setValue(0);
    const QPoint at = request->viewport()->rect().center();
    QWheelEvent down(at, request->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                     Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(request->viewport(), &down);
    QVERIFY2(pageBar->value() > 0, "the page did not scroll");
    QCOMPARE(inner->value(), inner->maximum());
}

// Made as small as it goes (by a user, or a tiling window manager), every page still fits its width: what
// does not fit scrolls down, never sideways, and nothing is cut off on the right.
void TestScreenFit::smallestWindowNeverScrollsSideways() {
    startWizard();
    m_wizard->resize(m_wizard->minimumSize());
    QTRY_COMPARE(m_wizard->size(), m_wizard->minimumSize());
    for (WizardStep step : WizardSteps::all()) {
        reach(step);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        const auto *page = qobject_cast<SetupPage *>(m_wizard->currentPage());
        QVERIFY2(page->scrollArea()->widget()->width() <= page->scrollArea()->viewport()->width(),
                 qPrintable(WizardSteps::title(step)));
        for (QWizard::WizardButton which :
             {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton}) {
            QAbstractButton *button = m_wizard->button(which);
            if (button->isVisible())
                QVERIFY2(m_wizard->rect().contains(
                             QRect(button->mapTo(m_wizard.get(), QPoint(0, 0)), button->size())),
                         qPrintable(WizardSteps::title(step) + QStringLiteral(": ") + button->text()));
        }
    }
}

// The returning admin's four actions do not fit on one line of the smallest window (in French least of all):
// they continue on the next line, each whole and inside the page, instead of making the page scroll sideways.
void TestScreenFit::returningAdminsButtonsWrapInASmallWindow() {
    useLanguage(QStringLiteral("fr"));
    storeAndRestart();
    m_wizard->resize(m_wizard->minimumSize());
    QTRY_COMPARE(m_wizard->size(), m_wizard->minimumSize());
    next();
    QCOMPARE(current(), WizardStep::ExistingConnection);
    auto *existing = page<ExistingConnectionPage>(WizardStep::ExistingConnection);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QWidget *viewport = existing->scrollArea()->viewport();
    QVERIFY(existing->scrollArea()->widget()->width() <= viewport->width());
    QSet<int> lines;
    for (QPushButton *button : {existing->checkButton(), existing->handOffButton(), existing->replaceButton(),
                                existing->removeButton()}) {
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        const QRect where(button->mapTo(existing->scrollArea()->widget(), QPoint(0, 0)), button->size());
        QVERIFY2(existing->scrollArea()->widget()->rect().contains(where), qPrintable(button->text()));
        lines.insert(where.top());
    }
    QVERIFY2(lines.size() > 1, "the buttons should have continued on a second line");
    // The text below the buttons starts below their last line, not on top of it.
    const QRect lastButton(existing->removeButton()->mapTo(existing->scrollArea()->widget(), QPoint(0, 0)),
                           existing->removeButton()->size());
    QVERIFY(existing->dailyCheckBox()->mapTo(existing->scrollArea()->widget(), QPoint(0, 0)).y() >=
            lastButton.bottom());
}

// The values to type into Greenhouse (API type, Partner, Description) are read whole in every language, in
// the window as the screen gives it and as small as it goes: never cut, and never by making the page wider
// than the window (German's longer label left "JobTarget Harvest API Ke").
void TestScreenFit::valuesToCopyAreWholeInEveryLanguage() {
    for (const QString &language :
         {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("es")}) {
        tearDownWizard();
        setUpWizard();
        useLanguage(language);
        reach(WizardStep::CreateCredential);
        auto *create = page<CreateCredentialPage>(WizardStep::CreateCredential);
        const QRect screen = screenArea();
        for (const QSize &size : {screen.size(), m_wizard->minimumSize()}) {
            m_wizard->resize(size);
            QTRY_COMPARE(m_wizard->size(), size);
            for (QRadioButton *kind : {create->v1Choice(), create->v3Choice()}) {
                kind->click();
                QCoreApplication::sendPostedEvents();
                QCoreApplication::processEvents();
                QWidget *content = create->scrollArea()->widget();
                QVERIFY(content->width() <= create->scrollArea()->viewport()->width());
                for (CopyField *field :
                     {create->apiTypeField(), create->partnerField(), create->descriptionField()}) {
                    QWidget *shown = field->valueWidget();
                    const QString where = QStringLiteral("%1, %2×%3, %4: ")
                                              .arg(language)
                                              .arg(size.width())
                                              .arg(size.height())
                                              .arg(field->value());
                    // Scrolled to, as a reader would: then every character of it is inside the window.
                    const QPoint middle =
                        shown->mapTo(create->scrollArea()->widget(), shown->rect().center());
                    create->scrollArea()->ensureVisible(middle.x(), middle.y(), shown->width() / 2 + 1,
                                                        shown->height() / 2 + 1);
                    const QRect inViewport(shown->mapTo(create->scrollArea()->viewport(), QPoint(0, 0)),
                                           shown->size());
                    QVERIFY2(create->scrollArea()->viewport()->rect().contains(inViewport),
                             qPrintable(where + QStringLiteral("outside the window")));
                    // The whole value is laid out in the space the widget has.
                    QString text;
                    if (auto *line = qobject_cast<QLineEdit *>(shown)) {
                        // A line edit cuts what is wider than its box (less its frame and margins).
                        text = line->text();
                        QVERIFY2(line->fontMetrics().horizontalAdvance(text) <= line->width() - 8,
                                 qPrintable(where + QStringLiteral("cut off")));
                    } else if (auto *view = qobject_cast<QTextEdit *>(shown)) {
                        text = view->toPlainText();
                        const QTextDocument *document = view->document();
                        QVERIFY2(document->size().width() <= view->viewport()->width() + 1 &&
                                     document->size().height() <= view->viewport()->height() + 1,
                                 qPrintable(where + QStringLiteral("cut off")));
                        // Each word fits on a line: none is broken in two ("JobTarge t").
                        for (const QString &word : text.split(QLatin1Char(' ')))
                            QVERIFY2(view->fontMetrics().horizontalAdvance(word) <=
                                         view->viewport()->width() - 2 * document->documentMargin(),
                                     qPrintable(where + QStringLiteral("“%1” is broken").arg(word)));
                        QVERIFY2(view->verticalScrollBar()->maximum() == 0 &&
                                     view->horizontalScrollBar()->maximum() == 0,
                                 qPrintable(where + QStringLiteral("scrolls inside its box")));
                    } else {
                        QFAIL(qPrintable(where + QStringLiteral("shown by an unknown kind of widget")));
                    }
                    QCOMPARE(text, field->value());
                }
            }
        }
    }
}

QTEST_MAIN(TestScreenFit)
#include "tst_screenfit.moc"
