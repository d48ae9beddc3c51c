#include "ui/wizard/network_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include "chain/core/genesis_file.h"
#include "ui/amount_edit.h"
#include "ui/async_task.h"
#include "ui/error_text.h"
#include "ui/label_tone.h"
#include "ui/wizard/first_run_wizard.h"
#include "ui/wizard/peer_address.h"
#include "ui/wizard/wallet_setup.h"

namespace wb::ui {

namespace {

constexpr Amount kDefaultAllocation = 1'000'000 * kCoin;

QComboBox* consensusCombo(const QString& objectName) {
  auto* combo = new QComboBox;
  combo->setObjectName(objectName);
  combo->addItem(QStringLiteral("PoW"), static_cast<int>(ConsensusKind::Pow));
  combo->addItem(QStringLiteral("PoS"), static_cast<int>(ConsensusKind::Pos));
  combo->addItem(QStringLiteral("DPoS"), static_cast<int>(ConsensusKind::Dpos));
  return combo;
}

QLabel* errorLabel(const QString& objectName) {
  auto* label = new QLabel;
  label->setObjectName(objectName);
  label->setWordWrap(true);
  setLabelTone(label, LabelTone::Error);
  return label;
}

QString defaultName(ConsensusKind kind) {
  return QStringLiteral("waybill-") + QString::fromUtf8(consensusKindName(kind).data());
}

}  // namespace

NetworkPage::NetworkPage(FirstRunWizard* wizard)
    : dataDir_(wizard->config().dataDir),
      devRadio_(new QRadioButton),
      newRadio_(new QRadioButton),
      joinRadio_(new QRadioButton),
      devConsensus_(consensusCombo(QStringLiteral("devConsensusCombo"))),
      newGroup_(new QGroupBox),
      newForm_(new QFormLayout),
      newConsensus_(consensusCombo(QStringLiteral("newConsensusCombo"))),
      name_(new QLineEdit(defaultName(ConsensusKind::Pow))),
      allocation_(new AmountEdit),
      delegate_(new QLineEdit(QStringLiteral("genesis"))),
      listenPort_(new QSpinBox),
      newError_(errorLabel(QStringLiteral("newNetworkError"))),
      joinGroup_(new QGroupBox),
      joinForm_(new QFormLayout),
      genesisPath_(new QLineEdit),
      browse_(new QPushButton),
      genesisStatus_(new QLabel),
      peers_(new QLineEdit),
      peerError_(errorLabel(QStringLiteral("peerError"))),
      light_(new QCheckBox) {
  setObjectName(QStringLiteral("networkPage"));
  devRadio_->setObjectName(QStringLiteral("devNetworkRadio"));
  newRadio_->setObjectName(QStringLiteral("newNetworkRadio"));
  joinRadio_->setObjectName(QStringLiteral("joinNetworkRadio"));
  devRadio_->setChecked(true);
  name_->setObjectName(QStringLiteral("networkNameEdit"));
  allocation_->setObjectName(QStringLiteral("allocationEdit"));
  allocation_->setAmount(kDefaultAllocation);
  delegate_->setObjectName(QStringLiteral("delegateNameEdit"));
  listenPort_->setObjectName(QStringLiteral("listenPortSpin"));
  // Below 1024 needs privileges a desktop app does not have.
  listenPort_->setRange(1024, 65535);
  listenPort_->setValue(kDefaultListenPort);
  genesisPath_->setObjectName(QStringLiteral("genesisPathEdit"));
  browse_->setObjectName(QStringLiteral("browseGenesisButton"));
  genesisStatus_->setObjectName(QStringLiteral("genesisStatus"));
  genesisStatus_->setWordWrap(true);
  peers_->setObjectName(QStringLiteral("peerEdit"));
  light_->setObjectName(QStringLiteral("lightNodeCheck"));

  newForm_->addRow(new QLabel, newConsensus_);
  newForm_->addRow(new QLabel, name_);
  newForm_->addRow(new QLabel, allocation_);
  newForm_->addRow(new QLabel, delegate_);
  newForm_->addRow(new QLabel, listenPort_);
  newForm_->addRow(new QLabel, newError_);
  newGroup_->setLayout(newForm_);
  auto* genesisRow = new QHBoxLayout;
  genesisRow->addWidget(genesisPath_, 1);
  genesisRow->addWidget(browse_);
  joinForm_->addRow(new QLabel, genesisRow);
  joinForm_->addRow(new QLabel, genesisStatus_);
  joinForm_->addRow(new QLabel, peers_);
  joinForm_->addRow(new QLabel, peerError_);
  joinForm_->addRow(new QLabel, light_);
  joinGroup_->setLayout(joinForm_);

  auto* devRow = new QHBoxLayout;
  devRow->addWidget(devRadio_);
  devRow->addWidget(devConsensus_);
  devRow->addStretch(1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(devRow);
  layout->addWidget(newRadio_);
  layout->addWidget(newGroup_);
  layout->addWidget(joinRadio_);
  layout->addWidget(joinGroup_);
  layout->addStretch(1);

  for (QRadioButton* radio : {devRadio_, newRadio_, joinRadio_}) {
    connect(radio, &QRadioButton::toggled, this, &NetworkPage::updateState);
  }
  connect(newConsensus_, &QComboBox::currentIndexChanged, this, [this] {
    // Follow the kind while the name is still one of the defaults.
    for (ConsensusKind kind : {ConsensusKind::Pow, ConsensusKind::Pos, ConsensusKind::Dpos}) {
      if (name_->text() == defaultName(kind)) name_->setText(defaultName(consensus()));
    }
    checkNewNetwork();
  });
  connect(name_, &QLineEdit::textChanged, this, &NetworkPage::checkNewNetwork);
  connect(allocation_, &QLineEdit::textChanged, this, &NetworkPage::checkNewNetwork);
  connect(delegate_, &QLineEdit::textChanged, this, &NetworkPage::checkNewNetwork);
  connect(genesisPath_, &QLineEdit::textChanged, this, &NetworkPage::readGenesis);
  connect(browse_, &QPushButton::clicked, this, &NetworkPage::browseGenesis);
  connect(peers_, &QLineEdit::textChanged, this, &NetworkPage::checkPeers);
  retranslateUi();
  updateState();
}

NetworkChoice NetworkPage::choice() const {
  if (newRadio_->isChecked()) return NetworkChoice::New;
  if (joinRadio_->isChecked()) return NetworkChoice::Join;
  return NetworkChoice::Dev;
}

ConsensusKind NetworkPage::consensus() const {
  const QComboBox* combo = choice() == NetworkChoice::New ? newConsensus_ : devConsensus_;
  return static_cast<ConsensusKind>(combo->currentData().toInt());
}

QString NetworkPage::networkName() const { return name_->text().trimmed(); }
Amount NetworkPage::allocation() const { return allocation_->amount().value_or(0); }
QString NetworkPage::delegateName() const { return delegate_->text().trimmed(); }
quint16 NetworkPage::listenPort() const { return static_cast<quint16>(listenPort_->value()); }
QString NetworkPage::genesisPath() const { return genesisPath_->text().trimmed(); }

bool NetworkPage::light() const { return choice() == NetworkChoice::Join && light_->isChecked(); }

QStringList NetworkPage::peers() const {
  auto peers = parsePeerList(peers_->text());
  return peers ? *peers : QStringList();
}

bool NetworkPage::isComplete() const {
  switch (choice()) {
    case NetworkChoice::Dev:
      return true;
    case NetworkChoice::New:
      return newValid_;
    case NetworkChoice::Join:
      return genesisValid_ && peersValid_;
  }
  return false;
}

void NetworkPage::updateState() {
  devConsensus_->setEnabled(choice() == NetworkChoice::Dev);
  newGroup_->setEnabled(choice() == NetworkChoice::New);
  joinGroup_->setEnabled(choice() == NetworkChoice::Join);
  checkNewNetwork();
  checkPeers();
}

void NetworkPage::checkNewNetwork() {
  // The same rules checkGenesis applies, said next to the fields before any work starts.
  static const QRegularExpression nameRule(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$"));
  static const QRegularExpression delegateRule(QStringLiteral("^[a-z0-9_-]{3,20}$"));
  const bool dpos = static_cast<ConsensusKind>(newConsensus_->currentData().toInt()) == ConsensusKind::Dpos;
  delegate_->setEnabled(dpos);
  QString error;
  if (!nameRule.match(networkName()).hasMatch()) {
    error = tr("The network name needs 1 to 64 letters, digits, '.', '_' or '-', not starting with '.'.");
  } else if (allocation() == 0) {
    error = allocation_->errorText().isEmpty() ? tr("Give the first account some coins.")
                                               : tr("The amount is not valid: %1").arg(allocation_->errorText());
  } else if (dpos && !delegateRule.match(delegateName()).hasMatch()) {
    error = tr("The delegate name needs 3 to 20 of a-z, 0-9, '_' and '-'.");
  } else if (const Status free = checkNewNetworkName(dataDir_, networkName()); !free) {
    error = errorText(free.error());  // said here, not after the wallet was made
  }
  newValid_ = error.isEmpty();
  newError_->setText(error);
  emit completeChanged();
}

void NetworkPage::checkPeers() {
  auto peers = parsePeerList(peers_->text());
  peersValid_ = peers && !peers->isEmpty();
  if (!peers)
    peerError_->setText(QString::fromStdString(peers.error().message));
  else if (peers->isEmpty())
    peerError_->setText(tr("Enter at least one peer as IP address:port."));
  else
    peerError_->clear();
  emit completeChanged();
}

void NetworkPage::readGenesis() {
  genesisValid_ = false;
  const int request = ++genesisRequest_;
  const QString path = genesisPath();
  emit completeChanged();
  if (path.isEmpty()) {
    genesisStatus_->setText(tr("Choose the genesis file the network's creator gave you."));
    return;
  }
  genesisStatus_->setText(tr("Reading…"));
  runAsync(
      this,
      [path, dataDir = dataDir_]() -> Result<GenesisFile> {
        auto genesis = readGenesisFile(std::filesystem::path(path.toStdU16String()));
        if (!genesis) return genesis;
        // Checked before the wizard promises a wallet: the node would refuse it at start.
        WB_TRY(checkNetworkFits(dataDir, *genesis));
        return genesis;
      },
      [this, request](Result<GenesisFile> genesis) {
        if (request != genesisRequest_) return;
        genesisValid_ = genesis.ok();
        setLabelTone(genesisStatus_, genesisValid_ ? LabelTone::Good : LabelTone::Error);
        if (genesisValid_) {
          genesisStatus_->setText(tr("Network \"%1\" (%2), genesis %3…")
                                      .arg(QString::fromStdString(genesis->params.name),
                                           QString::fromUtf8(consensusKindName(genesis->params.consensus).data()),
                                           QString::fromStdString(toHex(genesis->params.genesisHash).substr(0, 16))));
        } else {
          genesisStatus_->setText(errorText(genesis.error()));
        }
        emit completeChanged();
      });
}

void NetworkPage::browseGenesis() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Genesis file"), genesisPath(),
                                                    tr("Genesis files (*.json);;All files (*)"));
  if (!path.isEmpty()) genesisPath_->setText(path);
}

void NetworkPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWizardPage::changeEvent(event);
}

