#include "ui/orders/new_order_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

#include "chain/core/bech32m.h"
#include "chain/core/core_errc.h"
#include "ui/amount_edit.h"
#include "ui/error_text.h"
#include "ui/label_tone.h"
#include "ui/orders/window_edit.h"
#include "ui/send/send_with_unlock.h"
#include "ui/tx_sender.h"

namespace wb::ui {
namespace {

QString choiceText(const OverviewAccount& account) {
  return account.label.isEmpty() ? account.address : QStringLiteral("%1 (%2)").arg(account.label, account.address);
}

QComboBox* partyCombo(const char* objectName, const std::vector<OverviewAccount>& known) {
  auto* combo = new QComboBox;
  combo->setObjectName(QLatin1String(objectName));
  combo->setEditable(true);
  combo->setInsertPolicy(QComboBox::NoInsert);
  combo->addItem(QString());
  for (const OverviewAccount& account : known) combo->addItem(choiceText(account), account.address);
  combo->setCurrentIndex(0);
  return combo;
}

}  // namespace

NewOrderDialog::NewOrderDialog(TxSender* sender, std::vector<OverviewAccount> myAccounts,
                               std::vector<OverviewAccount> known, QWidget* parent)
    : QDialog(parent),
      sender_(sender),
      mine_(std::move(myAccounts)),
      known_(std::move(known)),
      merchantRole_(new QRadioButton),
      buyerRole_(new QRadioButton),
      account_(new QComboBox),
      counterparty_(partyCombo("counterpartyCombo", known_)),
      arbiter_(partyCombo("arbiterCombo", known_)),
      item_(new QLineEdit),
      quantity_(new QSpinBox),
      unitPrice_(new AmountEdit),
      total_(new QLabel),
      payWindow_(new WindowEdit(QStringLiteral("pay"), sender->params().blockTime, sender->params().defaultWindows.pay,
                                sender->params().maxWindows.pay)),
      shipWindow_(new WindowEdit(QStringLiteral("ship"), sender->params().blockTime,
                                 sender->params().defaultWindows.ship, sender->params().maxWindows.ship)),
      confirmWindow_(new WindowEdit(QStringLiteral("confirm"), sender->params().blockTime,
                                    sender->params().defaultWindows.confirm, sender->params().maxWindows.confirm)),
      note_(new QPlainTextEdit),
      error_(new QLabel),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)),
      roleLabel_(new QLabel),
      accountLabel_(new QLabel),
      counterpartyLabel_(new QLabel),
      arbiterLabel_(new QLabel),
      itemLabel_(new QLabel),
      quantityLabel_(new QLabel),
      unitPriceLabel_(new QLabel),
      totalLabel_(new QLabel),
      payWindowLabel_(new QLabel),
      shipWindowLabel_(new QLabel),
      confirmWindowLabel_(new QLabel),
      noteLabel_(new QLabel) {
  setObjectName(QStringLiteral("newOrderDialog"));
  merchantRole_->setObjectName(QStringLiteral("roleMerchant"));
  buyerRole_->setObjectName(QStringLiteral("roleBuyer"));
  merchantRole_->setChecked(true);
  account_->setObjectName(QStringLiteral("accountCombo"));
  for (const OverviewAccount& account : mine_) account_->addItem(choiceText(account));
  item_->setObjectName(QStringLiteral("itemEdit"));
  quantity_->setObjectName(QStringLiteral("quantitySpin"));
  quantity_->setRange(1, INT_MAX);
  unitPrice_->setObjectName(QStringLiteral("unitPriceEdit"));
  total_->setObjectName(QStringLiteral("orderTotal"));
  note_->setObjectName(QStringLiteral("noteEdit"));
  note_->setTabChangesFocus(true);
  note_->setMaximumHeight(80);
  error_->setObjectName(QStringLiteral("dialogError"));
  error_->setWordWrap(true);
  setLabelTone(error_, LabelTone::Error);
  // Two lines kept for it even when empty: an error appearing or going never moves the buttons.
  error_->setMinimumHeight(2 * error_->fontMetrics().lineSpacing());
  error_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  buttons_->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
  buttons_->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

  auto* roles = new QHBoxLayout;
  roles->addWidget(merchantRole_);
  roles->addWidget(buyerRole_);
  roles->addStretch(1);
  auto* form = new QFormLayout;
  form->addRow(roleLabel_, roles);
  form->addRow(accountLabel_, account_);
  form->addRow(counterpartyLabel_, counterparty_);
  form->addRow(arbiterLabel_, arbiter_);
  form->addRow(itemLabel_, item_);
  form->addRow(quantityLabel_, quantity_);
  form->addRow(unitPriceLabel_, unitPrice_);
  form->addRow(totalLabel_, total_);
  payWindowLabel_->setBuddy(payWindow_->valueSpin());
  shipWindowLabel_->setBuddy(shipWindow_->valueSpin());
  confirmWindowLabel_->setBuddy(confirmWindow_->valueSpin());
  form->addRow(payWindowLabel_, payWindow_);
  form->addRow(shipWindowLabel_, shipWindow_);
  form->addRow(confirmWindowLabel_, confirmWindow_);
  form->addRow(noteLabel_, note_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(error_);
  layout->addWidget(buttons_);

  connect(buttons_, &QDialogButtonBox::accepted, this, &NewOrderDialog::submit);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(merchantRole_, &QRadioButton::toggled, this, &NewOrderDialog::retranslateUi);
  connect(quantity_, &QSpinBox::valueChanged, this, &NewOrderDialog::updateTotal);
  connect(unitPrice_, &AmountEdit::amountChanged, this, &NewOrderDialog::updateTotal);
  // An error is about what was there when OK was pressed: any edit takes it away.
  const auto clearError = [this] { showError({}); };
  connect(merchantRole_, &QRadioButton::toggled, this, clearError);
  connect(account_, &QComboBox::currentIndexChanged, this, clearError);
  for (QComboBox* party : {counterparty_, arbiter_}) {
    connect(party, &QComboBox::currentIndexChanged, this, clearError);
    connect(party->lineEdit(), &QLineEdit::textEdited, this, clearError);
  }
  connect(item_, &QLineEdit::textEdited, this, clearError);
  connect(quantity_, &QSpinBox::valueChanged, this, clearError);
  connect(unitPrice_, &QLineEdit::textEdited, this, clearError);
  for (WindowEdit* window : {payWindow_, shipWindow_, confirmWindow_}) {
    connect(window, &WindowEdit::edited, this, clearError);
  }
  connect(note_, &QPlainTextEdit::textChanged, this, clearError);
  retranslateUi();
}

void NewOrderDialog::setUnit(DisplayUnit unit) {
  unitPrice_->setUnit(unit);
  updateTotal();
}

std::optional<AccountKey> NewOrderDialog::partyIn(const QComboBox* combo, QString* problem) const {
  const QString text = combo->currentText().trimmed();
  if (text.isEmpty()) return AccountKey{};
  for (const OverviewAccount& account : known_) {
    if (text == choiceText(account) || text == account.label) return account.key;
  }
  auto key = decodeAddress(sender_->params().hrp, text.toStdString());
  if (!key) {
    *problem = errorText(key.error());
    return std::nullopt;
  }
  return *key;
}

std::optional<NewOrderDialog::Draft> NewOrderDialog::draft(QString* problem) const {
  const int mine = account_->currentIndex();
  if (mine < 0 || mine >= static_cast<int>(mine_.size())) {
    *problem = tr("Choose one of your accounts.");
    return std::nullopt;
  }
  Draft d;
  d.from = mine_[static_cast<std::size_t>(mine)].key;
  QString partyProblem;
  const auto other = partyIn(counterparty_, &partyProblem);
  const bool selling = merchantRole_->isChecked();
  if (!other || isZero(*other)) {
    if (other)
      *problem =
          selling ? tr("Choose the buyer or type their address.") : tr("Choose the merchant or type their address.");
    else
      *problem = selling ? tr("The buyer's address: %1").arg(partyProblem)
                         : tr("The merchant's address: %1").arg(partyProblem);
    return std::nullopt;
  }
  if (*other == d.from) {
    *problem = tr("The merchant and the buyer must be different accounts.");
    return std::nullopt;
  }
  const auto arbiter = partyIn(arbiter_, &partyProblem);
  if (!arbiter) {
    *problem = tr("The arbiter's address: %1").arg(partyProblem);
    return std::nullopt;
  }
  if (!isZero(*arbiter) && (*arbiter == d.from || *arbiter == *other)) {
    *problem = tr("The arbiter cannot be the merchant or the buyer.");
    return std::nullopt;
  }
  const std::string item = item_->text().trimmed().toStdString();
  if (item.empty()) {
    *problem = tr("Describe the item.");
    return std::nullopt;
  }
  if (item.size() > kMaxItemBytes) {
    *problem = tr("The item description is too long: at most %1 bytes (%2 now).").arg(kMaxItemBytes).arg(item.size());
    return std::nullopt;
  }
  const auto price = unitPrice_->amount();
  if (!price || *price == 0) {
    *problem = unitPrice_->text().trimmed().isEmpty() || (price && *price == 0)
                   ? tr("Enter a unit price above zero.")
                   : tr("The unit price: %1").arg(unitPrice_->errorText());
    return std::nullopt;
  }
  if (!checkedMul(*price, static_cast<std::uint64_t>(quantity_->value()))) {
    *problem = tr("Quantity × unit price is too large.");
    return std::nullopt;
  }
  const auto pay = payWindow_->blocks(tr("pay"), problem);
  if (!pay) return std::nullopt;
  const auto ship = shipWindow_->blocks(tr("ship"), problem);
  if (!ship) return std::nullopt;
  const auto confirm = confirmWindow_->blocks(tr("confirm"), problem);
  if (!confirm) return std::nullopt;
  const std::string note = note_->toPlainText().toStdString();
  const std::size_t noteMax = TxBuilder::maxOrderTextBytes(!isZero(*arbiter));
  if (note.size() > noteMax) {
    *problem = tr("The note is too long: at most %1 bytes (%2 now).").arg(noteMax).arg(note.size());
    return std::nullopt;
  }
  d.request.merchant = merchantRole_->isChecked() ? d.from : *other;
  d.request.buyer = merchantRole_->isChecked() ? *other : d.from;
  d.request.arbiter = *arbiter;
  d.request.item = item;
  d.request.quantity = static_cast<std::uint32_t>(quantity_->value());
  d.request.unitPrice = *price;
  d.request.windows = OrderWindows{*pay, *ship, *confirm};
  d.request.note = note;
  return d;
}

void NewOrderDialog::submit() {
  QString problem;
  const auto d = draft(&problem);
  if (!d) {
    showError(problem);
    return;
  }
  showError({});
  buttons_->setEnabled(false);
  QPointer<NewOrderDialog> self(this);
  const OrderRequest request = d->request;
  sendWithUnlock(
      sender_, this, d->from,
      [request](const TxBuilder& builder, const AccountKey& from, std::uint64_t nonce) {
        return builder.orderCreate(from, nonce, request);
      },
      [self](Result<Hash32> txid) {
        if (!self) return;
        self->buttons_->setEnabled(true);
        if (!txid) {
          self->showError(errorText(txid.error()));
          return;
        }
        self->submitted_ = OrderId{*txid};  // an ORDER_CREATE's txid is the order's id
        emit self->orderSubmitted(*self->submitted_);
        self->accept();
      });
}

void NewOrderDialog::updateTotal() {
  const auto price = unitPrice_->amount();
  const auto total = price ? checkedMul(*price, static_cast<std::uint64_t>(quantity_->value()))
                           : Result<Amount>(fail(CoreErrc::AmountEmpty, ""));
  total_->setText(total ? displayAmount(*total, unitPrice_->unit()) : QStringLiteral("—"));
}

void NewOrderDialog::showError(const QString& error) { error_->setText(error); }

void NewOrderDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QDialog::changeEvent(event);
}

