// Peers and the manager on real sockets (127.0.0.x): handshakes, refusals,
// keepalive, relay, and hostile peers that get dropped and their address
// discouraged while an honest peer on the same manager keeps being served.
#include <QtTest>
#include <thread>

#include "chain/core/core_errc.h"
#include "chain/core/tx_sign.h"
#include "chain/net/net_errc.h"
#include "tests/chain/net/net_suite.h"
#include "tests/chain/net/net_test_support.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::net;
using namespace wb::nettest;

namespace {

struct Events {
  std::vector<int> misbehaviourCodes;
  std::vector<QString> misbehavedAddresses;
  std::vector<QString> disconnectReasons;
  int connected = 0;
  void watch(PeerManager& m) {
    QObject::connect(&m, &PeerManager::peerMisbehaved, [this](PeerId, QString address, int code, QString) {
      misbehaviourCodes.push_back(code);
      misbehavedAddresses.push_back(address);
    });
    QObject::connect(&m, &PeerManager::peerDisconnected,
                     [this](PeerId, QString, QString reason) { disconnectReasons.push_back(reason); });
    QObject::connect(&m, &PeerManager::peerConnected, [this](PeerId, QString, bool) { ++connected; });
  }
};

bool answersPing(RawPeer& peer, std::uint64_t nonce) {
  peer.send(PingMsg{nonce});
  auto pong = peer.waitFor(MessageType::Pong);
  return pong && std::get<PongMsg>(*pong).nonce == nonce;
}

}  // namespace

