// Send (DESIGN §8, Send / Receive page): from one of the wallet's accounts to an
// address typed, picked from the address book or taken from a `waybill:` URI
// (pasted into the recipient field). A URI naming an order pays that order
// (ORDER_PAY of its exact total) instead of a plain transfer. Each field says
// what is wrong with it next to it; the fee is shown before anything is signed;
// a confirmation dialog comes before the send, and the txid or the error after.
#pragma once

#include <QWidget>
#include <optional>
#include <vector>

#include "chain/state/records.h"
#include "ui/display_unit.h"
#include "ui/overview_page.h"

class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QToolButton;

namespace wb::ui {

class AccountCombo;
class AmountEdit;
class ResultLine;
class TxSender;

class SendWidget : public QWidget {
  Q_OBJECT
public:
  // `sender` must outlive the widget.
  explicit SendWidget(TxSender* sender, QWidget* parent = nullptr);

  void setAccounts(std::vector<OverviewAccount> accounts);
  void setUnit(DisplayUnit unit);

  // Fills the form from a `waybill:` URI (address, amount, order). Fails like
  // parsePaymentUri; the form is then unchanged.
  [[nodiscard]] Status setPaymentUri(const QString& uri);

  // The confirmation dialog while it is open (for tests and the screenshot tool).
  QMessageBox* confirmation() const { return confirm_; }

signals:
  // A transaction of this form entered the mempool.
  void sent(wb::Hash32 txid);

protected:
  void changeEvent(QEvent* event) override;

private:
  struct Checked;  // a form that passed validation
  // Validates every field, shows the messages (empty fields only when `strict`).
  std::optional<Checked> validate(bool strict);
  void recipientChanged(const QString& text);
  void setOrder(std::optional<OrderId> order);
  void fetchBalance();
  void fetchOrder();
  void askConfirmation();
  void submit(const Checked& form);
  void fillContactsMenu();
  void retranslateUi();

  TxSender* sender_;
  DisplayUnit unit_ = DisplayUnit::Wbl;
  std::optional<Amount> balance_;           // of the From account, as of the last answer
  std::optional<OrderId> order_;            // paying this order (from a URI)
  std::optional<state::Order> orderState_;  // the order as the node last said
  QString orderProblem_;
  bool sending_ = false;
  bool editingUri_ = false;

  QLabel* title_;
  QLabel* fromLabel_;
  AccountCombo* from_;
  QLabel* available_;
  QLabel* toLabel_;
  QLineEdit* to_;
  QToolButton* pick_;
  QLabel* toError_;
  QLabel* orderLabel_;
  QLabel* orderText_;
  QPushButton* clearOrder_;
  QLabel* amountLabel_;
  AmountEdit* amount_;
  QLabel* amountError_;
  QLabel* memoLabel_;
  QLineEdit* memo_;
  QLabel* memoError_;
  QLabel* feeLabel_;
  QLabel* fee_;
  QPushButton* send_;
  QPushButton* clear_;
  ResultLine* result_;
  QMessageBox* confirm_ = nullptr;
};

}  // namespace wb::ui
