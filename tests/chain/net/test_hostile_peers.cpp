// Hostile peers against a real node on loopback (issue 12): each attacker is a
// raw socket speaking our framing (tests/support/hostile_peer.h); every case
// checks that the node survives and keeps serving or syncing with an honest peer.
#include <QRandomGenerator>
#include <QtTest>

#include "chain/consensus/consensus_errc.h"
#include "chain/consensus/time_rules.h"
#include "chain/core/core_errc.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "chain/mempool/mempool_errc.h"
#include "chain/net/net_errc.h"
#include "chain/state/state_errc.h"
#include "chain/store/store_errc.h"
#include "tests/chain/net/net_suite.h"
#include "tests/chain/net/net_test_support.h"
#include "tests/support/test_producer.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::net;
using namespace wb::nettest;

namespace {

Bytes randomBytes(std::size_t n) {
  Bytes out(n);
  for (Byte& b : out) b = static_cast<Byte>(QRandomGenerator::global()->bounded(256));
  return out;
}

std::optional<PeerInfo> peerFrom(const PeerManager& manager, const QHostAddress& address) {
  for (const PeerInfo& info : manager.peers()) {
    if (info.remote.host == address) return info;
  }
  return std::nullopt;
}

// The honest peer is still served: a ping is answered and headers come back.
bool stillServes(RawPeer& honest, const BlockHash& genesisHash, std::uint64_t nonce) {
  honest.send(PingMsg{nonce});
  auto pong = honest.waitFor(MessageType::Pong);
  if (!pong || std::get<PongMsg>(*pong).nonce != nonce) return false;
  honest.send(GetHeadersMsg{{genesisHash}, {}});
  return honest.waitFor(MessageType::Headers).has_value();
}

// `count` headers linked on top of `parent`, with made-up contents (no body exists for them).
std::vector<BlockHeader> fakeHeaders(const BlockHeader& parent, std::size_t count) {
  std::vector<BlockHeader> out;
  BlockHeader previous = parent;
  for (std::size_t i = 0; i < count; ++i) {
    BlockHeader h = previous;
    h.height = previous.height + 1;
    h.prev = blockHash(previous);
    h.time = previous.time + 1;
    h.nonce = 0xfa4e0000 + i;
    out.push_back(h);
    previous = h;
  }
  return out;
}

// A block on `parent` whose body is `count` copies of `tx` (decodable, never valid together).
Block bulkyBlock(const BlockHeader& parent, const Tx& tx, std::size_t count, std::uint64_t salt) {
  Block block;
  block.header = parent;
  block.header.height = parent.height + 1;
  block.header.prev = blockHash(parent);
  block.header.time = parent.time + 1;
  block.header.nonce = salt;
  block.txs.assign(count, tx);
  block.header.txRoot = computeTxRoot(block.txs);
  return block;
}

}  // namespace

