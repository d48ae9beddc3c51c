#include "ui/staking/staking_page.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <utility>

#include "chain/core/core_errc.h"
#include "ui/amount_edit.h"
#include "ui/error_text.h"
#include "ui/label_tone.h"
#include "ui/send/account_combo.h"
#include "ui/send/send_with_unlock.h"
#include "ui/staking/delegates_model.h"
#include "ui/staking/producer_panel.h"

namespace wb::ui {
namespace {

enum LotColumn { kLotKind, kLotAmount, kLotHeight, kLotColumns };

QLabel* resultLabel(const char* objectName) {
  auto* label = new QLabel;
  label->setObjectName(QLatin1String(objectName));
  label->setWordWrap(true);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  label->hide();
  return label;
}

void showResult(QLabel* label, const QString& text, bool error) {
  label->setText(text);
  setLabelTone(label, error ? LabelTone::Error : LabelTone::Plain);
  label->setVisible(!text.isEmpty());
}

}  // namespace

StakingPage::StakingPage(TxSender* sender, QWidget* parent)
    : QWidget(parent),
      sender_(sender),
      title_(new QLabel),
      accountCombo_(new AccountCombo),
      stakeBox_(new QGroupBox),
      summary_(new QLabel),
      lots_(new QTableWidget(0, kLotColumns)),
      stakeLabel_(new QLabel),
      stakeAmount_(new AmountEdit),
      stakeButton_(new QPushButton),
      unstakeLabel_(new QLabel),
      unstakeAmount_(new AmountEdit),
      unstakeButton_(new QPushButton),
      stakeResult_(resultLabel("stakeResult")),
      delegateBox_(new QGroupBox),
      nameLabel_(new QLabel),
      delegateName_(new QLineEdit),
      registerButton_(new QPushButton),
      registerInfo_(new QLabel),
      delegates_(new DelegatesModel(sender->client(), sender->params(), this)),
      delegatesView_(new QTableView),
      ballotInfo_(new QLabel),
      voteButton_(new QPushButton),
      delegateResult_(resultLabel("delegateResult")),
      producerBox_(new QGroupBox),
      producer_(new ProducerPanel(sender->client(), sender->params().consensus)) {
  QFont font = title_->font();
  font.setPointSizeF(font.pointSizeF() * 1.5);
  font.setBold(true);
  title_->setFont(font);
  accountCombo_->setObjectName(QStringLiteral("stakingAccount"));
  summary_->setObjectName(QStringLiteral("stakingSummary"));
  summary_->setWordWrap(true);
  lots_->setObjectName(QStringLiteral("stakeLots"));
  lots_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  lots_->verticalHeader()->hide();
  // The kind and the amount are never cut; "when" takes the rest and wraps.
  lots_->horizontalHeader()->setSectionResizeMode(kLotKind, QHeaderView::ResizeToContents);
  lots_->horizontalHeader()->setSectionResizeMode(kLotAmount, QHeaderView::ResizeToContents);
  lots_->horizontalHeader()->setSectionResizeMode(kLotHeight, QHeaderView::Stretch);
  lots_->setWordWrap(true);
  stakeAmount_->setObjectName(QStringLiteral("stakeAmount"));
  stakeButton_->setObjectName(QStringLiteral("stakeButton"));
  unstakeAmount_->setObjectName(QStringLiteral("unstakeAmount"));
  unstakeButton_->setObjectName(QStringLiteral("unstakeButton"));
  delegateName_->setObjectName(QStringLiteral("delegateName"));
  delegateName_->setMaxLength(static_cast<int>(kMaxDelegateNameBytes));
  delegateName_->setValidator(
      new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9_-]*")), delegateName_));
  registerButton_->setObjectName(QStringLiteral("registerDelegateButton"));
  registerInfo_->setWordWrap(true);
  delegatesView_->setObjectName(QStringLiteral("delegatesTable"));
  delegatesView_->setModel(delegates_);
  delegatesView_->setSelectionBehavior(QAbstractItemView::SelectRows);
  delegatesView_->verticalHeader()->hide();
  // Every column but the address fits its content; the address takes the rest, elided in the middle.
  delegatesView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  delegatesView_->horizontalHeader()->setSectionResizeMode(DelegatesModel::kAddress, QHeaderView::Stretch);
  delegatesView_->setTextElideMode(Qt::ElideMiddle);
  ballotInfo_->setObjectName(QStringLiteral("ballotInfo"));
  voteButton_->setObjectName(QStringLiteral("voteButton"));
  producerBox_->setObjectName(QStringLiteral("producerBox"));

  // Stake of the chosen account, and the Stake / Unstake forms.
  auto* stakeForm = new QFormLayout;
  auto* stakeRow = new QHBoxLayout;
  stakeRow->addWidget(stakeAmount_, 1);
  stakeRow->addWidget(stakeButton_);
  auto* unstakeRow = new QHBoxLayout;
  unstakeRow->addWidget(unstakeAmount_, 1);
  unstakeRow->addWidget(unstakeButton_);
  stakeForm->addRow(stakeLabel_, stakeRow);
  stakeForm->addRow(unstakeLabel_, unstakeRow);
  auto* stakeLayout = new QVBoxLayout(stakeBox_);
  stakeLayout->addWidget(summary_);
  stakeLayout->addWidget(lots_, 1);
  stakeLayout->addLayout(stakeForm);
  stakeLayout->addWidget(stakeResult_);

  // Delegates: register, the ranked table, the ballot.
  auto* registerRow = new QHBoxLayout;
  registerRow->addWidget(nameLabel_);
  registerRow->addWidget(delegateName_, 1);
  registerRow->addWidget(registerButton_);
  auto* voteRow = new QHBoxLayout;
  voteRow->addWidget(ballotInfo_, 1);
  voteRow->addWidget(voteButton_);
  auto* delegateLayout = new QVBoxLayout(delegateBox_);
  delegateLayout->addLayout(registerRow);
  delegateLayout->addWidget(registerInfo_);
  delegateLayout->addWidget(delegatesView_, 1);
  delegateLayout->addLayout(voteRow);
  delegateLayout->addWidget(delegateResult_);

  auto* producerLayout = new QVBoxLayout(producerBox_);
  producerLayout->addWidget(producer_);

  auto* left = new QVBoxLayout;
  left->addWidget(stakeBox_, 1);
  left->addWidget(producerBox_);
  auto* columns = new QHBoxLayout;
  columns->addLayout(left, 2);
  columns->addWidget(delegateBox_, 3);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(24, 24, 24, 24);
  layout->addWidget(title_);
  layout->addWidget(accountCombo_);
  layout->addLayout(columns, 1);

  connect(accountCombo_, &AccountCombo::accountChanged, this, &StakingPage::fetchAccount);
  connect(sender_->client(), &node::NodeClient::tipChanged, this, &StakingPage::fetchAccount);
  connect(stakeButton_, &QPushButton::clicked, this, &StakingPage::stake);
  connect(unstakeButton_, &QPushButton::clicked, this, &StakingPage::unstake);
  connect(registerButton_, &QPushButton::clicked, this, &StakingPage::registerDelegate);
  connect(voteButton_, &QPushButton::clicked, this, &StakingPage::vote);
  connect(delegates_, &DelegatesModel::ballotChanged, this, &StakingPage::updateBallot);
  connect(delegates_, &DelegatesModel::refreshed, this, &StakingPage::updateBallot);
  retranslateUi();
}

void StakingPage::setAccounts(std::vector<OverviewAccount> accounts) {
  accountCombo_->setAccounts(std::move(accounts));
}

void StakingPage::setUnit(DisplayUnit unit) {
  unit_ = unit;
  stakeAmount_->setUnit(unit);
  unstakeAmount_->setUnit(unit);
  delegates_->setUnit(unit);
  retranslateUi();
}

void StakingPage::fetchAccount() {
  const auto chosen = accountCombo_->current();
  if (!chosen) {
    account_.reset();
    renderAccount();
    return;
  }
  QPointer<StakingPage> self(this);
  sender_->client()->account(chosen->key, [self, key = chosen->key](Result<state::Account> account) {
    if (!self) return;
    const auto current = self->accountCombo_->current();
    if (!current || current->key != key) return;  // another account was chosen meanwhile
    if (account)
      self->account_ = *account;
    else
      showResult(self->stakeResult_, tr("The account could not be read: %1").arg(errorText(account.error())), true);
    self->renderAccount();
  });
}

void StakingPage::renderAccount() {
  auto inUnit = [this](Amount units) { return displayAmount(units, unit_); };
  lots_->setRowCount(0);
  if (!account_) {
    summary_->setText(QString());
    return;
  }
  const state::Account& a = *account_;
  summary_->setText(
      tr("Spendable: %1 · Staked: %2 (%3 mature) · Unbonding: %4")
          .arg(inUnit(a.balance), inUnit(a.stakeTotal()), inUnit(a.matureStake), inUnit(a.unbondingTotal())));
  auto addRow = [this](const QString& kind, const QString& amount, const QString& height) {
    const int row = lots_->rowCount();
    lots_->insertRow(row);
    lots_->setItem(row, kLotKind, new QTableWidgetItem(kind));
    auto* amountItem = new QTableWidgetItem(amount);
    amountItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    lots_->setItem(row, kLotAmount, amountItem);
    lots_->setItem(row, kLotHeight, new QTableWidgetItem(height));
  };
  if (a.matureStake > 0) addRow(tr("Staked (mature)"), inUnit(a.matureStake), QString());
  for (const state::StakeLot& lot : a.pendingStake) {
    addRow(tr("Staked, maturing"), inUnit(lot.amount), tr("matures at block %1").arg(lot.height));
  }
  for (const state::StakeLot& lot : a.unbonding) {
    addRow(tr("Unbonding"), inUnit(lot.amount), tr("released at block %1").arg(lot.height));
  }
}

void StakingPage::act(const QString& action, QLabel* result, TxSender::Recipe recipe) {
  const auto from = accountCombo_->current();
  if (!from) {
    showResult(result, tr("The wallet has no account."), true);
    return;
  }
  showResult(result, tr("%1: signing and sending…").arg(action), false);
  QPointer<StakingPage> self(this);
  QPointer<QLabel> label(result);
  sendWithUnlock(sender_, this, from->key, std::move(recipe), [self, label, action](Result<Hash32> txid) {
    if (!self || !label) return;
    if (!txid) {
      showResult(label, tr("%1 failed: %2").arg(action, errorText(txid.error())), true);
      return;
    }
    showResult(label, tr("%1 sent. Transaction ID: %2").arg(action, QString::fromStdString(toHex(*txid))), false);
    emit self->sent(*txid);
  });
}

void StakingPage::stake() {
  const auto amount = stakeAmount_->amount();
  if (!amount || *amount == 0) {
    showResult(stakeResult_, tr("Enter the amount to stake."), true);
    return;
  }
  if (account_ && *amount > account_->balance) {
    showResult(stakeResult_, tr("More than the account's spendable balance."), true);
    return;
  }
  act(tr("Stake"), stakeResult_,
      [units = *amount](const TxBuilder& builder, const AccountKey& from, std::uint64_t nonce) {
        return builder.build(from, nonce, StakePayload{units});
      });
  stakeAmount_->clear();
}

void StakingPage::unstake() {
  const auto amount = unstakeAmount_->amount();
  if (!amount || *amount == 0) {
    showResult(stakeResult_, tr("Enter the amount to unstake."), true);
    return;
  }
  if (account_ && *amount > account_->stakeTotal()) {
    showResult(stakeResult_, tr("More than the account has staked."), true);
    return;
  }
  act(tr("Unstake"), stakeResult_,
      [units = *amount](const TxBuilder& builder, const AccountKey& from, std::uint64_t nonce) {
        return builder.build(from, nonce, UnstakePayload{units});
      });
  unstakeAmount_->clear();
}

void StakingPage::registerDelegate() {
  const std::string name = delegateName_->text().trimmed().toStdString();
  if (name.size() < kMinDelegateNameBytes || name.size() > kMaxDelegateNameBytes) {
    showResult(delegateResult_, errorText(Error{CoreErrc::TxBadDelegateName, "bad delegate name"}), true);
    return;
  }
  act(tr("Registration"), delegateResult_,
      [name](const TxBuilder& builder, const AccountKey& from, std::uint64_t nonce) {
        return builder.build(from, nonce, RegisterDelegatePayload{name});
      });
}

void StakingPage::vote() {
  std::vector<AccountKey> ballot = delegates_->ballot();
  act(tr("Vote"), delegateResult_, [ballot](const TxBuilder& builder, const AccountKey& from, std::uint64_t nonce) {
    return builder.build(from, nonce, VotePayload{ballot});
  });
}

void StakingPage::updateBallot() {
  const std::size_t chosen = delegates_->ballot().size();
  ballotInfo_->setText(chosen == 0 ? tr("Tick up to %1 delegates to vote for; voting for none withdraws your votes.")
                                         .arg(sender_->params().maxVotes)
                                   : tr("%1 of at most %2 delegates chosen. Your whole stake backs each of them.")
                                         .arg(chosen)
                                         .arg(sender_->params().maxVotes));
  voteButton_->setText(chosen == 0 ? tr("Withdraw votes") : tr("Vote"));
  if (!delegates_->lastError().isEmpty()) {
    showResult(delegateResult_, tr("The delegates could not be read: %1").arg(delegates_->lastError()), true);
  }
}

void StakingPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void StakingPage::retranslateUi() {
  setWindowTitle(tr("Staking"));
  title_->setText(tr("Stake, delegates and block production"));
  stakeBox_->setTitle(tr("Your stake"));
  lots_->setHorizontalHeaderLabels({tr("Kind"), tr("Amount"), tr("When")});
  stakeLabel_->setText(tr("Stake (%1):").arg(unitSymbol(unit_)));
  stakeButton_->setText(tr("Stake"));
  unstakeLabel_->setText(tr("Unstake (%1):").arg(unitSymbol(unit_)));
  unstakeButton_->setText(tr("Unstake"));
  const ChainParams& params = sender_->params();
  stakeBox_->setToolTip(tr("New stake matures after %1 blocks; unstaked coins return to the balance after %2 blocks.")
                            .arg(params.minStakeAge)
                            .arg(params.unbondingBlocks));
  delegateBox_->setTitle(tr("Delegates"));
  nameLabel_->setText(tr("Name:"));
  delegateName_->setPlaceholderText(tr("3–20 of a–z, 0–9, '-' and '_'"));
  registerButton_->setText(tr("Register as delegate"));
  registerInfo_->setText(tr("Registering burns %1 on top of the fee.").arg(displayAmount(params.delegateFee, unit_)));
  producerBox_->setTitle(tr("Block production"));
  updateBallot();
  renderAccount();
}

}  // namespace wb::ui
