#pragma once

class QObject;

namespace jt::ui {

// Qt sends every change of a line edit's text to the accessibility bus (AT-SPI on Linux) with the text in
// clear, also in password mode, where reading the field returns nothing: any program on the user's bus
// could record a secret as it is typed, pasted or filled in. The mask rewrites those events for secret
// inputs, so only as many "•" as characters travel, and passes everything else on untouched.

// Marks a line edit (or any text input) as holding a secret, whatever its echo mode.
void markAsSecretInput(QObject *input);
bool isSecretInput(const QObject *input);

// Installs the mask in front of whatever handles accessibility updates now (the platform's bridge, or a
// test's recorder installed before); once per process, idempotent.
void maskSecretsOnAccessibilityBus();

} // namespace jt::ui
