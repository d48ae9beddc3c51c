// The Activity page on a real dev node (DESIGN §8): the wallet's entries appear
// once their block is in, the search box and the filters narrow them, and the
// model fetches older pages only when asked (canFetchMore / fetchMore).
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QtTest>

#include <memory>

#include "tests/test_util.h"
#include "tests/wallet/dev_node_fixture.h"
#include "ui/activity/activity_model.h"
#include "ui/activity/activity_page.h"
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
    auto* kind = page.findChild<QComboBox*>("activityKind");
    auto* account = page.findChild<QComboBox*>("activityAccount");
    QVERIFY(table && search && kind && account);
    ui::ActivityModel* model = page.model();
    QTRY_VERIFY(history_->ready());

    transfer({"coffee beans", "rent"});
    // Each transfer is two entries (out of account 0, into account 1), plus any reward.
    QTRY_VERIFY(model->rowCount() >= 4);
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
    const int rewards = kind->findData(static_cast<int>(EntryKind::BlockReward));
    QVERIFY(rewards > 0);
    kind->setCurrentIndex(rewards);
    emit kind->activated(rewards);
    QTRY_COMPARE(model->rowCount(), 0);
    search->clear();
    account->setCurrentIndex(0);
    emit account->activated(0);
    kind->setCurrentIndex(kind->findData(static_cast<int>(EntryKind::Transfer)));
    emit kind->activated(kind->currentIndex());
    QTRY_COMPARE(model->rowCount(), 4);
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
