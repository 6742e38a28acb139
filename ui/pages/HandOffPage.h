#pragma once

#include "SetupPage.h"

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QTextBrowser;

namespace jt {
class HandoffSummary;
}

namespace jt::ui {

class SecretClipboard;
class StatusLine;

// Step 8: the summary for JobTarget — who prepared it and how JobTarget reaches them (both remembered),
// export (PDF, HTML, Markdown, JSON), print, copy the secret, JobTarget's contact page, and the summary
// itself: a read-only text with a caret and links that the keyboard reaches, as tall as its content (the page
// scrolls, the summary never scrolls inside it).
class HandOffPage : public SetupPage {
    Q_OBJECT
public:
    HandOffPage(SetupController &controller, DesktopActions &desktop, SecretClipboard &clipboard);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override { return -1; } // the end of the path (the returning admin's page is not next)

    QTextBrowser *summaryView() const { return m_view; }
    QCheckBox *includeSecretBox() const { return m_includeSecret; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *copySecretButton() const { return m_copySecret; }
    QLabel *copyCountdown() const { return m_countdown; }
    QLineEdit *preparedByEdit() const { return m_preparedBy; }
    QLineEdit *contactEmailEdit() const { return m_contactEmail; }
    StatusLine *contactEmailProblem() const { return m_contactEmailProblem; }
    QPushButton *contactButton() const { return m_contact; }
    StatusLine *exportStatus() const { return m_exportStatus; }

    // The summary as the page exports it (with the secret only when opted in; marked as practice in the
    // demo), or as it shows it on screen (the secret, if opted in, masked).
    enum class Audience { Export, Screen };
    HandoffSummary summary(Audience audience = Audience::Export) const;
    // Writes the summary in the format of `path`'s suffix (.pdf .html .md .json); false and a message on
    // failure.
    bool exportTo(const QString &path, QString *error) const;

    // Where the page remembers the export dialog's last folder (ExportFolderKey), who prepared the summary
    // and the contact e-mail (HandoffSettings); the application's QSettings unless set.
    void setSettings(QSettings *settings) { m_settings = settings; }
    static constexpr const char *ExportFolderKey = "handOff/lastExportFolder";

private:
    void render();
    void exportSummary();
    void print();
    void includeSecretToggled(bool on);
    void withSettings(const std::function<void(QSettings &)> &use) const;
    // Keeps what the admin wrote (the name only once edited, the address only when it is one).
    void rememberAuthor();
    // The contact e-mail's problem shown (and the keyboard moved to it when `focus`); false when there is
    // none.
    bool showContactEmailProblem(bool focus);
    void followCaret(); // the page scrolls to the summary's caret: the summary itself never scrolls

    SecretClipboard &m_clipboard;
    QTextBrowser *m_view;
    QCheckBox *m_includeSecret;
    QPushButton *m_export;
    QPushButton *m_print;
    QPushButton *m_copySecret;
    QLabel *m_countdown;
    bool m_copyCounting = false; // the secret's countdown is running (its start was announced)
    QLineEdit *m_preparedBy;
    bool m_preparedByEdited = false; // by the admin, this visit: then it is remembered
    QLineEdit *m_contactEmail;
    StatusLine *m_contactEmailProblem;
    QPushButton *m_contact;
    StatusLine *m_exportStatus;
    QSettings *m_settings = nullptr;
};

} // namespace jt::ui
