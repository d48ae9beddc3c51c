// The action buttons under an order's detail (DESIGN §8): only the actions the
// acting account may take in the order's state (allowedOrderActions) are shown,
// each with the field it needs (tracking to ship, a reason to cancel, refund or
// dispute, the payer's share to resolve). A click checks the fields, offers the
// unlock dialog when the wallet is locked, asks before anything that cannot be
// undone (Pay, Ship, Refund, Confirm receipt, Resolve), then signs and submits
// through TxSender; the outcome shows next to the buttons: the translated error,
// or "submitted, waiting for a block" until the order changes.
#pragma once

#include <QWidget>
#include <functional>
#include <map>
#include <optional>

#include "chain/state/records.h"
#include "ui/display_unit.h"
#include "ui/orders/order_actions.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wb::ui {

class AmountEdit;
class TxSender;

class OrderActionPanel : public QWidget {
  Q_OBJECT
public:
  // `sender` must outlive the panel.
  explicit OrderActionPanel(TxSender* sender, QWidget* parent = nullptr);

  // Shows the actions `account` may take on `order` at `tipHeight`. The outcome
  // line is kept while the same order stays in the same state.
  void setOrder(const state::Order& order, const AccountKey& account, std::uint64_t tipHeight);
  // No order selected: nothing to offer.
  void clear();
  void setUnit(DisplayUnit unit);

  // The button of `action` (objectName "<action>Button", e.g. "payButton").
  QPushButton* button(OrderAction action) const;

signals:
  // A transaction of this panel entered the mempool.
  void submitted(const wb::Hash32& txid);

protected:
  void changeEvent(QEvent* event) override;

private:
  void act(OrderAction action);
  // Runs `next` at once when the wallet can sign, else after the user unlocked it in
  // the unlock dialog (objectName "unlockDialog"); cancelling it says "locked".
  void unlockThen(std::function<void()> next);
  // Pay, Ship, Refund, Confirm receipt and Resolve cannot be undone: they are asked
  // about first (a window-modal box, objectName "orderActionConfirm").
  void askThenSubmit(OrderAction action, const std::string& text, Amount toPayer);
  void submit(OrderAction action, const std::string& text, Amount toPayer);
  void showOutcome(const QString& error, const QString& status);
  void refresh();
  void retranslateUi();

  TxSender* sender_;
  std::optional<state::Order> order_;
  AccountKey account_{};
  std::uint64_t tipHeight_ = 0;
  bool sending_ = false;
  std::map<OrderAction, QPushButton*> buttons_;
  QLabel* trackingLabel_;
  QLineEdit* trackingEdit_;
  QCheckBox* noTracking_;
  QLabel* reasonLabel_;
  QLineEdit* reasonEdit_;
  QLabel* toPayerLabel_;
  AmountEdit* toPayerEdit_;
  QLabel* error_;
  QLabel* status_;
};

}  // namespace wb::ui
