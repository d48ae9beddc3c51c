// A property test of the wallet history against the ledger, on a real chain (LMDB in
// a temporary directory): random order lifecycles — every action a party can take,
// deadlines left to run out, transfers — between accounts inside and outside the
// wallet, with reorganisations. After every block, each wallet account's history adds
// up to the ledger's balance and every deadline event names the status the ledger
// gave the order; after every reorganisation and at the end, the history kept block by
// block equals a fresh rescan. Over the runs, orders stand in each of the nine statuses
// and each of the four deadline outcomes happens.
#include <QTemporaryDir>
#include <QtTest>
#include <map>
#include <random>
#include <set>

#include "chain/core/short_hex.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "chain/state/state_commit.h"
#include "tests/support/test_chain.h"
#include "tests/test_util.h"
#include "wallet/history.h"

using namespace wb;
using namespace wb::testsupport;

namespace {

constexpr Amount kFunds = 1'000'000 * kCoin;
constexpr std::size_t kWalletAccounts = 4;  // accounts 0–3 are the wallet's
constexpr std::size_t kTraders = 6;         // 4 and 5 trade with them from outside
constexpr std::size_t kProducers[] = {6, 7};
constexpr std::size_t kAccounts = 8;
constexpr std::uint64_t kBlocksPerRun = 90;
constexpr std::uint64_t kSeeds[] = {1, 2, 3, 4, 5};

// Every entry of `history` (for `account`, when given), newest first.
std::vector<HistoryEntry> entriesOf(const History& history, std::optional<AccountKey> account = std::nullopt) {
  std::vector<HistoryEntry> out;
  HistoryQuery query;
  query.account = account;
  query.limit = 500;
  for (;;) {
    HistoryPage page = history.query(query);
    out.insert(out.end(), page.entries.begin(), page.entries.end());
    if (!page.next) return out;
    query.before = page.next;
  }
}

// One run: a chain, a factory building on its tip, the history kept block by block.
class Run {
public:
  Run(const SecpContext& ctx, const TestAccounts& accounts, const ChainGenesis& genesis, std::uint64_t seed)
      : ctx_(ctx), accounts_(accounts), genesis_(genesis), rng_(seed) {
    for (std::size_t i = 0; i < kWalletAccounts; ++i) wallet_.push_back(accounts.key(i));
  }

  // Opens the chain; false (with a QTest failure) if it cannot.
  bool open(const QString& dir) {
    auto opened = Chain::open(dir.toStdString(), "test", genesis_, ctx_);
    if (!opened) {
      qWarning() << opened.error().message.c_str();
      return false;
    }
    chain_ = std::move(*opened);
    factory_ = std::make_unique<BlockFactory>(ctx_, genesis_, accounts_);
    live_ = std::make_unique<History>(chain_->params(), wallet_);
    return true;
  }

  Chain& chain() { return *chain_; }
  History& live() { return *live_; }
  const std::vector<AccountKey>& wallet() const { return wallet_; }
  const std::vector<OrderId>& orders() const { return orders_; }
  std::mt19937_64& rng() { return rng_; }

  // Builds and connects one block of random actions on the tip.
  void mineRandomBlock() {
    const std::uint64_t height = chain_->tip().height + 1;
    WB_VERIFY_OK(factory_->syncState(*chain_));
    WB_VERIFY_OK(chain_->readState([&](const state::StateView& v) { return factory_->syncNonces(v); }));
    std::vector<Tx> txs;
    WB_VERIFY_OK(chain_->readState([&](const state::StateView& view) -> Status {
      for (const OrderId& id : orders_) {
        WB_TRY_ASSIGN(order, view.order(id));
        if (*order) actOn(**order, height, txs);
      }
      return {};
    }));
    if (chance(50)) txs.push_back(createOrder(txs.size()));
    if (chance(30)) {
      const std::size_t from = pick(kTraders);
      txs.push_back(factory_->makeTx(from, TransferPayload{accounts_.key((from + 1 + pick(kTraders - 1)) % kTraders),
                                                           1 + pick(1000) * kCoin / 100, "gift"}));
    }
    const BlockHeader parent = chain_->headerRecord(chain_->tip().hash).value()->header;
    Block block = factory_->makeBlock(parent, std::move(txs), accounts_.key(kProducers[pick(2)]));
    auto imported = chain_->importBlock(encodeBlock(block));
    QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().message.c_str());
    QCOMPARE(chain_->tip().height, height);
    for (const Tx& tx : block.txs) {
      if (tx.kind() == TxKind::OrderCreate) orders_.push_back(orderIdOf(computeTxid(tx)));
    }
    WB_VERIFY_OK(live_->blockConnected(block, height));
  }

