// A block's deadline work is bounded (DESIGN §3): 100,000 orders expiring at
// one height on a manual-clock dev node expire kMaxDeadlineTransitionsPerBlock
// per block in (deadline, id) order, a transaction cannot act on one whose
// expiry is carried over, the chain goes on, and --check's verification passes.
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

#include "chain/node/ledger_check.h"
#include "chain/state/ledger.h"
#include "chain/state/state_errc.h"
#include "tests/chain/node/node_suite.h"
#include "tests/chain/node/node_test_support.h"

using namespace wb;
using namespace wb::node;
using namespace wb::nodetest;

namespace {

constexpr std::size_t kOrders = 100'000;
constexpr std::size_t kPerBlock = 3'000;  // well inside the dev block size
constexpr std::uint64_t kExpiryHeight = 40;

}  // namespace

class TestNodeDeadlines : public NodeSuite {
  Q_OBJECT

  static std::size_t countExpired(Node& n, const std::vector<OrderId>& ids) {
    std::size_t expired = 0;
    const Status read = n.chain().readState([&](const state::StateView& view) -> Status {
      for (const OrderId& id : ids) {
        WB_TRY_ASSIGN(order, view.order(id));
        if (*order && (*order)->status == state::OrderStatus::Expired) ++expired;
      }
      return {};
    });
    return read ? expired : SIZE_MAX;
  }

private slots:
  void oneHeightOfExpiriesIsSpreadOverBlocks() {
    QTemporaryDir dir;
    const GenesisFile genesis = kit_->devGenesis(ConsensusKind::Pow, unixNow() - 86400);
    NodeConfig c = kit_->manualConfig(dir.path(), genesis);
    NodeRunner runner;
    QVERIFY(runner.start(c, kit_->ctx()).ok());

    std::vector<OrderId> ids;
    ids.reserve(kOrders);
    std::array<std::uint64_t, kDevAccounts> nonces{};
    while (ids.size() < kOrders) {
      const std::uint64_t height = runner.node()->chain().tip().height + 1;
      std::vector<Tx> txs;
      for (std::size_t i = 0; i < kPerBlock && ids.size() + txs.size() < kOrders; ++i) {
        const std::size_t from = i % kDevAccounts;
        OrderCreatePayload order;
        order.merchant = kit_->accounts().key(from);
        order.buyer = kit_->accounts().key((from + 1) % kDevAccounts);
        order.item = "x";
        order.quantity = 1;
        order.unitPrice = 1;
        order.payWindow = static_cast<std::uint32_t>(kExpiryHeight - height);  // all expire at one height
        order.shipWindow = order.confirmWindow = 10;
        txs.push_back(kit_->signedTx(genesis.params, from, nonces[from]++, order));
      }
      const std::size_t accepted = onNode(runner, [&](Node& n) {
        std::size_t ok = 0;
        for (const Tx& tx : txs) ok += n.submitTx(tx).ok() ? 1 : 0;
        return ok;
      });
      QCOMPARE(accepted, txs.size());
      QVERIFY(onNode(runner, [](Node& n) { return n.devProduce(1); }).ok());
      QCOMPARE(onNode(runner, [](Node& n) { return n.mempool().size(); }), std::size_t(0));
      for (const Tx& tx : txs) ids.push_back(orderIdOf(computeTxid(tx)));
    }
    QVERIFY(runner.node()->chain().tip().height < kExpiryHeight - 1);
    const auto produceTo = [&](std::uint64_t height) {
      const std::uint64_t tip = runner.node()->chain().tip().height;
      return onNode(runner, [&](Node& n) { return n.devProduce(height - tip); }).ok();
    };
    QVERIFY(produceTo(kExpiryHeight - 1));
    QCOMPARE(onNode(runner, [&](Node& n) { return countExpired(n, ids); }), std::size_t(0));

    // The block at the expiry height applies one bounded batch, the lowest ids first.
    QVERIFY(produceTo(kExpiryHeight));
    QCOMPARE(onNode(runner, [&](Node& n) { return countExpired(n, ids); }), state::kMaxDeadlineTransitionsPerBlock);
    std::vector<OrderId> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    const std::vector<OrderId> firstBatch(sorted.begin(), sorted.begin() + state::kMaxDeadlineTransitionsPerBlock);
    QCOMPARE(onNode(runner, [&](Node& n) { return countExpired(n, firstBatch); }),
             state::kMaxDeadlineTransitionsPerBlock);

    // The last one is still CREATED in the store, but its pay window is over:
    // paying it is refused as for any expired order (anyone may pay).
    const OrderId last = sorted.back();
    Tx pay = kit_->signedTx(genesis.params, 9, nonces[9], OrderPayPayload{last, 1});
    auto refused = onNode(runner, [&](Node& n) { return n.submitTx(pay); });
    QCOMPARE(refused.code(), StateErrc::OrderWrongState);

    // The rest follow, a bounded batch per block.
    const std::size_t blocks =
        (kOrders + state::kMaxDeadlineTransitionsPerBlock - 1) / state::kMaxDeadlineTransitionsPerBlock;
    QVERIFY(produceTo(kExpiryHeight + blocks - 1));
    QCOMPARE(onNode(runner, [&](Node& n) { return countExpired(n, ids); }), kOrders);
    QVERIFY(runner.node()->chain().checkInvariant().ok());
    const Status checked = onNode(runner, [&](Node& n) { return checkLedger(n.chain(), kit_->ctx()); });
    QVERIFY2(checked.ok(), checked.ok() ? "" : checked.error().message.c_str());
  }
};

QTEST_GUILESS_MAIN(TestNodeDeadlines)
#include "test_node_deadlines.moc"
