// The history service on a real dev node (DESIGN §6): it scans once, follows
// the tip as blocks with the wallet's transfers, orders and stake arrive, and
// after a reorganisation (a second node's longer branch, over loopback P2P) it
// holds exactly what a fresh rescan of the node's chain gives.
#include <QSignalSpy>
#include <QThread>
#include <QtTest>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

#include "chain/core/core_errc.h"
#include "chain/core/tx_codec.h"
#include "tests/test_util.h"
#include "tests/wallet/dev_node_fixture.h"
#include "wallet/history_service.h"
#include "wallet/tx_builder.h"

using namespace wb;

namespace {

constexpr std::size_t kWalletAccounts = 3;  // dev accounts 0–2; 3 is someone else

// Every entry of `client`, newest first, read page by page.
// Small pages by default: the cursor is exercised too.
std::optional<std::vector<HistoryEntry>> serviceEntries(HistoryClient& client, std::size_t pageSize = 4) {
  std::vector<HistoryEntry> out;
  HistoryQuery query;
  query.limit = pageSize;
  for (;;) {
    std::optional<Result<HistoryPage>> answer;
    client.query(query, [&](Result<HistoryPage> page) { answer = std::move(page); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000)) return std::nullopt;
    if (!*answer) return std::nullopt;
    out.insert(out.end(), (*answer)->entries.begin(), (*answer)->entries.end());
    if (!(*answer)->next) return out;
    query.before = (*answer)->next;
  }
}

// What a fresh rescan of the node's chain from height 1 gives.
std::vector<HistoryEntry> rescanEntries(test::LoopbackDevNode& node, const std::vector<AccountKey>& accounts) {
  std::vector<HistoryEntry> out;
  node.onNode([&](node::Node& n) {
    History fresh(n.params(), accounts);
    if (!fresh.rescan(n.chain(), 1)) return;
    HistoryQuery query;
    query.limit = kMaxHistoryPage;
    for (;;) {
      HistoryPage page = fresh.query(query);
      out.insert(out.end(), page.entries.begin(), page.entries.end());
      if (!page.next) return;
      query.before = page.next;
    }
  });
  return out;
}

// One page of `client`'s answer to `query`, or why there is none (a failure, or no answer in 10 s).
Result<HistoryPage> answerTo(HistoryClient& client, const HistoryQuery& query) {
  std::optional<Result<HistoryPage>> answer;
  client.query(query, [&](Result<HistoryPage> page) { answer = std::move(page); });
  if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000)) return fail(CoreErrc::IoError, "no answer");
  return std::move(*answer);
}

// A dev PoW node and an unlocked wallet of its first dev accounts, with a builder for them.
struct WalletOnNode {
  WalletOnNode(const SecpContext& ctx, std::size_t accounts) : node(ctx, ConsensusKind::Pow) {
    if (!node.ok()) {
      error = node.error();
      return;
    }
    auto made = node.devKeystore(accounts);
    if (!made) {
      error = made.error().message;
      return;
    }
    keystore.emplace(std::move(*made));
    builder.emplace(ctx, node.params(), *keystore);
  }
  bool ok() const { return error.empty(); }
  AccountKey key(std::size_t i) const { return keystore->accounts()[i].key; }
  // The node and the builder, for `auto [node, builder] = wallet.parts();`.
  std::pair<test::LoopbackDevNode&, TxBuilder&> parts() { return {node, *builder}; }

  test::LoopbackDevNode node;
  std::optional<Keystore> keystore;
  std::optional<TxBuilder> builder;
  std::string error;
};

bool hasTx(const std::vector<HistoryEntry>& entries, const Hash32& txid) {
  return std::any_of(entries.begin(), entries.end(), [&](const HistoryEntry& e) { return e.txid == txid; });
}

}  // namespace

