#pragma once

#include <QWizard>

namespace jt::ui {

// The wizard window. The pages arrive with the next issue; for now it introduces the product.
class SetupWizard : public QWizard {
    Q_OBJECT
public:
    explicit SetupWizard(bool demo, QWidget *parent = nullptr);
};

} // namespace jt::ui
