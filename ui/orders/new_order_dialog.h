// The new order dialog (DESIGN §3, §8): I sell or I buy, from which of my
// accounts; the counterparty from the address book (or my other accounts) or a
// typed address; an optional arbiter; item, quantity, unit price, the three
// windows (network defaults, in blocks, hours or days) and a private note. Every
// field is checked with a clear message before anything is signed (the message
// goes as soon as a field is edited, and its line is reserved so the form never
// jumps); OK submits ORDER_CREATE through TxSender — offering the unlock dialog
// when the wallet is locked — and closes the dialog once the node's mempool took it.
#pragma once

#include <QDialog>
#include <optional>
#include <vector>

#include "chain/core/params.h"
#include "ui/display_unit.h"
#include "ui/overview_page.h"
#include "wallet/tx_builder.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace wb::ui {

class AmountEdit;
class TxSender;
class WindowEdit;

class NewOrderDialog : public QDialog {
  Q_OBJECT
public:
  // `myAccounts` are the wallet's accounts (the creator is one of them); `known`
  // lists everyone else with a name (contacts and my other accounts) to pick as
  // counterparty or arbiter. `sender` must outlive the dialog.
  NewOrderDialog(TxSender* sender, std::vector<OverviewAccount> myAccounts, std::vector<OverviewAccount> known,
                 QWidget* parent = nullptr);

  // Amounts in `unit` (default WBL).
  void setUnit(DisplayUnit unit);

  // The order the fields describe and the account creating it, or the first
  // problem with them as a translated sentence.
  struct Draft {
    AccountKey from{};
    OrderRequest request;
  };
  std::optional<Draft> draft(QString* problem) const;

  // The id of the submitted order (after orderSubmitted).
  std::optional<OrderId> submittedId() const { return submitted_; }

signals:
  // ORDER_CREATE entered the mempool; `id` (its txid) is the new order's id.
  void orderSubmitted(const wb::OrderId& id);

protected:
  void changeEvent(QEvent* event) override;

private:
  void submit();
  void updateTotal();
  // The account named or typed in `combo`: nullopt with `problem` set when invalid,
  // a zero key when empty.
  std::optional<AccountKey> partyIn(const QComboBox* combo, QString* problem) const;
  void showError(const QString& error);
  void retranslateUi();

  TxSender* sender_;
  std::vector<OverviewAccount> mine_;
  std::vector<OverviewAccount> known_;
  std::optional<OrderId> submitted_;
  QRadioButton* merchantRole_;
  QRadioButton* buyerRole_;
  QComboBox* account_;
  QComboBox* counterparty_;
  QComboBox* arbiter_;
  QLineEdit* item_;
  QSpinBox* quantity_;
  AmountEdit* unitPrice_;
  QLabel* total_;
  WindowEdit* payWindow_;
  WindowEdit* shipWindow_;
  WindowEdit* confirmWindow_;
  QPlainTextEdit* note_;
  QLabel* error_;
  QDialogButtonBox* buttons_;
  QLabel* roleLabel_;
  QLabel* accountLabel_;
  QLabel* counterpartyLabel_;
  QLabel* arbiterLabel_;
  QLabel* itemLabel_;
  QLabel* quantityLabel_;
  QLabel* unitPriceLabel_;
  QLabel* totalLabel_;
  QLabel* payWindowLabel_;
  QLabel* shipWindowLabel_;
  QLabel* confirmWindowLabel_;
  QLabel* noteLabel_;
};

}  // namespace wb::ui
