// allowedOrderActions against the real ledger: for every order state (reached
// through real ORDER_* transactions applied by state::Ledger), every party
// (merchant, buyer, arbiter, an outsider), every action and tips right before
// a deadline, the page offers an action exactly when the ledger would accept its
// transaction in the next block (paying by the merchant or the arbiter excepted by design).
#include <QtTest>
#include <functional>
#include <map>

#include "chain/core/params.h"
#include "chain/core/secure_bytes.h"
#include "chain/core/tx_sign.h"
#include "chain/state/ledger.h"
#include "chain/state/memory_kv.h"
#include "tests/support/sample_order.h"
#include "ui/orders/order_actions.h"
#include "ui/orders/order_timeline.h"

using namespace wb;
using namespace wb::ui;

namespace {

enum Party { kMerchant, kBuyer, kArbiter, kOutsider, kParties };

AccountKey keyOf(Party party) {
  AccountKey key{};
  key.fill(static_cast<Byte>(0x10 + party));
  return key;
}

// A ledger in memory with one order moved through real transactions, one per block.
class World {
public:
  explicit World(bool withArbiter) : ledger_(params_, kv_) {
    params_.defaultWindows = {.pay = 6, .ship = 6, .confirm = 6};
    params_.disputeWindow = 6;
    state::GenesisState genesis;
    for (int p = 0; p < kParties; ++p) genesis.allocations.push_back({keyOf(Party(p)), 1'000'000 * kCoin, 0});
    QVERIFY(ledger_.applyGenesis(genesis).ok());
    OrderCreatePayload create =
        testsupport::orderWithDefaultWindows(params_, keyOf(kMerchant), keyOf(kBuyer), "iPhone", 2, 1000 * kCoin);
    if (withArbiter) create.arbiter = keyOf(kArbiter);
    const Tx tx = makeTx(kMerchant, create);
    id_ = orderIdOf(computeTxid(tx));
    QVERIFY(step(tx).ok());
  }

  Tx makeTx(Party from, TxPayload payload) const { return makeTx(from, std::move(payload), state::StateView(kv_)); }

  static Tx makeTx(Party from, TxPayload payload, const state::StateView& view) {
    Tx tx;
    tx.sender = keyOf(from);
    tx.nonce = view.account(tx.sender).value().nonce;
    tx.fee = 1000;
    tx.payload = std::move(payload);
    return tx;
  }

  // Applies `tx` in a block of its own (nullopt: an empty block).
  Status step(std::optional<Tx> tx) {
    WB_TRY(ledger_.beginBlock({++height_, keyOf(kOutsider)}));
    if (tx) WB_TRY(ledger_.applyTx(*tx, computeTxid(*tx)));
    return ledger_.finishBlock();
  }
  Status act(Party from, TxPayload payload) { return step(makeTx(from, std::move(payload))); }

  state::Order order() const { return state::StateView(kv_).order(id_).value().value(); }
  const OrderId& id() const { return id_; }
  std::uint64_t height() const { return height_; }

  // Would the ledger take `payload` from `from` in block tipHeight + 1? Tried on an
  // overlay, so the world does not change.
  bool accepts(Party from, TxPayload payload, std::uint64_t tipHeight) const {
    state::MemoryKv overlay(&kv_);
    state::Ledger ledger(params_, overlay);
    if (!ledger.beginBlock({tipHeight + 1, keyOf(kOutsider)}).ok()) return false;
    const Tx tx = makeTx(from, std::move(payload), ledger.tables());
    return ledger.applyTx(tx, computeTxid(tx)).ok();
  }

private:
  ChainParams params_ = devParams(ConsensusKind::Pow);
  state::MemoryKv kv_;
  state::Ledger ledger_;
  OrderId id_{};
  std::uint64_t height_ = 0;
};

TxPayload payloadOf(OrderAction action, const state::Order& order) {
  switch (action) {
    case OrderAction::Pay:
      return OrderPayPayload{order.id, order.total()};
    case OrderAction::Ship:
      return OrderShipPayload{order.id, {}};
    case OrderAction::Confirm:
      return OrderConfirmPayload{order.id};
    case OrderAction::Cancel:
    case OrderAction::Refund:
      return OrderCancelPayload{order.id, "reason"};
    case OrderAction::Dispute:
      return OrderDisputePayload{order.id, "reason"};
    case OrderAction::Resolve:
      return OrderResolvePayload{order.id, 0};
  }
  return OrderConfirmPayload{order.id};
}

// What the page should offer given the ledger's verdict: ORDER_CANCEL is "Cancel"
// on a CREATED order and "Refund" on a PAID one; the merchant and the order's
// arbiter are not offered Pay (see allowedOrderActions).
bool shouldOffer(OrderAction action, Party party, const state::Order& order, bool ledgerAccepts) {
  if (!ledgerAccepts) return false;
  switch (action) {
    case OrderAction::Pay:
      return party != kMerchant && !(party == kArbiter && order.hasArbiter());
    case OrderAction::Cancel:
      return order.status == state::OrderStatus::Created;
    case OrderAction::Refund:
      return order.status == state::OrderStatus::Paid;
    default:
      return true;
  }
}

using Path = std::function<void(World&)>;

}  // namespace

