// The Staking page (DESIGN §3 STAKE…VOTE, §8): for the chosen account its stake,
// the lots still maturing and the coins unbonding; Stake and Unstake forms;
// registering the account as a delegate; the ranked delegates table whose
// checked rows are the ballot the Vote button sends; and the node's block
// production (mining switch and hash rate on PoW, next block on PoS/DPoS).
#pragma once

#include <QWidget>
#include <optional>
#include <vector>

#include "chain/state/records.h"
#include "ui/display_unit.h"
#include "ui/overview_page.h"
#include "ui/tx_sender.h"

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace wb::ui {

class AccountCombo;
class AmountEdit;
class DelegatesModel;
class ProducerPanel;

class StakingPage : public QWidget {
  Q_OBJECT
public:
  // `sender` must outlive the page.
  explicit StakingPage(TxSender* sender, QWidget* parent = nullptr);

  void setAccounts(std::vector<OverviewAccount> accounts);
  void setUnit(DisplayUnit unit);
  DelegatesModel* delegates() const { return delegates_; }
  ProducerPanel* producerPanel() const { return producer_; }

signals:
  // A transaction of this page entered the mempool.
  void sent(wb::Hash32 txid);

protected:
  void changeEvent(QEvent* event) override;

private:
  void fetchAccount();
  void renderAccount();
  void stake();
  void unstake();
  void registerDelegate();
  void vote();
  // Sends `recipe` from the chosen account; `result` shows how it went.
  void act(const QString& action, QLabel* result, TxSender::Recipe recipe);
  void updateBallot();
  void retranslateUi();

  TxSender* sender_;
  DisplayUnit unit_ = DisplayUnit::Wbl;
  std::optional<state::Account> account_;

  QLabel* title_;
  AccountCombo* accountCombo_;
  QGroupBox* stakeBox_;
  QLabel* summary_;
  QTableWidget* lots_;
  QLabel* stakeLabel_;
  AmountEdit* stakeAmount_;
  QPushButton* stakeButton_;
  QLabel* unstakeLabel_;
  AmountEdit* unstakeAmount_;
  QPushButton* unstakeButton_;
  QLabel* stakeResult_;
  QGroupBox* delegateBox_;
  QLabel* nameLabel_;
  QLineEdit* delegateName_;
  QPushButton* registerButton_;
  QLabel* registerInfo_;
  DelegatesModel* delegates_;
  QTableView* delegatesView_;
  QLabel* ballotInfo_;
  QPushButton* voteButton_;
  QLabel* delegateResult_;
  QGroupBox* producerBox_;
  ProducerPanel* producer_;
};

}  // namespace wb::ui
