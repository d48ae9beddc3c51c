// The Send / Receive page on a real dev node (DESIGN §8): field validation next
// to the fields, the fee, the confirmation dialog, a transfer that reaches the
// chain, a `waybill:` URI filling the form and paying an order, and a send from
// a locked wallet that asks for the passphrase first.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTranslator>
#include <QtTest>
#include <memory>

#include "chain/core/bech32m.h"
#include "chain/core/core_errc.h"
#include "tests/support/wallet_page_fixture.h"
#include "tests/test_util.h"
#include "ui/amount_edit.h"
#include "ui/payment_uri.h"
#include "ui/receive_widget.h"
#include "ui/send/send_page.h"
#include "ui/send/send_widget.h"
#include "ui/tx_sender.h"
#include "ui/unlock_dialog.h"
#include "ui/wallet_model.h"
#include "wallet/tx_builder.h"

using namespace wb;

namespace {

constexpr char kPassphrase[] = "test passphrase";

std::optional<state::Account> accountOf(node::NodeClient* client, const AccountKey& key) {
  std::optional<state::Account> out;
  bool answered = false;
  client->account(key, [&](Result<state::Account> a) {
    if (a) out = *a;
    answered = true;
  });
  if (!QTest::qWaitFor([&] { return answered; }, 10000)) return std::nullopt;
  return out;
}

}  // namespace