Q_DECLARE_METATYPE(Path)

class TestOrderActions : public QObject {
  Q_OBJECT
  std::map<OrderAction, int> offered_;
  std::map<state::OrderStatus, int> statesSeen_;

  void checkAgainstLedger(const World& world, std::uint64_t tipHeight) {
    const state::Order order = world.order();
    ++statesSeen_[order.status];
    for (int p = 0; p < kParties; ++p) {
      const Party party = Party(p);
      for (OrderAction action : kAllOrderActions) {
        const bool ledger = world.accepts(party, payloadOf(action, order), tipHeight);
        const bool offered = isOrderActionAllowed(order, keyOf(party), tipHeight, action);
        const bool expected = shouldOffer(action, party, order, ledger);
        if (offered != expected) {
          QFAIL(qPrintable(QStringLiteral("state %1, party %2, action %3, tip %4 (deadline %5): offered %6, ledger %7")
                               .arg(QString::fromLatin1(state::orderStatusName(order.status).data()))
                               .arg(p)
                               .arg(static_cast<int>(action))
                               .arg(tipHeight)
                               .arg(order.deadline)
                               .arg(offered)
                               .arg(ledger)));
        }
        if (offered) ++offered_[action];
      }
    }
  }

  // Checks the order at the world's tip and at the tips just before its deadline fires.
  void checkWorld(const World& world) {
    checkAgainstLedger(world, world.height());
    const std::uint64_t deadline = world.order().deadline;
    for (std::uint64_t tip : {deadline - 2, deadline - 1, deadline}) {
      if (deadline != 0 && tip > world.height()) checkAgainstLedger(world, tip);
    }
  }

private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void everyStateTimesEveryParty_data() {
    QTest::addColumn<bool>("arbiter");
    QTest::addColumn<Path>("path");
    const auto pay = [](Party payer) {
      return [payer](World& w) { QVERIFY(w.act(payer, OrderPayPayload{w.id(), w.order().total()}).ok()); };
    };
    const auto ship = [](World& w) { QVERIFY(w.act(kMerchant, OrderShipPayload{w.id(), {}}).ok()); };
    const auto then = [](std::vector<Path> steps) {
      return Path([steps](World& w) {
        for (const Path& s : steps) s(w);
      });
    };
    const Path created = [](World&) {};
    const Path dispute = [](World& w) { QVERIFY(w.act(kBuyer, OrderDisputePayload{w.id(), "broken"}).ok()); };
    for (bool arbiter : {false, true}) {
      const char* a = arbiter ? " with arbiter" : " without arbiter";
      QTest::addRow("created%s", a) << arbiter << created;
      QTest::addRow("paid by buyer%s", a) << arbiter << then({pay(kBuyer)});
      QTest::addRow("paid by outsider%s", a) << arbiter << then({pay(kOutsider)});
      QTest::addRow("shipped%s", a) << arbiter << then({pay(kBuyer), ship});
      QTest::addRow("completed%s", a) << arbiter << then({pay(kBuyer), ship, [](World& w) {
                                                            QVERIFY(w.act(kBuyer, OrderConfirmPayload{w.id()}).ok());
                                                          }});
      QTest::addRow("cancelled by buyer%s", a) << arbiter << Path([](World& w) {
        QVERIFY(w.act(kBuyer, OrderCancelPayload{w.id(), ""}).ok());
      });
      QTest::addRow("refunded by merchant%s", a)
          << arbiter << then({pay(kBuyer), [](World& w) {
                                QVERIFY(w.act(kMerchant, OrderCancelPayload{w.id(), ""}).ok());
                              }});
      QTest::addRow("expired%s", a) << arbiter << Path([](World& w) {
        while (w.order().status == state::OrderStatus::Created) QVERIFY(w.step(std::nullopt).ok());
      });
      QTest::addRow("auto-completed%s", a) << arbiter << then({pay(kBuyer), ship, [](World& w) {
                                                                 while (w.order().status == state::OrderStatus::Shipped)
                                                                   QVERIFY(w.step(std::nullopt).ok());
                                                               }});
    }
    QTest::addRow("disputed after payment") << true << then({pay(kOutsider), dispute});
    QTest::addRow("disputed after shipping") << true << then({pay(kBuyer), ship, dispute});
    QTest::addRow("resolved by arbiter") << true
                                         << then({pay(kBuyer), ship, dispute, [](World& w) {
                                                    QVERIFY(w.act(kArbiter, OrderResolvePayload{w.id(), 1}).ok());
                                                  }});
    QTest::addRow("resolved by timeout") << true << then({pay(kBuyer), dispute, [](World& w) {
                                                            while (w.order().status == state::OrderStatus::Disputed)
                                                              QVERIFY(w.step(std::nullopt).ok());
                                                          }});
  }