class TestHistoryService : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto()); }

  void followsTheTipAndReorganisations() {
    WalletOnNode wallet(ctx_, 4);
    QVERIFY2(wallet.ok(), wallet.error.c_str());
    auto [a, builder] = wallet.parts();
    std::vector<AccountKey> accounts;
    for (std::size_t i = 0; i < kWalletAccounts; ++i) accounts.push_back(wallet.key(i));

    HistoryClient history(a.client(), accounts, 1);
    QSignalSpy changed(&history, &HistoryClient::changed);
    QTRY_VERIFY(history.ready());
    QVERIFY(history.lastError().isEmpty());
    auto entries = serviceEntries(history);
    QVERIFY(entries && entries->empty());  // nothing happened yet

    // A transfer, an order and a stake from the wallet, in one block.
    std::uint64_t nonce0 = 0, nonce1 = 0;
    auto transfer = builder.build(accounts[0], nonce0++, TransferPayload{accounts[1], 5 * kCoin, "lunch"});
    WB_VERIFY_OK(transfer);
    OrderRequest order;
    order.merchant = accounts[1];
    order.buyer = accounts[0];
    order.item = "tea";
    order.unitPrice = 2 * kCoin;
    auto created = builder.orderCreate(accounts[1], nonce1++, order);
    WB_VERIFY_OK(created);
    auto stake = builder.build(accounts[0], nonce0++, StakePayload{100 * kCoin});
    WB_VERIFY_OK(stake);
    for (const Tx& tx : {*transfer, *created, *stake}) WB_VERIFY_OK(a.submit(tx));
    const int before = changed.count();
    QVERIFY2(a.produce(2), a.error().c_str());
    QTRY_VERIFY(changed.count() > before);
    QTRY_VERIFY(serviceEntries(history) == rescanEntries(a, accounts));
    entries = serviceEntries(history);
    QVERIFY(entries);
    QVERIFY(hasTx(*entries, computeTxid(*transfer)));
    QVERIFY(hasTx(*entries, computeTxid(*created)));
    QVERIFY(hasTx(*entries, computeTxid(*stake)));

    // A second node of the same network builds a longer branch from genesis, with
    // a payment from account 3 to the wallet, and then meets the first.
    test::LoopbackDevNode b(ctx_, ConsensusKind::Pow, test::LoopbackNodeOptions::joining(a.genesis()));
    QVERIFY2(b.ok(), b.error().c_str());
    auto gift = builder.build(wallet.key(3), 0, TransferPayload{accounts[2], 7 * kCoin, "gift"});
    WB_VERIFY_OK(gift);
    WB_VERIFY_OK(b.submit(*gift));
    QVERIFY2(b.produce(4), b.error().c_str());
    const TipPosition longer = b.tip();
    WB_VERIFY_OK(b.dial(a));
    QTRY_COMPARE_WITH_TIMEOUT(a.tip().hash, longer.hash, 20000);

    // The first node's blocks were taken off: the service gave them back.
    QTRY_VERIFY(serviceEntries(history) == rescanEntries(a, accounts));
    entries = serviceEntries(history);
    QVERIFY(entries);
    QVERIFY(hasTx(*entries, computeTxid(*gift)));
    QVERIFY(!hasTx(*entries, computeTxid(*transfer)));

    // The old transactions went back to the mempool; mined again they reappear.
    QVERIFY2(a.produce(1), a.error().c_str());
    QTRY_VERIFY(hasTx(serviceEntries(history).value_or(std::vector<HistoryEntry>{}), computeTxid(*transfer)));
    QCOMPARE(serviceEntries(history), rescanEntries(a, accounts));
  }

  // DESIGN §5: the node's thread only writes. A chain long enough for several
  // batches is scanned on the reader threads, a batch at a time, and ends up
  // exactly where a full rescan does.
  void scansOffTheNodeThreadInBatches() {
    WalletOnNode wallet(ctx_, 2);
    QVERIFY2(wallet.ok(), wallet.error.c_str());
    auto [a, builder] = wallet.parts();
    const AccountKey k0 = wallet.key(0), k1 = wallet.key(1);
    // Transfers spread over 3½ batches of blocks.
    constexpr std::uint64_t kRounds = 7;
    constexpr std::uint64_t kBlocksPerRound = kHistoryFollowBatch / 2;
    for (std::uint64_t round = 0; round < kRounds; ++round) {
      auto transfer = builder.build(k0, round, TransferPayload{k1, kCoin + round, "round " + std::to_string(round)});
      WB_VERIFY_OK(transfer);
      WB_VERIFY_OK(a.submit(*transfer));
      QVERIFY2(a.produce(kBlocksPerRound), a.error().c_str());
    }
    const std::uint64_t tipHeight = a.tip().height;
    QCOMPARE(tipHeight, kRounds * kBlocksPerRound);

    struct Batch {
      QThread* thread = nullptr;
      std::uint64_t first = 0, last = 0;
    };
    std::mutex mutex;
    std::vector<Batch> batches;
    HistoryClient history(a.client(), {k0, k1}, 1);
    history.setBatchObserver([&](std::uint64_t first, std::uint64_t last) {
      std::lock_guard lock(mutex);
      batches.push_back({QThread::currentThread(), first, last});
    });
    const auto scannedTo = [&] {
      std::lock_guard lock(mutex);
      return batches.empty() ? std::uint64_t{0} : batches.back().last;
    };
    QTRY_VERIFY(history.ready());
    QVERIFY(history.lastError().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(scannedTo(), tipHeight, 20000);

    QThread* nodeThread = a.node()->thread();
    QVERIFY(nodeThread != nullptr);
    std::vector<Batch> seen;
    {
      std::lock_guard lock(mutex);
      seen = batches;
    }
    QVERIFY2(seen.size() >= 4, std::to_string(seen.size()).c_str());
    std::uint64_t next = 1;
    for (const Batch& batch : seen) {
      QVERIFY(batch.thread != nodeThread);                // never the node's thread
      QVERIFY(batch.thread != QThread::currentThread());  // nor the GUI's
      QCOMPARE(batch.first, next);                        // one after the other, none skipped
      QVERIFY(batch.last >= batch.first);
      QVERIFY(batch.last - batch.first + 1 <= kHistoryFollowBatch);
      next = batch.last + 1;
    }
    QCOMPARE(next, tipHeight + 1);
    const auto entries = serviceEntries(history, 64);
    QVERIFY(entries);
    const auto transfers = std::count_if(entries->begin(), entries->end(),
                                         [](const HistoryEntry& e) { return e.kind == EntryKind::Transfer; });
    QCOMPARE(transfers, static_cast<std::ptrdiff_t>(2 * kRounds));  // each transfer from both sides
    QCOMPARE(*entries, rescanEntries(a, {k0, k1}));

    // Blocks that arrive while a batch is being read: the next steps catch up.
    for (std::uint64_t round = kRounds; round < kRounds + 3; ++round) {
      auto transfer = builder.build(k1, round - kRounds, TransferPayload{k0, kCoin, "late"});
      WB_VERIFY_OK(transfer);
      WB_VERIFY_OK(a.submit(*transfer));
      QVERIFY2(a.produce(kHistoryFollowBatch / 4 + 7), a.error().c_str());
    }
    QTRY_VERIFY_WITH_TIMEOUT(serviceEntries(history, 64) == rescanEntries(a, {k0, k1}), 20000);
  }

  void queriesFilterAndAccountsCanChange() {
    WalletOnNode wallet(ctx_, 2);
    QVERIFY2(wallet.ok(), wallet.error.c_str());
    auto [a, builder] = wallet.parts();
    const AccountKey k0 = wallet.key(0), k1 = wallet.key(1);
    auto transfer = builder.build(k0, 0, TransferPayload{k1, kCoin, "invoice 42"});
    WB_VERIFY_OK(transfer);
    WB_VERIFY_OK(a.submit(*transfer));
    QVERIFY(a.produce(1));

    HistoryClient history(a.client(), {k1}, 1);
    QTRY_VERIFY(history.ready());
    HistoryQuery query;
    query.text = "invoice";
    auto answer = answerTo(history, query);
    WB_VERIFY_OK(answer);
    QCOMPARE(answer->entries.size(), std::size_t{1});
    QCOMPARE(answer->entries[0].account, k1);
    QCOMPARE(answer->entries[0].direction, Direction::In);

    // Following account 0 instead: a new scan, its side of the transfer.
    QSignalSpy changed(&history, &HistoryClient::changed);
    history.setAccounts({k0}, 1);
    QVERIFY(!history.ready());
    QTRY_VERIFY(history.ready());
    answer = answerTo(history, query);
    WB_VERIFY_OK(answer);
    QCOMPARE(answer->entries.size(), std::size_t{1});
    QCOMPARE(answer->entries[0].account, k0);
    QCOMPARE(answer->entries[0].direction, Direction::Out);
  }

private:
  SecpContext ctx_;
};

QTEST_GUILESS_MAIN(TestHistoryService)
#include "test_history_service.moc"
