#pragma once

#include "wizard/CheckVerdict.h"
#include "wizard/WizardStep.h"

#include <QPointer>
#include <QWizardPage>

#include <utility>

class QLabel;
class QProgressBar;
class QScrollArea;
class QVBoxLayout;

namespace jt {
class SetupController;
struct KeychainResult;
} // namespace jt

namespace jt::ui {

class Banner;
class DesktopActions;
class ReadingView;
class StatusLine;

// What every page has: its title from the step table, a demo strip while practising, a banner for errors, a
// Help panel, and a scrollable body for the page's own content.
class SetupPage : public QWizardPage {
    Q_OBJECT
public:
    SetupPage(WizardStep step, SetupController &controller, DesktopActions &desktop,
              QWidget *parent = nullptr);

    WizardStep step() const { return m_step; }
    Banner *banner() const { return m_banner; }
    // F1 and the Help button: shows the help at the top of the page with the keyboard in it (read at once,
    // the arrow keys walk it), or hides it and gives the keyboard back to where it was.
    void toggleHelp();
    // Where the keyboard focus goes when the page appears (the wizard applies it once the page is shown).
    QWidget *initialFocus() const { return m_initialFocus; }
    bool isHelpShown() const;
    ReadingView *helpView() const { return m_help; }
    // While Greenhouse asks us to wait (rate limit), or has not answered for a few seconds.
    StatusLine *waitLine() const { return m_waitLine; }
    QScrollArea *scrollArea() const { return m_scroll; }
    // The wizard calls this each time the page becomes the current one (forward or back).
    virtual void pageShown() {}

protected:
    QVBoxLayout *body() const { return m_body; }
    void setHelpText(const QString &text);
    void setInitialFocus(QWidget *widget) { m_initialFocus = widget; }
    void ensureVisible(QWidget *widget); // scrolls the page's body to it (once the layout has settled)
    // After a check of this page ended, the keyboard goes where the next keystroke helps: `whenPassed` (Next,
    // or Finish, when null) if it passed; the banner's Try again when the network was the problem; else
    // `otherwise`.
    void focusAfterCheck(const CheckVerdict &verdict, QWidget *otherwise, QWidget *whenPassed = nullptr);
    // The banner for a stored connection that could not be saved, read or removed: titled by what went wrong
    // (locked, incomplete, settings, …), with Try again (the banner's retry: the page says what it does)
    // where trying again can help and `offerRetry`.
    void showStoreProblem(const KeychainResult &result, bool offerRetry = true);
    // A finished check in the banner, the one mapping from a verdict to a banner: passed (a warning when
    // `warnings`; `passedTitle` over the verdict's own headline when given), cancelled (information), or the
    // problem with what to do and, when the network was at fault, Try again.
    void showVerdict(const CheckVerdict &verdict, const QStringList &warnings = {},
                     const QString &passedTitle = {});
    // Moves the keyboard to `target`, which a screen reader then reads with `outcome` (see Announcement).
    void focusWithOutcome(QWidget *target, const QString &outcome);
    bool isCurrentPage() const;
    // Has the wizard read isComplete() and nextId() again, but only when one of them changed: QWizard hides
    // and re-shows its whole content for every such update, which a screen reader hears as every control
    // (and every result on the page) appearing again.
    void updateWizardButtons();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    // A paragraph of plain text (word-wrapped) added to the body.
    QLabel *addParagraph(const QString &text);
    // An illustration from resources/illustrations, scaled crisply for the screen.
    QLabel *addIllustration(const QString &name, const QString &description);
    QLabel *makeIllustration(const QString &name, const QString &description);
    QPixmap illustration(const QString &name) const;
    // The thin "working…" bar shown while Greenhouse or the keychain is asked.
    static QProgressBar *makeBusyBar(const QString &accessibleName);

    SetupController &m_controller;
    DesktopActions &m_desktop;

private:
    void updateDemoStrip();
    void updateWaitLine();

    WizardStep m_step;
    QLabel *m_demoStrip;
    Banner *m_banner;
    QVBoxLayout *m_body;
    ReadingView *m_help;
    QPointer<QWidget> m_focusBeforeHelp;
    StatusLine *m_waitLine;
    bool m_waitShown = false;   // a wait is on the line (announced once, then updated quietly)
    bool m_rateLimited = false; // that wait is a rate limit's countdown
    QScrollArea *m_scroll = nullptr;
    QWidget *m_initialFocus = nullptr;
    QPointer<QWidget> m_outcomeOn; // the control the last outcome describes
    QString m_outcome;
    bool m_wheelWatched = false;
    std::pair<bool, int> m_buttonState{false, -1}; // what the wizard last read: isComplete(), nextId()
};

} // namespace jt::ui
