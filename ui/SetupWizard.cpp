#include "SetupWizard.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWizardPage>

namespace jt::ui {

SetupWizard::SetupWizard(bool demo, QWidget *parent)
    : QWizard(parent) {
    setWindowTitle(demo ? tr("JobTarget Setup for Greenhouse — Demo") : tr("JobTarget Setup for Greenhouse"));
    setWizardStyle(QWizard::ModernStyle);
    auto *welcome = new QWizardPage(this);
    welcome->setTitle(tr("Connect Greenhouse to JobTarget"));
    auto *text =
        new QLabel(tr("This assistant helps you create the Greenhouse credential JobTarget needs, checks "
                      "it live against Greenhouse and prepares everything to hand to JobTarget.\n\n"
                      "The guided pages are being built. Until then, IT staff can check a connection "
                      "with “jobtarget-setup verify --help”."),
                   welcome);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(welcome);
    layout->addWidget(text);
    addPage(welcome);
    resize(720, 520);
}

} // namespace jt::ui
