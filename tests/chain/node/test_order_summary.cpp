// escrowSummary and salesByDay over a real dev node's ledger, asked through
// NodeClient: orders in every open state count once, closed ones leave the
// escrow, and a completed sale lands on the day of the block that closed it.
#include <QTemporaryDir>
#include <QtTest>
#include <chrono>

#include "chain/core/amount.h"
#include "chain/core/core_errc.h"
#include "tests/support/dev_shop.h"
#include "wallet/tx_builder.h"

using namespace wb;

namespace {

template <class T>
Result<T> ask(const std::function<void(node::NodeClient::Callback<T>)>& request) {
  std::optional<Result<T>> out;
  request([&out](Result<T> r) { out = std::move(r); });
  if (!QTest::qWaitFor([&] { return out.has_value(); }, 10'000)) return fail(CoreErrc::IoError, "no answer");
  return std::move(*out);
}

}  // namespace

class TestOrderSummary : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto()); }

  void escrowAndSalesFollowTheOrders() {
    auto shop = test::DevShop::open(ctx_);
    QVERIFY2(shop, shop ? "" : shop.error().message.c_str());
    test::DevNode& dev = (*shop)->node();
    const TxBuilder& builder = (*shop)->builder();
    const AccountKey merchant = dev.keys()[0];
    const AccountKey buyer = dev.keys()[1];
    const AccountKey payer = dev.keys()[2];  // pays for the buyer (the seed's "someone else")
    auto submit = [&](const AccountKey& from, TxPayload payload) {
      return dev.submitPayload(builder, from, std::move(payload));
    };
    auto create = [&](Amount price) -> Result<OrderId> {
      const OrderWindows& w = dev.params().defaultWindows;
      WB_TRY_ASSIGN(txid, submit(merchant, OrderCreatePayload{
                                               merchant, buyer, {}, "tea", 2, price, w.pay, w.ship, w.confirm, {}}));
      return OrderId{*txid};
    };
    auto a = create(1'000);
    auto b = create(3'000);
    auto c = create(5'000);
    QVERIFY(a && b && c);
    QVERIFY(dev.produce(1));
    QVERIFY(submit(payer, OrderPayPayload{*a, 2'000}));
    QVERIFY(submit(payer, OrderPayPayload{*b, 6'000}));
    QVERIFY(submit(payer, OrderPayPayload{*c, 10'000}));
    QVERIFY(dev.produce(1));
    QVERIFY(submit(merchant, OrderShipPayload{*b, {}}));
    QVERIFY(submit(merchant, OrderShipPayload{*c, {}}));
    QVERIFY(dev.produce(1));
    QVERIFY(submit(buyer, OrderConfirmPayload{*c}));
    QVERIFY(dev.produce(1));

    // a is paid, b shipped: both still in escrow; c completed: released.
    const std::vector<AccountKey> payerSide{payer, buyer};
    auto paid = ask<node::EscrowSummary>([&](auto done) { dev.client().escrow(payerSide, done); });
    QVERIFY(paid);
    QCOMPARE(paid->paidByUs, Amount{8'000});
    QCOMPARE(paid->owedToUs, Amount{0});
    QCOMPARE(paid->openOrders, std::size_t{2});
    auto owed = ask<node::EscrowSummary>([&](auto done) { dev.client().escrow({merchant}, done); });
    QVERIFY(owed);
    QCOMPARE(owed->owedToUs, Amount{8'000});
    QCOMPARE(owed->paidByUs, Amount{0});
    // One wallet on both sides counts each order once, on each side.
    auto both = ask<node::EscrowSummary>([&](auto done) { dev.client().escrow({merchant, payer}, done); });
    QVERIFY(both);
    QCOMPARE(both->openOrders, std::size_t{2});
    QCOMPARE(both->paidByUs, Amount{8'000});
    QCOMPARE(both->owedToUs, Amount{8'000});

    // The tip's block time decides the day; the node's clock is the dev one.
    auto tip = ask<std::optional<node::BlockLookup>>([&](auto done) { dev.client().blockAt(4, done); });
    QVERIFY(tip && *tip);
    const std::uint64_t now = (*tip)->block.header.time;
    auto sales = ask<std::vector<node::SalesDay>>([&](auto done) { dev.client().sales({merchant}, now, 7, done); });
    QVERIFY(sales);
    QCOMPARE(sales->size(), std::size_t{7});
    QCOMPARE(sales->back().dayStart, now / 86'400 * 86'400);
    QCOMPARE(sales->back().revenue, Amount{10'000});
    QCOMPARE(sales->back().orders, std::size_t{1});
    for (std::size_t i = 0; i + 1 < sales->size(); ++i) {
      QCOMPARE((*sales)[i].revenue, Amount{0});
      QCOMPARE((*sales)[i + 1].dayStart - (*sales)[i].dayStart, std::uint64_t{86'400});
    }
    // The buyer sold nothing.
    auto none = ask<std::vector<node::SalesDay>>([&](auto done) { dev.client().sales({buyer}, now, 7, done); });
    QVERIFY(none);
    for (const auto& day : *none) QCOMPARE(day.revenue, Amount{0});
  }

private:
  SecpContext ctx_;
};

QTEST_GUILESS_MAIN(TestOrderSummary)
#include "test_order_summary.moc"
