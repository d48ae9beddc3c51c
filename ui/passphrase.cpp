#include "ui/passphrase.h"

#include <QCoreApplication>

#include "wallet/passphrase_text.h"

namespace wb::ui {

SecureBytes secretUtf8(const QString& text) {
  QByteArray utf8 = text.toUtf8();
  SecureBytes bytes = normalisePassphrase(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
  utf8.fill('\0');  // the temporary copy should not linger either
  return bytes;
}

PassphraseStrength passphraseStrength(const QString& text) {
  if (text.isEmpty()) return PassphraseStrength::Empty;
  bool lower = false, upper = false, digit = false, other = false;
  for (const QChar c : text) {
    if (c.isLower())
      lower = true;
    else if (c.isUpper())
      upper = true;
    else if (c.isDigit())
      digit = true;
    else
      other = true;
  }
  const int kinds = int(lower) + int(upper) + int(digit) + int(other);
  const qsizetype length = text.size();
  if (length >= 16 || (length >= 12 && kinds >= 3)) return PassphraseStrength::Strong;
  if (length >= 10 || (length >= 8 && kinds >= 2)) return PassphraseStrength::Fair;
  return PassphraseStrength::Weak;
}

QString strengthHint(PassphraseStrength strength) {
  switch (strength) {
    case PassphraseStrength::Empty:
      return QCoreApplication::translate("wb::ui::Passphrase", "Enter a passphrase.");
    case PassphraseStrength::Weak:
      return QCoreApplication::translate("wb::ui::Passphrase", "Weak: use a longer passphrase.");
    case PassphraseStrength::Fair:
      return QCoreApplication::translate("wb::ui::Passphrase", "Fair: longer or more varied is safer.");
    case PassphraseStrength::Strong:
      return QCoreApplication::translate("wb::ui::Passphrase", "Strong.");
  }
  return {};
}

}  // namespace wb::ui
