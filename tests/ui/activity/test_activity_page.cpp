// The Activity page on a real dev node (DESIGN §8): the wallet's entries appear
// once their block is in, the search box and the filters narrow them, and the
// model fetches older pages only when asked (canFetchMore / fetchMore). Issue 11
// #10: block rewards are hidden until asked for, and several types show at once.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QtTest>
#include <memory>
#include <set>

#include "tests/support/sample_order.h"
#include "tests/test_util.h"
#include "tests/wallet/dev_node_fixture.h"
#include "ui/activity/activity_model.h"
#include "ui/activity/activity_page.h"
#include "ui/activity/kind_filter_button.h"
#include "wallet/history_service.h"
#include "wallet/tx_builder.h"

using namespace wb;

class TestActivityPage : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto()); }

  void init() {
    nonce_ = 0;
    node_ = std::make_unique<test::LoopbackDevNode>(ctx_, ConsensusKind::Pow);
    QVERIFY2(node_->ok(), node_->error().c_str());
    auto keystore = node_->devKeystore(2);
    WB_VERIFY_OK(keystore);
    keystore_ = std::make_unique<Keystore>(std::move(*keystore));
    accounts_ = ui::overviewAccounts(*keystore_);
    history_ = std::make_unique<HistoryClient>(node_->client(),
                                               std::vector<AccountKey>{accounts_[0].key, accounts_[1].key}, 1);
  }

  void cleanup() {
    history_.reset();
    node_.reset();
  }

  // Ticks exactly `shown` in the type filter, as clicks in its menu would.
  static void showKinds(ui::KindFilterButton* kinds, const std::set<EntryKind>& shown) {
    for (EntryKind kind : shown) {
      if (!kinds->action(kind)->isChecked()) kinds->action(kind)->trigger();
    }
    for (EntryKind kind : kinds->shownKinds()) {
      if (shown.count(kind) == 0) kinds->action(kind)->trigger();
    }
  }

  static int countKind(const ui::ActivityModel* model, EntryKind kind) {
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row) n += model->entry(row).kind == kind ? 1 : 0;
    return n;
  }

  // Transfers 0 → 1 with the given memos, one block.
  void transfer(const std::vector<std::string>& memos) {
    TxBuilder builder(ctx_, node_->params(), *keystore_);
    for (const std::string& memo : memos) {
      auto tx = builder.build(accounts_[0].key, nonce_++, TransferPayload{accounts_[1].key, kCoin, memo});
      WB_VERIFY_OK(tx);
      WB_VERIFY_OK(node_->submit(*tx));
    }
    QVERIFY2(node_->produce(1), node_->error().c_str());
  }

  void entriesAppearAndSearchNarrows() {
    ui::ActivityPage page(history_.get(), node_->params().hrp);
    page.setAccounts(accounts_);
    page.show();
    auto* table = page.findChild<QTableView*>("activityTable");
    auto* search = page.findChild<QLineEdit*>("activitySearch");
    auto* kinds = page.findChild<ui::KindFilterButton*>("activityKinds");
    auto* account = page.findChild<QComboBox*>("activityAccount");
    QVERIFY(table && search && kinds && account);
    for (QWidget* w : std::initializer_list<QWidget*>{table, search, kinds, account}) {
      QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    ui::ActivityModel* model = page.model();
    QTRY_VERIFY(history_->ready());

    transfer({"coffee beans", "rent"});
    // Each transfer is two entries (out of account 0, into account 1); the block's
    // reward is hidden by default.
    QTRY_COMPARE(model->rowCount(), 4);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(countKind(model, EntryKind::BlockReward), 0);
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row) {
      const QString details = model->index(row, ui::ActivityModel::kDetails).data().toString();
      if (details == "coffee beans") {
        found = true;
        QCOMPARE(model->index(row, ui::ActivityModel::kKind).data().toString(), QStringLiteral("Transfer"));
        const QString amount = model->index(row, ui::ActivityModel::kAmount).data().toString();
        QVERIFY(amount.startsWith('+') || amount.startsWith('-'));
      }
    }
    QVERIFY(found);
    // Amounts, dates, blocks and types are never cut; the memo's whole text is its tooltip.
    QApplication::processEvents();
    for (int column :
         {ui::ActivityModel::kDate, ui::ActivityModel::kHeight, ui::ActivityModel::kKind, ui::ActivityModel::kAmount}) {
      for (int row = 0; row < model->rowCount(); ++row) {
        const QString text = model->index(row, column).data().toString();
        QVERIFY2(table->columnWidth(column) > table->fontMetrics().horizontalAdvance(text), qPrintable(text));
      }
    }
    QVERIFY(model->index(0, ui::ActivityModel::kDetails)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(model->index(0, ui::ActivityModel::kDetails).data().toString()));

    // Typing searches after a pause; only the matching transfer's two sides stay.
    QTest::keyClicks(search, "coffee");
    QTRY_COMPARE(model->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
      QCOMPARE(model->index(row, ui::ActivityModel::kDetails).data().toString(), QStringLiteral("coffee beans"));
    }
    // The account filter keeps the receiving side only.
    account->setCurrentIndex(2);  // "All accounts", account 0, account 1
    emit account->activated(2);
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, ui::ActivityModel::kAmount).data().toString().startsWith('+'));
    QCOMPARE(model->entry(0).account, accounts_[1].key);

    // Kind filter: block rewards only (none match "coffee").
    showKinds(kinds, {EntryKind::BlockReward});
    QTRY_COMPARE(model->rowCount(), 0);
    search->clear();
    account->setCurrentIndex(0);
    emit account->activated(0);
    showKinds(kinds, {EntryKind::Transfer});
    QTRY_COMPARE(model->rowCount(), 4);
  }

  // Rewards stay out of the way until ticked; several types show together, and
  // what is not ticked stays out even when it is most of the history.
  void rewardsHiddenUntilAskedAndSeveralTypes() {
    QTRY_VERIFY(history_->ready());
    ui::ActivityPage page(history_.get(), node_->params().hrp);
    page.setAccounts(accounts_);
    auto* kinds = page.findChild<ui::KindFilterButton*>("activityKinds");
    QVERIFY(kinds);
    ui::ActivityModel* model = page.model();
    model->setPageSize(3);
    transfer({"tea"});
    TxBuilder builder(ctx_, node_->params(), *keystore_);
    const OrderCreatePayload order =
        testsupport::orderWithDefaultWindows(node_->params(), accounts_[0].key, accounts_[1].key, "kettle", 1, kCoin);
    auto tx = builder.build(accounts_[0].key, nonce_++, order);
    WB_VERIFY_OK(tx);
    WB_VERIFY_OK(node_->submit(*tx));
    QVERIFY2(node_->produce(12), node_->error().c_str());  // the order, then 11 blocks of rewards only

    // Default: everything but rewards — the transfer's two sides and the order's
    // two parties, found under a dozen newer rewards.
    QVERIFY(kinds->text().contains(QStringLiteral("block rewards")));
    QTRY_VERIFY(!model->isLoading() && model->rowCount() == 4);
    QCOMPARE(countKind(model, EntryKind::BlockReward), 0);
    QCOMPARE(countKind(model, EntryKind::Transfer), 2);
    QCOMPARE(countKind(model, EntryKind::OrderCreate), 2);

    // Ticking rewards shows them with the rest.
    kinds->action(EntryKind::BlockReward)->trigger();
    QVERIFY(kinds->showsAll());
    QTRY_VERIFY(!model->isLoading() && countKind(model, EntryKind::BlockReward) >= 3);

    // Two types at once: transfers and rewards, not the order.
    showKinds(kinds, {EntryKind::Transfer, EntryKind::BlockReward});
    QTRY_VERIFY(!model->isLoading() && countKind(model, EntryKind::Transfer) == 2);
    QCOMPARE(countKind(model, EntryKind::OrderCreate), 0);
    QVERIFY(countKind(model, EntryKind::BlockReward) > 0);

    // The last ticked type cannot be unticked: there is always something to show.
    showKinds(kinds, {EntryKind::Transfer});
    kinds->action(EntryKind::Transfer)->trigger();
    QVERIFY(kinds->action(EntryKind::Transfer)->isChecked());
    QTRY_VERIFY(!model->isLoading() && model->rowCount() == 2);

    // "All types" ticks every one again.
    kinds->allAction()->trigger();
    QVERIFY(kinds->showsAll());
  }

  void fetchesOlderPagesLazily() {
    QTRY_VERIFY(history_->ready());
    for (int block = 0; block < 3; ++block) transfer({"a", "b"});  // 12 transfer entries
    ui::ActivityModel model(history_.get(), node_->params().hrp);
    model.setPageSize(5);
    HistoryQuery transfers;
    transfers.kind = EntryKind::Transfer;
    model.setFilter(transfers);
    QTRY_COMPARE(model.rowCount(), 5);
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QVERIFY(!model.canFetchMore());  // one request at a time
    QTRY_COMPARE(model.rowCount(), 10);
    QTRY_VERIFY(model.canFetchMore());
    model.fetchMore();
    QTRY_COMPARE(model.rowCount(), 12);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore());  // all there
    // Newest first: the heights never go up.
    for (int row = 1; row < model.rowCount(); ++row) QVERIFY(model.entry(row).height <= model.entry(row - 1).height);

    // A new block reloads as many rows as were shown, the new ones on top.
    transfer({"c"});
    QTRY_COMPARE(model.rowCount(), 14);
    QCOMPARE(model.entry(0).memo, std::string("c"));
  }

private:
  SecpContext ctx_;
  std::unique_ptr<test::LoopbackDevNode> node_;
  std::unique_ptr<Keystore> keystore_;
  std::vector<ui::OverviewAccount> accounts_;
  std::unique_ptr<HistoryClient> history_;
  std::uint64_t nonce_ = 0;
};

QTEST_MAIN(TestActivityPage)
#include "test_activity_page.moc"
