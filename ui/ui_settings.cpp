#include "ui/ui_settings.h"

#include <QSettings>
#include <algorithm>

namespace wb::ui {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kUnit = QStringLiteral("ui/unit");
const QString kAutoLock = QStringLiteral("wallet/autoLockMinutes");
const QString kDataDir = QStringLiteral("app/dataDir");
}  // namespace

UiSettings::UiSettings(QSettings* settings, QObject* parent) : QObject(parent), settings_(settings) {}

QString UiSettings::language() const { return settings_->value(kLanguage).toString(); }

void UiSettings::setLanguage(const QString& code) {
  if (code == language()) return;
  settings_->setValue(kLanguage, code);
  emit languageChanged(code);
}

DisplayUnit UiSettings::unit() const { return unitFromKey(settings_->value(kUnit).toString()); }

void UiSettings::setUnit(DisplayUnit unit) {
  if (unit == this->unit()) return;
  settings_->setValue(kUnit, unitKey(unit));
  emit unitChanged(unit);
}

int UiSettings::autoLockMinutes() const {
  bool ok = false;
  const int minutes = settings_->value(kAutoLock, kDefaultAutoLockMinutes).toInt(&ok);
  return ok ? std::clamp(minutes, 0, kMaxAutoLockMinutes) : kDefaultAutoLockMinutes;
}

void UiSettings::setAutoLockMinutes(int minutes) {
  minutes = std::clamp(minutes, 0, kMaxAutoLockMinutes);
  if (minutes == autoLockMinutes()) return;
  settings_->setValue(kAutoLock, minutes);
  emit autoLockMinutesChanged(minutes);
}

QString UiSettings::dataDir() const { return settings_->value(kDataDir).toString(); }

void UiSettings::setDataDir(const QString& path) {
  if (path == dataDir()) return;
  settings_->setValue(kDataDir, path);
  emit dataDirChanged(path);
}

}  // namespace wb::ui
