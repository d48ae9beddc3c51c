// The Staking page on real dev nodes (DESIGN §3, §8): stake then unstake through
// the forms (PoW), register a delegate and vote for it from the delegates table
// (DPoS), stake and vote from a light wallet (DPoS, a light node following the
// dev node), and the mining switch turning production on and off (PoW, real clock).
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>
#include <memory>
#include <optional>
#include <string>

#include "tests/support/wallet_page_fixture.h"
#include "tests/test_util.h"
#include "ui/amount_edit.h"
#include "ui/send/account_combo.h"
#include "ui/staking/delegates_model.h"
#include "ui/staking/producer_panel.h"
#include "ui/staking/staking_page.h"
#include "ui/tx_sender.h"
#include "ui/wallet_model.h"

using namespace wb;

namespace {

// The text of every cell of `table`'s column `column`.
QStringList column(const QTableWidget* table, int column) {
  QStringList out;
  for (int row = 0; row < table->rowCount(); ++row)
    out << (table->item(row, column) ? table->item(row, column)->text() : QString());
  return out;
}

}  // namespace

class TestStakingPage : public QObject, public test::WalletPageFixture<ui::StakingPage> {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto()); }

  void cleanup() { stopPage(); }

  void stakeThenUnstake() {
    start(ConsensusKind::Pow);
    if (QTest::currentTestFailed()) return;
    auto* amount = page_->findChild<ui::AmountEdit*>("stakeAmount");
    auto* stake = page_->findChild<QPushButton*>("stakeButton");
    auto* unstakeAmount = page_->findChild<ui::AmountEdit*>("unstakeAmount");
    auto* unstake = page_->findChild<QPushButton*>("unstakeButton");
    auto* result = page_->findChild<QLabel*>("stakeResult");
    auto* lots = page_->findChild<QTableWidget*>("stakeLots");
    auto* summary = page_->findChild<QLabel*>("stakingSummary");
    QVERIFY(amount && stake && unstakeAmount && unstake && result && lots && summary);
    QTRY_VERIFY(summary->text().contains("Staked: 0 WBL"));
    // Amounts are grouped with their unit, as on every page (a dev account holds about a million WBL).
    QVERIFY2(QRegularExpression(QStringLiteral("Spendable: \\d{1,3}(,\\d{3})+(\\.\\d+)? WBL"))
                 .match(summary->text())
                 .hasMatch(),
             qPrintable(summary->text()));

    // Nothing typed: a clear message, nothing sent.
    QTest::mouseClick(stake, Qt::LeftButton);
    QVERIFY(result->text().contains("Enter the amount"));

    amount->setText("10");
    QTest::mouseClick(stake, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains("Transaction ID"), 10000);
    QVERIFY(node_->produce(1));
    QTRY_VERIFY(summary->text().contains("Staked: 10 WBL"));
    QTRY_VERIFY(column(lots, 0).contains("Staked, maturing"));
    QVERIFY(column(lots, 1).contains("10 WBL"));

    // Unstaking more than staked is refused before anything is signed.
    unstakeAmount->setText("11");
    QTest::mouseClick(unstake, Qt::LeftButton);
    QVERIFY(result->text().contains("More than the account has staked"));

    unstakeAmount->setText("4");
    QTest::mouseClick(unstake, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains("Unstake sent"), 10000);
    QVERIFY(node_->produce(1));
    QTRY_VERIFY(summary->text().contains("Staked: 6 WBL"));
    QTRY_VERIFY(column(lots, 0).contains("Unbonding"));
    QVERIFY(column(lots, 1).contains("4 WBL"));
  }

  void registerAndVoteOnDpos() {
    start(ConsensusKind::Dpos);
    if (QTest::currentTestFailed()) return;
    auto* account = page_->findChild<ui::AccountCombo*>("stakingAccount");
    auto* table = page_->findChild<QTableView*>("delegatesTable");
    auto* name = page_->findChild<QLineEdit*>("delegateName");
    auto* registerButton = page_->findChild<QPushButton*>("registerDelegateButton");
    auto* vote = page_->findChild<QPushButton*>("voteButton");
    auto* result = page_->findChild<QLabel*>("delegateResult");
    QVERIFY(account && table && name && registerButton && vote && result);
    ui::DelegatesModel* delegates = page_->delegates();
    QTRY_COMPARE(delegates->rowCount(), 3);      // dev0–dev2 from the genesis
    QVERIFY(account->select(accounts_[3].key));  // not a genesis delegate

    // Votes weigh the voter's stake: stake first.
    page_->findChild<ui::AmountEdit*>("stakeAmount")->setText("50");
    QTest::mouseClick(page_->findChild<QPushButton*>("stakeButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page_->findChild<QLabel*>("stakeResult")->text().contains("Transaction ID"), 10000);

    QTest::keyClicks(name, "Shop-One");  // the validator keeps only a–z, 0–9, '-', '_'
    QCOMPARE(name->text(), QStringLiteral("hop-ne"));
    name->setText("shop-one");
    QTest::mouseClick(registerButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains("Registration sent"), 10000);
    QVERIFY2(node_->produce(1), node_->error().c_str());
    QTRY_COMPARE(delegates->rowCount(), 4);

    int row = -1;
    for (int r = 0; r < delegates->rowCount(); ++r) {
      if (delegates->delegate(r).delegate.name == "shop-one") row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(delegates->index(row, ui::DelegatesModel::kVotes).data().toString(), QStringLiteral("0 WBL"));
    // The view may elide the address in the middle; its tooltip holds all of it.
    const QModelIndex address = delegates->index(row, ui::DelegatesModel::kAddress);
    QCOMPARE(address.data(Qt::ToolTipRole).toString(), accounts_[3].address);
    QCOMPARE(address.data().toString(), accounts_[3].address);
    QVERIFY(delegates->setData(delegates->index(row, ui::DelegatesModel::kName), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(delegates->ballot(), std::vector<AccountKey>{accounts_[3].key});
    QCOMPARE(vote->text(), QStringLiteral("Vote"));
    QTest::mouseClick(vote, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains("Vote sent"), 10000);
    QVERIFY2(node_->produce(1), node_->error().c_str());
    // The whole stake (50 WBL) backs the delegate.
    QTRY_VERIFY([&] {
      for (int r = 0; r < delegates->rowCount(); ++r) {
        if (delegates->delegate(r).delegate.name == "shop-one")
          return delegates->delegate(r).delegate.votes == 50 * kCoin;
      }
      return false;
    }());
    QCOMPARE(delegates->ballot().size(), std::size_t{1});  // the ballot survives the refresh
  }

  // A light wallet (DESIGN §11) stakes and votes from the same page: the delegates listed and the stake shown are
  // proven by the dev node the light node follows, which mines what the light node relays to it.
  void stakeAndVoteOnALightNode() {
    startPage(ConsensusKind::Dpos, 4, "test passphrase", {}, /*light=*/true);
    if (QTest::currentTestFailed()) return;
    auto* account = page_->findChild<ui::AccountCombo*>("stakingAccount");
    auto* summary = page_->findChild<QLabel*>("stakingSummary");
    auto* vote = page_->findChild<QPushButton*>("voteButton");
    auto* result = page_->findChild<QLabel*>("delegateResult");
    QVERIFY(account && summary && vote && result);
    ui::DelegatesModel* delegates = page_->delegates();
    QTRY_COMPARE_WITH_TIMEOUT(delegates->rowCount(), 3, 20000);  // dev0–dev2, proven
    QVERIFY(account->select(accounts_[3].key));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains("Staked: 0 WBL"), 20000);
    auto mineRelayed = [this] {
      std::size_t pending = 0;
      const bool arrived = QTest::qWaitFor(
          [&] {
            node_->onNode([&](node::Node& n) { pending = n.mempool().size(); });
            return pending > 0;
          },
          20000);
      return arrived && node_->produce(1);
    };

    page_->findChild<ui::AmountEdit*>("stakeAmount")->setText("50");
    QTest::mouseClick(page_->findChild<QPushButton*>("stakeButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page_->findChild<QLabel*>("stakeResult")->text().contains("Transaction ID"), 10000);
    QVERIFY2(mineRelayed(), node_->error().c_str());
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains("Staked: 50 WBL"), 20000);

    auto votesOf = [delegates](const std::string& name) -> std::optional<Amount> {
      for (int r = 0; r < delegates->rowCount(); ++r) {
        if (delegates->delegate(r).delegate.name == name) return delegates->delegate(r).delegate.votes;
      }
      return std::nullopt;
    };
    const std::optional<Amount> before = votesOf("dev1");
    QVERIFY(before);
    int row = -1;
    for (int r = 0; r < delegates->rowCount(); ++r) {
      if (delegates->delegate(r).delegate.name == "dev1") row = r;
    }
    QVERIFY(delegates->setData(delegates->index(row, ui::DelegatesModel::kName), Qt::Checked, Qt::CheckStateRole));
    QTest::mouseClick(vote, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains("Vote sent"), 10000);
    QVERIFY2(mineRelayed(), node_->error().c_str());
    // The whole stake (50 WBL) backs dev1, as the light node proves.
    QTRY_VERIFY_WITH_TIMEOUT(votesOf("dev1") == *before + 50 * kCoin, 20000);
  }

  void miningSwitchTogglesProduction() {
    start(ConsensusKind::Pow, /*manualClock=*/false);
    if (QTest::currentTestFailed()) return;
    auto* mining = page_->findChild<QCheckBox*>("miningSwitch");
    auto* state = page_->findChild<QLabel*>("producerState");
    QVERIFY(mining && state);
    ui::ProducerPanel* panel = page_->producerPanel();
    QTRY_VERIFY(panel->status().has_value());
    QVERIFY(panel->status()->canProduce);
    QVERIFY(!panel->status()->producing);
    QVERIFY(!mining->isChecked());
    QVERIFY(state->text().contains("Not mining"));

    mining->click();  // (a mouse click at the centre of the stretched box may miss its label)
    QTRY_VERIFY2(panel->status()->producing, qPrintable(page_->findChild<QLabel*>("producerError")->text()));
    QVERIFY(mining->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(node_->tip().height >= 1, 20000);  // it mines
    QTRY_VERIFY(state->text().contains("Mining at"));

    mining->click();
    QTRY_VERIFY(!panel->status()->producing);
    QVERIFY(!mining->isChecked());
  }

private:
  void start(ConsensusKind kind, bool manualClock = true) {
    startPage(kind, 4, "test passphrase",
              manualClock ? test::LoopbackNodeOptions{} : test::LoopbackNodeOptions::realClock());
  }
};

QTEST_MAIN(TestStakingPage)
#include "test_staking_page.moc"
