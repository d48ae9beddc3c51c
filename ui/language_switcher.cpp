#include "ui/language_switcher.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>

namespace wb::ui {

LanguageSwitcher::LanguageSwitcher(QObject* parent) : QObject(parent) {}

LanguageSwitcher::~LanguageSwitcher() { removeTranslators(); }

void LanguageSwitcher::removeTranslators() {
  if (!installed_) return;
  QCoreApplication::removeTranslator(&waybill_);
  QCoreApplication::removeTranslator(&qtBase_);
  installed_ = false;
}

bool LanguageSwitcher::apply(const QString& code) {
  const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
  removeTranslators();
  current_ = QStringLiteral("en");
  // Dates and numbers follow the language too (text formatted after this call).
  QLocale::setDefault(locale.language() == QLocale::Chinese ? locale
                                                            : QLocale(QLocale::English, QLocale::UnitedStates));
  // English is the source language; its catalogue only adds the plural forms of "%n …" texts.
  if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
    if (waybill_.load(QStringLiteral(":/i18n/waybill_en.qm"))) {
      QCoreApplication::installTranslator(&waybill_);
      installed_ = true;
    }
    return true;
  }
  if (!waybill_.load(locale, QStringLiteral("waybill"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
    // No catalogue for this language: stay in English (expected for a system locale we
    // do not translate, an error for an explicit choice).
    return code.isEmpty();
  }
  QCoreApplication::installTranslator(&waybill_);
  if (qtBase_.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    QCoreApplication::installTranslator(&qtBase_);
  }
  installed_ = true;
  current_ = QFileInfo(waybill_.filePath()).completeBaseName().mid(QStringLiteral("waybill_").size());
  return true;
}

}  // namespace wb::ui
