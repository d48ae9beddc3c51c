// Order lists on a light node (DESIGN §11), against full peers played by real
// P2P connections over a real chain store: the ids come from every full peer
// and are merged (LightSync::requestOrderIds), so one peer hiding an order does
// not hide it, page by page; order_list (light::LightNode) proves every order
// it answers with, filters like a full node, and drops a peer that listed
// orders that are not the party's.
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include "chain/core/tx_check.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "chain/light/light_node.h"
#include "chain/node/rpc_json.h"
#include "tests/chain/light/fake_full_peer.h"
#include "tests/chain/light/light_fixture.h"
#include "tests/chain/light/light_suite.h"
#include "tests/support/sample_order.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::lighttest;

namespace {

// The merged page LightSync gives for `party` (nullopt when none came in time).
std::optional<Result<light::OrderIdsPage>> awaitIds(light::LightSync& sync, const AccountKey& party,
                                                    std::uint32_t limit, std::optional<net::OrderRef> before) {
  std::optional<Result<light::OrderIdsPage>> out;
  sync.requestOrderIds(party, limit, before, [&](const Result<light::OrderIdsPage>& page) { out = page; });
  if (!QTest::qWaitFor([&] { return out.has_value(); }, 10'000)) return std::nullopt;
  return out;
}

// One JSON-RPC call through the node's dispatcher: the whole response object.
QJsonObject call(light::LightNode& node, const QString& method, const QJsonObject& params) {
  const QJsonObject request{{"jsonrpc", "2.0"}, {"id", 1}, {"method", method}, {"params", params}};
  std::optional<QByteArray> response;
  bool done = false;
  node.rpcDispatcher()->dispatch(QJsonDocument(request).toJson(), [&](std::optional<QByteArray> body) {
    response = std::move(body);
    done = true;
  });
  if (!QTest::qWaitFor([&] { return done; }, 10'000) || !response) return {};
  return QJsonDocument::fromJson(*response).object();
}

}  // namespace

class TestLightOrders : public LightSuite {
  Q_OBJECT

  Tx orderCreate(const GenesisFile& file, std::size_t buyer, std::size_t merchant, std::uint64_t nonce) {
    Tx tx;
    tx.sender = accounts_->key(buyer);
    tx.nonce = nonce;
    tx.payload = testsupport::orderWithWindows(1000, accounts_->key(merchant), accounts_->key(buyer),
                                               "tea #" + std::to_string(nonce), 1, 3 * kCoin);
    tx.fee = minimumFee(encodeTx(tx).size(), file.params).value();
    if (!signTx(ctx_, accounts_->secret(buyer), file.params.genesisHash, tx)) qFatal("cannot sign a test transaction");
    return tx;
  }

  // Account 1 buys three orders from account 2 (one block each, oldest first
  // in the result) and account 3 one from account 4.
  std::vector<OrderId> makeOrders(FullNode& full, const GenesisFile& file) {
    std::vector<OrderId> ofBuyer;
    for (std::uint64_t nonce = 0; nonce < 3; ++nonce) {
      const Tx tx = orderCreate(file, 1, 2, nonce);
      if (!full.produce(0, {tx})) qFatal("cannot produce");
      ofBuyer.push_back(orderIdOf(computeTxid(tx)));
    }
    if (!full.produce(0, {orderCreate(file, 3, 4, 0)})) qFatal("cannot produce");
    return ofBuyer;
  }

  QString address(const GenesisFile& file, std::size_t account) const {
    return node::addressString(file.params.hrp, accounts_->key(account));
  }

private slots:
  void orderIdsAreMergedFromEveryPeer() {
    FullAndLight nodes(ConsensusKind::Pow, ctx_, *accounts_);
    auto& [dir, file, full, light] = nodes;
    const std::vector<OrderId> created = makeOrders(full, file);
    const std::vector<OrderId> newestFirst(created.rbegin(), created.rend());
    WB_VERIFY_OK(nodes.openLight(1000));
    LiarThenHonest peers(*full.chain, FakeFullPeer::Lie::HideNewestOrder, *light.chain);
    QVERIFY(peers.ready(*full.chain, *light.chain));

    auto page = awaitIds(peers.sync, accounts_->key(1), 50, std::nullopt);
    QVERIFY(page.has_value());
    WB_VERIFY_OK(*page);
    std::vector<OrderId> listed;
    for (const net::OrderRef& ref : (*page)->orders) listed.push_back(ref.id);
    QVERIFY(listed == newestFirst);  // the newest too, though one peer hid it
    QCOMPARE((*page)->listedBy.at(newestFirst[0]).size(), std::size_t{1});
    QCOMPARE((*page)->listedBy.at(newestFirst[1]).size(), std::size_t{2});
    QCOMPARE((*page)->peers, std::size_t{2});
    QVERIFY(!(*page)->next.has_value());

    // Pages of two: every order, once, in order, though the hider hides one per page.
    std::vector<OrderId> paged;
    std::optional<net::OrderRef> before;
    int pages = 0;
    do {
      page = awaitIds(peers.sync, accounts_->key(1), 2, before);
      QVERIFY(page.has_value());
      WB_VERIFY_OK(*page);
      for (const net::OrderRef& ref : (*page)->orders) paged.push_back(ref.id);
      before = (*page)->next;
    } while (before && ++pages < 10);
    QVERIFY(paged == newestFirst);
    // An account with no orders: an empty list, from both.
    page = awaitIds(peers.sync, accounts_->key(7), 50, std::nullopt);
    WB_VERIFY_OK(*page);
    QVERIFY((*page)->orders.empty());
    QVERIFY(peers.dropped.isEmpty());  // hiding cannot be proven: nobody is dropped for it
  }

  void orderListProvesEveryOrderAndDropsAPeerListingOthers() {
    QTemporaryDir dir;
    const GenesisFile file = devGenesis(ConsensusKind::Pow, *accounts_);
    FullNode full(pathOf(dir, "full"), file, ctx_, *accounts_);
    const std::vector<OrderId> created = makeOrders(full, file);
    FakeFullPeer liar(*full.chain, FakeFullPeer::Lie::ForeignOrders);
    liar.foreignParty = accounts_->key(3);  // lists account 3's order as anyone's
    FakeFullPeer honest(*full.chain, FakeFullPeer::Lie::None);

    light::LightNodeConfig config;
    config.dataDir = dir.path() + "/light";
    config.genesis = file;
    config.connect = {liar.endpoint(), honest.endpoint()};
    config.rpc = rpc::RpcEndpoint{};
    config.sync = fastConfig({});
    auto opened = light::LightNode::open(config, ctx_);
    WB_VERIFY_OK(opened);
    light::LightNode& node = **opened;
    QStringList dropped;
    connect(&node.sync(), &light::LightSync::peerDropped, this, [&](const QString&, const QString& why, bool bad) {
      if (bad) dropped << why;
    });
    WB_VERIFY_OK(node.start());
    QTRY_COMPARE_WITH_TIMEOUT(node.headers().tip().hash, full.chain->tip().hash, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(node.sync().readyPeers(), std::size_t{2}, 10'000);

    const QJsonObject answer = call(node, "order_list", {{"address", address(file, 1)}});
    const QJsonObject result = answer["result"].toObject();
    QVERIFY2(result["proven"].toBool(), QJsonDocument(answer).toJson().constData());
    const QJsonArray orders = result["orders"].toArray();
    QCOMPARE(orders.size(), 3);  // not account 3's order the liar listed
    for (qsizetype i = 0; i < orders.size(); ++i) {
      QCOMPARE(orders[i]["id"].toString(), node::hexString(created[created.size() - 1 - static_cast<std::size_t>(i)]));
      QCOMPARE(orders[i]["buyer"].toString(), address(file, 1));
      QVERIFY(orders[i]["proven"].toBool());
      QCOMPARE(orders[i]["proof_height"].toInteger(), static_cast<qint64>(full.chain->tip().height));
    }
    QVERIFY(result["next"].isNull());
    QTRY_COMPARE_WITH_TIMEOUT(dropped.size(), 1, 10'000);
    QVERIFY2(dropped.front().contains("not"), qPrintable(dropped.front()));

    // Filters as a full node's, on what was proven.
    auto count = [&](const QJsonObject& params) {
      return call(node, "order_list", params)["result"].toObject()["orders"].toArray().size();
    };
    QCOMPARE(count({{"address", address(file, 2)}, {"role", "merchant"}}), 3);
    QCOMPARE(count({{"address", address(file, 2)}, {"role", "buyer"}}), 0);
    QCOMPARE(count({{"address", address(file, 1)}, {"status", "PAID"}}), 0);
    QCOMPARE(count({{"address", address(file, 1)}, {"status", "CREATED"}, {"limit", 2}}), 2);
    QCOMPARE(call(node, "order_list", {{"address", "nope"}})["error"].toObject()["code"].toInt(), -32602);
    QCOMPARE(
        call(node, "order_list", {{"address", address(file, 1)}, {"before", "x"}})["error"].toObject()["code"].toInt(),
        -32602);
    node.stop();
  }
};

QTEST_GUILESS_MAIN(TestLightOrders)
#include "test_light_orders.moc"
