// Side branches from a hostile peer cost what the main chain costs (issue 12):
// a real node (LMDB chain with a real engine of each consensus + PeerManager on
// loopback) is offered forged branches over a real socket by a raw peer. Each
// forged header passes every check that needs no state, so only the checks
// against the fork point (its depth, the stake or schedule there, the
// transactions' signatures) can refuse it: tip unchanged, nothing stored, no
// event, the sender dropped and discouraged.
#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include "chain/consensus/consensus_errc.h"
#include "chain/consensus/engine.h"
#include "chain/core/tx_sign.h"
#include "chain/store/chain_genesis.h"
#include "tests/chain/net/net_test_support.h"
#include "tests/support/test_chain.h"
#include "tests/support/test_producer.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::net;
using namespace wb::testsupport;

namespace {

constexpr std::uint64_t kGenesisTime = 1'750'000'000;
const QHostAddress kAttackerAddress("127.0.0.2");
constexpr std::size_t kStranger = kDevAccounts + 1;  // a key with no coins, stake or votes

// A node of a dev network of `kind`: real store, engine, manual clock and a PeerManager on 127.0.0.1.
struct BranchNode {
  BranchNode(ConsensusKind kind, const SecpContext& ctx, const TestAccounts& accounts, std::uint32_t maxReorg,
             PeerManagerConfig config = nettest::testConfig())
      : clock(kGenesisTime), ctx_(ctx), accounts_(accounts) {
    std::array<AccountKey, kDevAccounts> keys;
    for (std::size_t i = 0; i < kDevAccounts; ++i) keys[i] = accounts.key(i);
    file = makeDevGenesis(kind, kGenesisTime, keys).value();
    if (kind == ConsensusKind::Pos) {
      file.params.maxReorg = maxReorg;
      file.params.genesisHash = genesisHash(file);
    }
    engine = std::move(makeEngine(file.params, clock, ctx, genesisDelegateKeys(file)).value());
    chain = std::move(Chain::open(std::filesystem::path(dir.path().toStdString()), "branches", chainGenesisFrom(file),
                                  ctx, engine.get())
                          .value());
    manager = std::make_unique<PeerManager>(*chain, std::move(config));
    QObject::connect(manager.get(), &PeerManager::sideBranchStored, [this] { ++events; });
    QObject::connect(manager.get(), &PeerManager::blockReceived, [this] { ++events; });
    QObject::connect(manager.get(), &PeerManager::tipAdvanced, [this] { ++events; });
    QObject::connect(manager.get(), &PeerManager::peerMisbehaved, [this] { ++misbehaved; });
    QObject::connect(manager.get(), &PeerManager::warning, [](const QString& text) { qWarning() << text; });
  }

  // Produces `count` blocks on the tip with the given accounts' keys.
  Status produce(std::size_t count, const std::vector<std::size_t>& who) {
    std::vector<LocalProducer> keys;
    for (std::size_t i : who) keys.push_back({accounts_.key(i), &accounts_.secret(i)});
    for (std::size_t n = 0; n < count; ++n) {
      WB_TRY_ASSIGN(block, produceOnTip(*chain, *engine, clock, keys));
      WB_TRY(chain->importBlock(encodeBlock(*block)));
    }
    return {};
  }

  // Bytes the chain's files take on disk.
  qint64 diskBytes() const {
    qint64 total = 0;
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) total += QFileInfo(it.next()).size();
    return total;
  }

  QTemporaryDir dir;
  ManualClock clock;
  GenesisFile file;
  std::unique_ptr<ConsensusEngine> engine;
  std::unique_ptr<Chain> chain;
  std::unique_ptr<PeerManager> manager;
  int events = 0;
  int misbehaved = 0;

private:
  const SecpContext& ctx_;
  const TestAccounts& accounts_;
};

// The context a child of `header` (which passed `verdict`) is checked against, as BlockSync builds it.
ParentContext childContext(const ParentContext& parent, const BlockHeader& header, const HeaderVerdict& verdict) {
  ParentContext child;
  child.header = header;
  child.hash = verdict.hash;
  child.recentTimes = parent.recentTimes;
  child.recentTimes.push_back(header.time);
  if (child.recentTimes.size() > 11) child.recentTimes.erase(child.recentTimes.begin());
  child.cumulativeWeight = verdict.cumulativeWeight;
  child.posModifier = verdict.posModifier;
  child.dposSchedule = verdict.dposSchedule;
  return child;
}