class TestSendPage : public QObject, public test::WalletPageFixture<ui::SendPage> {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto()); }

  void init() { startPage(ConsensusKind::Pow, 2, kPassphrase); }
  void cleanup() { stopPage(); }

  void fieldsSayWhatIsWrong() {
    auto* to = page_->findChild<QLineEdit*>("sendTo");
    auto* amount = page_->findChild<ui::AmountEdit*>("sendAmount");
    auto* memo = page_->findChild<QLineEdit*>("sendMemo");
    auto* toError = page_->findChild<QLabel*>("sendToError");
    auto* amountError = page_->findChild<QLabel*>("sendAmountError");
    auto* memoError = page_->findChild<QLabel*>("sendMemoError");
    auto* send = page_->findChild<QPushButton*>("sendButton");
    QVERIFY(to && amount && memo && toError && amountError && memoError && send);
    // The balance is grouped with its unit, as on every page (a dev account holds about a million WBL).
    auto* available = page_->findChild<QLabel*>("sendAvailable");
    QVERIFY(available);
    QTRY_VERIFY2(QRegularExpression(QStringLiteral("^Available: \\d{1,3}(,\\d{3})+(\\.\\d+)? WBL$"))
                     .match(available->text())
                     .hasMatch(),
                 qPrintable(available->text()));

    // Sending an empty form names both missing fields and opens no dialog.
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(toError->isVisible() && !toError->text().isEmpty());
    QVERIFY(amountError->isVisible() && !amountError->text().isEmpty());
    QVERIFY(page_->sendWidget()->confirmation() == nullptr);

    // A typo in the address (checksum), an address of another network, a bad amount.
    QString address = accounts_[1].address;
    address[address.size() - 1] = address.back() == QLatin1Char('q') ? QLatin1Char('p') : QLatin1Char('q');
    QTest::keyClicks(to, address);
    QVERIFY(toError->isVisible());
    QVERIFY(toError->text().contains("checksum"));
    to->setText(QString::fromStdString(encodeAddress("wb", accounts_[1].key)));
    QVERIFY(toError->text().contains("another network"));
    to->setText(accounts_[1].address);
    QVERIFY(!toError->isVisible());
    amount->setText("1.000000001");  // nine decimals
    QVERIFY(amountError->isVisible());
    amount->setText("0");
    QVERIFY(amountError->text().contains("more than zero"));
    amount->setText("2000000");  // more than the account holds
    QTRY_VERIFY(amountError->text().contains("available"));
    amount->setText("1");
    QVERIFY(!amountError->isVisible());
    memo->setText(QString(300, QLatin1Char('x')));
    QVERIFY(memoError->isVisible());
    QVERIFY(memoError->text().contains("256"));
    memo->clear();
    QVERIFY(!memoError->isVisible());
  }

  void sendsATransferAfterConfirmation() {
    auto* to = page_->findChild<QLineEdit*>("sendTo");
    auto* amount = page_->findChild<ui::AmountEdit*>("sendAmount");
    auto* memo = page_->findChild<QLineEdit*>("sendMemo");
    auto* fee = page_->findChild<QLabel*>("sendFee");
    auto* result = page_->findChild<QLabel*>("sendResult");
    auto* send = page_->findChild<QPushButton*>("sendButton");
    QVERIFY(to && amount && memo && fee && result && send);
    const auto before = accountOf(node_->client(), accounts_[1].key);
    QVERIFY(before);

    to->setText(accounts_[1].address);
    amount->setText("12.5");
    memo->setText("thanks");
    QVERIFY(fee->text().contains("WBL"));
    QTest::mouseClick(send, Qt::LeftButton);
    QMessageBox* confirm = page_->sendWidget()->confirmation();
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains("12.5 WBL"));
    QVERIFY(confirm->text().contains(accounts_[1].address));
    // Cancel sends nothing.
    QTest::mouseClick(confirm->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(page_->sendWidget()->confirmation() == nullptr);
    QVERIFY(!result->isVisible());

    QTest::mouseClick(send, Qt::LeftButton);
    confirm = page_->sendWidget()->confirmation();
    QVERIFY(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains("Transaction ID"), 10000);
    QVERIFY(amount->text().isEmpty());  // ready for the next payment

    QVERIFY2(node_->produce(1), node_->error().c_str());
    QTRY_VERIFY(accountOf(node_->client(), accounts_[1].key)->balance == before->balance + 12 * kCoin + kCoin / 2);
  }

  void paymentUriFillsTheFormAndPaysAnOrder() {
    auto* to = page_->findChild<QLineEdit*>("sendTo");
    auto* amount = page_->findChild<ui::AmountEdit*>("sendAmount");
    auto* order = page_->findChild<QLabel*>("sendOrder");
    auto* toError = page_->findChild<QLabel*>("sendToError");
    QVERIFY(to && amount && order && toError);

    // A URI pasted into the recipient field fills address and amount.
    ui::PaymentRequest request;
    request.address = accounts_[1].address.toStdString();
    request.amount = 3 * kCoin;
    to->setText(ui::buildPaymentUri(request));
    QCOMPARE(to->text(), accounts_[1].address);
    QCOMPARE(amount->text(), QStringLiteral("3"));
    QVERIFY(!toError->isVisible());
    QVERIFY(page_->openPaymentUri("bitcoin:xyz").code() == CoreErrc::DecodeBadValue);

    // Account 1 sells account 0 two mugs; the merchant's URI names the order.
    auto keystore = node_->devKeystore(2, kPassphrase);
    WB_VERIFY_OK(keystore);
    TxBuilder builder(*ctx_, node_->params(), *keystore);
    OrderRequest mugs;
    mugs.merchant = accounts_[1].key;
    mugs.buyer = accounts_[0].key;
    mugs.item = "mug";
    mugs.quantity = 2;
    mugs.unitPrice = 4 * kCoin;
    auto created = builder.orderCreate(accounts_[1].key, 0, mugs);
    WB_VERIFY_OK(created);
    WB_VERIFY_OK(node_->submit(*created));
    QVERIFY(node_->produce(1));
    const OrderId id = orderIdOf(computeTxid(*created));
    request.amount.reset();
    request.order = id;
    WB_VERIFY_OK(page_->openPaymentUri(ui::buildPaymentUri(request)));
    QTRY_VERIFY(order->text().contains("mug"));
    QCOMPARE(amount->text(), QStringLiteral("8"));  // the order's total, not editable
    QVERIFY(amount->isReadOnly());

    QTest::mouseClick(page_->findChild<QPushButton*>("sendButton"), Qt::LeftButton);
    QMessageBox* confirm = page_->sendWidget()->confirmation();
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(QString::fromStdString(toHex(id))));
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    auto* result = page_->findChild<QLabel*>("sendResult");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains("Transaction ID"), 10000);
    // Issue 11: the message stayed English after a live switch to Chinese.
    const QString txidText = result->text().section(QLatin1Char(' '), -1);
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/waybill_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    QTRY_VERIFY(!result->text().contains("Transaction ID"));
    QVERIFY(result->text().endsWith(txidText));
    QCoreApplication::removeTranslator(&chinese);
    QTRY_VERIFY(result->text().contains("Transaction ID"));
    QVERIFY(node_->produce(1));
    std::optional<state::Order> paid;
    node_->client()->order(id, [&](Result<std::optional<state::Order>> o) {
      if (o && *o) paid = **o;
    });
    QTRY_VERIFY(paid.has_value());
    QCOMPARE(paid->status, state::OrderStatus::Paid);
    QCOMPARE(paid->payer, accounts_[0].key);
  }

  void lockedWalletAsksForThePassphrase() {
    wallet_->lock();
    QVERIFY(wallet_->isLocked());
    page_->findChild<QLineEdit*>("sendTo")->setText(accounts_[1].address);
    page_->findChild<ui::AmountEdit*>("sendAmount")->setText("1");
    QTest::mouseClick(page_->findChild<QPushButton*>("sendButton"), Qt::LeftButton);
    QTest::mouseClick(page_->sendWidget()->confirmation()->button(QMessageBox::Yes), Qt::LeftButton);
    ui::UnlockDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page_->findChild<ui::UnlockDialog*>("unlockDialog")) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    dialog->findChild<QLineEdit*>("passphraseEdit")->setText(kPassphrase);
    QTest::keyClick(dialog, Qt::Key_Return);
    auto* result = page_->findChild<QLabel*>("sendResult");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains("Transaction ID"), 10000);
    QVERIFY(!wallet_->isLocked());
  }

  void receiveTabShowsTheChosenAccount() {
    auto* tabs = page_->findChild<QTabWidget*>("sendReceiveTabs");
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    auto* address = page_->findChild<QLineEdit*>("receiveAddress");
    QVERIFY(address);
    QCOMPARE(address->text(), accounts_[0].address);
    auto* account = page_->findChild<QComboBox*>("receiveAccount");
    account->setCurrentIndex(1);
    QCOMPARE(address->text(), accounts_[1].address);
  }
};

QTEST_MAIN(TestSendPage)
#include "test_send_page.moc"
