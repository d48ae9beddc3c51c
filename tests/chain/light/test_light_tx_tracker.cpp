// A light node's submitted transactions (LightTxTracker, SubmittedTxs) against a
// real full node's store served by a real net::PeerManager over loopback: what
// it accepts reaches the full peer, is proven confirmed (block, height and
// position, the block's body checked against the header) once mined, is proven
// dropped when another transaction takes its nonce, survives a restart and is
// sent again; what it cannot accept changes nothing.
#include <QtTest>

#include "chain/core/tx_check.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "chain/light/light_tx_tracker.h"
#include "chain/net/net_errc.h"
#include "chain/net/peer_manager.h"
#include "chain/state/state_errc.h"
#include "chain/store/store_errc.h"
#include "tests/chain/light/light_fixture.h"
#include "tests/chain/light/light_suite.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::lighttest;

namespace {

light::LightSyncConfig fastConfig(const net::PeerManager& serving) {
  light::LightSyncConfig c;
  c.peers = {{QHostAddress(QHostAddress::LocalHost), serving.listenPort()}};
  c.redialMs = 100;
  c.refreshMs = 60'000;  // announcements bring the headers
  c.proofTimeoutMs = 5'000;
  return c;
}

// A full node with one block, served on loopback by a real PeerManager that
// records the transactions peers send it.
struct Served {
  Served(const testsupport::TestAccounts& accounts, const SecpContext& ctx)
      : file(devGenesis(ConsensusKind::Pow, accounts)), full(pathOf(dir, "full"), file, ctx, accounts) {
    if (auto produced = full.produce(0); !produced) status = produced.error();
    if (status) status = serving.listen(QHostAddress::LocalHost, 0);
    QObject::connect(&serving, &net::PeerManager::txReceived,
                     [this](net::PeerId, const Tx& tx) { relayed.push_back(tx); });
  }
  std::filesystem::path path(const char* sub) const { return pathOf(dir, sub); }

