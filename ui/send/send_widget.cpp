#include "ui/send/send_widget.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "chain/core/bech32m.h"
#include "chain/core/core_errc.h"
#include "chain/core/tx_check.h"
#include "chain/core/tx_codec.h"
#include "chain/state/state_errc.h"
#include "ui/amount_edit.h"
#include "ui/error_text.h"
#include "ui/label_tone.h"
#include "ui/payment_uri.h"
#include "ui/result_line.h"
#include "ui/send/account_combo.h"
#include "ui/send/send_with_unlock.h"
#include "ui/tx_sender.h"
#include "ui/wallet_model.h"

namespace wb::ui {
namespace {

const QString kUriScheme = QStringLiteral("waybill:");

QLabel* errorLabel(const char* objectName) {
  auto* label = new QLabel;
  label->setObjectName(QLatin1String(objectName));
  setLabelTone(label, LabelTone::Error);
  label->setWordWrap(true);
  label->hide();
  return label;
}

void showError(QLabel* label, const QString& text) {
  label->setText(text);
  label->setVisible(!text.isEmpty());
}

// A field with its error line under it, as one form cell.
QWidget* withError(QWidget* field, QLabel* error) {
  auto* cell = new QWidget;
  auto* layout = new QVBoxLayout(cell);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  layout->addWidget(field);
  layout->addWidget(error);
  return cell;
}

}  // namespace

struct SendWidget::Checked {
  AccountKey from{};
  AccountKey to{};
  Amount amount = 0;
  Amount fee = 0;
  std::string memo;
  std::optional<OrderId> order;
};

SendWidget::SendWidget(TxSender* sender, QWidget* parent)
    : QWidget(parent),
      sender_(sender),
      title_(new QLabel),
      fromLabel_(new QLabel),
      from_(new AccountCombo),
      available_(new QLabel),
      toLabel_(new QLabel),
      to_(new QLineEdit),
      pick_(new QToolButton),
      toError_(errorLabel("sendToError")),
      orderLabel_(new QLabel),
      orderText_(new QLabel),
      clearOrder_(new QPushButton),
      amountLabel_(new QLabel),
      amount_(new AmountEdit),
      amountError_(errorLabel("sendAmountError")),
      memoLabel_(new QLabel),
      memo_(new QLineEdit),
      memoError_(errorLabel("sendMemoError")),
      feeLabel_(new QLabel),
      fee_(new QLabel),
      send_(new QPushButton),
      clear_(new QPushButton),
      result_(new ResultLine(QStringLiteral("sendResult"))) {
  QFont font = title_->font();
  font.setPointSizeF(font.pointSizeF() * 1.3);
  font.setBold(true);
  title_->setFont(font);
  from_->setObjectName(QStringLiteral("sendFrom"));
  available_->setObjectName(QStringLiteral("sendAvailable"));
  to_->setObjectName(QStringLiteral("sendTo"));
  to_->setClearButtonEnabled(true);
  pick_->setObjectName(QStringLiteral("sendPickContact"));
  pick_->setPopupMode(QToolButton::InstantPopup);
  pick_->setMenu(new QMenu(pick_));
  orderText_->setObjectName(QStringLiteral("sendOrder"));
  orderText_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  orderText_->setWordWrap(true);
  clearOrder_->setObjectName(QStringLiteral("sendClearOrder"));
  amount_->setObjectName(QStringLiteral("sendAmount"));
  memo_->setObjectName(QStringLiteral("sendMemo"));
  fee_->setObjectName(QStringLiteral("sendFee"));
  send_->setObjectName(QStringLiteral("sendButton"));
  send_->setDefault(true);
  clear_->setObjectName(QStringLiteral("sendClear"));

  auto* fromCell = new QWidget;
  auto* fromRow = new QVBoxLayout(fromCell);
  fromRow->setContentsMargins(0, 0, 0, 0);
  fromRow->addWidget(from_);
  fromRow->addWidget(available_);
  auto* toRow = new QWidget;
  auto* toLayout = new QHBoxLayout(toRow);
  toLayout->setContentsMargins(0, 0, 0, 0);
  toLayout->addWidget(to_, 1);
  toLayout->addWidget(pick_);
  auto* orderRow = new QWidget;
  auto* orderLayout = new QHBoxLayout(orderRow);
  orderLayout->setContentsMargins(0, 0, 0, 0);
  orderLayout->addWidget(orderText_, 1);
  orderLayout->addWidget(clearOrder_);

  auto* form = new QFormLayout;
  form->addRow(fromLabel_, fromCell);
  form->addRow(toLabel_, withError(toRow, toError_));
  form->addRow(orderLabel_, orderRow);
  form->addRow(amountLabel_, withError(amount_, amountError_));
  form->addRow(memoLabel_, withError(memo_, memoError_));
  form->addRow(feeLabel_, fee_);
  auto* buttons = new QHBoxLayout;
  buttons->addStretch(1);
  buttons->addWidget(clear_);
  buttons->addWidget(send_);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(title_);
  layout->addLayout(form);
  layout->addLayout(buttons);
  layout->addWidget(result_);
  layout->addStretch(1);
  orderLabel_->hide();
  orderRow->hide();
  orderLabel_->setBuddy(orderText_);

  connect(from_, &AccountCombo::accountChanged, this, &SendWidget::fetchBalance);
  connect(to_, &QLineEdit::textEdited, this, [this] {
    if (order_ && !editingUri_) setOrder(std::nullopt);  // a new recipient is not that order's payment
  });
  connect(to_, &QLineEdit::textChanged, this, &SendWidget::recipientChanged);
  connect(amount_, &AmountEdit::textChanged, this, [this] { validate(false); });
  connect(memo_, &QLineEdit::textChanged, this, [this] { validate(false); });
  connect(pick_->menu(), &QMenu::aboutToShow, this, &SendWidget::fillContactsMenu);
  connect(clearOrder_, &QPushButton::clicked, this, [this] { setOrder(std::nullopt); });
  connect(send_, &QPushButton::clicked, this, &SendWidget::askConfirmation);
  connect(clear_, &QPushButton::clicked, this, [this] {
    setOrder(std::nullopt);
    to_->clear();
    amount_->clear();
    memo_->clear();
    result_->clearResult();
    validate(false);
  });
  connect(sender_->client(), &node::NodeClient::tipChanged, this, [this] {
    fetchBalance();
    if (order_) fetchOrder();
  });
  retranslateUi();
}

void SendWidget::setAccounts(std::vector<OverviewAccount> accounts) { from_->setAccounts(std::move(accounts)); }

void SendWidget::setUnit(DisplayUnit unit) {
  unit_ = unit;
  amount_->setUnit(unit);
  retranslateUi();
}

Status SendWidget::setPaymentUri(const QString& uri) {
  WB_TRY_ASSIGN(request, parsePaymentUri(uri.trimmed(), sender_->params().hrp));
  editingUri_ = true;
  to_->setText(QString::fromStdString(request->address));
  editingUri_ = false;
  setOrder(request->order);
  if (request->amount && !request->order) amount_->setAmount(*request->amount);
  validate(false);
  return {};
}

void SendWidget::recipientChanged(const QString& text) {
  // A pasted payment link fills the form; one that does not parse is explained by validate().
  if (!editingUri_ && text.trimmed().startsWith(kUriScheme, Qt::CaseInsensitive) && setPaymentUri(text)) return;
  validate(false);
}

void SendWidget::setOrder(std::optional<OrderId> order) {
  order_ = order;
  orderState_.reset();
  orderProblem_.clear();
  orderLabel_->setVisible(order.has_value());
  orderText_->parentWidget()->setVisible(order.has_value());
  amount_->setReadOnly(order.has_value());
  memo_->setEnabled(!order.has_value());
  if (order) {
    orderText_->setText(tr("Paying order %1 (looking it up…)").arg(QString::fromStdString(toHex(*order))));
    amount_->clear();
    fetchOrder();
  }
  validate(false);
}

void SendWidget::fetchBalance() {
  balance_.reset();
  available_->clear();
  validate(false);
  const auto from = from_->current();
  if (!from) return;
  QPointer<SendWidget> self(this);
  sender_->client()->account(from->key, [self, key = from->key](Result<state::Account> account) {
    if (!self) return;
    const auto current = self->from_->current();
    if (!current || current->key != key) return;  // another account was chosen meanwhile
    if (!account) {
      self->available_->setText(tr("The balance could not be read: %1").arg(errorText(account.error())));
      return;
    }
    self->balance_ = account->balance;
    self->available_->setText(tr("Available: %1").arg(displayAmount(account->balance, self->unit_)));
    self->validate(false);
  });
}

void SendWidget::fetchOrder() {
  if (!order_) return;
  QPointer<SendWidget> self(this);
  sender_->client()->order(*order_, [self, id = *order_](Result<std::optional<state::Order>> order) {
    if (!self || self->order_ != id) return;
    if (!order) {
      self->orderProblem_ = errorText(order.error());
    } else if (!*order) {
      self->orderProblem_ = errorTextForCode(StateErrc::OrderNotFound);
      if (self->orderProblem_.isEmpty()) self->orderProblem_ = tr("No such order.");
    } else {
      self->orderState_ = **order;
      self->orderProblem_.clear();
      self->amount_->setAmount(self->orderState_->total());
      self->orderText_->setText(tr("Paying order %1: %2 × %3")
                                    .arg(QString::fromStdString(toHex(id)),
                                         QString::number(self->orderState_->quantity),
                                         QString::fromStdString(self->orderState_->item)));
    }
    self->validate(false);
  });
}

std::optional<SendWidget::Checked> SendWidget::validate(bool strict) {
  const ChainParams& params = sender_->params();
  Checked form;
  bool ok = true;
  QString toError, amountError, memoError;
  const auto from = from_->current();
  if (from)
    form.from = from->key;
  else
    ok = false;

  if (order_) {
    form.order = order_;
    if (!orderState_) {
      toError = orderProblem_.isEmpty() ? QString() : orderProblem_;
      ok = false;
    } else if (orderState_->status != state::OrderStatus::Created) {
      toError = tr("This order is %1: it can no longer be paid.")
                    .arg(QString::fromLatin1(state::orderStatusName(orderState_->status).data()));
      ok = false;
    } else {
      form.to = orderState_->merchant;
      form.amount = orderState_->total();
    }
  } else {
    const QString to = to_->text().trimmed();
    if (to.isEmpty()) {
      if (strict) toError = tr("Enter the recipient's address.");
      ok = false;
    } else if (to.startsWith(kUriScheme, Qt::CaseInsensitive)) {
      auto request = parsePaymentUri(to, params.hrp);
      toError = request ? QString() : tr("This payment link is not valid: %1").arg(errorText(request.error()));
      ok = false;
    } else if (auto key = decodeAddress(params.hrp, to.toStdString()); !key) {
      toError = errorText(key.error());
      ok = false;
    } else {
      form.to = *key;
    }
    const QString amountText = amount_->text().trimmed();
    if (amountText.isEmpty()) {
      if (strict) amountError = tr("Enter an amount.");
      ok = false;
    } else if (auto amount = parseInUnit(amountText, unit_); !amount) {
      amountError = errorText(amount.error());
      ok = false;
    } else if (*amount == 0) {
      amountError = errorText(Error{CoreErrc::AmountZero, "the amount is zero"});
      ok = false;
    } else {
      form.amount = *amount;
    }
    form.memo = memo_->text().toStdString();
    if (form.memo.size() > kMaxMemoBytes) {
      memoError = tr("The memo is too long: %1 bytes, at most %2.").arg(form.memo.size()).arg(kMaxMemoBytes);
      ok = false;
    }
  }

  // The fee depends only on the size, which the field values do not change.
  Tx probe;
  probe.sender = form.from;
  if (form.order)
    probe.payload = OrderPayPayload{*form.order, form.amount};
  else
    probe.payload = TransferPayload{form.to, form.amount, form.memo.substr(0, kMaxMemoBytes)};
  if (auto fee = minimumFee(encodedTxSize(probe), params); fee) {
    form.fee = *fee;
    fee_->setText(tr("%1 (the network's minimum for this transaction)").arg(displayAmount(*fee, unit_)));
  } else {
    fee_->setText(errorText(fee.error()));
    ok = false;
  }
  if (ok && balance_) {
    auto total = checkedAdd(form.amount, form.fee);
    if (!total || *total > *balance_) {
      amountError =
          tr("More than this account can spend: %1 available, fee included.").arg(displayAmount(*balance_, unit_));
      ok = false;
    }
  }
  showError(toError_, toError);
  showError(amountError_, amountError);
  showError(memoError_, memoError);
  send_->setEnabled(!sending_ && from.has_value());
  if (!ok) return std::nullopt;
  return form;
}

void SendWidget::askConfirmation() {
  if (sending_ || confirm_) return;
  const auto form = validate(true);
  if (!form) return;
  const QString amount = displayAmount(form->amount, unit_);
  const QString fee = displayAmount(form->fee, unit_);
  const QString to = QString::fromStdString(encodeAddress(sender_->params().hrp, form->to));
  confirm_ = new QMessageBox(QMessageBox::Question, tr("Confirm sending"), QString(),
                             QMessageBox::Yes | QMessageBox::Cancel, this);
  confirm_->setObjectName(QStringLiteral("sendConfirm"));
  confirm_->setAttribute(Qt::WA_DeleteOnClose);
  confirm_->button(QMessageBox::Yes)->setText(tr("Send"));
  confirm_->setDefaultButton(QMessageBox::Cancel);
  if (form->order) {
    confirm_->setText(tr("Pay %1 for order %2 to %3?").arg(amount, QString::fromStdString(toHex(*form->order)), to));
  } else {
    confirm_->setText(tr("Send %1 to %2?").arg(amount, to));
  }
  QString details = tr("Fee: %1.").arg(fee);
  if (!form->memo.empty()) details += QLatin1Char('\n') + tr("Memo: %1").arg(QString::fromStdString(form->memo));
  details += QLatin1Char('\n') + tr("A sent transaction cannot be taken back.");
  confirm_->setInformativeText(details);
  connect(confirm_, &QDialog::finished, this, [this, form = *form](int button) {
    confirm_ = nullptr;
    if (button == QMessageBox::Yes) submit(form);
  });
  confirm_->open();
}

void SendWidget::submit(const Checked& form) {
  sending_ = true;
  send_->setEnabled(false);
  result_->showResult([] { return tr("Signing and sending…"); });
  TxSender::Recipe recipe = [form](const TxBuilder& builder, const AccountKey& from, std::uint64_t nonce) {
    if (form.order) return builder.build(from, nonce, OrderPayPayload{*form.order, form.amount});
    return builder.build(from, nonce, TransferPayload{form.to, form.amount, form.memo});
  };
  QPointer<SendWidget> self(this);
  sendWithUnlock(sender_, this, form.from, std::move(recipe), [self](Result<Hash32> txid) {
    if (!self) return;
    self->sending_ = false;
    if (!txid) {
      self->result_->showResult([error = txid.error()] { return tr("Not sent: %1").arg(errorText(error)); },
                                ResultLine::Tone::Error);
      self->validate(false);
      return;
    }
    self->result_->showResult(
        [id = QString::fromStdString(toHex(*txid))] { return tr("Sent. Transaction ID: %1").arg(id); });
    if (self->order_) self->setOrder(std::nullopt);
    self->amount_->clear();
    self->memo_->clear();
    self->validate(false);
    emit self->sent(*txid);
  });
}

void SendWidget::fillContactsMenu() {
  QMenu* menu = pick_->menu();
  menu->clear();
  const Keystore* keystore = sender_->wallet() ? sender_->wallet()->keystore() : nullptr;
  if (keystore == nullptr) {
    menu->addAction(tr("The wallet is busy; try again in a moment."))->setEnabled(false);
    return;
  }
  const std::string& hrp = sender_->params().hrp;
  auto pickable = [&](const QString& name, const AccountKey& key) {
    const QString address = QString::fromStdString(encodeAddress(hrp, key));
    QAction* action = menu->addAction(name.isEmpty() ? address : name + QStringLiteral(" — ") + address);
    connect(action, &QAction::triggered, this, [this, address] {
      if (order_) setOrder(std::nullopt);
      to_->setText(address);
    });
  };
  menu->addSection(tr("Address book"));
  if (keystore->addressBook().empty()) menu->addAction(tr("The address book is empty."))->setEnabled(false);
  for (const Contact& contact : keystore->addressBook()) pickable(QString::fromStdString(contact.name), contact.key);
  menu->addSection(tr("Your accounts"));
  for (const AccountEntry& account : keystore->accounts()) pickable(QString::fromStdString(account.label), account.key);
}

void SendWidget::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void SendWidget::retranslateUi() {
  setWindowTitle(tr("Send"));
  title_->setText(tr("Send coins"));
  fromLabel_->setText(tr("From:"));
  toLabel_->setText(tr("To:"));
  to_->setPlaceholderText(tr("Address or waybill: payment link"));
  pick_->setText(tr("Address book"));
  pick_->setToolTip(tr("Choose a saved address"));
  orderLabel_->setText(tr("Order:"));
  clearOrder_->setText(tr("Don't pay an order"));
  amountLabel_->setText(tr("Amount (%1):").arg(unitSymbol(unit_)));
  memoLabel_->setText(tr("Memo:"));
  memo_->setPlaceholderText(tr("Optional; visible to everyone on the chain"));
  feeLabel_->setText(tr("Fee:"));
  send_->setText(tr("Send…"));
  clear_->setText(tr("Clear"));
  fetchBalance();
}

}  // namespace wb::ui