  // Disconnects the `depth` newest blocks from the chain and from the history.
  void disconnect(std::uint64_t depth) {
    for (std::uint64_t i = 0; i < depth; ++i) {
      auto block = chain_->disconnectTip();
      WB_VERIFY_OK(block);
      WB_VERIFY_OK(live_->blockDisconnected(*block));
    }
    // Orders created on the abandoned branch no longer exist (reading them gives nothing).
  }

private:
  bool chance(int percent) { return static_cast<int>(rng_() % 100) < percent; }
  std::size_t pick(std::size_t n) { return static_cast<std::size_t>(rng_() % n); }

  // Maybe one action on `order` that the ledger accepts in block `height`; an order
  // whose deadline falls at or before it is left to its deadline.
  void actOn(const state::Order& order, std::uint64_t height, std::vector<Tx>& txs) {
    if (isFinal(order.status) || order.deadline <= height || !chance(45)) return;
    const auto index = [&](const AccountKey& key) {
      for (std::size_t i = 0; i < kTraders; ++i) {
        if (accounts_.key(i) == key) return i;
      }
      return std::size_t{0};
    };
    const std::size_t merchant = index(order.merchant), buyer = index(order.buyer);
    using S = state::OrderStatus;
    switch (order.status) {
      case S::Created:
        if (chance(80)) {
          txs.push_back(factory_->makeTx(pick(kTraders), OrderPayPayload{order.id, order.total()}));
        } else {
          txs.push_back(factory_->makeTx(chance(50) ? merchant : buyer, OrderCancelPayload{order.id, "changed mind"}));
        }
        return;
      case S::Paid:
        if (order.hasArbiter() && chance(25)) {
          txs.push_back(factory_->makeTx(buyer, OrderDisputePayload{order.id, "late"}));
        } else if (chance(20)) {
          txs.push_back(factory_->makeTx(merchant, OrderCancelPayload{order.id, "out of stock"}));
        } else {
          txs.push_back(factory_->makeTx(merchant, OrderShipPayload{order.id, test::bytesOf("TRACK")}));
        }
        return;
      case S::Shipped:
        if (order.hasArbiter() && chance(30)) {
          txs.push_back(factory_->makeTx(buyer, OrderDisputePayload{order.id, "broken"}));
        } else {
          txs.push_back(factory_->makeTx(buyer, OrderConfirmPayload{order.id}));
        }
        return;
      case S::Disputed:
        txs.push_back(
            factory_->makeTx(index(order.arbiter), OrderResolvePayload{order.id, rng_() % (order.escrow + 1)}));
        return;
      default:
        return;
    }
  }

  // An ORDER_CREATE between two distinct traders, maybe with an arbiter, with short
  // windows so deadlines come due within the run.
  Tx createOrder(std::size_t serial) {
    const std::size_t merchant = pick(kTraders);
    const std::size_t buyer = (merchant + 1 + pick(kTraders - 1)) % kTraders;
    OrderCreatePayload p;
    p.merchant = accounts_.key(merchant);
    p.buyer = accounts_.key(buyer);
    if (chance(60)) {
      std::size_t arbiter = pick(kTraders);
      while (arbiter == merchant || arbiter == buyer) arbiter = (arbiter + 1) % kTraders;
      p.arbiter = accounts_.key(arbiter);
    }
    p.item = "item " + std::to_string(orders_.size()) + "." + std::to_string(serial);
    p.quantity = 1 + static_cast<std::uint32_t>(pick(3));
    p.unitPrice = (1 + pick(50'000)) * (kCoin / 100) + pick(2);  // odd escrows too
    p.payWindow = 1 + static_cast<std::uint32_t>(pick(4));
    p.shipWindow = 1 + static_cast<std::uint32_t>(pick(4));
    p.confirmWindow = 1 + static_cast<std::uint32_t>(pick(4));
    return factory_->makeTx(chance(50) ? merchant : buyer, std::move(p));
  }

  const SecpContext& ctx_;
  const TestAccounts& accounts_;
  const ChainGenesis& genesis_;
  std::mt19937_64 rng_;
  std::vector<AccountKey> wallet_;
  std::unique_ptr<Chain> chain_;
  std::unique_ptr<BlockFactory> factory_;
  std::unique_ptr<History> live_;
  std::vector<OrderId> orders_;  // every order ever created, on any branch
};

}  // namespace

class TestHistoryLifecycles : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    ctx_ = std::make_unique<SecpContext>();
    accounts_ = std::make_unique<TestAccounts>(*ctx_, kAccounts);
    genesis_ = testGenesis(*accounts_, kFunds);
    genesis_.params.disputeWindow = 3;
    genesis_.header.stateRoot = state::genesisStateRoot(genesis_.params, genesis_.state).value();
  }

  void randomLifecyclesAgreeWithTheLedger() {
    for (const std::uint64_t seed : kSeeds) {
      QTemporaryDir dir;
      QVERIFY(dir.isValid());
      Run run(*ctx_, *accounts_, genesis_, seed);
      QVERIFY(run.open(dir.path()));
      std::uint64_t reorgs = 0;
      while (run.chain().tip().height < kBlocksPerRun) {
        // A reorganisation now and then (always at height 30): 1–3 blocks replaced by others.
        const std::uint64_t tip = run.chain().tip().height;
        if (tip >= 4 && (tip == 30 || run.rng()() % 100 < 6)) {
          const std::uint64_t depth = 1 + run.rng()() % 3;
          run.disconnect(depth);
          if (QTest::currentTestFailed()) return;
          for (std::uint64_t i = 0; i <= depth; ++i) {
            run.mineRandomBlock();
            if (QTest::currentTestFailed()) return;
          }
          ++reorgs;
          compareWithRescan(run, seed);
        } else {
          run.mineRandomBlock();
        }
        if (QTest::currentTestFailed()) return;
        compareWithLedger(run, seed);
        if (QTest::currentTestFailed()) return;
        collectStatuses(run);
      }
      QVERIFY(reorgs >= 1);
      compareWithRescan(run, seed);
    }
    // Orders stood in each of the nine statuses when the history was compared, and
    // every deadline outcome happened.
    QStringList reached;
    for (const state::OrderStatus status : statuses_)
      reached << QString::fromUtf8(state::orderStatusName(status).data());
    QVERIFY2(statuses_.size() == 9, qPrintable(QStringLiteral("statuses reached: ") + reached.join(", ")));
    const std::set<std::string> deadlineOutcomes{"EXPIRED", "REFUNDED", "COMPLETED", "RESOLVED"};
    QVERIFY2(deadlineMemos_ == deadlineOutcomes, "not every deadline outcome happened");
  }

