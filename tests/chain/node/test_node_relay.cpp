// Transactions relayed by peers (DESIGN §7): one no chain could ever hold (bad
// signature, undecodable) costs the peer its connection and discourages its
// address; one that is
// merely stale against our state (its nonce used already) is normal traffic and
// costs nothing. A real node in-process; the peers are raw sockets on their own
// loopback addresses so each discouragement is told apart.
#include <QTemporaryDir>
#include <QtTest>

#include "tests/chain/net/net_test_support.h"
#include "tests/chain/node/node_suite.h"
#include "tests/chain/node/node_test_support.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::node;
using wb::nettest::RawPeer;
using namespace wb::nodetest;

class TestNodeRelay : public NodeSuite {
  Q_OBJECT

  // Starts a manual-clock producer of `genesis`'s network in `dir` whose block 1 holds `tx`.
  Status startWithBlockOf(NodeRunner& runner, const QString& dir, const GenesisFile& genesis, const Tx& tx) {
    WB_TRY(runner.start(kit_->manualConfig(dir, genesis), kit_->ctx()));
    WB_TRY(onNode(runner, [&](Node& n) { return n.submitTx(tx); }));
    WB_TRY(onNode(runner, [](Node& n) { return n.devProduce(1); }));
    return {};
  }

  static bool discouraged(NodeRunner& runner, const char* address) {
    return onNode(runner, [&](Node& n) { return n.peers().isDiscouraged(QHostAddress(QString(address))); });
  }

private slots:
  void invalidTransactionsAreDiscouragedStaleOnesAreNot() {
    QTemporaryDir dir;
    const GenesisFile genesis = kit_->devGenesis(ConsensusKind::Pow, unixNow());
    // Nonce 0 of account 3 is used once this block is in.
    const Tx used = kit_->transfer(genesis.params, 3, 4, 0);
    NodeRunner runner;
    WB_VERIFY_OK(startWithBlockOf(runner, dir.path(), genesis, used));
    const quint16 port = onNode(runner, [](Node& n) { return n.p2pPort(); });
    const Hash32 network = genesis.params.genesisHash;

    RawPeer stale(network, QHostAddress("127.0.0.2"));
    QVERIFY(stale.connectTo(port));
    QVERIFY(stale.handshake());
    stale.send(net::TxMsg{used});

    RawPeer forger(network, QHostAddress("127.0.0.3"));
    QVERIFY(forger.connectTo(port));
    QVERIFY(forger.handshake());
    Tx forged = kit_->transfer(genesis.params, 3, 4, 1);
    forged.sig[0] ^= 1;
    forger.send(net::TxMsg{forged});
    QVERIFY(forger.waitDisconnected());
    QVERIFY(discouraged(runner, "127.0.0.3"));

    RawPeer garbler(network, QHostAddress("127.0.0.4"));
    QVERIFY(garbler.connectTo(port));
    QVERIFY(garbler.handshake());
    garbler.sendRaw(
        net::encodeFrame(net::networkMagic(network), static_cast<std::uint8_t>(net::MessageType::Tx), Bytes{1, 2, 3}));
    QVERIFY(garbler.waitDisconnected());
    QVERIFY(discouraged(runner, "127.0.0.4"));

    // The stale relay (sent before the others) is still served and not discouraged.
    QVERIFY(stale.connected());
    QVERIFY(!discouraged(runner, "127.0.0.2"));
    QCOMPARE(onNode(runner, [](Node& n) { return n.peers().readyPeerCount(); }), std::size_t{1});
    // Neither transaction reached the pool.
    QCOMPARE(onNode(runner, [](Node& n) { return n.mempool().size(); }), std::size_t{0});
  }

  // Stale transactions are normal once, not as a stream (issue 12): each one our
  // state refuses uses up part of the connection's allowance, and a peer that
  // keeps relaying them is dropped and discouraged; a peer that relays one is not.
  void repeatedStaleRelaysCostTheConnection() {
    QTemporaryDir dir;
    const GenesisFile genesis = kit_->devGenesis(ConsensusKind::Pow, unixNow());
    NodeRunner runner;
    WB_VERIFY_OK(startWithBlockOf(runner, dir.path(), genesis, kit_->transfer(genesis.params, 3, 4, 0)));
    const quint16 port = onNode(runner, [](Node& n) { return n.p2pPort(); });
    const Hash32 network = genesis.params.genesisHash;
    // Signed and well-formed, each different, each with the used nonce 0.
    const auto staleTx = [&](std::uint64_t salt) {
      return kit_->signedTx(genesis.params, 3, 0, TransferPayload{kit_->accounts().key(4), kCoin + salt, "stale"});
    };

    RawPeer once(network, QHostAddress("127.0.0.2"));
    QVERIFY(once.connectTo(port));
    QVERIFY(once.handshake());
    once.send(net::TxMsg{staleTx(0)});
    RawPeer spammer(network, QHostAddress("127.0.0.3"));
    QVERIFY(spammer.connectTo(port));
    QVERIFY(spammer.handshake(0, 0x5353));
    for (std::uint64_t i = 1; i <= 80; ++i) spammer.send(net::TxMsg{staleTx(i)});
    QVERIFY(spammer.waitDisconnected(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(discouraged(runner, "127.0.0.3"), 5'000);

    QVERIFY(once.connected());
    QVERIFY(!discouraged(runner, "127.0.0.2"));
    QCOMPARE(onNode(runner, [](Node& n) { return n.mempool().size(); }), std::size_t{0});
  }
};

QTEST_GUILESS_MAIN(TestNodeRelay)
#include "test_node_relay.moc"