  QTemporaryDir dir;
  GenesisFile file;
  FullNode full;
  net::PeerManager serving{*full.chain, net::PeerManagerConfig{}};
  std::vector<Tx> relayed;
  Status status;
};

// A light node: header chain, sync with the full peer, and the tracker on its store.
struct Light {
  Light(const GenesisFile& file, const SecpContext& ctx, const std::filesystem::path& dir, const net::PeerManager& full,
        std::uint64_t now)
      : node(file, ctx) {
    node.clock.set(now + 1000);
    status = node.open(dir);
    if (!status) return;
    sync = std::make_unique<light::LightSync>(*node.chain, fastConfig(full));
    auto store = light::SubmittedTxs::open(node.chain->env());
    if (!store) {
      status = store.error();
      return;
    }
    tracker = std::make_unique<light::LightTxTracker>(*node.chain, *sync, *store, ctx);
    sync->start();
    tracker->resendPending();
  }
  // A light node following `served`'s full node; fails like `served` did when it failed.
  Light(const Served& served, const SecpContext& ctx)
      : Light(served.file, ctx, served.path("light"), served.serving, served.full.clock.now()) {
    if (!served.status) status = served.status;
  }
  ~Light() {
    tracker.reset();
    sync.reset();
  }
  Result<Hash32> submit(const Tx& tx) {
    std::optional<Result<Hash32>> out;
    tracker->submit(tx, [&](const Result<Hash32>& r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 10'000)) return fail(NetErrc::SocketError, "no answer");
    return *out;
  }
  // True once it opened and follows the full node up to `tip`.
  bool readyAt(const Hash32& tip) {
    return status.ok() && QTest::qWaitFor([&] { return node.chain->tip().hash == tip; }, 10'000);
  }
  light::SubmittedTx::State state(const Hash32& txid) const { return tracker->status(txid).value().value().state; }

  LightNode node;
  Status status;
  std::unique_ptr<light::LightSync> sync;
  std::unique_ptr<light::LightTxTracker> tracker;
};

}  // namespace

class TestLightTxTracker : public LightSuite {
  Q_OBJECT

  Tx transfer(const GenesisFile& file, std::size_t from, std::size_t to, std::uint64_t nonce, Amount amount) {
    Tx tx;
    tx.sender = accounts_->key(from);
    tx.nonce = nonce;
    tx.payload = TransferPayload{accounts_->key(to), amount, ""};
    tx.fee = minimumFee(encodeTx(tx).size(), file.params).value();
    if (!signTx(ctx_, accounts_->secret(from), file.params.genesisHash, tx)) qFatal("cannot sign a test transaction");
    return tx;
  }

private slots:
  void aSubmittedTransactionIsRelayedMinedAndProvenConfirmed() {
    Served s(*accounts_, ctx_);
    auto& [servedDir, file, full, serving, relayed, status] = s;
    Light light(s, ctx_);
    QVERIFY(light.readyAt(full.chain->tip().hash));  // the full node runs too

    // Refused without a trace: a bad signature, a rule broken, a nonce already used.
    Tx forged = transfer(file, 1, 2, 0, 5 * kCoin);
    forged.sig[7] ^= 1;
    QVERIFY(!light.submit(forged).ok());
    QVERIFY(!light.submit(transfer(file, 1, 2, 0, 0)).ok());  // zero amount
    const Tx tx = transfer(file, 1, 2, 0, 5 * kCoin);
    const Hash32 txid = computeTxid(tx);
    QCOMPARE(light.tracker->status(computeTxid(forged)).value(), std::nullopt);

    auto accepted = light.submit(tx);
    WB_VERIFY_OK(accepted);
    QVERIFY(*accepted == txid);
    QCOMPARE(light.state(txid), light::SubmittedTx::State::Pending);
    QTRY_VERIFY_WITH_TIMEOUT(!relayed.empty(), 5'000);
    QVERIFY(relayed.front() == tx);

    // Two blocks: the first without it, the second with it.
    WB_VERIFY_OK(full.produce(0));
    auto mined = full.produce(0, {tx});
    WB_VERIFY_OK(mined);
    serving.announceBlock(full.chain->tip().hash);
    QTRY_COMPARE_WITH_TIMEOUT(light.state(txid), light::SubmittedTx::State::Confirmed, 10'000);
    const light::SubmittedTx record = light.tracker->status(txid).value().value();
    QCOMPARE(record.height, full.chain->tip().height);
    QVERIFY(record.block == full.chain->tip().hash);
    const auto location = full.chain->txLocation(txid).value().value();
    QCOMPARE(record.index, location.index);

    // Its nonce is used now: the same sender's nonce 0 again is refused.
    WB_VERIFY_FAILS(light.submit(transfer(file, 1, 3, 0, kCoin)), StateErrc::BadNonce);
  }

  void aTransactionWhoseNonceAnotherTookIsProvenDropped() {
    Served s(*accounts_, ctx_);
    auto& [servedDir, file, full, serving, relayed, status] = s;
    Light light(s, ctx_);
    QVERIFY(light.readyAt(full.chain->tip().hash));  // the full node runs too

    const Tx ours = transfer(file, 3, 4, 0, 2 * kCoin);
    const Hash32 txid = computeTxid(ours);
    WB_VERIFY_OK(light.submit(ours));
    // The sender spends nonce 0 elsewhere (another wallet of the same key).
    WB_VERIFY_OK(full.produce(0, {transfer(file, 3, 5, 0, 3 * kCoin)}));
    WB_VERIFY_OK(full.produce(0));
    serving.announceBlock(full.chain->tip().hash);
    QTRY_COMPARE_WITH_TIMEOUT(light.state(txid), light::SubmittedTx::State::Conflict, 10'000);
    QCOMPARE(light.tracker->status(txid).value().value().height, full.chain->tip().height);
  }

  // Nothing accepted is lost: a pending transaction is kept in the light store
  // and sent again when the node starts, then settled like any other.
  void aPendingTransactionSurvivesARestartAndIsSentAgain() {
    Served s(*accounts_, ctx_);
    WB_VERIFY_OK(s.status);
    auto& [servedDir, file, full, serving, relayed, status] = s;
    const Tx tx = transfer(file, 2, 6, 0, 7 * kCoin);
    const Hash32 txid = computeTxid(tx);
    {
      Light light(s, ctx_);
      QVERIFY(light.readyAt(full.chain->tip().hash));
      WB_VERIFY_OK(light.submit(tx));
      QTRY_COMPARE_WITH_TIMEOUT(relayed.size(), std::size_t{1}, 5'000);
    }
    relayed.clear();  // as if the full node's mempool had lost it
    Light again(s, ctx_);
    WB_VERIFY_OK(again.status);
    QCOMPARE(again.state(txid), light::SubmittedTx::State::Pending);
    QTRY_VERIFY_WITH_TIMEOUT(!relayed.empty(), 5'000);
    QVERIFY(relayed.front() == tx);
    WB_VERIFY_OK(full.produce(0, {tx}));
    serving.announceBlock(full.chain->tip().hash);
    QTRY_COMPARE_WITH_TIMEOUT(again.state(txid), light::SubmittedTx::State::Confirmed, 10'000);
  }

  // A reorganisation that takes the confirming block off the best branch makes
  // the transaction pending again (what was proven there no longer holds); it is
  // sent again and confirmed on the new branch.
  void aConfirmationUndoneByAReorganisationIsProvenAgain() {
    QTemporaryDir dir;
    const GenesisFile file = devGenesis(ConsensusKind::Pow, *accounts_);
    FullNode a(pathOf(dir, "a"), file, ctx_, *accounts_);
    FullNode b(pathOf(dir, "b"), file, ctx_, *accounts_);
    net::PeerManager servingA(*a.chain, net::PeerManagerConfig{});
    net::PeerManager servingB(*b.chain, net::PeerManagerConfig{});
    WB_VERIFY_OK(servingA.listen(QHostAddress::LocalHost, 0));
    WB_VERIFY_OK(servingB.listen(QHostAddress::LocalHost, 0));
    std::vector<Tx> relayedToB;
    connect(&servingB, &net::PeerManager::txReceived, this,
            [&](net::PeerId, const Tx& tx) { relayedToB.push_back(tx); });
    WB_VERIFY_OK(a.produce(0));
    LightNode node(file, ctx_);
    node.clock.set(a.clock.now() + 1000);
    WB_VERIFY_OK(node.open(pathOf(dir, "light")));
    auto config = fastConfig(servingA);
    config.peers.push_back({QHostAddress(QHostAddress::LocalHost), servingB.listenPort()});
    light::LightSync sync(*node.chain, config);
    light::LightTxTracker tracker(*node.chain, sync, light::SubmittedTxs::open(node.chain->env()).value(), ctx_);
    sync.start();
    QTRY_COMPARE_WITH_TIMEOUT(sync.readyPeers(), std::size_t{2}, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(node.chain->tip().hash, a.chain->tip().hash, 10'000);

    const Tx tx = transfer(file, 4, 5, 0, 4 * kCoin);
    const Hash32 txid = computeTxid(tx);
    std::optional<Result<Hash32>> accepted;
    tracker.submit(tx, [&](const Result<Hash32>& r) { accepted = r; });
    QTRY_VERIFY_WITH_TIMEOUT(accepted.has_value(), 10'000);
    WB_VERIFY_OK(*accepted);
    auto state = [&] { return tracker.status(txid).value().value().state; };
    WB_VERIFY_OK(a.produce(0, {tx}));
    servingA.announceBlock(a.chain->tip().hash);
    QTRY_COMPARE_WITH_TIMEOUT(state(), light::SubmittedTx::State::Confirmed, 10'000);
    QVERIFY(tracker.status(txid).value()->block == a.chain->tip().hash);

    // A heavier branch without it.
    b.clock.set(a.clock.now());
    WB_VERIFY_OK(b.produceBy(1, 4));
    servingB.announceBlock(b.chain->tip().hash);
    QTRY_COMPARE_WITH_TIMEOUT(node.chain->tip().hash, b.chain->tip().hash, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(state(), light::SubmittedTx::State::Pending, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!relayedToB.empty(), 10'000);
    QVERIFY(relayedToB.back() == tx);
    WB_VERIFY_OK(b.produce(1, {tx}));
    servingB.announceBlock(b.chain->tip().hash);
    QTRY_COMPARE_WITH_TIMEOUT(state(), light::SubmittedTx::State::Confirmed, 10'000);
    QVERIFY(tracker.status(txid).value()->block == b.chain->tip().hash);
    QCOMPARE(tracker.status(txid).value()->height, std::uint64_t{5});
  }

  void recordsRoundTripAndDamageIsReported() {
    const GenesisFile file = devGenesis(ConsensusKind::Pow, *accounts_);
    light::SubmittedTx record;
    record.tx = transfer(file, 1, 2, 9, kCoin);
    record.txid = computeTxid(record.tx);
    record.state = light::SubmittedTx::State::Confirmed;
    record.height = 42;
    record.block.fill(0x5a);
    record.index = 3;
    const Bytes bytes = light::SubmittedTxs::encode(record);
    auto decoded = light::SubmittedTxs::decode(bytes);
    WB_VERIFY_OK(decoded);
    QVERIFY(*decoded == record);
    Bytes badState = bytes;
    badState[0] = 9;
    WB_VERIFY_FAILS(light::SubmittedTxs::decode(badState), StoreErrc::Corrupt);
    WB_VERIFY_FAILS(light::SubmittedTxs::decode(ByteView(bytes).first(bytes.size() - 1)), StoreErrc::Corrupt);
    Bytes longer = bytes;
    longer.push_back(0);
    WB_VERIFY_FAILS(light::SubmittedTxs::decode(longer), StoreErrc::Corrupt);
  }
};

QTEST_GUILESS_MAIN(TestLightTxTracker)
#include "test_light_tx_tracker.moc"
