// The order state machine: the seed document's console session, everything its
// contract got wrong, refunds, disputes and every deadline transition.
#include <QtTest>
#include <utility>

#include "chain/core/tx_sign.h"
#include "chain/state/order_queries.h"
#include "chain/state/state_errc.h"
#include "tests/chain/state/ledger_harness.h"
#include "tests/support/sample_order.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::state;
using namespace wb::state::testing;

namespace {

constexpr int kBuyer = 0, kPayer = 1, kMerchant = 2, kArbiter = 3, kOutsider = 4;

OrderCreatePayload iphoneOrder(const LedgerHarness& h, Amount unitPrice = 1000 * kCoin, bool withArbiter = false) {
  OrderCreatePayload p =
      testsupport::orderWithDefaultWindows(h.params(), h.key(kMerchant), h.key(kBuyer), "iPhone", 1, unitPrice);
  if (withArbiter) p.arbiter = h.key(kArbiter);
  return p;
}

// Creates an order from the buyer and returns its id (the txid).
OrderId createOrder(LedgerHarness& h, const OrderCreatePayload& p, int sender = kBuyer) {
  const Tx tx = h.make(sender, p);
  const Status s = h.run(tx);
  if (!s.ok()) qFatal("create failed: %s", s.error().message.c_str());
  return orderIdOf(computeTxid(tx));
}

// The order's status in the block before `deadline` and in the deadline block,
// with `h` advanced to that deadline.
std::pair<OrderStatus, OrderStatus> statusesAroundDeadline(LedgerHarness& h, const OrderId& id,
                                                           std::uint64_t deadline) {
  h.advance(deadline - 1 - h.height());
  const OrderStatus before = h.order(id).status;
  h.advance(1);
  return {before, h.order(id).status};
}

}  // namespace

