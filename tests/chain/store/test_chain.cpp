// The chain store on real LMDB files: blocks connect and disconnect atomically,
// bad blocks change nothing, reorganisations restore state byte for byte.
#include <QtTest>

#include "chain/core/core_errc.h"
#include "chain/core/tx_sign.h"
#include "chain/state/audit.h"
#include "chain/state/state_errc.h"
#include "chain/store/store_errc.h"
#include "tests/support/chain_fixture.h"
#include "tests/support/sample_order.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::testsupport;

using Fixture = ChainFixture;

namespace {

// `count` encoded blocks of 40 mixed transactions on `f`'s tip; block `forged`
// (if any) carries a forged signature under a matching tx_root.
std::vector<Bytes> blockRun(Fixture& f, int count, std::optional<int> forged = std::nullopt) {
  std::vector<Bytes> blocks;
  BlockHeader parent = f.tipHeader();
  for (int i = 0; i < count; ++i) {
    Block b = f.factory.makeBlock(parent, f.factory.mixedTxs(40), i % 3);
    if (forged == i) {
      b.txs[17].sig[0] ^= 1;
      b.header.txRoot = computeTxRoot(b.txs);
    }
    parent = b.header;
    blocks.push_back(encodeBlock(b));
  }
  return blocks;
}

}  // namespace

