// The wizard's network page: open a dev network (PoW, PoS or DPoS), start a new network
// (kind, name, coins for the first account, DPoS delegate name) or join one (its genesis
// file, read and checked on a worker thread, and a peer host:port). Wrong fields are
// explained next to them and keep Next disabled.
#pragma once

#include <QWizardPage>
#include <optional>

#include "chain/core/amount.h"
#include "chain/core/params.h"
#include "ui/wizard/wizard_result.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace wb::ui {

class AmountEdit;
class FirstRunWizard;

class NetworkPage : public QWizardPage {
  Q_OBJECT
public:
  explicit NetworkPage(FirstRunWizard* wizard);
  bool isComplete() const override;

  NetworkChoice choice() const;
  ConsensusKind consensus() const;  // of the dev or new network
  QString networkName() const;
  Amount allocation() const;
  QString delegateName() const;
  QString genesisPath() const;
  QStringList peers() const;
  // New: the port the node will accept peers on.
  quint16 listenPort() const;
  // Join: run a light node (headers only, records proven by the peers, DESIGN §11).
  bool light() const;

  // The port a new network listens on unless the user changes it.
  static constexpr quint16 kDefaultListenPort = 9333;

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void updateState();
  void checkNewNetwork();
  void checkPeers();
  void readGenesis();
  void browseGenesis();

  QString dataDir_;  // the wizard's DATADIR, where the chosen network must fit
  QRadioButton* devRadio_;
  QRadioButton* newRadio_;
  QRadioButton* joinRadio_;
  QComboBox* devConsensus_;
  QGroupBox* newGroup_;
  QFormLayout* newForm_;
  QComboBox* newConsensus_;
  QLineEdit* name_;
  AmountEdit* allocation_;
  QLineEdit* delegate_;
  QSpinBox* listenPort_;
  QLabel* newError_;
  QGroupBox* joinGroup_;
  QFormLayout* joinForm_;
  QLineEdit* genesisPath_;
  QPushButton* browse_;
  QLabel* genesisStatus_;
  QLineEdit* peers_;
  QLabel* peerError_;
  QCheckBox* light_;

  bool newValid_ = false;
  bool genesisValid_ = false;
  bool peersValid_ = false;
  int genesisRequest_ = 0;  // ignores answers for a path that was since changed
};

}  // namespace wb::ui