class TestOrders : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  // The seed's session: account 0 orders 1 × "iPhone" at 1000, account 1 pays,
  // the merchant ships, account 0 confirms; the escrow ends with the merchant.
  void seedScenario() {
    LedgerHarness h;
    const OrderId id = createOrder(h, iphoneOrder(h));
    QCOMPARE(h.order(id).status, OrderStatus::Created);
    QVERIFY(h.order(id).creator == h.key(kBuyer));

    const Amount payerBefore = h.balance(kPayer);
    const Tx pay = h.make(kPayer, OrderPayPayload{id, 1000 * kCoin});
    WB_VERIFY_OK(h.run(pay));
    QCOMPARE(h.order(id).status, OrderStatus::Paid);
    QCOMPARE(h.order(id).escrow, 1000 * kCoin);
    QVERIFY(h.order(id).payer == h.key(kPayer));
    QCOMPARE(h.balance(kPayer), payerBefore - 1000 * kCoin - pay.fee);

    const Amount merchantBefore = h.balance(kMerchant);
    const Tx ship = h.make(kMerchant, OrderShipPayload{id, Bytes{0, 'S', 'F', '1', '2', '3'}});
    WB_VERIFY_OK(h.run(ship));
    QCOMPARE(h.order(id).status, OrderStatus::Shipped);

    WB_VERIFY_OK(h.run(h.make(kBuyer, OrderConfirmPayload{id})));
    const Order done = h.order(id);
    QCOMPARE(done.status, OrderStatus::Completed);
    QCOMPARE(done.escrow, Amount(0));
    QCOMPARE(done.releasedToMerchant, 1000 * kCoin);
    QCOMPARE(h.balance(kMerchant), merchantBefore - ship.fee + 1000 * kCoin);
    QVERIFY(done.paidHeight < done.shippedHeight && done.shippedHeight < done.closedHeight);
    QVERIFY2(h.consistent(), h.inconsistency().c_str());
  }

  // What the seed's contract allowed and we must refuse.
  void refusesWhatTheSeedContractAllowed() {
    ChainParams params = testParams();
    params.defaultWindows = {50, 50, 50};  // room for every refused attempt, one block each
    LedgerHarness h(params);
    const OrderId id = createOrder(h, iphoneOrder(h));
    WB_VERIFY_FAILS(h.run(h.make(kPayer, OrderPayPayload{id, 999 * kCoin})), StateErrc::PayAmountMismatch);
    WB_VERIFY_FAILS(h.run(h.make(kPayer, OrderPayPayload{id, 1001 * kCoin})), StateErrc::PayAmountMismatch);
    // Shipping an unpaid order, even by the merchant.
    WB_VERIFY_FAILS(h.run(h.make(kMerchant, OrderShipPayload{id, {}})), StateErrc::OrderWrongState);
    WB_VERIFY_OK(h.run(h.make(kPayer, OrderPayPayload{id, 1000 * kCoin})));
    WB_VERIFY_FAILS(h.run(h.make(kOutsider, OrderPayPayload{id, 1000 * kCoin})), StateErrc::OrderWrongState);  // twice
    for (int who : {kBuyer, kPayer, kOutsider}) {
      WB_VERIFY_FAILS(h.run(h.make(who, OrderShipPayload{id, {}})), StateErrc::WrongParty);
    }
    WB_VERIFY_FAILS(h.run(h.make(kBuyer, OrderConfirmPayload{id})), StateErrc::OrderWrongState);  // not shipped
    WB_VERIFY_OK(h.run(h.make(kMerchant, OrderShipPayload{id, {}})));
    for (int who : {kPayer, kMerchant, kOutsider}) {
      WB_VERIFY_FAILS(h.run(h.make(who, OrderConfirmPayload{id})), StateErrc::WrongParty);
    }
    WB_VERIFY_OK(h.run(h.make(kBuyer, OrderConfirmPayload{id})));
    // Nothing moves a completed order.
    WB_VERIFY_FAILS(h.run(h.make(kBuyer, OrderConfirmPayload{id})), StateErrc::OrderWrongState);
    WB_VERIFY_FAILS(h.run(h.make(kMerchant, OrderShipPayload{id, {}})), StateErrc::OrderWrongState);
    WB_VERIFY_FAILS(h.run(h.make(kPayer, OrderPayPayload{id, 1000 * kCoin})), StateErrc::OrderWrongState);
    WB_VERIFY_FAILS(h.run(h.make(kMerchant, OrderCancelPayload{id, "late"})), StateErrc::OrderWrongState);
    WB_VERIFY_FAILS(h.run(h.make(kBuyer, OrderDisputePayload{id, "broken"})), StateErrc::NoArbiter);
    QCOMPARE(h.order(id).status, OrderStatus::Completed);
    // An order that does not exist.
    OrderId missing{};
    missing[0] = 0xee;
    WB_VERIFY_FAILS(h.run(h.make(kPayer, OrderPayPayload{missing, 1})), StateErrc::OrderNotFound);
    QVERIFY2(h.consistent(), h.inconsistency().c_str());
  }

  void merchantMayCreateAndAnyoneMayPayUpToTheirMeans() {
    LedgerHarness h;
    const OrderId id = createOrder(h, iphoneOrder(h, 2'000'000 * kCoin), kMerchant);
    QVERIFY(h.order(id).creator == h.key(kMerchant));
    // More than the payer owns.
    WB_VERIFY_FAILS(h.run(h.make(kPayer, OrderPayPayload{id, 2'000'000 * kCoin})), StateErrc::InsufficientFunds);
    QCOMPARE(h.order(id).status, OrderStatus::Created);
    QVERIFY2(h.consistent(), h.inconsistency().c_str());
  }

  void cancelAndRefund() {
    LedgerHarness h;
    const OrderId byBuyer = createOrder(h, iphoneOrder(h));
    WB_VERIFY_FAILS(h.run(h.make(kOutsider, OrderCancelPayload{byBuyer, ""})), StateErrc::WrongParty);
    WB_VERIFY_OK(h.run(h.make(kBuyer, OrderCancelPayload{byBuyer, "changed my mind"})));
    QCOMPARE(h.order(byBuyer).status, OrderStatus::Cancelled);
    QCOMPARE(QString::fromStdString(h.order(byBuyer).reason), QStringLiteral("changed my mind"));
    WB_VERIFY_FAILS(h.run(h.make(kPayer, OrderPayPayload{byBuyer, 1000 * kCoin})), StateErrc::OrderWrongState);

    const OrderId byMerchant = createOrder(h, iphoneOrder(h));
    WB_VERIFY_OK(h.run(h.make(kMerchant, OrderCancelPayload{byMerchant, "out of stock"})));
    QCOMPARE(h.order(byMerchant).status, OrderStatus::Cancelled);

    // A paid order: only the merchant may refund; the escrow returns to the payer.
    const OrderId paid = createOrder(h, iphoneOrder(h));
    const Tx pay = h.make(kPayer, OrderPayPayload{paid, 1000 * kCoin});
    const Amount payerBefore = h.balance(kPayer);
    WB_VERIFY_OK(h.run(pay));
    WB_VERIFY_FAILS(h.run(h.make(kBuyer, OrderCancelPayload{paid, ""})), StateErrc::WrongParty);
    WB_VERIFY_OK(h.run(h.make(kMerchant, OrderCancelPayload{paid, "cannot deliver"})));
    QCOMPARE(h.order(paid).status, OrderStatus::Refunded);
    QCOMPARE(h.order(paid).returnedToPayer, 1000 * kCoin);
    QCOMPARE(h.balance(kPayer), payerBefore - pay.fee);
    // Shipped orders cannot be cancelled.
    const OrderId shipped = createOrder(h, iphoneOrder(h));
    WB_VERIFY_OK(h.run(h.make(kPayer, OrderPayPayload{shipped, 1000 * kCoin})));
    WB_VERIFY_OK(h.run(h.make(kMerchant, OrderShipPayload{shipped, {}})));
    WB_VERIFY_FAILS(h.run(h.make(kMerchant, OrderCancelPayload{shipped, ""})), StateErrc::OrderWrongState);
    QVERIFY2(h.consistent(), h.inconsistency().c_str());
  }

  void disputeResolvedByArbiter() {
    LedgerHarness h;
    const OrderId id = createOrder(h, iphoneOrder(h, 1000 * kCoin, true));
    WB_VERIFY_OK(h.run(h.make(kPayer, OrderPayPayload{id, 1000 * kCoin})));
    WB_VERIFY_FAILS(h.run(h.make(kMerchant, OrderDisputePayload{id, ""})), StateErrc::WrongParty);
    WB_VERIFY_FAILS(h.run(h.make(kArbiter, OrderResolvePayload{id, 0})), StateErrc::OrderWrongState);
    WB_VERIFY_OK(h.run(h.make(kBuyer, OrderDisputePayload{id, "never arrived"})));
    QCOMPARE(h.order(id).status, OrderStatus::Disputed);
    WB_VERIFY_FAILS(h.run(h.make(kBuyer, OrderConfirmPayload{id})), StateErrc::OrderWrongState);
    WB_VERIFY_FAILS(h.run(h.make(kOutsider, OrderResolvePayload{id, 0})), StateErrc::WrongParty);
    WB_VERIFY_FAILS(h.run(h.make(kBuyer, OrderResolvePayload{id, 1000 * kCoin})), StateErrc::WrongParty);
    WB_VERIFY_FAILS(h.run(h.make(kArbiter, OrderResolvePayload{id, 1000 * kCoin + 1})),
                    StateErrc::ResolveExceedsEscrow);
    const Amount payerBefore = h.balance(kPayer), merchantBefore = h.balance(kMerchant);
    WB_VERIFY_OK(h.run(h.make(kArbiter, OrderResolvePayload{id, 400 * kCoin})));
    QCOMPARE(h.order(id).status, OrderStatus::Resolved);
    QCOMPARE(h.balance(kPayer), payerBefore + 400 * kCoin);
    QCOMPARE(h.balance(kMerchant), merchantBefore + 600 * kCoin);
    QVERIFY2(h.consistent(), h.inconsistency().c_str());
  }

  // Each automatic transition happens at exactly its deadline height, before that
  // block's transactions.
  void createdExpiresAtItsDeadline() {
    LedgerHarness h;
    const OrderId id = createOrder(h, iphoneOrder(h));
    const std::uint64_t deadline = h.order(id).createdHeight + h.params().defaultWindows.pay;
    QCOMPARE(h.order(id).deadline, deadline);
    h.advance(deadline - 1 - h.height());
    QCOMPARE(h.order(id).status, OrderStatus::Created);
    // The pay lands in the deadline block itself: the expiry comes first.
    WB_VERIFY_FAILS(h.run(h.make(kPayer, OrderPayPayload{id, 1000 * kCoin})), StateErrc::OrderWrongState);
    QCOMPARE(h.height(), deadline);
    QCOMPARE(h.order(id).status, OrderStatus::Expired);
    QCOMPARE(h.order(id).closedHeight, deadline);
    QVERIFY2(h.consistent(), h.inconsistency().c_str());
  }

  void paymentJustBeforeTheDeadlineCounts() {
    LedgerHarness h;
    const OrderId id = createOrder(h, iphoneOrder(h));
    h.advance(h.order(id).deadline - 2 - h.height());
    WB_VERIFY_OK(h.run(h.make(kPayer, OrderPayPayload{id, 1000 * kCoin})));  // at deadline − 1
    QCOMPARE(h.order(id).status, OrderStatus::Paid);
  }

  void unshippedIsRefundedAtItsDeadline() {
    LedgerHarness h;
    const OrderId id = createOrder(h, iphoneOrder(h));
    const Tx pay = h.make(kPayer, OrderPayPayload{id, 1000 * kCoin});
    const Amount payerBefore = h.balance(kPayer);
    WB_VERIFY_OK(h.run(pay));
    const std::uint64_t deadline = h.height() + h.params().defaultWindows.ship;
    QCOMPARE(statusesAroundDeadline(h, id, deadline), std::pair(OrderStatus::Paid, OrderStatus::Refunded));
    QCOMPARE(h.balance(kPayer), payerBefore - pay.fee);
    QVERIFY2(h.consistent(), h.inconsistency().c_str());
  }

  void unconfirmedCompletesAtItsDeadline() {
    LedgerHarness h;
    const OrderId id = createOrder(h, iphoneOrder(h));
    WB_VERIFY_OK(h.run(h.make(kPayer, OrderPayPayload{id, 1000 * kCoin})));
    const Tx ship = h.make(kMerchant, OrderShipPayload{id, {}});
    const Amount merchantBefore = h.balance(kMerchant);
    WB_VERIFY_OK(h.run(ship));
    const std::uint64_t deadline = h.height() + h.params().defaultWindows.confirm;
    QCOMPARE(statusesAroundDeadline(h, id, deadline), std::pair(OrderStatus::Shipped, OrderStatus::Completed));
    QCOMPARE(h.balance(kMerchant), merchantBefore - ship.fee + 1000 * kCoin);
    QVERIFY2(h.consistent(), h.inconsistency().c_str());
  }

  void disputeTimesOutWithAnEvenSplit() {
    LedgerHarness h;
    const OrderId id = createOrder(h, iphoneOrder(h, 3, true));  // 3 base units: odd
    WB_VERIFY_OK(h.run(h.make(kPayer, OrderPayPayload{id, 3})));
    WB_VERIFY_OK(h.run(h.make(kBuyer, OrderDisputePayload{id, "damaged"})));
    const std::uint64_t deadline = h.height() + h.params().disputeWindow;
    const Amount payerBefore = h.balance(kPayer), merchantBefore = h.balance(kMerchant);
    QCOMPARE(statusesAroundDeadline(h, id, deadline), std::pair(OrderStatus::Disputed, OrderStatus::Resolved));
    QCOMPARE(h.balance(kPayer), payerBefore + 1);
    QCOMPARE(h.balance(kMerchant), merchantBefore + 2);  // the odd unit
    QVERIFY2(h.consistent(), h.inconsistency().c_str());
  }

  void ordersByPartyNewestFirstWithFiltersAndPages() {
    LedgerHarness h;
    std::vector<OrderId> ids;
    for (int i = 0; i < 5; ++i) ids.push_back(createOrder(h, iphoneOrder(h, Amount(10 + i))));
    WB_VERIFY_OK(h.run(h.make(kPayer, OrderPayPayload{ids[1], 11})));
    StateView view(h.kv());

    auto all = listOrders(view, {h.key(kBuyer), PartyRole::Any, std::nullopt, 10, std::nullopt});
    QVERIFY(all.ok());
    QCOMPARE(all->orders.size(), std::size_t(5));
    QVERIFY(all->orders.front().id == ids[4] && all->orders.back().id == ids[0]);
    QVERIFY(!all->next);

    auto page1 = listOrders(view, {h.key(kMerchant), PartyRole::Merchant, std::nullopt, 2, std::nullopt});
    QVERIFY(page1.ok() && page1->orders.size() == 2 && page1->next);
    auto page2 = listOrders(view, {h.key(kMerchant), PartyRole::Merchant, std::nullopt, 2, page1->next});
    QVERIFY(page2.ok() && page2->orders.size() == 2);
    QVERIFY(page2->orders[0].id == ids[2] && page2->orders[1].id == ids[1]);
    auto page3 = listOrders(view, {h.key(kMerchant), PartyRole::Merchant, std::nullopt, 2, page2->next});
    QVERIFY(page3.ok() && page3->orders.size() == 1 && !page3->next);

    auto paid = listOrders(view, {h.key(kBuyer), PartyRole::Buyer, OrderStatus::Paid, 10, std::nullopt});
    QVERIFY(paid.ok() && paid->orders.size() == 1 && paid->orders[0].id == ids[1]);
    auto asPayer = listOrders(view, {h.key(kPayer), PartyRole::Payer, std::nullopt, 10, std::nullopt});
    QVERIFY(asPayer.ok() && asPayer->orders.size() == 1);
    auto asMerchantWrongRole = listOrders(view, {h.key(kMerchant), PartyRole::Buyer, std::nullopt, 10, std::nullopt});
    QVERIFY(asMerchantWrongRole.ok() && asMerchantWrongRole->orders.empty());
  }
};

QTEST_GUILESS_MAIN(TestOrders)
#include "test_orders.moc"
