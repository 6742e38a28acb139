// The startup benchmark's yardstick: a bare one-page QWizard, measured like `jobtarget-setup
// --benchmark-startup` (milliseconds from the process's start to the first paint, printed, then exit).
#include "platform/ProcessClock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

#include <cstdio>

namespace {

QElapsedTimer sinceMain;

class FirstPaintExit final : public QObject {
protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, [] {
                const double ms =
                    jt::millisecondsSinceProcessStart().value_or(double(sinceMain.nsecsElapsed()) / 1e6);
                std::printf("%.1f\n", ms);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char **argv) {
    sinceMain.start();
    QApplication app(argc, argv);
    QWizard wizard;
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("Welcome"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("A bare one-page wizard.")));
    wizard.addPage(page);
    wizard.resize(1000, 720);
    FirstPaintExit probe;
    wizard.installEventFilter(&probe);
    wizard.show();
    return app.exec();
}