void NewOrderDialog::retranslateUi() {
  setWindowTitle(tr("New order"));
  roleLabel_->setText(tr("I am the:"));
  merchantRole_->setText(tr("Merchant (selling)"));
  buyerRole_->setText(tr("Buyer (buying)"));
  accountLabel_->setText(tr("My account:"));
  counterpartyLabel_->setText(merchantRole_->isChecked() ? tr("Buyer:") : tr("Merchant:"));
  counterparty_->lineEdit()->setPlaceholderText(tr("Pick from the address book or type an address"));
  arbiterLabel_->setText(tr("Arbiter (optional):"));
  arbiter_->lineEdit()->setPlaceholderText(tr("None: the order cannot be disputed"));
  itemLabel_->setText(tr("Item:"));
  quantityLabel_->setText(tr("Quantity:"));
  unitPriceLabel_->setText(tr("Unit price:"));
  totalLabel_->setText(tr("Total:"));
  payWindowLabel_->setText(tr("Pay within:"));
  shipWindowLabel_->setText(tr("Ship within:"));
  confirmWindowLabel_->setText(tr("Confirm within:"));
  payWindow_->setCaption(tr("Pay within"));
  shipWindow_->setCaption(tr("Ship within"));
  confirmWindow_->setCaption(tr("Confirm within"));
  const QString windowsTip = tr("How long each step may take once the previous one is done. Hours and days are "
                                "converted to blocks at %1 s per block, rounded up.")
                                 .arg(sender_->params().blockTime);
  for (WindowEdit* window : {payWindow_, shipWindow_, confirmWindow_}) {
    window->setToolTip(windowsTip);
    window->retranslateUi();
  }
  merchantRole_->setAccessibleName(merchantRole_->text());
  buyerRole_->setAccessibleName(buyerRole_->text());
  account_->setAccessibleName(tr("My account"));
  counterparty_->setAccessibleName(merchantRole_->isChecked() ? tr("Buyer") : tr("Merchant"));
  arbiter_->setAccessibleName(tr("Arbiter"));
  item_->setAccessibleName(tr("Item"));
  quantity_->setAccessibleName(tr("Quantity"));
  unitPrice_->setAccessibleName(tr("Unit price"));
  note_->setAccessibleName(tr("Private note"));
  error_->setAccessibleName(tr("Error"));
  buttons_->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Create order"));
  buttons_->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
  noteLabel_->setText(tr("Private note:"));
  note_->setPlaceholderText(tr("E.g. the shipping address; only the buyer, merchant and arbiter can read it"));
  buttons_->button(QDialogButtonBox::Ok)->setText(tr("Create order"));
  updateTotal();
}

}  // namespace wb::ui
