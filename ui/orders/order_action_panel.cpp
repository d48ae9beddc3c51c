#include "ui/orders/order_action_panel.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "chain/state/state_errc.h"
#include "ui/amount_edit.h"
#include "ui/error_text.h"
#include "ui/label_tone.h"
#include "ui/orders/order_text.h"
#include "ui/tx_sender.h"
#include "ui/unlock_dialog.h"
#include "ui/wallet_model.h"
#include "wallet/wallet_errc.h"

namespace wb::ui {
namespace {

const char* buttonName(OrderAction action) {
  switch (action) {
    case OrderAction::Pay:
      return "payButton";
    case OrderAction::Ship:
      return "shipButton";
    case OrderAction::Confirm:
      return "confirmButton";
    case OrderAction::Cancel:
      return "cancelButton";
    case OrderAction::Refund:
      return "refundButton";
    case OrderAction::Dispute:
      return "disputeButton";
    case OrderAction::Resolve:
      return "resolveButton";
  }
  return "";
}

// What `action` signs, built on the TxSender's worker from copies of the inputs.
TxSender::Recipe recipeFor(OrderAction action, const state::Order& order, const std::string& text, Amount toPayer) {
  return [action, order, text, toPayer](const TxBuilder& builder, const AccountKey& from,
                                        std::uint64_t nonce) -> Result<Tx> {
    switch (action) {
      case OrderAction::Pay:
        return builder.build(from, nonce, OrderPayPayload{order.id, order.total()});
      case OrderAction::Ship:
        return builder.orderShip(from, nonce, order, text);
      case OrderAction::Confirm:
        return builder.build(from, nonce, OrderConfirmPayload{order.id});
      case OrderAction::Cancel:
      case OrderAction::Refund:
        return builder.build(from, nonce, OrderCancelPayload{order.id, text});
      case OrderAction::Dispute:
        return builder.build(from, nonce, OrderDisputePayload{order.id, text});
      case OrderAction::Resolve:
        return builder.build(from, nonce, OrderResolvePayload{order.id, toPayer});
    }
    return fail(StateErrc::OrderWrongState, "unknown order action");
  };
}

}  // namespace

OrderActionPanel::OrderActionPanel(TxSender* sender, QWidget* parent)
    : QWidget(parent),
      sender_(sender),
      trackingLabel_(new QLabel),
      trackingEdit_(new QLineEdit),
      noTracking_(new QCheckBox),
      reasonLabel_(new QLabel),
      reasonEdit_(new QLineEdit),
      toPayerLabel_(new QLabel),
      toPayerEdit_(new AmountEdit),
      error_(new QLabel),
      status_(new QLabel) {
  trackingEdit_->setObjectName(QStringLiteral("trackingEdit"));
  noTracking_->setObjectName(QStringLiteral("noTrackingCheck"));
  reasonEdit_->setObjectName(QStringLiteral("reasonEdit"));
  toPayerEdit_->setObjectName(QStringLiteral("toPayerEdit"));
  error_->setObjectName(QStringLiteral("actionError"));
  status_->setObjectName(QStringLiteral("actionStatus"));
  error_->setWordWrap(true);
  status_->setWordWrap(true);
  setLabelTone(error_, LabelTone::Error);
  error_->hide();
  status_->hide();

  auto* fields = new QFormLayout;
  fields->addRow(trackingLabel_, trackingEdit_);
  fields->addRow(QString(), noTracking_);
  fields->addRow(reasonLabel_, reasonEdit_);
  fields->addRow(toPayerLabel_, toPayerEdit_);
  auto* row = new QHBoxLayout;
  for (OrderAction action : kAllOrderActions) {
    auto* button = new QPushButton;
    button->setObjectName(QLatin1String(buttonName(action)));
    connect(button, &QPushButton::clicked, this, [this, action] { act(action); });
    buttons_[action] = button;
    row->addWidget(button);
  }
  row->addStretch(1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(fields);
  layout->addLayout(row);
  layout->addWidget(error_);
  layout->addWidget(status_);
  // A corrected field takes its error away.
  for (QLineEdit* edit : {trackingEdit_, reasonEdit_, static_cast<QLineEdit*>(toPayerEdit_)}) {
    connect(edit, &QLineEdit::textEdited, this, [this] { error_->hide(); });
  }
  connect(noTracking_, &QCheckBox::toggled, this, [this](bool without) {
    trackingEdit_->setEnabled(!without);
    error_->hide();
  });
  retranslateUi();
  clear();
}

QPushButton* OrderActionPanel::button(OrderAction action) const { return buttons_.at(action); }

void OrderActionPanel::setOrder(const state::Order& order, const AccountKey& account, std::uint64_t tipHeight) {
  const bool sameStep = order_ && order_->id == order.id && order_->status == order.status && account_ == account;
  if (!sameStep) {
    showOutcome({}, {});
    if (!order_ || order_->id != order.id) {
      trackingEdit_->clear();
      noTracking_->setChecked(false);
      reasonEdit_->clear();
      toPayerEdit_->clear();
    }
  }
  order_ = order;
  account_ = account;
  tipHeight_ = tipHeight;
  refresh();
}

void OrderActionPanel::clear() {
  order_.reset();
  showOutcome({}, {});
  refresh();
}

void OrderActionPanel::setUnit(DisplayUnit unit) { toPayerEdit_->setUnit(unit); }

void OrderActionPanel::refresh() {
  const std::vector<OrderAction> allowed =
      order_ ? allowedOrderActions(*order_, account_, tipHeight_) : std::vector<OrderAction>{};
  const auto offers = [&](OrderAction a) { return std::find(allowed.begin(), allowed.end(), a) != allowed.end(); };
  for (auto& [action, button] : buttons_) {
    button->setVisible(offers(action));
    button->setEnabled(!sending_);
  }
  const bool tracking = offers(OrderAction::Ship);
  const bool reason = offers(OrderAction::Cancel) || offers(OrderAction::Refund) || offers(OrderAction::Dispute);
  const bool toPayer = offers(OrderAction::Resolve);
  trackingLabel_->setVisible(tracking);
  trackingEdit_->setVisible(tracking);
  noTracking_->setVisible(tracking);
  reasonLabel_->setVisible(reason);
  reasonEdit_->setVisible(reason);
  toPayerLabel_->setVisible(toPayer);
  toPayerEdit_->setVisible(toPayer);
}

void OrderActionPanel::act(OrderAction action) {
  if (!order_ || sending_ || !isOrderActionAllowed(*order_, account_, tipHeight_, action)) return;
  Amount toPayer = 0;
  if (action == OrderAction::Resolve) {
    const auto amount = toPayerEdit_->amount();
    if (!amount) {
      showOutcome(
          toPayerEdit_->text().isEmpty() ? tr("Enter the payer's share of the escrow.") : toPayerEdit_->errorText(),
          {});
      return;
    }
    if (*amount > order_->escrow) {
      showOutcome(tr("The payer's share cannot exceed the escrow of %1.")
                      .arg(displayAmount(order_->escrow, toPayerEdit_->unit())),
                  {});
      return;
    }
    toPayer = *amount;
  }
  const QLineEdit* textEdit = action == OrderAction::Ship ? trackingEdit_ : reasonEdit_;
  const std::string text = action == OrderAction::Ship && noTracking_->isChecked()
                               ? std::string()
                               : textEdit->text().trimmed().toStdString();
  if (action == OrderAction::Ship) {
    // Tracking can never be added after shipping: an empty one must be a choice.
    if (text.empty() && !noTracking_->isChecked()) {
      showOutcome(tr("Enter the carrier and tracking number, or tick \"%1\".").arg(noTracking_->text()), {});
      trackingEdit_->setFocus();
      return;
    }
    const std::size_t max = TxBuilder::maxOrderTextBytes(order_->hasArbiter());
    if (text.size() > max) {
      showOutcome(tr("The tracking is too long: at most %1 bytes (%2 now).").arg(max).arg(text.size()), {});
      return;
    }
  }
  showOutcome({}, {});
  const OrderId id = order_->id;
  unlockThen([this, id, action, text, toPayer] {
    // The selection or the order may have moved while the dialog was open.
    if (!order_ || order_->id != id || !isOrderActionAllowed(*order_, account_, tipHeight_, action)) return;
    if (action == OrderAction::Cancel || action == OrderAction::Dispute) {
      submit(action, text, toPayer);  // nothing leaves escrow for good
    } else {
      askThenSubmit(action, text, toPayer);
    }
  });
}

void OrderActionPanel::unlockThen(std::function<void()> next) {
  WalletModel* wallet = sender_->wallet();
  // A busy wallet is left to TxSender, which waits for it; only a locked one asks.
  if (wallet == nullptr || wallet->keystore() == nullptr || !wallet->keystore()->isLocked()) {
    next();
    return;
  }
  auto* dialog = new UnlockDialog(wallet, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setWindowModality(Qt::WindowModal);
  connect(dialog, &QDialog::finished, this, [this, next = std::move(next)](int result) {
    if (result == QDialog::Accepted)
      next();
    else
      showOutcome(errorTextForCode(WalletErrc::Locked), {});
  });
  dialog->open();
}

void OrderActionPanel::askThenSubmit(OrderAction action, const std::string& text, Amount toPayer) {
  const state::Order& o = *order_;
  const auto money = [&](Amount units) { return displayAmount(units, toPayerEdit_->unit()); };
  const QString item = QString::fromStdString(o.item);
  QString question;
  switch (action) {
    case OrderAction::Pay:
      question =
          tr("Pay %1 for \"%2\"? The money stays in escrow until you confirm receipt.").arg(money(o.total()), item);
      break;
    case OrderAction::Confirm:
      question = tr("Confirm that \"%1\" arrived? %2 will be released to the merchant; this cannot be undone.")
                     .arg(item, money(o.escrow));
      break;
    case OrderAction::Ship:
      question = text.empty() ? tr("Ship \"%1\" without tracking? No tracking can be added later.").arg(item)
                              : tr("Ship \"%1\" with tracking \"%2\"? It cannot be changed later.")
                                    .arg(item, QString::fromStdString(text));
      break;
    case OrderAction::Refund:
      question = tr("Refund \"%1\"? %2 goes back to the payer and the order ends; this cannot be undone.")
                     .arg(item, money(o.escrow));
      break;
    default:
      question = tr("Resolve the dispute over \"%1\": %2 to the payer and %3 to the merchant? This cannot be undone.")
                     .arg(item, money(toPayer), money(o.escrow - toPayer));
      break;
  }
  auto* box = new QMessageBox(QMessageBox::Question, tr("Please confirm"), question,
                              QMessageBox::Yes | QMessageBox::Cancel, this);
  box->setObjectName(QStringLiteral("orderActionConfirm"));
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->setDefaultButton(QMessageBox::Cancel);
  box->setWindowModality(Qt::WindowModal);
  const OrderId id = o.id;
  connect(box, &QMessageBox::finished, this, [this, action, text, toPayer, id](int result) {
    // The selection may have moved while the box was open: act only on the same order.
    if (result == QMessageBox::Yes && order_ && order_->id == id) submit(action, text, toPayer);
  });
  box->open();
}

void OrderActionPanel::submit(OrderAction action, const std::string& text, Amount toPayer) {
  if (!order_ || sending_) return;
  sending_ = true;
  showOutcome({}, tr("Signing and submitting…"));
  refresh();
  QPointer<OrderActionPanel> self(this);
  sender_->send(account_, recipeFor(action, *order_, text, toPayer), [self](Result<Hash32> txid) {
    if (!self) return;
    self->sending_ = false;
    if (!txid) {
      self->showOutcome(errorText(txid.error()), {});
    } else {
      self->showOutcome({}, tr("Submitted, waiting for a block (transaction %1).").arg(shortOrderId(*txid)));
      emit self->submitted(*txid);
    }
    self->refresh();
  });
}

void OrderActionPanel::showOutcome(const QString& error, const QString& status) {
  error_->setText(error);
  error_->setVisible(!error.isEmpty());
  status_->setText(status);
  status_->setVisible(!status.isEmpty());
}

void OrderActionPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void OrderActionPanel::retranslateUi() {
  for (auto& [action, button] : buttons_) {
    button->setText(orderActionName(action));
    button->setAccessibleName(orderActionName(action));
  }
  trackingLabel_->setText(tr("Tracking to send:"));
  trackingEdit_->setPlaceholderText(tr("Carrier and tracking number (only the buyer and arbiter can read it)"));
  trackingEdit_->setAccessibleName(tr("Tracking to send"));
  noTracking_->setText(tr("Ship without tracking (hand delivery, digital goods)"));
  noTracking_->setAccessibleName(tr("Ship without tracking"));
  reasonEdit_->setAccessibleName(tr("Reason"));
  toPayerEdit_->setAccessibleName(tr("To the payer"));
  error_->setAccessibleName(tr("Action error"));
  status_->setAccessibleName(tr("Action status"));
  reasonLabel_->setText(tr("Reason:"));
  reasonEdit_->setPlaceholderText(tr("Optional, seen by everyone"));
  toPayerLabel_->setText(tr("To the payer:"));
  toPayerEdit_->setToolTip(tr("The payer's share of the escrow; the rest goes to the merchant."));
}

}  // namespace wb::ui