class TestPeers : public NetSuite {
  Q_OBJECT

public:
  TestPeers() : NetSuite(40, 2) {}

private slots:
  void twoManagersHandshake() {
    Node a(*net_, "a"), b(*net_, "b");
    WB_VERIFY_OK(a.open());
    WB_VERIFY_OK(b.open());
    Events ea, eb;
    ea.watch(*a.manager);
    eb.watch(*b.manager);
    auto id = b.manager->connectTo(a.endpoint());
    WB_VERIFY_OK(id);
    QTRY_COMPARE_WITH_TIMEOUT(a.manager->readyPeerCount(), std::size_t{1}, 5'000);
    QTRY_COMPARE_WITH_TIMEOUT(b.manager->readyPeerCount(), std::size_t{1}, 5'000);
    QCOMPARE(ea.connected, 1);
    QCOMPARE(eb.connected, 1);
    const PeerInfo seenByA = a.manager->peers().front();
    QVERIFY(seenByA.inbound);
    QCOMPARE(seenByA.listenPort, b.manager->listenPort());
    QCOMPARE(seenByA.agent, QString("waybill/0.1.0"));
    // A learnt where B listens; B asked A for addresses.
    QVERIFY(a.manager->addressBook().contains(b.endpoint()));
    // A second connection to the same endpoint is refused up front.
    WB_VERIFY_FAILS(b.manager->connectTo(a.endpoint()), NetErrc::AlreadyConnected);
  }

  void wrongGenesisIsRefusedWithoutBan() {
    Node a(*net_, "a");
    WB_VERIFY_OK(a.open());
    Events events;
    events.watch(*a.manager);
    // Same magic (first 4 bytes), another genesis: the hello check refuses it.
    Hash32 other = net_->genesis.params.genesisHash;
    other[31] ^= 1;
    RawPeer stranger(other, kHostileAddress);
    QVERIFY(stranger.connectTo(a.manager->listenPort()));
    HelloMsg hello;
    hello.genesis = other;
    hello.nonce = 99;
    stranger.send(hello);
    QVERIFY(stranger.waitDisconnected());
    QTRY_COMPARE_WITH_TIMEOUT(events.disconnectReasons.size(), std::size_t{1}, 5'000);
    QVERIFY(events.disconnectReasons[0].contains("another network"));
    QVERIFY(events.misbehaviourCodes.empty());
    QVERIFY(!a.manager->isDiscouraged(kHostileAddress));
    QCOMPARE(events.connected, 0);
  }

  void wrongVersionIsRefused() {
    Node a(*net_, "a");
    WB_VERIFY_OK(a.open());
    Events events;
    events.watch(*a.manager);
    RawPeer old(net_->genesis.params.genesisHash, kHostileAddress);
    QVERIFY(old.connectTo(a.manager->listenPort()));
    HelloMsg hello;
    hello.version = kProtocolVersion + 1;
    hello.genesis = net_->genesis.params.genesisHash;
    old.send(hello);
    QVERIFY(old.waitDisconnected());
    QTRY_COMPARE_WITH_TIMEOUT(events.disconnectReasons.size(), std::size_t{1}, 5'000);
    QVERIFY(events.disconnectReasons[0].contains("protocol version"));
    QVERIFY(!a.manager->isDiscouraged(kHostileAddress));
  }

  void selfConnectionIsDropped() {
    Node a(*net_, "a");
    WB_VERIFY_OK(a.open());
    Events events;
    events.watch(*a.manager);
    WB_VERIFY_OK(a.manager->connectTo(a.endpoint()));
    QTRY_COMPARE_WITH_TIMEOUT(events.disconnectReasons.size(), std::size_t{2}, 5'000);  // both ends
    QVERIFY(events.disconnectReasons[0].contains("ourselves"));
    QCOMPARE(events.connected, 0);
    QVERIFY(!a.manager->isDiscouraged(kHonestAddress));
    QCOMPARE(a.manager->peers().size(), std::size_t{0});
  }

  void bannedAddressIsRefusedBothWays() {
    Node a(*net_, "a"), b(*net_, "b");
    WB_VERIFY_OK(a.open());
    WB_VERIFY_OK(b.open());
    WB_VERIFY_OK(a.manager->ban(kHonestAddress, 3600));
    Events ea;
    ea.watch(*a.manager);
    WB_VERIFY_FAILS(a.manager->connectTo(b.endpoint()), NetErrc::Banned);
    RawPeer knocking(net_->genesis.params.genesisHash, kHonestAddress);
    QVERIFY(knocking.connectTo(a.manager->listenPort()));
    auto reject = knocking.waitFor(MessageType::Reject);  // told why before any hello
    QVERIFY(reject.has_value());
    QCOMPARE(std::get<RejectMsg>(*reject).code, std::uint16_t(NetErrc::Banned));
    QVERIFY(knocking.waitDisconnected());
    // A node refused the same way logs why.
    Events eb;
    eb.watch(*b.manager);
    WB_VERIFY_OK(b.manager->connectTo(a.endpoint()));
    QTRY_COMPARE_WITH_TIMEOUT(eb.disconnectReasons.size(), std::size_t{1}, 5'000);
    QVERIFY2(eb.disconnectReasons[0].contains("banned"), qPrintable(eb.disconnectReasons[0]));
    QCOMPARE(ea.connected, 0);
    QCOMPARE(a.manager->peers().size(), std::size_t{0});
    // The ban survives a restart of the manager (same ban file).
    WB_VERIFY_OK(a.open());
    WB_VERIFY_OK(a.manager->banListStatus());
    QVERIFY(a.manager->isBanned(kHonestAddress));
    WB_VERIFY_OK(a.manager->unban(kHonestAddress));
    WB_VERIFY_OK(b.manager->connectTo(a.endpoint()));
    QTRY_COMPARE_WITH_TIMEOUT(a.manager->readyPeerCount(), std::size_t{1}, 5'000);
  }

  void inboundLimitIsEnforced() {
    Node a(*net_, "a");
    auto config = testConfig();
    config.maxInbound = 1;
    WB_VERIFY_OK(a.open(config));
    RawPeer first(net_->genesis.params.genesisHash, kHonestAddress);
    QVERIFY(first.connectTo(a.manager->listenPort()));
    QVERIFY(first.handshake());
    RawPeer second(net_->genesis.params.genesisHash, QHostAddress("127.0.0.3"));
    QVERIFY(second.connectTo(a.manager->listenPort()));
    QVERIFY(second.waitDisconnected());
    QVERIFY(answersPing(first, 5));
  }

  void handshakeAndPingTimeouts() {
    Node a(*net_, "a");
    auto config = testConfig();
    config.peer.handshakeTimeoutMs = 300;
    config.peer.pingIntervalMs = 200;
    config.peer.pingTimeoutMs = 300;
    WB_VERIFY_OK(a.open(config));
    Events events;
    events.watch(*a.manager);
    RawPeer silent(net_->genesis.params.genesisHash, kHostileAddress);
    QVERIFY(silent.connectTo(a.manager->listenPort()));
    QVERIFY(silent.waitDisconnected(3'000));
    RawPeer deaf(net_->genesis.params.genesisHash, kHonestAddress);
    QVERIFY(deaf.connectTo(a.manager->listenPort()));
    QVERIFY(deaf.handshake());
    QVERIFY(deaf.waitFor(MessageType::Ping, 3'000).has_value());  // and never answered
    QVERIFY(deaf.waitDisconnected(3'000));
    QTRY_COMPARE_WITH_TIMEOUT(events.disconnectReasons.size(), std::size_t{2}, 3'000);
    QVERIFY(events.disconnectReasons[0].contains("handshake"));
    QVERIFY(events.disconnectReasons[1].contains("pong"));
    QVERIFY(events.misbehaviourCodes.empty());  // slow is not hostile
  }

  void hostilePeerIsDroppedAndDiscouraged_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("expected");
    QTest::newRow("bad magic") << 0 << int(NetErrc::BadMagic);
    QTest::newRow("bad checksum") << 1 << int(NetErrc::BadChecksum);
    QTest::newRow("oversize frame header") << 2 << int(NetErrc::FrameTooLarge);
    QTest::newRow("garbage after handshake") << 3 << int(NetErrc::BadMagic);
    QTest::newRow("undecodable message") << 4 << int(CoreErrc::DecodeShortInput);
    QTest::newRow("message before hello") << 5 << int(NetErrc::UnexpectedMessage);
    QTest::newRow("unknown message type") << 6 << int(NetErrc::UnknownMessage);
    QTest::newRow("second hello") << 7 << int(NetErrc::UnexpectedMessage);
  }
  void hostilePeerIsDroppedAndDiscouraged() {
    QFETCH(int, kind);
    QFETCH(int, expected);
    const Hash32 genesis = net_->genesis.params.genesisHash;
    const std::uint32_t magic = networkMagic(genesis);
    Node a(*net_, "a");
    WB_VERIFY_OK(a.open());
    Events events;
    events.watch(*a.manager);
    RawPeer honest(genesis, kHonestAddress);
    QVERIFY(honest.connectTo(a.manager->listenPort()));
    QVERIFY(honest.handshake());

    RawPeer hostile(genesis, kHostileAddress);
    QVERIFY(hostile.connectTo(a.manager->listenPort()));
    if (kind >= 3 && kind != 5) QVERIFY(hostile.handshake(0, 0x777));
    switch (kind) {
      case 0:
        hostile.sendRaw(encodeFrame(magic ^ 0xffffffff, 3, Bytes(8)));
        break;
      case 1: {
        Bytes frame = encodeFrame(magic, 3, Bytes(8));
        frame.back() ^= 1;
        hostile.sendRaw(frame);
        break;
      }
      case 2: {
        Bytes header = encodeFrame(magic, 10, {});
        header.resize(kFrameHeaderBytes);
        header[5] = header[6] = header[7] = header[8] = 0xff;  // 4 GiB announced, nothing sent
        hostile.sendRaw(header);
        break;
      }
      case 3:
        hostile.sendRaw(test::bytesOf("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
        break;
      case 4:
        hostile.sendRaw(encodeFrame(magic, std::uint8_t(MessageType::Ping), Bytes(3)));
        break;
      case 5:
        hostile.send(GetAddrMsg{});
        break;
      case 6:
        hostile.sendRaw(encodeFrame(magic, 200, Bytes(1)));
        break;
      case 7: {
        HelloMsg again;
        again.genesis = genesis;
        hostile.send(again);
        break;
      }
    }
    QVERIFY(hostile.waitDisconnected());
    QTRY_COMPARE_WITH_TIMEOUT(events.misbehaviourCodes.size(), std::size_t{1}, 5'000);
    QCOMPARE(events.misbehaviourCodes[0], expected);
    QVERIFY(events.misbehavedAddresses[0].startsWith("127.0.0.2:"));
    QVERIFY(a.manager->isDiscouraged(kHostileAddress));
    QVERIFY(!a.manager->isBanned(kHostileAddress));  // only the operator bans
    QVERIFY(!a.manager->isDiscouraged(kHonestAddress));
    // Another connection from that address is not refused (it may be another node behind it)…
    RawPeer again(genesis, kHostileAddress);
    QVERIFY(again.connectTo(a.manager->listenPort()));
    QVERIFY(again.handshake(0, 0x778));
    // …and the honest peer is still served.
    QVERIFY(honest.connected());
    QVERIFY(answersPing(honest, 42));
    honest.send(GetHeadersMsg{{blockHash(net_->genesis.header)}, {}});
    QVERIFY(honest.waitFor(MessageType::Headers).has_value());
  }

  void blockWithBadSignatureDiscouragesItsSenderWhileSyncGoesOn() {
    const Hash32 genesis = net_->genesis.params.genesisHash;
    Node a(*net_, "a"), b(*net_, "b");
    WB_VERIFY_OK(a.open());
    WB_VERIFY_OK(b.open());
    WB_VERIFY_OK(b.importBlocks(0, 30));
    Events events;
    events.watch(*a.manager);
    WB_VERIFY_OK(a.manager->connectTo(b.endpoint()));
    QTRY_COMPARE_WITH_TIMEOUT(a.height(), std::uint64_t{30}, 10'000);

    // Block 31 with one signature broken (the tx root recomputed so only the signature is wrong).
    Block bad = net_->blocks[30];
    QVERIFY(!bad.txs.empty());
    bad.txs[0].sig[5] ^= 1;
    bad.header.txRoot = computeTxRoot(bad.txs);
    RawPeer hostile(genesis, kHostileAddress);
    QVERIFY(hostile.connectTo(a.manager->listenPort()));
    QVERIFY(hostile.handshake(31, 0x999));
    QVERIFY(hostile.waitFor(MessageType::GetHeaders).has_value());
    hostile.send(HeadersMsg{{bad.header}});
    auto request = hostile.waitFor(MessageType::GetBlocks);
    QVERIFY(request.has_value());
    QVERIFY(std::get<GetBlocksMsg>(*request).hashes == std::vector<BlockHash>{blockHash(bad.header)});
    hostile.send(BlockMsg::of(bad));
    QVERIFY(hostile.waitDisconnected());
    QTRY_COMPARE_WITH_TIMEOUT(events.misbehaviourCodes.size(), std::size_t{1}, 5'000);
    QCOMPARE(events.misbehaviourCodes[0], int(NetErrc::InvalidBlock));
    QVERIFY(a.manager->isDiscouraged(kHostileAddress));
    QCOMPARE(a.height(), std::uint64_t{30});

    // The honest peer keeps serving: its new blocks (the real 31…40) arrive.
    WB_VERIFY_OK(b.importBlocks(30, 40));
    b.manager->announceBlock(b.chain->tip().hash);
    QTRY_COMPARE_WITH_TIMEOUT(a.height(), std::uint64_t{40}, 10'000);
    QVERIFY(a.chain->tip() == b.chain->tip());
    QCOMPARE(a.manager->readyPeerCount(), std::size_t{1});
  }

  void transactionsAreRelayed() {
    Node a(*net_, "a"), b(*net_, "b");
    WB_VERIFY_OK(a.open());
    WB_VERIFY_OK(b.open());
    const Tx tx = net_->blocks[0].txs[0];
    const Hash32 txid = computeTxid(tx);
    a.manager->setTxSource([&](const Hash32& id) { return id == txid ? std::optional<Tx>(tx) : std::nullopt; });
    std::vector<Tx> received;
    QObject::connect(b.manager.get(), &PeerManager::txReceived, [&](PeerId, const Tx& t) { received.push_back(t); });
    WB_VERIFY_OK(b.manager->connectTo(a.endpoint()));
    QTRY_COMPARE_WITH_TIMEOUT(a.manager->readyPeerCount(), std::size_t{1}, 5'000);
    a.manager->announceTx(txid);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), std::size_t{1}, 5'000);
    QVERIFY(received[0] == tx);
    // Announcing again does not repeat it to a peer that has it.
    a.manager->announceTx(txid);
    QTest::qWait(200);
    QCOMPARE(received.size(), std::size_t{1});
  }

  // DESIGN §11: a getproof answer is built by the read executor (a node's reader
  // threads), never on the manager's thread, and sent from there once built; a
  // peer gone meanwhile gets nothing and nothing breaks.
  void proofsAreBuiltByTheReadExecutor() {
    Node a(*net_, "a");
    WB_VERIFY_OK(a.open());
    WB_VERIFY_OK(a.importBlocks(0, 3));
    std::vector<std::function<void()>> held;
    a.manager->setReadExecutor([&](std::function<void()> work) { held.push_back(std::move(work)); });
    RawPeer asker(net_->genesis.params.genesisHash, kHonestAddress);
    QVERIFY(asker.connectTo(a.manager->listenPort()));
    QVERIFY(asker.handshake());
    const AccountKey key = net_->accounts.key(0);
    asker.send(GetProofMsg{0, Bytes(key.begin(), key.end())});
    QTRY_COMPARE_WITH_TIMEOUT(held.size(), std::size_t{1}, 5'000);
    QVERIFY(!asker.waitFor(MessageType::Proof, 300).has_value());  // nothing until the executor runs it

    const Qt::HANDLE managerThread = QThread::currentThreadId();
    Qt::HANDLE builtOn = managerThread;
    std::thread reader([&] {
      builtOn = QThread::currentThreadId();
      held[0]();
    });
    reader.join();
    QVERIFY(builtOn != managerThread);
    auto answer = asker.waitFor(MessageType::Proof);
    QVERIFY(answer.has_value());
    const auto& proof = std::get<ProofMsg>(*answer);
    const StateProof truth = a.chain->stateProof(state::Table::Accounts, key).value();
    QCOMPARE(proof.height, std::uint64_t{3});
    QVERIFY(proof.block == truth.block);
    QVERIFY(proof.value == truth.value);

    // Built after its asker left: dropped quietly.
    asker.send(GetProofMsg{0, Bytes(key.begin(), key.end())});
    QTRY_COMPARE_WITH_TIMEOUT(held.size(), std::size_t{2}, 5'000);
    asker.disconnect();
    QTRY_COMPARE_WITH_TIMEOUT(a.manager->readyPeerCount(), std::size_t{0}, 5'000);
    std::thread late([&] { held[1](); });
    late.join();
    QTest::qWait(50);
    // And after the manager itself is gone: the answer never reaches it.
    RawPeer again(net_->genesis.params.genesisHash, kHonestAddress);
    QVERIFY(again.connectTo(a.manager->listenPort()));
    QVERIFY(again.handshake());
    again.send(GetProofMsg{0, Bytes(key.begin(), key.end())});
    QTRY_COMPARE_WITH_TIMEOUT(held.size(), std::size_t{3}, 5'000);
    a.manager.reset();
    std::thread orphan([&] { held[2](); });
    orphan.join();
    QTest::qWait(50);
  }
};

QTEST_GUILESS_MAIN(TestPeers)
#include "test_peers.moc"
