// The order transitions on their own (chain/state/order_transition.h): the stage
// each event leaves and the payouts it makes, for every status it applies to. The
// ledger applying them is covered by test_orders.cpp; the wallet history applying
// them by tests/wallet/test_history_lifecycles.cpp.
#include <QtTest>

#include "chain/state/order_transition.h"
#include "chain/state/state_errc.h"

using namespace wb;
using namespace wb::state;

namespace {

const OrderWindows kWindows{3, 5, 7};
constexpr std::uint64_t kHeight = 100;

OrderTransition closing(OrderStatus status, Amount toPayer, Amount toMerchant) {
  return OrderTransition{.after = {status, 0, 0}, .toPayer = toPayer, .toMerchant = toMerchant};
}

}  // namespace

class TestOrderTransition : public QObject {
  Q_OBJECT
private slots:
  void eventsMoveTheOrderOn() {
    QCOMPARE(openedOrder(kHeight, kWindows), (OrderStage{OrderStatus::Created, 0, kHeight + 3}));
    const OrderTransition paid = payTransition(999, kHeight, kWindows);
    QCOMPARE(paid, (OrderTransition{.after = {OrderStatus::Paid, 999, kHeight + 5}}));
    const OrderTransition shipped = shipTransition(paid.after, kHeight + 1, kWindows);
    QCOMPARE(shipped, (OrderTransition{.after = {OrderStatus::Shipped, 999, kHeight + 1 + 7}}));
    QCOMPARE(confirmTransition(shipped.after), closing(OrderStatus::Completed, 0, 999));
    const OrderTransition disputed = disputeTransition(shipped.after, kHeight + 2, 11);
    QCOMPARE(disputed, (OrderTransition{.after = {OrderStatus::Disputed, 999, kHeight + 2 + 11}}));
    QCOMPARE(resolveTransition(disputed.after, 400), closing(OrderStatus::Resolved, 400, 599));
    QCOMPARE(resolveTransition(disputed.after, 5000), closing(OrderStatus::Resolved, 999, 0));  // capped
  }

  void cancellingRefundsOnlyWhatWasPaid() {
    QCOMPARE(cancelTransition(openedOrder(kHeight, kWindows)), closing(OrderStatus::Cancelled, 0, 0));
    QCOMPARE(cancelTransition(payTransition(50, kHeight, kWindows).after), closing(OrderStatus::Refunded, 50, 0));
  }

  void deadlines() {
    const auto due = [](OrderStatus status, Amount escrow) {
      auto t = deadlineTransition(OrderStage{status, escrow, kHeight});
      return t.ok() ? *t : OrderTransition{.after = {OrderStatus::Created, 12345, 12345}};
    };
    QCOMPARE(due(OrderStatus::Created, 0), closing(OrderStatus::Expired, 0, 0));
    QCOMPARE(due(OrderStatus::Paid, 80), closing(OrderStatus::Refunded, 80, 0));
    QCOMPARE(due(OrderStatus::Shipped, 80), closing(OrderStatus::Completed, 0, 80));
    QCOMPARE(due(OrderStatus::Disputed, 81), closing(OrderStatus::Resolved, 40, 41));  // the odd unit: merchant
    for (OrderStatus final : {OrderStatus::Completed, OrderStatus::Cancelled, OrderStatus::Refunded,
                              OrderStatus::Resolved, OrderStatus::Expired}) {
      QCOMPARE(deadlineTransition(OrderStage{final, 0, 0}).code(), StateErrc::Corrupt);
    }
  }
};

QTEST_GUILESS_MAIN(TestOrderTransition)
#include "test_order_transition.moc"