class TestChain : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void genesisIsWrittenOnceAndPersists() {
    Fixture f;
    WB_VERIFY_OK(f.open());
    QCOMPARE(f.chain->tip().height, std::uint64_t(0));
    QVERIFY(f.chain->tip().hash == blockHash(f.genesis.header));
    WB_VERIFY_OK(f.chain->checkInvariant());
    WB_VERIFY_OK(f.importTxs(f.factory.mixedTxs(10)));
    const TipPosition tip = f.chain->tip();
    const auto before = f.dump();
    WB_VERIFY_OK(f.open());  // reopen the same files
    QVERIFY(f.chain->tip() == tip);
    QVERIFY(f.dump() == before);
    // Another genesis block on the same store is refused.
    f.genesis.header.time += 1;
    WB_VERIFY_FAILS(f.open(), StoreErrc::ChainGenesisMismatch);
  }

  // The seed's console session, as blocks on disk.
  void seedScenarioInBlocks() {
    Fixture f;
    WB_VERIFY_OK(f.open());
    const OrderCreatePayload order =
        testsupport::orderWithWindows(100, f.accounts.key(2), f.accounts.key(0), "iPhone", 1, 1000 * kCoin);
    const Tx create = f.factory.makeTx(0, order);
    const OrderId id = orderIdOf(computeTxid(create));
    WB_VERIFY_OK(f.importTxs({create}));
    WB_VERIFY_OK(f.importTxs({f.factory.makeTx(1, OrderPayPayload{id, 1000 * kCoin})}));
    WB_VERIFY_OK(f.importTxs({f.factory.makeTx(2, OrderShipPayload{id, {}})}));
    WB_VERIFY_OK(f.importTxs({f.factory.makeTx(0, OrderConfirmPayload{id})}));
    WB_VERIFY_OK(f.chain->readState([&](const state::StateView& v) -> Status {
      auto o = v.order(id);
      if (!o || !*o) return fail(StateErrc::OrderNotFound, "order missing");
      if ((*o)->status != state::OrderStatus::Completed || (*o)->releasedToMerchant != 1000 * kCoin) {
        return fail(StateErrc::Corrupt, "order not completed");
      }
      return {};
    }));
    auto where = f.chain->txLocation(id);
    WB_VERIFY_OK(where);
    QVERIFY(where->has_value());
    QCOMPARE((*where)->height, std::uint64_t(1));
    WB_VERIFY_OK(f.chain->checkInvariant());
  }

  void badBlocksChangeNothing() {
    Fixture f;
    WB_VERIFY_OK(f.open());
    WB_VERIFY_OK(f.importTxs(f.factory.mixedTxs(8)));
    const TipPosition tip = f.chain->tip();
    const auto before = f.dump();
    const BlockHeader parent = f.tipHeader();

    // A transaction breaking a state rule (replayed nonce) anywhere in the block.
    WB_VERIFY_OK(f.syncNonces());
    auto txs = f.factory.mixedTxs(6);
    Tx replay = txs[0];
    txs.push_back(replay);
    WB_VERIFY_FAILS(f.chain->importBlock(encodeBlock(f.factory.makeBlock(parent, txs))), StateErrc::BadNonce);

    // A forged signature: caught by the parallel verifier after state application.
    WB_VERIFY_OK(f.syncNonces());
    txs = f.factory.mixedTxs(12);
    txs[7].sig[5] ^= 0x40;
    WB_VERIFY_FAILS(f.chain->importBlock(encodeBlock(f.factory.makeBlock(parent, txs))), CoreErrc::TxBadSignature);

    // Structure: Merkle root, height, unknown parent, trailing garbage.
    WB_VERIFY_OK(f.syncNonces());
    Block block = f.factory.makeBlock(parent, f.factory.mixedTxs(4));
    Block badRoot = block;
    badRoot.header.txRoot[0] ^= 1;
    WB_VERIFY_FAILS(f.chain->importBlock(encodeBlock(badRoot)), StoreErrc::ChainBadTxRoot);
    Block badHeight = block;
    badHeight.header.height += 1;
    WB_VERIFY_FAILS(f.chain->importBlock(encodeBlock(badHeight)), StoreErrc::ChainBadHeight);
    Block orphan = block;
    orphan.header.prev[0] ^= 1;
    WB_VERIFY_FAILS(f.chain->importBlock(encodeBlock(orphan)), StoreErrc::ChainUnknownBlock);
    Bytes trailing = encodeBlock(block);
    trailing.push_back(0);
    WB_VERIFY_FAILS(f.chain->importBlock(trailing), CoreErrc::DecodeTrailingBytes);

    QVERIFY(f.chain->tip() == tip);
    QVERIFY(f.dump() == before);
    // The good block still goes in afterwards.
    WB_VERIFY_OK(f.chain->importBlock(encodeBlock(block)));
    WB_VERIFY_OK(f.chain->checkInvariant());
  }

  // Signatures the mempool verified are not verified again when their block
  // connects (VerifiedSignatures); a signature altered since is still caught, and
  // the error names the right transaction although the others were skipped.
  void signaturesKnownValidAreSkippedAndOnlyThose() {
    Fixture f;
    WB_VERIFY_OK(f.open());
    WB_VERIFY_OK(f.importTxs(f.factory.mixedTxs(4)));
    WB_VERIFY_OK(f.syncNonces());
    const BlockHeader parent = f.tipHeader();
    const Hash32 genesis = f.chain->params().genesisHash;
    auto checkOf = [&](const Tx& tx) { return SignatureCheck{tx.sender, computeTxSigHash(genesis, tx), tx.sig}; };
    const auto txs = f.factory.mixedTxs(6);
    for (const Tx& tx : txs) f.chain->verifiedSignatures().remember(checkOf(tx));

    auto altered = txs;
    altered[3].sig[9] ^= 0x01;  // same sender, message and txid; another signature
    auto refused = f.chain->importBlock(encodeBlock(f.factory.makeBlock(parent, altered)));
    WB_VERIFY_FAILS(refused, CoreErrc::TxBadSignature);
    QVERIFY2(refused.error().message.starts_with("transaction 3 "), refused.error().message.c_str());

    // Proof that a known signature is skipped: a record for a signature that does
    // not verify (which the mempool never makes) lets its block through.
    Fixture g;
    WB_VERIFY_OK(g.open());
    WB_VERIFY_OK(g.importTxs(g.factory.mixedTxs(4)));
    WB_VERIFY_OK(g.syncNonces());
    auto vouched = g.factory.mixedTxs(6);
    vouched[2].sig[9] ^= 0x01;
    const Block block = g.factory.makeBlock(g.tipHeader(), vouched);
    WB_VERIFY_FAILS(g.chain->importBlock(encodeBlock(block)), CoreErrc::TxBadSignature);
    g.chain->verifiedSignatures().remember(checkOf(vouched[2]));
    WB_VERIFY_OK(g.chain->importBlock(encodeBlock(block)));

    // The good block goes in on the first chain, with every signature known.
    WB_VERIFY_OK(f.chain->importBlock(encodeBlock(f.factory.makeBlock(parent, txs))));
    WB_VERIFY_OK(f.chain->checkInvariant());
  }

  void disconnectAndReconnectRestoreStateByteForByte() {
    Fixture f;
    WB_VERIFY_OK(f.open());
    WB_VERIFY_OK(f.importTxs(f.factory.mixedTxs(20)));
    const auto atOne = f.dump();
    const TipPosition tipOne = f.chain->tip();
    auto second = f.importTxs(f.factory.mixedTxs(30));
    WB_VERIFY_OK(second);
    const auto atTwo = f.dump();
    QVERIFY(!(atOne == atTwo));

    auto block = f.chain->disconnectTip();
    WB_VERIFY_OK(block);
    QVERIFY(f.chain->tip() == tipOne);
    QVERIFY(f.dump() == atOne);
    auto gone = f.chain->txLocation(computeTxid(block->txs[0]));
    QVERIFY(gone.ok() && !gone->has_value());
    WB_VERIFY_OK(f.chain->connectBlock(*second));
    QVERIFY(f.dump() == atTwo);
    WB_VERIFY_OK(f.chain->checkInvariant());
    // Genesis stays.
    WB_VERIFY_OK(f.chain->disconnectTip());
    WB_VERIFY_OK(f.chain->disconnectTip());
    WB_VERIFY_FAILS(f.chain->disconnectTip(), StoreErrc::ChainAtGenesis);
  }

  // Branch A (3 blocks) then branch B (4 blocks from height 1): switching to B
  // gives exactly the state of a store that only ever saw B, and back again.
  void multiBlockReorganisation() {
    Fixture f;
    WB_VERIFY_OK(f.open("main"));
    WB_VERIFY_OK(f.importTxs(f.factory.mixedTxs(10)));
    const BlockHeader fork = f.tipHeader();
    const auto atFork = f.dump();
    for (int i = 0; i < 3; ++i) WB_VERIFY_OK(f.importTxs(f.factory.mixedTxs(10)));
    const TipPosition tipA = f.chain->tip();
    const auto stateA = f.dump();

    // Branch B from the fork, built on the fork's nonces, by another producer.
    WB_VERIFY_OK(f.chain->disconnectTip());
    WB_VERIFY_OK(f.chain->disconnectTip());
    WB_VERIFY_OK(f.chain->disconnectTip());
    QVERIFY(f.dump() == atFork);
    WB_VERIFY_OK(f.syncNonces());
    std::vector<Block> branchB;
    BlockHeader parent = fork;
    for (int i = 0; i < 4; ++i) {
      branchB.push_back(f.factory.makeBlock(parent, f.factory.mixedTxs(7), 5));
      parent = branchB.back().header;
    }
    // Back to A, then store B as a side branch.
    for (auto hash : {tipA.hash}) {
      auto reorg = f.chain->reorganizeTo(hash);
      WB_VERIFY_OK(reorg);
      QCOMPARE(reorg->connected.size(), std::size_t(3));
    }
    QVERIFY(f.dump() == stateA);
    for (const Block& b : branchB) WB_VERIFY_OK(f.chain->importBlock(encodeBlock(b)));  // stored, not connected
    QVERIFY(f.chain->tip() == tipA);

    auto reorg = f.chain->reorganizeTo(blockHash(branchB.back().header));
    WB_VERIFY_OK(reorg);
    QCOMPARE(reorg->disconnected.size(), std::size_t(3));
    QCOMPARE(reorg->connected.size(), std::size_t(4));
    QCOMPARE(f.chain->tip().height, std::uint64_t(5));
    WB_VERIFY_OK(f.chain->checkInvariant());

    // A fresh store fed only the fork's first block and B agrees byte for byte.
    Fixture g;
    WB_VERIFY_OK(g.open("fresh"));
    auto first = f.chain->block(*f.chain->hashAtHeight(1).value());
    WB_VERIFY_OK(g.chain->importBlock(encodeBlock(*first.value())));
    for (const Block& b : branchB) WB_VERIFY_OK(g.chain->importBlock(encodeBlock(b)));
    QVERIFY(g.dump() == f.dump());

    WB_VERIFY_OK(f.chain->reorganizeTo(tipA.hash));
    QVERIFY(f.dump() == stateA);
  }

  // The pipelined batch import ends in exactly the state of one-by-one imports,
  // and stops at a bad block (here a forged signature found while the block
  // before it was being committed) keeping everything before it.
  void batchImportMatchesSingleImportsAndStopsAtABadBlock() {
    Fixture f;
    WB_VERIFY_OK(f.open("batch"));
    const std::vector<Bytes> blocks = blockRun(f, 6, 4);
    std::vector<ByteView> views(blocks.begin(), blocks.end());
    WB_VERIFY_FAILS(f.chain->importBlocks(views), CoreErrc::TxBadSignature);
    QCOMPARE(f.chain->tip().height, std::uint64_t(4));
    WB_VERIFY_OK(f.chain->checkInvariant());

    Fixture g;
    WB_VERIFY_OK(g.open("single"));
    for (int i = 0; i < 4; ++i) WB_VERIFY_OK(g.chain->importBlock(blocks[i]));
    WB_VERIFY_FAILS(g.chain->importBlock(blocks[4]), CoreErrc::TxBadSignature);
    QVERIFY(g.dump() == f.dump());
    QVERIFY(g.chain->tip() == f.chain->tip());
  }

  // A run of blocks extending the tip is connected in one write transaction: one
  // disk flush for the run (a flush per block cost a syncing node more than the
  // signatures of a hundred-transaction block), in the state one-by-one imports reach.
  void batchImportCommitsARunOnce() {
    Fixture f;
    WB_VERIFY_OK(f.open("grouped"));
    const std::vector<Bytes> blocks = blockRun(f, 6);
    std::vector<ByteView> views(blocks.begin(), blocks.end());
    const std::uint64_t before = f.chain->store().env().lastCommitId();
    WB_VERIFY_OK(f.chain->importBlocks(views));
    QCOMPARE(f.chain->store().env().lastCommitId() - before, std::uint64_t{1});
    QCOMPARE(f.chain->tip().height, std::uint64_t(6));
    WB_VERIFY_OK(f.chain->checkInvariant());

    Fixture g;
    WB_VERIFY_OK(g.open("single"));
    for (const Bytes& block : blocks) WB_VERIFY_OK(g.chain->importBlock(block));
    QVERIFY(g.dump() == f.dump());
    QVERIFY(g.chain->tip() == f.chain->tip());
  }

  // A reader held open while the map must grow makes the switch fail half-way
  // (StoreErrc::ResizeBlocked): a local fault. No block is marked invalid, the switch
  // stays pending, and once the reader is gone it completes on the better branch.
  void longReaderDuringReorganisationMarksNothingInvalid() {
    Fixture f;
    EnvOptions options;
    options.initialMapSize = 1 << 20;
    options.resizeWait = std::chrono::milliseconds(50);
    auto opened = Chain::open(std::filesystem::path(f.dir.path().toStdString()) / "reader", "test", f.genesis, f.ctx,
                              nullptr, options);
    WB_VERIFY_OK(opened);
    f.chain = std::move(*opened);
    WB_VERIFY_OK(f.syncNonces());
    WB_VERIFY_OK(f.importTxs(f.factory.mixedTxs(10)));
    const BlockHeader fork = f.tipHeader();
    BlockFactory other(f.ctx, f.genesis, f.accounts);
    WB_VERIFY_OK(other.syncState(*f.chain));  // the state its headers' roots follow
    WB_VERIFY_OK(f.chain->readState([&](const state::StateView& v) { return other.syncNonces(v); }));
    for (int i = 0; i < 2; ++i) WB_VERIFY_OK(f.importTxs(f.factory.mixedTxs(40)));
    const TipPosition tipA = f.chain->tip();
    std::vector<Block> branchB;
    BlockHeader parent = fork;
    for (int i = 0; i < 4; ++i) {
      branchB.push_back(other.makeBlock(parent, other.mixedTxs(300), 5));
      parent = branchB.back().header;
    }
    for (const Block& b : branchB) WB_VERIFY_OK(f.chain->importBlock(encodeBlock(b)));
    QVERIFY(f.chain->tip() == tipA);

    // Hold a reader and use up the map, 64 KiB at a time, until it would have to grow.
    auto reader = f.chain->store().env().beginRead();
    WB_VERIFY_OK(reader);
    const Bytes filler(64 * 1024, 0x5a);
    for (int i = 0;; ++i) {
      const std::string key = "test.filler." + std::to_string(i);
      const Status put = f.chain->store().env().write(
          [&](WriteTxn& txn) { return txn.put(f.chain->store().dbs().meta, asBytes(key), filler); });
      if (put.ok()) continue;
      QCOMPARE(put.code(), StoreErrc::ResizeBlocked);
      break;
    }
    const BlockHash target = blockHash(branchB.back().header);
    auto refused = f.chain->reorganizeTo(target);
    WB_VERIFY_FAILS(refused, StoreErrc::ResizeBlocked);
    qInfo("the fault stopped the switch at height %llu", static_cast<unsigned long long>(f.chain->tip().height));
    for (const Block& b : branchB) {
      QVERIFY(f.chain->headerRecord(blockHash(b.header)).value().value().status != BlockStatus::Invalid);
    }
    reader->abort();

    auto resumed = f.chain->resumeReorganization();
    WB_VERIFY_OK(resumed);
    QVERIFY(resumed->has_value());
    QVERIFY(f.chain->tip().hash == target);
    QVERIFY(!f.chain->reorganizationPending());
    WB_VERIFY_OK(f.chain->checkInvariant());
    Fixture g;
    WB_VERIFY_OK(g.open("fresh"));
    WB_VERIFY_OK(g.chain->importBlock(encodeBlock(*f.chain->block(blockHash(fork)).value())));
    for (const Block& b : branchB) WB_VERIFY_OK(g.chain->importBlock(encodeBlock(b)));
    QVERIFY(g.dump() == f.dump());
  }

  void reorganisationOntoAnInvalidBranchRestoresTheOldChain() {
    Fixture f;
    WB_VERIFY_OK(f.open());
    const BlockHeader genesis = f.tipHeader();
    WB_VERIFY_OK(f.importTxs(f.factory.mixedTxs(5)));
    WB_VERIFY_OK(f.importTxs(f.factory.mixedTxs(5)));
    const TipPosition tip = f.chain->tip();
    const auto before = f.dump();
    // A side branch from genesis whose second block spends what nobody has.
    BlockFactory other(f.ctx, f.genesis, f.accounts);
    const Block good = other.makeBlock(genesis, other.mixedTxs(4), 3);
    const Block bad =
        other.makeBlock(good.header, {other.makeTx(6, TransferPayload{f.accounts.key(1), 2'000'000 * kCoin, ""})}, 3);
    const Block after = other.makeBlock(bad.header, {}, 3);
    for (const Block* b : {&good, &bad, &after}) WB_VERIFY_OK(f.chain->importBlock(encodeBlock(*b)));
    WB_VERIFY_FAILS(f.chain->reorganizeTo(blockHash(after.header)), StateErrc::InsufficientFunds);
    QVERIFY(f.chain->tip() == tip);
    QVERIFY(f.dump() == before);
    auto record = f.chain->headerRecord(blockHash(bad.header));
    QVERIFY(record.ok() && record->has_value() && (*record)->status == BlockStatus::Invalid);
    WB_VERIFY_FAILS(f.chain->reorganizeTo(blockHash(after.header)), StoreErrc::ChainKnownInvalid);
  }
};

QTEST_GUILESS_MAIN(TestChain)
#include "test_chain.moc"