// `count` empty blocks on the stored block `from`, `step` seconds apart, by
// `producer`, each passing every check that needs no state (so a node that
// skips the others would take them). PoW blocks are mined.
Result<std::vector<Block>> forgeBranch(const BranchNode& node, const SecpContext& ctx, const BlockHash& from,
                                       std::size_t count, std::uint64_t step, const AccountKey& producer,
                                       const SecureBytes& secret, std::vector<Tx> firstTxs = {}) {
  WB_TRY_ASSIGN(parent, node.chain->parentContext(from));
  std::vector<Block> out;
  for (std::size_t i = 0; i < count; ++i) {
    Block block;
    block.header.height = parent->header.height + 1;
    block.header.prev = parent->hash;
    block.header.time = parent->header.time + step;
    WB_TRY_ASSIGN(bits, node.engine->nextBits(*parent));
    block.header.bits = *bits;
    block.header.producer = producer;
    if (i == 0) block.txs = std::move(firstTxs);
    block.header.txRoot = computeTxRoot(block.txs);
    if (node.file.params.consensus == ConsensusKind::Pow) {
      WB_TRY_ASSIGN(sealed, node.engine->seal(block.header, secret, SealOptions{}, std::stop_token{}));
      if (!*sealed) return fail(ConsensusErrc::NotEligible, "mining stopped");
      block.header = **sealed;
    } else {
      WB_TRY(signHeader(ctx, secret, node.file.params.genesisHash, block.header));
    }
    WB_TRY_ASSIGN(verdict, node.engine->checkHeader(block.header, *parent, nullptr));
    parent = childContext(*parent, block.header, *verdict);
    out.push_back(std::move(block));
  }
  return out;
}

// The attacker offers `branch`: its headers when asked, its bodies whenever asked.
void offer(nettest::RawPeer& attacker, const std::vector<Block>& branch) {
  std::vector<BlockHeader> headers;
  for (const Block& block : branch) headers.push_back(block.header);
  attacker.send(HeadersMsg{headers});
  while (auto request = attacker.waitFor(MessageType::GetBlocks, 1'500)) {
    for (const BlockHash& hash : std::get<GetBlocksMsg>(*request).hashes) {
      for (const Block& block : branch) {
        if (blockHash(block.header) == hash) attacker.send(BlockMsg::of(block));
      }
    }
  }
}

}  // namespace

class TestHostileBranches : public QObject {
  Q_OBJECT
  SecpContext ctx_;
  std::unique_ptr<TestAccounts> accounts_;

  // An attacker claiming to be far ahead of `node`, connected, past the
  // handshake and asked for headers; null when any of that failed.
  static std::unique_ptr<nettest::RawPeer> connectAttacker(BranchNode& node) {
    if (!node.manager->listen(QHostAddress::LocalHost, 0).ok()) return nullptr;
    auto attacker = std::make_unique<nettest::RawPeer>(node.file.params.genesisHash, kAttackerAddress);
    if (!attacker->connectTo(node.manager->listenPort())) return nullptr;
    if (!attacker->handshake(node.chain->tip().height + 100, 0xbad)) return nullptr;
    if (!attacker->waitFor(MessageType::GetHeaders).has_value()) return nullptr;
    return attacker;
  }

