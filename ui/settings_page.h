// Settings (DESIGN §8): language (applied at once), display unit, auto-lock minutes and
// the data directory (used from the next start). Everything is stored in UiSettings.
#pragma once

#include <QWidget>
#include <optional>

#include "chain/core/params.h"

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

  // Shows the network the node runs: its name, consensus and genesis hash (hex).
  void setNetwork(const QString& name, ConsensusKind consensus, const QString& genesisHash);

signals:
  // "Switch network…": the first-run wizard chooses another network (and wallet).
  void switchNetworkRequested();

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void chooseDataDir();
  void updateDataDirNote();
  void showNetwork();

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
  QLabel* networkLabel_;
  QLabel* network_;
  QPushButton* switchNetwork_;
  QString networkName_;
  std::optional<ConsensusKind> consensus_;
  QString genesisHash_;
};

}  // namespace wb::ui