  void everyStateTimesEveryParty() {
    QFETCH(bool, arbiter);
    QFETCH(Path, path);
    World world(arbiter);
    path(world);
    if (QTest::currentTestFailed()) return;
    checkWorld(world);
  }

  // The table above must have exercised every state and offered every action
  // somewhere, else it proves little.
  void coverage() {
    for (OrderAction action : kAllOrderActions) QVERIFY2(offered_[action] > 0, "an action was never offered");
    for (int s = 1; s <= 9; ++s) QVERIFY2(statesSeen_[state::OrderStatus(s)] > 0, "a state was never reached");
  }

  // The detail panel's timeline, for orders the real ledger moved.
  void timelineFollowsTheLedger() {
    using S = state::OrderStatus;
    World world(true);
    const auto statuses = [](const std::vector<TimelineStep>& steps) {
      std::vector<S> out;
      for (const TimelineStep& step : steps) out.push_back(step.status);
      return out;
    };
    std::vector<TimelineStep> steps = orderTimeline(world.order());
    QCOMPARE(statuses(steps), (std::vector<S>{S::Created, S::Paid, S::Shipped, S::Completed}));
    QVERIFY(steps[0].reached && steps[0].current && steps[0].height == world.order().createdHeight);
    QVERIFY(!steps[1].reached && !steps[3].reached);

    QVERIFY(world.act(kBuyer, OrderPayPayload{world.id(), world.order().total()}).ok());
    QVERIFY(world.act(kMerchant, OrderShipPayload{world.id(), {}}).ok());
    QVERIFY(world.act(kBuyer, OrderDisputePayload{world.id(), "broken"}).ok());
    steps = orderTimeline(world.order());
    QCOMPARE(statuses(steps), (std::vector<S>{S::Created, S::Paid, S::Shipped, S::Disputed, S::Resolved}));
    QCOMPARE(steps[1].height, world.order().paidHeight);
    QCOMPARE(steps[2].height, world.order().shippedHeight);
    QCOMPARE(steps[3].height, world.order().disputedHeight);
    QVERIFY(steps[3].current && !steps[4].reached);

    QVERIFY(world.act(kArbiter, OrderResolvePayload{world.id(), 1}).ok());
    steps = orderTimeline(world.order());
    QCOMPARE(statuses(steps), (std::vector<S>{S::Created, S::Paid, S::Shipped, S::Disputed, S::Resolved}));
    QVERIFY(steps[4].reached && steps[4].current);
    QCOMPARE(steps[4].height, world.order().closedHeight);

    World refunded(false);
    QVERIFY(refunded.act(kOutsider, OrderPayPayload{refunded.id(), refunded.order().total()}).ok());
    while (refunded.order().status == S::Paid) QVERIFY(refunded.step(std::nullopt).ok());  // never shipped
    steps = orderTimeline(refunded.order());
    QCOMPARE(statuses(steps), (std::vector<S>{S::Created, S::Paid, S::Refunded}));
    QCOMPARE(steps[2].height, refunded.order().closedHeight);
  }

  void nothingOnceTheDeadlineFiresNext() {
    World world(true);
    const state::Order order = world.order();
    QVERIFY(!allowedOrderActions(order, keyOf(kBuyer), order.deadline - 2).empty());
    QVERIFY(allowedOrderActions(order, keyOf(kBuyer), order.deadline - 1).empty());
    QVERIFY(allowedOrderActions(order, keyOf(kMerchant), order.deadline - 1).empty());
  }
};

QTEST_GUILESS_MAIN(TestOrderActions)
#include "test_order_actions.moc"