  // The attacker was dropped and discouraged, and `node` kept nothing of
  // `branch`: tip, store and disk as before, no event.
  static void verifyDroppedAndNothingKept(BranchNode& node, nettest::RawPeer& attacker,
                                          const std::vector<Block>& branch, const TipPosition& tipBefore,
                                          qint64 diskBefore) {
    QVERIFY(attacker.waitDisconnected(5'000));
    QTRY_COMPARE_WITH_TIMEOUT(node.misbehaved, 1, 3'000);
    QVERIFY(node.manager->isDiscouraged(kAttackerAddress));
    QTest::qWait(200);  // anything still queued for the node runs
    QVERIFY(node.chain->tip() == tipBefore);
    QCOMPARE(node.events, 0);
    for (const Block& block : branch) {
      auto stored = node.chain->headerRecord(blockHash(block.header));
      QVERIFY(stored.ok() && !stored->has_value());
    }
    QCOMPARE(node.diskBytes(), diskBefore);
    QCOMPARE(node.manager->pendingBlocks(), std::size_t{0});
  }

  // Connects an attacker claiming to be far ahead, offers `branch` (up to
  // `offers` times while it stays connected) and checks the node refused it at
  // no cost: tip, store and disk unchanged, no event, the attacker dropped and discouraged.
  static void verifyRefused(BranchNode& node, const std::vector<Block>& branch, int offers = 1) {
    const TipPosition tipBefore = node.chain->tip();
    const qint64 diskBefore = node.diskBytes();
    auto attacker = connectAttacker(node);
    QVERIFY(attacker != nullptr);
    for (int i = 0; i < offers && attacker->connected(); ++i) offer(*attacker, branch);
    verifyDroppedAndNothingKept(node, *attacker, branch, tipBefore, diskBefore);
  }

  static BlockHash genesisBlock(const BranchNode& node) { return node.chain->hashAtHeight(0).value().value(); }

private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    accounts_ = std::make_unique<TestAccounts>(ctx_, kStranger + 1);
  }

  // PoS: a height-1 block by a key with no stake. Its kernel is checked against
  // genesis' state, which the node rebuilds from its tip's state and undo logs.
  void posSideBlockWithoutStakeIsRefused() {
    BranchNode node(ConsensusKind::Pos, ctx_, *accounts_, 100);
    WB_VERIFY_OK(node.produce(6, {0, 1, 2, 3, 4, 5, 6, 7, 8}));
    auto branch = forgeBranch(node, ctx_, genesisBlock(node), 1, node.file.params.posGranularity,
                              accounts_->key(kStranger), accounts_->secret(kStranger));
    WB_VERIFY_OK(branch);
    verifyRefused(node, *branch);
  }

  // PoS: a branch with compressed timestamps (one granularity step apart) from
  // deeper than max_reorg below the tip: refused for its fork point alone.
  void posBranchBelowMaxReorgIsRefused() {
    BranchNode node(ConsensusKind::Pos, ctx_, *accounts_, 3);
    WB_VERIFY_OK(node.produce(8, {0, 1, 2, 3, 4, 5, 6, 7, 8}));
    node.clock.advance(3'600);  // the whole branch is dated in the past
    const BlockHash forkPoint = node.chain->hashAtHeight(node.chain->tip().height - 4).value().value();
    // A staker, but not one of the main chain's: no block of the branch is one of the main chain.
    auto branch = forgeBranch(node, ctx_, forkPoint, 10, node.file.params.posGranularity, accounts_->key(9),
                              accounts_->secret(9));
    WB_VERIFY_OK(branch);
    verifyRefused(node, *branch);
  }

  // DPoS: a height-1 block by a key that is no delegate: the schedule is checked
  // against genesis' state (the round's first block needs it).
  void dposSideBlockOutOfScheduleIsRefused() {
    BranchNode node(ConsensusKind::Dpos, ctx_, *accounts_, 0);
    WB_VERIFY_OK(node.produce(2, {0, 1, 2}));
    QCOMPARE(node.chain->lastIrreversibleHeight(),
             std::uint64_t{0});  // the fork point is allowed: only the schedule refuses
    auto branch = forgeBranch(node, ctx_, genesisBlock(node), 1, node.file.params.blockTime, accounts_->key(kStranger),
                              accounts_->secret(kStranger));
    WB_VERIFY_OK(branch);
    verifyRefused(node, *branch);
  }

  // DPoS: a branch from below the last irreversible block (here from genesis,
  // by delegates) is refused for its fork point alone and never stored. That is
  // what an honest node of a partitioned minority offers until it has switched
  // to our chain (issue 12), so one offer costs its connection nothing; a stream
  // of them uses up its allowance like any other repeated offence.
  void dposBranchBelowTheLibCostsItsSenderOnlyWhenRepeated() {
    BranchNode node(ConsensusKind::Dpos, ctx_, *accounts_, 0);
    WB_VERIFY_OK(node.produce(8, {0, 1, 2}));
    QVERIFY(node.chain->lastIrreversibleHeight() > 0);
    auto branch = forgeBranch(node, ctx_, genesisBlock(node), 3, node.file.params.blockTime, accounts_->key(1),
                              accounts_->secret(1));
    WB_VERIFY_OK(branch);
    std::vector<BlockHeader> headers;
    for (const Block& block : *branch) headers.push_back(block.header);
    const TipPosition tipBefore = node.chain->tip();
    const qint64 diskBefore = node.diskBytes();
    auto minority = connectAttacker(node);
    QVERIFY(minority != nullptr);

    offer(*minority, *branch);
    QVERIFY(!minority->waitDisconnected(1'000));
    QCOMPARE(node.misbehaved, 0);
    QVERIFY(!node.manager->isDiscouraged(kAttackerAddress));

    for (int i = 0; i < 20 && minority->connected(); ++i) minority->send(HeadersMsg{headers});
    verifyDroppedAndNothingKept(node, *minority, *branch, tipBefore, diskBefore);
  }

  // PoW: a height-1 block with real work whose transaction's signature is
  // forged: checked before the block is stored.
  void powSideBlockWithAForgedSignatureIsRefused() {
    BranchNode node(ConsensusKind::Pow, ctx_, *accounts_, 0);
    WB_VERIFY_OK(node.produce(3, {0}));
    const ChainGenesis genesis = chainGenesisFrom(node.file);  // outlives the factory
    BlockFactory factory(ctx_, genesis, *accounts_);
    Tx forged = factory.makeTx(1, TransferPayload{accounts_->key(2), kCoin, "forged"});
    forged.sig[5] ^= 0x40;
    auto branch = forgeBranch(node, ctx_, genesisBlock(node), 1, 1, accounts_->key(kStranger),
                              accounts_->secret(kStranger), {forged});
    WB_VERIFY_OK(branch);
    verifyRefused(node, *branch);
  }

  // PoW: a short branch from deep below the tip, with real (old, easy) work and
  // valid signatures, carries far less work than the main chain: never stored;
  // each offer costs the sender part of its allowance until it is dropped.
  void powLightBranchFromDeepIsRefused() {
    PeerManagerConfig config = nettest::testConfig();
    config.sync.powSideWindowBlocks = 4;
    BranchNode node(ConsensusKind::Pow, ctx_, *accounts_, 0, config);
    WB_VERIFY_OK(node.produce(12, {0}));
    auto branch =
        forgeBranch(node, ctx_, genesisBlock(node), 3, 1, accounts_->key(kStranger), accounts_->secret(kStranger));
    WB_VERIFY_OK(branch);
    verifyRefused(node, *branch, 8);
  }
};

QTEST_GUILESS_MAIN(TestHostileBranches)
#include "test_hostile_branches.moc"
