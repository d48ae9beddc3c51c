// Settings (DESIGN §8): language (applied at once), display unit, auto-lock minutes and
// the data directory (used from the next start). Everything is stored in UiSettings.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace wb::ui {

class LanguageSwitcher;
class UiSettings;

class SettingsPage : public QWidget {
  Q_OBJECT
public:
  // `currentDataDir` is the directory in use now (shown until a new one is chosen).
  SettingsPage(UiSettings* settings, LanguageSwitcher* languages, QString currentDataDir, QWidget* parent = nullptr);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void chooseDataDir();
  void updateDataDirNote();

  UiSettings* settings_;
  LanguageSwitcher* languages_;
  QString currentDataDir_;
  QLabel* title_;
  QLabel* languageLabel_;
  QComboBox* language_;
  QLabel* unitLabel_;
  QComboBox* unit_;
  QLabel* autoLockLabel_;
  QSpinBox* autoLock_;
  QLabel* dataDirLabel_;
  QLineEdit* dataDir_;
  QPushButton* changeDataDir_;
  QLabel* dataDirNote_;
};

}  // namespace wb::ui
