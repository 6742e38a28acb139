#pragma once

#include "wizard/CheckVerdict.h"
#include "wizard/WizardStep.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QScrollArea;
class QVBoxLayout;

namespace jt {
class SetupController;
}

namespace jt::ui {

class Banner;
class DesktopActions;

// What every page has: its title from the step table, a demo strip while practising, a banner for errors, a
// Help panel, and a scrollable body for the page's own content.
class SetupPage : public QWizardPage {
    Q_OBJECT
public:
    SetupPage(WizardStep step, SetupController &controller, DesktopActions &desktop,
              QWidget *parent = nullptr);

    WizardStep step() const { return m_step; }
    Banner *banner() const { return m_banner; }
    void toggleHelp();
    // Where the keyboard focus goes when the page appears (the wizard applies it once the page is shown).
    QWidget *initialFocus() const { return m_initialFocus; }
    bool isHelpShown() const;
    // While Greenhouse asks us to wait (rate limit), or has not answered for a few seconds.
    QLabel *countdownLabel() const { return m_countdown; }
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
    bool isCurrentPage() const;
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
    QLabel *m_help;
    QLabel *m_countdown;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_initialFocus = nullptr;
    bool m_wheelWatched = false;
};

} // namespace jt::ui
