#include "wallet/passphrase_text.h"

#include <QString>

namespace wb {

SecureBytes normalisePassphrase(std::string_view utf8) {
  QString text = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
  QByteArray normalised = text.normalized(QString::NormalizationForm_KD).toUtf8();
  SecureBytes bytes =
      SecureBytes::copyOf(std::string_view(normalised.constData(), static_cast<std::size_t>(normalised.size())));
  // The transient copies should not linger (Qt's own internal copies are out of reach).
  normalised.fill('\0');
  text.fill(QChar(0));
  return bytes;
}

}  // namespace wb
