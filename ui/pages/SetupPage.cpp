#include "SetupPage.h"

#include "widgets/Banner.h"
#include "wizard/SetupController.h"

#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QScrollArea>
#include <QSvgRenderer>
#include <QVBoxLayout>
#include <QWizard>

namespace jt::ui {

SetupPage::SetupPage(WizardStep step, SetupController &controller, DesktopActions &desktop, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_desktop(desktop)
    , m_step(step)
    , m_demoStrip(new QLabel(this))
    , m_banner(new Banner(this))
    , m_body(new QVBoxLayout)
    , m_help(new QLabel(this))
    , m_countdown(new QLabel(this)) {
    // A heading a size above the text, as in a document.
    setTitle(QStringLiteral("<span style=\"font-size:15pt; font-weight:600\">%1</span>")
                 .arg(WizardSteps::title(step).toHtmlEscaped()));
    setSubTitle(WizardSteps::subTitle(step));

    m_demoStrip->setObjectName(QStringLiteral("demoStrip"));
    m_demoStrip->setWordWrap(true);
    m_demoStrip->setTextFormat(Qt::RichText);
    m_demoStrip->setText(
        QStringLiteral("<img src=\":/icons/demo.svg\" width=\"16\" height=\"16\" style=\"vertical-align: "
                       "middle\"> <b>%1</b> %2")
            .arg(tr("Demo.").toHtmlEscaped(),
                 tr("You are practicing with a simulated Greenhouse on this computer. Nothing "
                    "is sent to Greenhouse or JobTarget.")
                     .toHtmlEscaped()));
    m_demoStrip->setAccessibleName(tr("Demo mode: practicing with a simulated Greenhouse"));
    m_demoStrip->setStyleSheet(QStringLiteral("QLabel#demoStrip { border: 1px dashed #b7791f; "
                                              "border-radius: 4px; padding: 4px 8px; }"));

    auto *content = new QWidget;
    content->setLayout(m_body);
    m_body->setContentsMargins(0, 0, 8, 0);
    m_body->setSpacing(10);
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the page's inputs, not to the scrolling frame

    m_help->setObjectName(QStringLiteral("helpPanel"));
    m_help->setWordWrap(true);
    m_help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_help->setFrameShape(QFrame::StyledPanel);
    m_help->setMargin(8);
    m_help->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_demoStrip);
    layout->addWidget(m_banner);
    m_countdown->setWordWrap(true);
    m_countdown->hide();
    layout->addWidget(m_countdown);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_help);

    connect(&m_controller, &SetupController::demoChanged, this, &SetupPage::updateDemoStrip);
    connect(&m_controller, &SetupController::rateLimitCountdown, this, &SetupPage::showCountdown);
    updateDemoStrip();
}

// Whichever page started the check shows the wait (the check permissions, job board and stored-connection
// pages).
void SetupPage::showCountdown(int secondsLeft) {
    const bool current = wizard() && wizard()->currentPage() == this;
    m_countdown->setText(
        secondsLeft > 0 ? tr("Greenhouse asked us to slow down. Trying again in %n s…", nullptr, secondsLeft)
                        : QString());
    m_countdown->setVisible(current && secondsLeft > 0);
}

void SetupPage::updateDemoStrip() {
    m_demoStrip->setVisible(m_controller.isDemo());
}

void SetupPage::setHelpText(const QString &text) {
    m_help->setText(text);
    m_help->setAccessibleName(tr("Help: %1").arg(WizardSteps::title(m_step)));
}

void SetupPage::ensureVisible(QWidget *widget) {
    m_scroll->ensureWidgetVisible(widget, 0, 24);
}

void SetupPage::toggleHelp() {
    m_help->setVisible(!m_help->isVisibleTo(this));
}

bool SetupPage::isHelpShown() const {
    return m_help->isVisibleTo(this);
}

QLabel *SetupPage::addParagraph(const QString &text) {
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->addWidget(label);
    return label;
}

QPixmap SetupPage::illustration(const QString &name) const {
    // Rendered from the SVG at the screen's pixel density (at least 2x), so it stays sharp at 200 %.
    QSvgRenderer svg(QStringLiteral(":/illustrations/%1.svg").arg(name));
    const QSize logical = svg.defaultSize().isValid() ? svg.defaultSize() : QSize(360, 150);
    const qreal ratio = qMax<qreal>(devicePixelRatioF(), 2.0);
    QPixmap pixmap(logical * ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    svg.render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

QProgressBar *SetupPage::makeBusyBar(const QString &accessibleName) {
    auto *bar = new QProgressBar;
    bar->setRange(0, 0); // no figure to show: it moves until the answer arrives
    bar->setMaximumHeight(8);
    bar->setTextVisible(false);
    bar->setAccessibleName(accessibleName);
    return bar;
}

QLabel *SetupPage::makeIllustration(const QString &name, const QString &description) {
    auto *label = new QLabel;
    label->setPixmap(illustration(name));
    label->setAccessibleName(description);
    label->setToolTip(description);
    return label;
}

QLabel *SetupPage::addIllustration(const QString &name, const QString &description) {
    QLabel *label = makeIllustration(name, description);
    m_body->addWidget(label, 0, Qt::AlignLeft);
    return label;
}

} // namespace jt::ui
