#include "ui/settings_page.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/language_switcher.h"
#include "ui/node_status_bar.h"
#include "ui/ui_settings.h"

namespace wb::ui {

SettingsPage::SettingsPage(UiSettings* settings, LanguageSwitcher* languages, QString currentDataDir, QWidget* parent)
    : QWidget(parent),
      settings_(settings),
      languages_(languages),
      currentDataDir_(std::move(currentDataDir)),
      title_(new QLabel),
      languageLabel_(new QLabel),
      language_(new QComboBox),
      unitLabel_(new QLabel),
      unit_(new QComboBox),
      autoLockLabel_(new QLabel),
      autoLock_(new QSpinBox),
      dataDirLabel_(new QLabel),
      dataDir_(new QLineEdit),
      changeDataDir_(new QPushButton),
      dataDirNote_(new QLabel),
      networkLabel_(new QLabel),
      network_(new QLabel),
      switchNetwork_(new QPushButton) {
  title_->setObjectName(QStringLiteral("settingsTitle"));
  QFont font = title_->font();
  font.setPointSizeF(font.pointSizeF() * 1.5);
  font.setBold(true);
  title_->setFont(font);
  languageLabel_->setObjectName(QStringLiteral("languageLabel"));
  language_->setObjectName(QStringLiteral("languageCombo"));
  unit_->setObjectName(QStringLiteral("unitCombo"));
  autoLock_->setObjectName(QStringLiteral("autoLockSpin"));
  autoLock_->setRange(0, kMaxAutoLockMinutes);
  dataDir_->setObjectName(QStringLiteral("dataDirEdit"));
  dataDir_->setReadOnly(true);
  changeDataDir_->setObjectName(QStringLiteral("changeDataDirButton"));
  dataDirNote_->setObjectName(QStringLiteral("dataDirNote"));
  dataDirNote_->setWordWrap(true);
  network_->setObjectName(QStringLiteral("networkInfo"));
  network_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  switchNetwork_->setObjectName(QStringLiteral("switchNetworkButton"));

  // Language names are shown in their own language, so anyone can find theirs.
  language_->addItem(QString(), QString());
  language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
  language_->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
  for (DisplayUnit unit : {DisplayUnit::Wbl, DisplayUnit::MilliWbl, DisplayUnit::MicroWbl}) {
    unit_->addItem(unitSymbol(unit), static_cast<int>(unit));
  }
  language_->setCurrentIndex(std::max(0, language_->findData(settings_->language())));
  unit_->setCurrentIndex(std::max(0, unit_->findData(static_cast<int>(settings_->unit()))));
  autoLock_->setValue(settings_->autoLockMinutes());

  auto* dirRow = new QHBoxLayout;
  dirRow->addWidget(dataDir_, 1);
  dirRow->addWidget(changeDataDir_);
  auto* form = new QFormLayout;
  form->addRow(languageLabel_, language_);
  form->addRow(unitLabel_, unit_);
  form->addRow(autoLockLabel_, autoLock_);
  form->addRow(dataDirLabel_, dirRow);
  form->addRow(QString(), dataDirNote_);
  auto* networkRow = new QHBoxLayout;
  networkRow->addWidget(network_, 1);
  networkRow->addWidget(switchNetwork_);
  form->addRow(networkLabel_, networkRow);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(32, 32, 32, 32);
  layout->addWidget(title_);
  layout->addLayout(form);
  layout->addStretch(1);

  connect(language_, &QComboBox::currentIndexChanged, this, [this] {
    const QString code = language_->currentData().toString();
    settings_->setLanguage(code);
    languages_->apply(code);
  });
  connect(unit_, &QComboBox::currentIndexChanged, this,
          [this] { settings_->setUnit(static_cast<DisplayUnit>(unit_->currentData().toInt())); });
  connect(autoLock_, &QSpinBox::valueChanged, settings_, &UiSettings::setAutoLockMinutes);
  connect(changeDataDir_, &QPushButton::clicked, this, &SettingsPage::chooseDataDir);
  connect(switchNetwork_, &QPushButton::clicked, this, &SettingsPage::switchNetworkRequested);
  retranslateUi();
}

void SettingsPage::setNetwork(const QString& name, ConsensusKind consensus, const QString& genesisHash) {
  networkName_ = name;
  consensus_ = consensus;
  genesisHash_ = genesisHash;
  showNetwork();
}

void SettingsPage::showNetwork() {
  if (!consensus_) {
    network_->setText(tr("No network open"));
    return;
  }
  network_->setText(tr("%1 (%2), genesis %3…").arg(networkName_, consensusLabel(*consensus_), genesisHash_.left(16)));
  network_->setToolTip(genesisHash_);
}

void SettingsPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void SettingsPage::retranslateUi() {
  title_->setText(tr("Settings"));
  setWindowTitle(tr("Settings"));
  languageLabel_->setText(tr("Language:"));
  language_->setItemText(0, tr("System default"));
  unitLabel_->setText(tr("Show amounts in:"));
  autoLockLabel_->setText(tr("Lock the wallet after:"));
  autoLock_->setSuffix(tr(" min"));
  autoLock_->setSpecialValueText(tr("Never"));
  dataDirLabel_->setText(tr("Data directory:"));
  changeDataDir_->setText(tr("Change…"));
  networkLabel_->setText(tr("Network:"));
  switchNetwork_->setText(tr("Switch network…"));
  switchNetwork_->setToolTip(
      tr("Create or restore a wallet on another network: a new one, one you join, or a dev network"));
  showNetwork();
  updateDataDirNote();
}

void SettingsPage::chooseDataDir() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the data directory"), dataDir_->text());
  if (dir.isEmpty()) return;
  settings_->setDataDir(dir);
  updateDataDirNote();
}

void SettingsPage::updateDataDirNote() {
  const QString chosen = settings_->dataDir();
  const bool pending = !chosen.isEmpty() && chosen != currentDataDir_;
  dataDir_->setText(pending ? chosen : currentDataDir_);
  dataDirNote_->setText(pending ? tr("Waybill will use this directory from the next start.") : QString());
  dataDirNote_->setVisible(pending);
}

}  // namespace wb::ui
