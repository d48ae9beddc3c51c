// The GUI's stored preferences (QSettings): language, display unit, auto-lock minutes
// and the data directory to use from the next start. Tests pass their own QSettings file.
#pragma once

#include <QObject>
#include <QString>

#include "ui/display_unit.h"

class QSettings;

namespace wb::ui {

inline constexpr int kDefaultAutoLockMinutes = 10;
inline constexpr int kMaxAutoLockMinutes = 24 * 60;

class UiSettings : public QObject {
  Q_OBJECT
public:
  // Reads and writes `settings`, which must outlive this object.
  explicit UiSettings(QSettings* settings, QObject* parent = nullptr);

  // "" = follow the system, else a translation code ("en", "zh_CN").
  QString language() const;
  void setLanguage(const QString& code);

  DisplayUnit unit() const;
  void setUnit(DisplayUnit unit);

  // 0 = never; clamped to 0 … kMaxAutoLockMinutes.
  int autoLockMinutes() const;
  void setAutoLockMinutes(int minutes);

  // The data directory chosen for the next start ("" = the default location).
  QString dataDir() const;
  void setDataDir(const QString& path);

signals:
  void languageChanged(const QString& code);
  void unitChanged(wb::ui::DisplayUnit unit);
  void autoLockMinutesChanged(int minutes);
  void dataDirChanged(const QString& path);

private:
  QSettings* settings_;
};

}  // namespace wb::ui
