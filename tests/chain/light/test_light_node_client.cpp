// The GUI's NodeClient over a light node (light::LightNodeClient on a
// LightRunner) following a real dev full node over real P2P: every answer the
// wallet's pages use — accounts, orders, order pages, nonces, the Overview's
// escrow and sales — equals the full node's own (LocalNodeClient), proven; a
// transaction submitted through it is relayed, mined and counted in the next
// nonce meanwhile; what needs the full chain (the explorer) fails saying so.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "chain/light/light_node_client.h"
#include "chain/light/light_runner.h"
#include "chain/rpc/rpc_errc.h"
#include "tests/support/dev_shop.h"
#include "tests/test_util.h"

using namespace wb;

namespace {

// The answer of a client request, waiting for its callback (nullopt: none in time).
template <class T, class Ask>
std::optional<Result<T>> await(Ask ask) {
  std::optional<Result<T>> out;
  ask([&out](Result<T> result) { out = std::move(result); });
  if (!QTest::qWaitFor([&] { return out.has_value(); }, 15'000)) return std::nullopt;
  return out;
}

// The value of a request that must succeed (fails the test through qFatal otherwise).
template <class T, class Ask>
T value(Ask ask) {
  auto answer = await<T>(ask);
  if (!answer) qFatal("no answer in time");
  if (!*answer) qFatal("%s", answer->error().message.c_str());
  return std::move(**answer);
}

}  // namespace

class TestLightNodeClient : public QObject {
  Q_OBJECT

  SecpContext ctx_;

private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void answersAsTheFullNodeFromProofs() {
    auto opened = test::DevShop::open(ctx_);
    WB_VERIFY_OK(opened);
    test::DevShop& shop = **opened;
    test::DevNode& full = shop.node();
    const AccountKey buyer = shop.account(0), payer = shop.account(1), merchant = shop.account(2);
    const OrderWindows& w = full.params().defaultWindows;
    auto submit = [&](const AccountKey& from, TxPayload payload) {
      auto txid = shop.submit(from, std::move(payload));
      if (!txid) qFatal("%s", txid.error().message.c_str());
      return *txid;
    };
    // One order paid (in escrow), one completed (a sale), one only created.
    const OrderId paid{
        submit(buyer, OrderCreatePayload{merchant, buyer, {}, "tea", 2, 5 * kCoin, w.pay, w.ship, w.confirm, {}})};
    const OrderId sold{
        submit(buyer, OrderCreatePayload{merchant, buyer, {}, "cups", 1, 7 * kCoin, w.pay, w.ship, w.confirm, {}})};
    const OrderId pot{
        submit(buyer, OrderCreatePayload{merchant, buyer, {}, "pot", 1, kCoin, w.pay, w.ship, w.confirm, {}})};
    WB_VERIFY_OK(full.produce(1));
    submit(payer, OrderPayPayload{paid, 10 * kCoin});
    submit(buyer, OrderPayPayload{sold, 7 * kCoin});
    WB_VERIFY_OK(full.produce(1));
    submit(merchant, OrderShipPayload{sold, {}});
    WB_VERIFY_OK(full.produce(1));
    submit(buyer, OrderConfirmPayload{sold});
    WB_VERIFY_OK(full.produce(1));

    QTemporaryDir dir;
    light::LightNodeConfig config;
    config.dataDir = dir.path();
    config.genesis = full.genesis();
    config.connect = {net::HostPort{QHostAddress(QHostAddress::LocalHost), full.p2pPort()}};
    light::LightRunner runner;
    WB_VERIFY_OK(runner.start(config, ctx_));
    {
      light::LightNodeClient client(runner.node());
      node::NodeClient& light = client;
      node::NodeClient& truth = full.client();
      auto tipOf = [](node::NodeClient& c) { return value<node::NodeStatus>([&](auto done) { c.status(done); }).tip; };
      QTRY_COMPARE_WITH_TIMEOUT(tipOf(light), full.tip(), 15'000);
      QCOMPARE(value<node::NodeStatus>([&](auto done) { light.status(done); }).peers, std::size_t{1});

      for (const AccountKey& key : {buyer, payer, merchant}) {
        QCOMPARE(value<state::Account>([&](auto done) { light.account(key, done); }),
                 value<state::Account>([&](auto done) { truth.account(key, done); }));
      }
      QCOMPARE(value<std::optional<state::Order>>([&](auto done) { light.order(paid, done); }),
               value<std::optional<state::Order>>([&](auto done) { truth.order(paid, done); }));
      OrderId unknown{};
      unknown[0] = 9;
      QVERIFY(!value<std::optional<state::Order>>([&](auto done) { light.order(unknown, done); }).has_value());
      state::OrderQuery query;
      query.party = merchant;
      query.role = state::PartyRole::Merchant;
      query.limit = 2;
      const state::OrderPage page = value<state::OrderPage>([&](auto done) { light.orders(query, done); });
      const state::OrderPage expected = value<state::OrderPage>([&](auto done) { truth.orders(query, done); });
      QCOMPARE(page.orders, expected.orders);
      QCOMPARE(page.next, expected.next);
      const std::vector<AccountKey> ours{buyer, payer, merchant};
      const node::EscrowSummary escrow = value<node::EscrowSummary>([&](auto done) { light.escrow(ours, done); });
      QCOMPARE(escrow.paidByUs, 10 * kCoin);
      QCOMPARE(escrow.owedToUs, 10 * kCoin);
      QCOMPARE(escrow.openOrders, std::size_t{1});
      const std::uint64_t now = static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch());
      const auto sales = value<std::vector<node::SalesDay>>([&](auto done) { light.sales({merchant}, now, 14, done); });
      const auto salesTruth =
          value<std::vector<node::SalesDay>>([&](auto done) { truth.sales({merchant}, now, 14, done); });
      QCOMPARE(sales.size(), std::size_t{14});
      QCOMPARE(sales.back().revenue, salesTruth.back().revenue);
      QCOMPARE(sales.back().revenue, 7 * kCoin);

      // At every new header the orders it was asked about are proven again and their changes
      // announced, as are new orders of a party it listed (a light node sees no block bodies).
      query.limit = 50;
      QCOMPARE(value<state::OrderPage>([&](auto done) { light.orders(query, done); }).orders.size(), std::size_t{3});
      QSignalSpy changed(&client, &node::NodeClient::orderChanged);
      const OrderId fresh{
          submit(buyer, OrderCreatePayload{merchant, buyer, {}, "kettle", 1, 2 * kCoin, w.pay, w.ship, w.confirm, {}})};
      submit(payer, OrderPayPayload{pot, kCoin});
      WB_VERIFY_OK(full.produce(1));
      auto announced = [&](const OrderId& id) {
        for (const QList<QVariant>& args : changed) {
          if (args.at(0).value<OrderId>() == id) return true;
        }
        return false;
      };
      QTRY_VERIFY_WITH_TIMEOUT(announced(fresh), 15'000);
      QTRY_VERIFY_WITH_TIMEOUT(announced(pot), 15'000);
      QVERIFY(!announced(sold));  // completed: no block changes it any more
      QVERIFY(!announced(paid));  // unchanged

      // A transfer through the light node: the next nonce counts it while it is unmined.
      const std::uint64_t nonce = value<std::uint64_t>([&](auto done) { light.nextNonce(payer, done); });
      Tx tx = shop.builder().build(payer, nonce, TransferPayload{merchant, kCoin, "light"}).value();
      QSignalSpy accepted(&client, &node::NodeClient::txAccepted);
      const Hash32 txid = value<Hash32>([&](auto done) { light.submitTx(tx, done); });
      QCOMPARE(accepted.count(), 1);
      QCOMPARE(value<std::uint64_t>([&](auto done) { light.nextNonce(payer, done); }), nonce + 1);
      QTRY_COMPARE_WITH_TIMEOUT(value<std::uint64_t>([&](auto done) { truth.nextNonce(payer, done); }), nonce + 1,
                                10'000);  // relayed to the full node's mempool
      WB_VERIFY_OK(full.produce(1));
      QTRY_COMPARE_WITH_TIMEOUT(value<state::Account>([&](auto done) { light.account(payer, done); }).nonce, nonce + 1,
                                15'000);
      QVERIFY(value<std::optional<node::TxLookup>>([&](auto done) { truth.transaction(txid, done); }).has_value());

      // The delegates (for voting): none yet, then the full node's list, ranked alike, each proven.
      QVERIFY(value<std::vector<node::DelegateEntry>>([&](auto done) { light.delegates(done); }).empty());
      submit(merchant, RegisterDelegatePayload{"tea_house"});
      submit(buyer, RegisterDelegatePayload{"buyer_votes"});
      WB_VERIFY_OK(full.produce(1));
      {
        const auto mine = value<std::vector<node::DelegateEntry>>([&](auto done) { light.delegates(done); });
        const auto theirs = value<std::vector<node::DelegateEntry>>([&](auto done) { truth.delegates(done); });
        QVERIFY(!theirs.empty());
        QCOMPARE(mine.size(), theirs.size());
        for (std::size_t i = 0; i < mine.size(); ++i) {
          QCOMPARE(mine[i].key, theirs[i].key);
          QVERIFY(mine[i].delegate == theirs[i].delegate);
          QCOMPARE(mine[i].rank, theirs[i].rank);
          QCOMPARE(mine[i].active, theirs[i].active);
        }
      }

      // What needs the whole chain says so.
      auto explorer = await<std::vector<node::BlockSummary>>([&](auto done) { light.blocks(1, 10, done); });
      QVERIFY(explorer.has_value());
      WB_VERIFY_FAILS(*explorer, RpcErrc::MethodNotFound);
      QVERIFY(explorer->error().message.find("light node") != std::string::npos);
      const auto producing = await<void>([&](auto done) { light.setProducing(true, done); });
      QVERIFY(producing.has_value());
      WB_VERIFY_FAILS(*producing, RpcErrc::MethodNotFound);
      QCOMPARE(value<std::vector<net::PeerInfo>>([&](auto done) { light.peers(done); }).size(), std::size_t{1});
    }
    runner.stop();
  }
};

QTEST_GUILESS_MAIN(TestLightNodeClient)
#include "test_light_node_client.moc"
