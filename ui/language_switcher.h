// Installs the translation for the chosen language while the program runs. Qt then
// sends QEvent::LanguageChange to every widget, whose changeEvent retranslates it.
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace wb::ui {

class LanguageSwitcher : public QObject {
  Q_OBJECT
public:
  explicit LanguageSwitcher(QObject* parent = nullptr);
  ~LanguageSwitcher() override;

  // Applies `code`: "" follows the system locale, "en" is the source text, "zh_CN"
  // Simplified Chinese. Returns false (and leaves English) when no catalogue exists.
  bool apply(const QString& code);

  // The language in effect ("en" or "zh_CN").
  QString current() const { return current_; }

private:
  void removeTranslators();

  QTranslator waybill_;
  QTranslator qtBase_;
  bool installed_ = false;
  QString current_ = QStringLiteral("en");
};

}  // namespace wb::ui