void NetworkPage::retranslateUi() {
  auto label = [](QFormLayout* form, QWidget* field) { return qobject_cast<QLabel*>(form->labelForField(field)); };
  setTitle(tr("Network"));
  setSubTitle(tr("Choose the blockchain network this wallet belongs to."));
  devRadio_->setText(tr("Open a local dev network for trying things out:"));
  newRadio_->setText(tr("Start a new network"));
  joinRadio_->setText(tr("Join an existing network"));
  label(newForm_, newConsensus_)->setText(tr("Consensus:"));
  label(newForm_, name_)->setText(tr("Network name:"));
  label(newForm_, allocation_)->setText(tr("Coins for your first account (WBL):"));
  label(newForm_, delegate_)->setText(tr("Your delegate name:"));
  label(newForm_, listenPort_)->setText(tr("Accept peers on port:"));
  listenPort_->setToolTip(tr("Others join your network with its genesis file and this computer's address and port."));
  browse_->setText(tr("Browse…"));
  peers_->setPlaceholderText(tr("IP address:port, e.g. 203.0.113.5:9333"));
  if (QLayoutItem* item = joinForm_->itemAt(0, QFormLayout::LabelRole)) {
    qobject_cast<QLabel*>(item->widget())->setText(tr("Genesis file:"));
  }
  label(joinForm_, peers_)->setText(tr("Peer:"));
  light_->setText(
      tr("Light node: keep block headers only (megabytes) and have the peers prove every balance and "
         "order shown"));
  light_->setToolTip(
      tr("A light node trusts that its peers do not all hide the best chain or the same order; it "
         "cannot be told a false balance. It has no block explorer."));
  checkNewNetwork();
  checkPeers();
  if (genesisPath().isEmpty()) readGenesis();
}

}  // namespace wb::ui
