// Wallet passphrases as the GUI takes them: one normalisation (NFKD, so the same
// passphrase typed through different input methods gives the same bytes) and a
// strength hint shown while typing.
#pragma once

#include <QString>

#include "chain/core/secure_bytes.h"

namespace wb::ui {

// The UTF-8 bytes of `text` in Unicode NFKD, in secure memory: how passphrases and
// typed mnemonics are handed to the wallet code.
SecureBytes secretUtf8(const QString& text);

enum class PassphraseStrength { Empty, Weak, Fair, Strong };

// A rough strength estimate from length and the kinds of characters used (lower,
// upper, digits, others): Strong is 16+ characters, or 12+ of three kinds; Fair is
// 10+ characters, or 8+ of two kinds; anything shorter is Weak.
PassphraseStrength passphraseStrength(const QString& text);

// A short translated hint for `strength` ("Weak: …").
QString strengthHint(PassphraseStrength strength);

}  // namespace wb::ui