class TestHostilePeers : public NetSuite {
  Q_OBJECT

public:
  TestHostilePeers() : NetSuite(400, 1) {}

private:
  BlockHash genesisHash() const { return blockHash(net_->genesis.header); }

private slots:
  // A slow reader fills its send queue with getheaders answers, then asks for
  // one mempool transaction 1000 times: the queue overflows while the node is
  // answering, which used to free the peer's state under serveTxs (SIGSEGV).
  void slowReaderOverflowingOnGetTxsLeavesTheNodeServing() {
    Node a(*net_, "a");
    const PeerManagerConfig config = testConfig();
    WB_VERIFY_OK(a.open(config));
    WB_VERIFY_OK(a.importBlocks(0, 400));
    const Tx tx = net_->blocks[0].txs[0];
    const Hash32 txid = computeTxid(tx);
    a.manager->setTxSource([&](const Hash32& id) { return id == txid ? std::optional<Tx>(tx) : std::nullopt; });

    RawPeer honest(net_->genesis.params.genesisHash, kHonestAddress);
    QVERIFY(honest.connectTo(a.manager->listenPort()));
    QVERIFY(honest.handshake());
    RawPeer slow(net_->genesis.params.genesisHash, kHostileAddress);
    QVERIFY(slow.connectTo(a.manager->listenPort()));
    QVERIFY(slow.handshake());
    slow.stopReading();

    // Fill the node's queue for it to just below its limit (a whole gettxs answer does not fit).
    const qint64 txAnswer = 1000 * static_cast<qint64>(encodeTx(tx).size());
    for (int round = 0; round < 4000; ++round) {
      auto info = peerFrom(*a.manager, kHostileAddress);
      if (!info || config.peer.maxSendQueueBytes - info->queuedBytes < txAnswer / 2) break;
      slow.send(GetHeadersMsg{{genesisHash()}, {}});
      // One answer at a time, so that the last one stops just short of the limit.
      (void)QTest::qWaitFor(
          [&] {
            auto now = peerFrom(*a.manager, kHostileAddress);
            return !now || now->queuedBytes != info->queuedBytes;
          },
          1'000);
    }
    slow.send(GetTxsMsg{std::vector<Hash32>(1000, txid)});
    QTest::qWait(500);

    QVERIFY(stillServes(honest, genesisHash(), 77));
  }

  // Garbage from 127.0.0.1 drops that connection only: an honest node on the
  // same host then joins and syncs (it used to find the address banned for 24 h).
  void garbageFromLoopbackDoesNotLockOutTheHost() {
    Node a(*net_, "a"), b(*net_, "b");
    WB_VERIFY_OK(a.open());
    WB_VERIFY_OK(b.open());
    WB_VERIFY_OK(a.importBlocks(0, 50));
    int misbehaved = 0;
    QObject::connect(a.manager.get(), &PeerManager::peerMisbehaved, [&] { ++misbehaved; });
    RawPeer garbler(net_->genesis.params.genesisHash, kHonestAddress);
    QVERIFY(garbler.connectTo(a.manager->listenPort()));
    garbler.sendRaw(randomBytes(256));
    QVERIFY(garbler.waitDisconnected());
    QTRY_COMPARE_WITH_TIMEOUT(misbehaved, 1, 5'000);
    QVERIFY(!a.manager->isBanned(kHonestAddress));
    QVERIFY(!a.manager->isDiscouraged(kHonestAddress));  // this machine's own address is never discouraged

    WB_VERIFY_OK(b.manager->connectTo(a.endpoint()));
    QTRY_COMPARE_WITH_TIMEOUT(b.height(), std::uint64_t{50}, 10'000);
  }

  // Any other address is discouraged: not dialled, yet a node behind it can still connect and sync.
  void discouragedAddressCanStillConnectAndSync() {
    const Hash32 genesis = net_->genesis.params.genesisHash;
    const QHostAddress shared("127.0.0.5");
    Node a(*net_, "a");
    WB_VERIFY_OK(a.open());
    WB_VERIFY_OK(a.importBlocks(0, 50));
    RawPeer garbler(genesis, shared);
    QVERIFY(garbler.connectTo(a.manager->listenPort()));
    QVERIFY(garbler.handshake(0, 0x51));
    garbler.sendRaw(randomBytes(64));
    auto reject = garbler.waitFor(MessageType::Reject);  // the garbler is told why it was dropped
    QVERIFY(reject.has_value());
    QVERIFY(std::get<RejectMsg>(*reject).code != 0 && !std::get<RejectMsg>(*reject).reason.empty());
    QVERIFY(garbler.waitDisconnected());
    QTRY_VERIFY_WITH_TIMEOUT(a.manager->isDiscouraged(shared), 5'000);
    QVERIFY(!a.manager->isBanned(shared));
    WB_VERIFY_FAILS(a.manager->connectTo({shared, 9}), NetErrc::Discouraged);

    RawPeer honest(genesis, shared);
    QVERIFY(honest.connectTo(a.manager->listenPort()));
    QVERIFY(honest.handshake(0, 0x52));
    honest.send(GetHeadersMsg{{genesisHash()}, {}});
    auto headers = honest.waitFor(MessageType::Headers);
    QVERIFY(headers.has_value());
    QCOMPARE(std::get<HeadersMsg>(*headers).headers.size(), std::size_t{50});
    honest.send(GetBlocksMsg{{blockHash(net_->blocks[0].header), blockHash(net_->blocks[49].header)}});
    auto first = honest.waitFor(MessageType::Block);
    auto last = honest.waitFor(MessageType::Block);
    QVERIFY(first && last);
    QCOMPARE(std::get<BlockMsg>(*last).header, net_->blocks[49].header);
  }

  // 40 idle sockets from one address cannot take every inbound slot: an honest
  // node connecting afterwards (from that same address) gets in and syncs.
  void idleSocketsDoNotKeepAnHonestNodeOut() {
    Node a(*net_, "a"), b(*net_, "b");
    WB_VERIFY_OK(a.open());
    WB_VERIFY_OK(b.open());
    WB_VERIFY_OK(a.importBlocks(0, 50));
    std::vector<std::unique_ptr<RawPeer>> idle;
    for (int i = 0; i < 40; ++i) {
      idle.push_back(std::make_unique<RawPeer>(net_->genesis.params.genesisHash, kHonestAddress));
      QVERIFY(idle.back()->connectTo(a.manager->listenPort()));
      HelloMsg hello;
      hello.genesis = net_->genesis.params.genesisHash;
      hello.nonce = 0x1000 + static_cast<std::uint64_t>(i);
      idle.back()->send(hello);
      idle.back()->send(HelloAckMsg{});
      QTest::qWait(10);
    }
    QTRY_VERIFY_WITH_TIMEOUT(a.manager->readyPeerCount() >= 8, 5'000);
    WB_VERIFY_OK(b.manager->connectTo(a.endpoint()));
    QTRY_COMPARE_WITH_TIMEOUT(b.height(), std::uint64_t{50}, 10'000);
  }

  // A header dated now + 10^6 s on our tip, an empty body, then the peer leaves:
  // the header is refused before it is stored (time ≤ now + max_future), so the
  // node is not left "syncing" towards a block it can never import and produces on.
  void farFutureHeaderDoesNotHaltProduction() {
    const ChainParams& params = net_->genesis.params;
    const std::uint64_t now = params.genesisTime + 100;
    ManualClock clock(now);
    ManualClock attackerClock(now + 1'000'000);
    auto engine = makeEngine(params, clock, net_->ctx, {});
    auto attackerEngine = makeEngine(params, attackerClock, net_->ctx, {});
    WB_VERIFY_OK(engine);
    WB_VERIFY_OK(attackerEngine);
    Node a(*net_, "a");
    WB_VERIFY_OK(a.open(testConfig(), engine->get()));
    const std::vector<LocalProducer> keys{{net_->accounts.key(0), &net_->accounts.secret(0)}};
    auto future = testsupport::produceOnTip(*a.chain, **attackerEngine, attackerClock, keys);
    WB_VERIFY_OK(future);
    QVERIFY(future->header.time >= now + 1'000'000);

    RawPeer attacker(params.genesisHash, kHostileAddress);
    QVERIFY(attacker.connectTo(a.manager->listenPort()));
    QVERIFY(attacker.handshake(1, 0x66));
    QVERIFY(attacker.waitFor(MessageType::GetHeaders).has_value());
    attacker.send(HeadersMsg{{future->header}});
    attacker.send(BlockMsg::of(*future));
    QTest::qWait(300);
    QVERIFY(attacker.connected());  // a clock disagreement is no offence
    attacker.disconnect();

    // Producing resumes: the node is not waiting for a sync, and its own next block goes in.
    QTRY_VERIFY_WITH_TIMEOUT(!a.manager->syncing(), 3'000);
    clock.advance(1);
    auto next = testsupport::produceOnTip(*a.chain, **engine, clock, keys);
    WB_VERIFY_OK(next);
    WB_VERIFY_OK(a.chain->importBlock(encodeBlock(*next)));
    QCOMPARE(a.height(), std::uint64_t{1});
  }

  // 20,000 linked fake headers from a peer that stays connected and never sends
  // a body: one peer can fill only its share of the pending headers, so an
  // honest peer's blocks are still followed; once the flooder stalls the node is
  // no longer "syncing" (its producer would resume).
  void headerFloodDoesNotStopFollowingHonestPeers() {
    Node a(*net_, "a"), b(*net_, "b");
    auto config = testConfig();
    config.sync.requestTimeoutMs = 1'500;
    WB_VERIFY_OK(a.open(config));
    WB_VERIFY_OK(b.open());
    WB_VERIFY_OK(a.importBlocks(0, 50));
    WB_VERIFY_OK(b.importBlocks(0, 60));
    RawPeer flooder(net_->genesis.params.genesisHash, kHostileAddress);
    QVERIFY(flooder.connectTo(a.manager->listenPort()));
    QVERIFY(flooder.handshake(50 + 20'000, 0x20));
    QVERIFY(flooder.waitFor(MessageType::GetHeaders).has_value());
    const std::vector<BlockHeader> flood = fakeHeaders(net_->blocks[49].header, 20'000);
    for (std::size_t i = 0; i < flood.size(); i += kMaxHeadersPerMessage) {
      flooder.send(HeadersMsg{{flood.begin() + static_cast<std::ptrdiff_t>(i),
                               flood.begin() + static_cast<std::ptrdiff_t>(i + kMaxHeadersPerMessage)}});
    }
    QTRY_VERIFY_WITH_TIMEOUT(a.manager->syncing(), 5'000);

    WB_VERIFY_OK(a.manager->connectTo(b.endpoint()));
    QTRY_COMPARE_WITH_TIMEOUT(a.height(), std::uint64_t{60}, 10'000);
    QVERIFY(a.chain->tip() == b.chain->tip());
    QTRY_VERIFY_WITH_TIMEOUT(!a.manager->syncing(), 5'000);
    QVERIFY(a.manager->pendingBlocks() <= config.sync.maxPendingPerPeer);
    QVERIFY(flooder.connected());  // stalling is not proof of malice: it is just not waited for
  }

  // Bodies of ~1 MiB for pending headers whose first block never comes: what
  // the node holds for that peer stays within its bound, and once the missing
  // block times out the peer is dropped as withholding.
  void withheldFirstBlockKeepsMemoryBoundedAndCostsThePeer() {
    Node a(*net_, "a");
    auto config = testConfig();
    config.sync.requestTimeoutMs = 1'500;
    config.sync.maxHeldBytesPerPeer = 4 * 1024 * 1024;
    WB_VERIFY_OK(a.open(config));
    WB_VERIFY_OK(a.importBlocks(0, 50));
    LastMisbehaviour misbehaved(*a.manager);

    const Tx& filler = net_->blocks[0].txs[0];
    const std::size_t perBlock = (900 * 1024) / encodeTx(filler).size();
    std::vector<Block> blocks;
    BlockHeader parent = net_->blocks[49].header;
    for (std::uint64_t i = 0; i < 20; ++i) {
      blocks.push_back(bulkyBlock(parent, filler, perBlock, 0xb0d1e5 + i));
      parent = blocks.back().header;
    }
    QVERIFY(encodeBlock(blocks[0]).size() <= net_->genesis.params.maxBlockBytes);
    std::vector<BlockHeader> headers;
    for (const Block& block : blocks) headers.push_back(block.header);

    RawPeer withholder(net_->genesis.params.genesisHash, kHostileAddress);
    QVERIFY(withholder.connectTo(a.manager->listenPort()));
    QVERIFY(withholder.handshake(70, 0x30));
    QVERIFY(withholder.waitFor(MessageType::GetHeaders).has_value());
    withholder.send(HeadersMsg{headers});
    QVERIFY(withholder.waitFor(MessageType::GetBlocks).has_value());
    std::size_t mostHeld = 0;
    for (std::size_t i = 1; i < blocks.size(); ++i) {
      withholder.send(BlockMsg::of(blocks[i]));
      QTest::qWait(20);
      mostHeld = std::max(mostHeld, a.manager->heldBodyBytes());
    }
    QVERIFY(withholder.waitDisconnected(5'000));
    QTRY_COMPARE_WITH_TIMEOUT(misbehaved.code, int(NetErrc::UnexpectedMessage), 3'000);
    QVERIFY2(mostHeld > 0 && mostHeld <= config.sync.maxHeldBytesPerPeer, qPrintable(QString::number(mostHeld)));
    QTRY_COMPARE_WITH_TIMEOUT(a.manager->heldBodyBytes(), std::size_t{0}, 3'000);
    QCOMPARE(a.height(), std::uint64_t{50});
  }

  // A body over max_block_bytes is refused when it arrives, and costs its sender;
  // a body nobody asked that peer for is ignored.
  void oversizeOrUnrequestedBodiesAreRefused() {
    Node a(*net_, "a");
    WB_VERIFY_OK(a.open());
    WB_VERIFY_OK(a.importBlocks(0, 50));
    LastMisbehaviour misbehaved(*a.manager);
    const Tx& filler = net_->blocks[0].txs[0];
    const std::size_t maxBytes = net_->genesis.params.maxBlockBytes;
    const Block small = bulkyBlock(net_->blocks[49].header, filler, 3, 0x57a7);
    const Block huge = bulkyBlock(small.header, filler, maxBytes / encodeTx(filler).size() + 10, 0x0b16);
    QVERIFY(encodeBlock(huge).size() > maxBytes);

    RawPeer sender(net_->genesis.params.genesisHash, kHostileAddress);
    QVERIFY(sender.connectTo(a.manager->listenPort()));
    QVERIFY(sender.handshake(52, 0x50));
    QVERIFY(sender.waitFor(MessageType::GetHeaders).has_value());
    sender.send(HeadersMsg{{small.header, huge.header}});
    QVERIFY(sender.waitFor(MessageType::GetBlocks).has_value());

    // Another peer sends the first body, asked only of the sender: ignored, so
    // its bad transactions cost the bystander nothing.
    RawPeer bystander(net_->genesis.params.genesisHash, QHostAddress("127.0.0.3"));
    QVERIFY(bystander.connectTo(a.manager->listenPort()));
    QVERIFY(bystander.handshake(0, 0x51));
    bystander.send(BlockMsg::of(small));
    QTest::qWait(1'000);  // longer than an import batch waits for the rest of its run
    QVERIFY(bystander.connected());
    QCOMPARE(misbehaved.code, 0);
    QCOMPARE(a.height(), std::uint64_t{50});

    sender.send(BlockMsg::of(huge));
    QVERIFY(sender.waitDisconnected());
    QTRY_COMPARE_WITH_TIMEOUT(misbehaved.code, int(NetErrc::InvalidBlock), 3'000);
    QVERIFY(bystander.connected());
  }

  // A peer that announces a transaction and never answers the request for it
  // cannot keep it from us: after the timeout the next announcer is asked.
  void unansweredTxRequestGoesToAnotherAnnouncer() {
    Node a(*net_, "a");
    auto config = testConfig();
    config.txRequestTimeoutMs = 1'500;  // well above the 100 ms check below, even under a sanitizer
    WB_VERIFY_OK(a.open(config));
    std::vector<Tx> received;
    QObject::connect(a.manager.get(), &PeerManager::txReceived, [&](PeerId, const Tx& tx) { received.push_back(tx); });
    const Tx tx = net_->blocks[0].txs[0];
    const Hash32 txid = computeTxid(tx);

    RawPeer silent(net_->genesis.params.genesisHash, kHostileAddress);
    QVERIFY(silent.connectTo(a.manager->listenPort()));
    QVERIFY(silent.handshake(0, 0x40));
    RawPeer honest(net_->genesis.params.genesisHash, QHostAddress("127.0.0.3"));
    QVERIFY(honest.connectTo(a.manager->listenPort()));
    QVERIFY(honest.handshake(0, 0x41));

    silent.send(InvMsg{{{InvKind::Tx, txid}}});
    auto first = silent.waitFor(MessageType::GetTxs);
    QVERIFY(first && std::get<GetTxsMsg>(*first).txids == std::vector<Hash32>{txid});
    honest.send(InvMsg{{{InvKind::Tx, txid}}});
    QVERIFY(!honest.waitFor(MessageType::GetTxs, 100).has_value());  // one request at a time
    auto second = honest.waitFor(MessageType::GetTxs, 3'000);
    QVERIFY(second && std::get<GetTxsMsg>(*second).txids == std::vector<Hash32>{txid});
    honest.send(TxMsg{tx});
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), std::size_t{1}, 3'000);
    QVERIFY(received[0] == tx);
  }

  // Headers we have already are normal once (a race between two announcers), not
  // as a stream: each such message uses up part of the connection's allowance,
  // so a peer that keeps re-sending them is dropped and discouraged.
  void resentKnownHeadersCostTheConnection() {
    Node a(*net_, "a");
    WB_VERIFY_OK(a.open());
    WB_VERIFY_OK(a.importBlocks(0, 50));
    LastMisbehaviour misbehaved(*a.manager);
    std::vector<BlockHeader> known;
    for (std::size_t i = 0; i < 50; ++i) known.push_back(net_->blocks[i].header);

    RawPeer echo(net_->genesis.params.genesisHash, kHostileAddress);
    QVERIFY(echo.connectTo(a.manager->listenPort()));
    QVERIFY(echo.handshake(0, 0x4e));
    echo.send(HeadersMsg{known});
    QVERIFY(stillServes(echo, genesisHash(), 1));  // once is no offence
    for (int i = 0; i < 30 && echo.connected(); ++i) {
      echo.send(HeadersMsg{known});
      QTest::qWait(10);
    }
    QVERIFY(echo.waitDisconnected());
    QTRY_COMPARE_WITH_TIMEOUT(misbehaved.code, int(NetErrc::BadHeaders), 3'000);
    QVERIFY(a.manager->isDiscouraged(kHostileAddress));
    QCOMPARE(a.height(), std::uint64_t{50});
  }

  // Our own failures are never the peer's: a damaged state or store, memory, our
  // clock (a DPoS slot ahead of it included) and a relayed transaction refused
  // for such a reason cost nobody anything.
  void localFailuresAreNeverBlamedOnAPeer() {
    for (ErrorCode ours : std::initializer_list<ErrorCode>{
             StateErrc::Corrupt, StateErrc::InvariantBroken, StateErrc::BadGenesis, CoreErrc::CryptoOutOfMemory,
             CoreErrc::CryptoInit, StoreErrc::MapFull, StoreErrc::Io, ConsensusErrc::TimeTooFarAhead,
             ConsensusErrc::SlotTooFarAhead, ConsensusErrc::StateUnavailable, CoreErrc::GenesisFileIo}) {
      QVERIFY2(!blameSender(ours), qPrintable(QString::number(ours.value())));
      QVERIFY(!relayedTxOffence(ours).has_value());
    }
    for (ErrorCode theirs : std::initializer_list<ErrorCode>{CoreErrc::DecodeShortInput, CoreErrc::TxBadSignature,
                                                             CoreErrc::BlockTooLarge, StateErrc::InsufficientFunds,
                                                             ConsensusErrc::WrongProducer, StoreErrc::ChainBadTxRoot}) {
      QVERIFY2(blameSender(theirs), qPrintable(QString::number(theirs.value())));
    }
    QCOMPARE(relayedTxOffence(StateErrc::BadNonce), std::optional<Offence>(Offence::StaleTx));
    QCOMPARE(relayedTxOffence(StateErrc::InsufficientFunds), std::optional<Offence>(Offence::StateInvalidTx));
    QVERIFY(!relayedTxOffence(MempoolErrc::Full).has_value());
  }

  // A --connect peer that restarts is dialled again (with back-off) and followed.
  void persistentPeerIsRedialledAfterARestart() {
    Node a(*net_, "a"), b(*net_, "b");
    auto config = testConfig();
    config.redialFirstMs = 200;
    WB_VERIFY_OK(a.open(config));
    WB_VERIFY_OK(b.open());
    const quint16 port = b.manager->listenPort();
    WB_VERIFY_OK(a.manager->connectTo(b.endpoint(), Dial::Persistent));
    QTRY_COMPARE_WITH_TIMEOUT(a.manager->readyPeerCount(), std::size_t{1}, 5'000);

    b.close();
    QTRY_COMPARE_WITH_TIMEOUT(a.manager->readyPeerCount(), std::size_t{0}, 5'000);
    QTest::qWait(1'000);  // a few failed redials: the back-off grows
    WB_VERIFY_OK(b.open(testConfig(), nullptr, port));
    WB_VERIFY_OK(b.importBlocks(0, 20));
    QTRY_COMPARE_WITH_TIMEOUT(a.manager->readyPeerCount(), std::size_t{1}, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(a.height(), std::uint64_t{20}, 10'000);
  }
};

QTEST_GUILESS_MAIN(TestHostilePeers)
#include "test_hostile_peers.moc"