private:
  // Each wallet account's history adds up to its ledger balance (every account starts
  // with kFunds; nothing is staked), and every deadline event names the ledger's status.
  void compareWithLedger(Run& run, std::uint64_t seed) {
    WB_VERIFY_OK(run.chain().readState([&](const state::StateView& view) -> Status {
      for (const AccountKey& key : run.wallet()) {
        Amount up = kFunds, down = 0;
        for (const HistoryEntry& e : entriesOf(run.live(), key)) (e.amount.negative ? down : up) += e.amount.units;
        WB_TRY_ASSIGN(account, view.account(key));
        if (up - down != account->balance) {
          QTest::qFail(
              qPrintable(QStringLiteral("seed %1, height %2: the history of %3 adds up to %4, the ledger says %5")
                             .arg(seed)
                             .arg(run.chain().tip().height)
                             .arg(QString::fromStdString(shortHex(key)))
                             .arg(up - down)
                             .arg(account->balance)),
              __FILE__, __LINE__);
          return {};
        }
      }
      for (const HistoryEntry& e : entriesOf(run.live())) {
        if (e.kind != EntryKind::OrderTimeout) continue;
        WB_TRY_ASSIGN(order, view.order(*e.order));
        if (!*order || (*order)->closedHeight != e.height ||
            e.memo != std::string(state::orderStatusName((*order)->status))) {
          QTest::qFail(qPrintable(QStringLiteral("seed %1: the deadline of order %2 at height %3 says %4")
                                      .arg(seed)
                                      .arg(QString::fromStdString(shortHex(*e.order)))
                                      .arg(e.height)
                                      .arg(QString::fromStdString(e.memo))),
                       __FILE__, __LINE__);
          return {};
        }
        deadlineMemos_.insert(e.memo);
      }
      return {};
    }));
  }

  void compareWithRescan(Run& run, std::uint64_t seed) {
    History fresh(run.chain().params(), run.wallet());
    WB_VERIFY_OK(fresh.rescan(run.chain(), 1));
    QVERIFY2(fresh.tip() == run.live().tip(), qPrintable(QStringLiteral("seed %1").arg(seed)));
    QVERIFY2(entriesOf(fresh) == entriesOf(run.live()), qPrintable(QStringLiteral("seed %1").arg(seed)));
  }

  // The statuses the run's orders stand in now (those on the chain).
  void collectStatuses(Run& run) {
    WB_VERIFY_OK(run.chain().readState([&](const state::StateView& view) -> Status {
      for (const OrderId& id : run.orders()) {
        WB_TRY_ASSIGN(order, view.order(id));
        if (*order) statuses_.insert((*order)->status);
      }
      return {};
    }));
  }

  std::unique_ptr<SecpContext> ctx_;
  std::unique_ptr<TestAccounts> accounts_;
  ChainGenesis genesis_;
  std::set<state::OrderStatus> statuses_;
  std::set<std::string> deadlineMemos_;
};

QTEST_GUILESS_MAIN(TestHistoryLifecycles)
#include "test_history_lifecycles.moc"
