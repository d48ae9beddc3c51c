// Storing, connecting and disconnecting blocks, and switching branches.
#include "chain/consensus/consensus_errc.h"
#include "chain/core/core_errc.h"
#include "chain/core/keys.h"
#include "chain/core/merkle.h"
#include "chain/core/short_hex.h"
#include "chain/core/tx_check.h"
#include "chain/core/tx_sign.h"
#include "chain/state/memory_kv.h"
#include "chain/state/state_commit.h"
#include "chain/state/undo_log.h"
#include "chain/store/chain.h"
#include "chain/store/chain_prepared.h"
#include "chain/store/lmdb_state.h"
#include "chain/store/store_errc.h"

namespace wb {

// Leaves the verifier idle when a public operation ends, however it ends, so no
// worker is left reading a batch whose block is about to be freed. Declare it
// after the PreparedBlocks it protects.
class Chain::VerifierIdleGuard {
public:
  explicit VerifierIdleGuard(Chain& chain) : chain_(chain) {}
  ~VerifierIdleGuard() {
    if (chain_.verifying_) (void)chain_.finishVerifying();
  }

private:
  Chain& chain_;
};

namespace {

Error inTx(const Error& error, std::size_t index, const Hash32& txid) {
  return fail(error.code,
              "transaction " + std::to_string(index) + " (" + toHex(ByteView(txid).first(4)) + "…): " + error.message);
}

Result<std::optional<HeaderRecord>> findRecord(const Txn& txn, const ChainDbs& dbs, const BlockHash& hash) {
  WB_TRY_ASSIGN(raw, txn.find(dbs.headers, hash));
  if (!*raw) return std::optional<HeaderRecord>();
  auto record = decodeHeaderRecord(**raw);
  if (!record) return fail(StoreErrc::Corrupt, "a stored header is damaged: " + record.error().message);
  return std::optional<HeaderRecord>(*record);
}

}  // namespace

Status applyBlockToState(const ChainParams& params, const Block& block, std::span<const Hash32> txids,
                         const std::vector<MissedCount>* dposMissed, state::KvStore& state) {
  state::Ledger ledger(params, state);
  WB_TRY(ledger.beginBlock({block.header.height, block.header.producer}));
  if (dposMissed != nullptr) {
    std::vector<std::pair<AccountKey, std::uint64_t>> counts;
    for (const MissedCount& m : *dposMissed) counts.emplace_back(m.producer, m.count);
    WB_TRY(ledger.recordProduction(counts));
  }
  for (std::size_t i = 0; i < block.txs.size(); ++i) {
    if (auto applied = ledger.applyTx(block.txs[i], txids[i]); !applied.ok()) return inTx(applied.error(), i, txids[i]);
  }
  return ledger.finishBlock();
}

void Chain::ensureVerifying(const PreparedBlock& block) {
  if (verifying_ && *verifying_ == block.hash) return;
  if (verifying_) (void)finishVerifying();
  verifier_->start(block.checks, block.checkKeys);
  verifying_ = block.hash;
}

std::optional<std::size_t> Chain::finishVerifying() {
  verifying_.reset();
  return verifier_->finish();
}

Result<Chain::PreparedBlock> Chain::decodeForChain(ByteView encoded) const {
  const ChainParams& params = genesis_.params;
  WB_TRY(checkBlockSize(encoded.size(), params));
  PreparedBlock p;
  p.encoded.assign(encoded.begin(), encoded.end());
  std::vector<ByteView> views;
  WB_TRY_ASSIGN(block, decodeBlock(p.encoded, &views));
  p.block = std::move(*block);
  p.hash = blockHash(p.block.header);

  const std::size_t n = views.size();
  p.digests.reserve(n);
  p.checks.reserve(n);
  p.checkKeys.reserve(n);
  p.checkTx.reserve(n);
  std::vector<Hash32> leaves;
  leaves.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    p.digests.push_back(digestEncodedTx(params.genesisHash, views[i]));
    leaves.push_back(p.digests.back().wtxHash);
    SignatureCheck check{p.block.txs[i].sender, p.digests.back().sigHash, p.block.txs[i].sig};
    if (!verified_.contains(check)) {
      auto key = parsedKeys_.get(ctx_, check.key);
      if (!key)
        return inTx(fail(CoreErrc::TxBadSignature, "the sender is not a valid public key"), i, p.digests.back().txid);
      p.checks.push_back(check);
      p.checkKeys.push_back(*key);
      p.checkTx.push_back(i);
    }
    if (auto rules = checkTxStateless(p.block.txs[i], params, views[i].size()); !rules.ok()) {
      return inTx(rules.error(), i, p.digests.back().txid);
    }
  }
  if (merkleRoot(leaves) != p.block.header.txRoot) {
    return fail(StoreErrc::ChainBadTxRoot,
                "the transaction root of block " + shortHex(p.hash) + " does not match its transactions");
  }
  return p;
}

Status Chain::placeInTxn(const WriteTxn& txn, PreparedBlock& p, const BlockHash& tipHash) const {
  WB_TRY_ASSIGN(self, findRecord(txn, store_.dbs(), p.hash));
  if (*self && (*self)->status == BlockStatus::Invalid) {
    return fail(StoreErrc::ChainKnownInvalid, "block " + shortHex(p.hash) + " was found invalid before");
  }
  WB_TRY_ASSIGN(parent, findRecord(txn, store_.dbs(), p.block.header.prev));
  if (!*parent) return fail(StoreErrc::ChainUnknownBlock, "the parent of block " + shortHex(p.hash) + " is unknown");
  if ((*parent)->status == BlockStatus::Invalid) {
    return fail(StoreErrc::ChainKnownInvalid, "the parent of block " + shortHex(p.hash) + " is invalid");
  }
  p.parent = **parent;
  p.storedDeferred = *self && !(*self)->verdictComplete;
  p.storedComplete = *self && (*self)->verdictComplete;
  if (p.block.header.height != p.parent.header.height + 1) {
    return fail(StoreErrc::ChainBadHeight, "block " + shortHex(p.hash) + " claims height " +
                                               std::to_string(p.block.header.height) + " but its parent is at " +
                                               std::to_string(p.parent.header.height));
  }
  // The engine checks the header now, with the parent's state when the parent is the tip.
  return checkConsensusInTxn(txn, p, p.block.header.prev == tipHash);
}

Status Chain::storeInTxn(WriteTxn& txn, const PreparedBlock& p) {
  // A block known with its complete verdict (offered again, say, as the first
  // block of another peer's branch) keeps it: checked now without its parent's
  // state, it would lose its round's schedule, which its children read.
  if (!p.storedComplete) WB_TRY(txn.put(store_.dbs().headers, p.hash, encodeHeaderRecord(recordFor(p))));
  return txn.put(store_.dbs().blocks, p.hash, p.encoded);
}

Result<Hash32> Chain::stateRootOnTip(const Block& block, const std::vector<MissedCount>& dposMissed) const {
  std::vector<Hash32> txids;
  txids.reserve(block.txs.size());
  for (const Tx& tx : block.txs) txids.push_back(computeTxid(tx));
  std::optional<Hash32> root;
  WB_TRY(store_.env().read([&](ReadTxn& txn) -> Status {
    LmdbStateReader tipState(txn, store_.dbs());
    state::MemoryKv after(&tipState);  // the tip's state with the block's records and tree nodes on top
    state::MemoryKv changes(&after);
    const bool dpos = engine_ != nullptr && genesis_.params.consensus == ConsensusKind::Dpos;
    WB_TRY(applyBlockToState(genesis_.params, block, txids, dpos ? &dposMissed : nullptr, changes));
    WB_TRY_ASSIGN(undo, state::commitChanges(changes, after));
    WB_TRY_ASSIGN(r, state::StateTree(after).root());
    root = *r;
    return {};
  }));
  return *root;
}

Status Chain::connectInTxn(WriteTxn& txn, PreparedBlock& p, TipPosition& newTip, const PreparedBlock* next) {
  const ChainDbs& dbs = store_.dbs();
  if (p.block.header.prev != newTip.hash) {
    return fail(StoreErrc::ChainNotOnTip, "block " + shortHex(p.hash) + " does not extend the tip");
  }
  ensureVerifying(p);
  // Every consensus rule, the ones needing the parent's state included (the
  // parent is the tip, so the stored state is its state).
  if (engine_ != nullptr) {
    const bool deferred = !p.verdict || !p.verdict->complete();
    // A block placed without its parent's state (a side block) is checked again
    // with it: that completes its verdict and gives it its consensus witness.
    const bool needsWitness = genesis_.params.consensus != ConsensusKind::Pow && !p.witness;
    if (deferred) {
      WB_TRY(checkConsensusInTxn(txn, p, true));
    } else if (needsWitness) {
      // A complete verdict stays: a DPoS block in its parent's round may find the
      // parent's record without its schedule, which the check with state cannot rebuild.
      const HeaderVerdict complete = *p.verdict;
      WB_TRY(checkConsensusInTxn(txn, p, true));
      if (!p.verdict->complete()) p.verdict = complete;
    }
    if (!p.verdict || !p.verdict->complete()) {
      // Only a parent whose record lacks its round's schedule leaves checks undone here:
      // connecting would skip the producer check and the missed slots the state records.
      return fail(ConsensusErrc::StateUnavailable,
                  "the checks of block " + shortHex(p.hash) + " cannot all run on its parent's stored record");
    }
    // A block stored earlier with checks deferred (a side block, connected now by a
    // branch switch) keeps the complete verdict: its children read their round's schedule there.
    if (deferred || p.storedDeferred) WB_TRY(txn.put(dbs.headers, p.hash, encodeHeaderRecord(recordFor(p))));
    // Kept by block hash, not undone on disconnect: it stays true of the block and its parent.
    if (p.witness) WB_TRY(txn.put(dbs.witnesses, p.hash, *p.witness));
  }

  // State application runs while the workers check signatures, in memory over
  // the stored state: hot keys (the producer, busy accounts) are read from LMDB
  // once and written once, when the block's changes are flushed below.
  LmdbStateWriter lmdb(txn, dbs);
  state::MemoryKv changes(&lmdb);
  std::vector<Hash32> txids;
  txids.reserve(p.digests.size());
  for (const TxDigests& d : p.digests) txids.push_back(d.txid);
  const bool dpos = p.verdict && genesis_.params.consensus == ConsensusKind::Dpos;
  WB_TRY(applyBlockToState(genesis_.params, p.block, txids, dpos ? &p.verdict->missed : nullptr, changes));
  if (auto bad = finishVerifying()) {
    const std::size_t tx = p.checkTx[*bad];
    return inTx(fail(CoreErrc::TxBadSignature, "the signature does not match the sender"), tx, p.digests[tx].txid);
  }
  // The next block's signatures are checked while this one is written and committed.
  if (next != nullptr) ensureVerifying(*next);

  WB_TRY_ASSIGN(undo, state::commitChanges(changes, lmdb));
  WB_TRY_ASSIGN(root, state::StateTree(lmdb).root());
  if (*root != p.block.header.stateRoot) {
    return fail(StoreErrc::ChainBadStateRoot, "the state root of block " + shortHex(p.hash) + " is " +
                                                  toHex(p.block.header.stateRoot) +
                                                  " but the state after it has root " + toHex(*root));
  }
  WB_TRY(txn.put(dbs.undo, p.hash, state::encodeUndoLog(*undo)));
  WB_TRY(txn.put(dbs.heightIndex, keyU64(p.block.header.height), p.hash));
  for (std::size_t i = 0; i < p.block.txs.size(); ++i) {
    const TxLocation location{p.hash, p.block.header.height, static_cast<std::uint32_t>(i)};
    WB_TRY(txn.put(dbs.txIndex, p.digests[i].txid, encodeTxLocation(location)));
  }
  newTip = {p.hash, p.block.header.height};
  WB_TRY(txn.put(dbs.meta, asBytes(meta_key::kTip), encodeTipPosition(newTip)));
  return updateLibInTxn(txn, p.block.header, pendingLib_);
}

Result<Block> Chain::disconnectInTxn(WriteTxn& txn, TipPosition& newTip) {
  const ChainDbs& dbs = store_.dbs();
  const TipPosition current = tip();
  if (current.height == 0) return fail(StoreErrc::ChainAtGenesis, "the genesis block cannot be disconnected");
  WB_TRY_ASSIGN(raw, txn.get(dbs.blocks, current.hash));
  auto block = decodeBlock(*raw);
  if (!block) return fail(StoreErrc::Corrupt, "the tip block is damaged: " + block.error().message);
  WB_TRY_ASSIGN(undoRaw, txn.get(dbs.undo, current.hash));
  auto undo = state::decodeUndoLog(*undoRaw);
  if (!undo) return fail(StoreErrc::Corrupt, "the tip's undo log is damaged: " + undo.error().message);

  LmdbStateWriter lmdb(txn, dbs);
  WB_TRY(state::applyUndo(*undo, lmdb));
  WB_TRY(state::StateTree(lmdb).updateFor(*undo, lmdb));
  for (const Tx& tx : block->txs) {
    WB_TRY_ASSIGN(erased, txn.erase(dbs.txIndex, computeTxid(tx)));
  }
  for (auto erased : {txn.erase(dbs.undo, current.hash), txn.erase(dbs.heightIndex, keyU64(current.height))}) {
    WB_TRY(erased);
  }
  newTip = {block->header.prev, current.height - 1};
  WB_TRY(txn.put(dbs.meta, asBytes(meta_key::kTip), encodeTipPosition(newTip)));
  return std::move(*block);
}

Status Chain::verifyBeforeStoring(const PreparedBlock& block) {
  ensureVerifying(block);
  if (auto bad = finishVerifying()) {
    const std::size_t tx = block.checkTx[*bad];
    return inTx(fail(CoreErrc::TxBadSignature, "the signature does not match the sender"), tx, block.digests[tx].txid);
  }
  // A side block connected later by a branch switch is not verified twice.
  for (const SignatureCheck& check : block.checks) verified_.remember(check);
  return {};
}

Result<BlockHash> Chain::storeBlock(ByteView encoded) {
  WB_TRY_ASSIGN(prepared, decodeForChain(encoded));
  {
    // A side branch costs what the main chain costs: its signatures are checked before it is stored.
    VerifierIdleGuard idle(*this);
    WB_TRY(verifyBeforeStoring(*prepared));
  }
  WB_TRY(store_.env().write([&](WriteTxn& txn) -> Status {
    WB_TRY(placeInTxn(txn, *prepared, tip().hash));
    return storeInTxn(txn, *prepared);
  }));
  return prepared->hash;
}

Status Chain::importPrepared(PreparedBlock& block, const PreparedBlock* next) {
  TipPosition newTip = tip();
  if (block.block.header.prev != tip().hash) {
    WB_TRY(verifyBeforeStoring(block));  // a side block (see storeBlock)
  }
  WB_TRY(store_.env().write([&](WriteTxn& txn) -> Status {
    newTip = tip();
    WB_TRY(placeInTxn(txn, block, newTip.hash));
    WB_TRY(storeInTxn(txn, block));
    if (block.block.header.prev != tip().hash) return {};  // a side branch: stored only
    return connectInTxn(txn, block, newTip, next);
  }));
  publishTip(newTip);
  return {};
}

Result<BlockHash> Chain::importBlock(ByteView encoded) {
  WB_TRY_ASSIGN(prepared, decodeForChain(encoded));
  VerifierIdleGuard idle(*this);
  WB_TRY(importPrepared(*prepared, nullptr));
  return prepared->hash;
}

std::size_t Chain::importRunInOneTxn(std::span<const ByteView> encodedBlocks) {
  auto first = decodeForChain(encodedBlocks[0]);
  if (!first || first->block.header.prev != tip().hash) return 0;
  const std::uint64_t libBefore = pendingLib_;
  VerifierIdleGuard idle(*this);
  auto txn = store_.env().beginWrite();
  if (!txn) return 0;
  TipPosition newTip = tip();
  std::optional<PreparedBlock> current = std::move(*first), next;
  std::size_t connected = 0, txs = 0;
  while (current) {
    const std::size_t i = connected;
    next.reset();
    // The next block is decoded while the workers check this one's signatures;
    // one that does not decode, or would make the run too large, ends the run.
    if (i + 1 < encodedBlocks.size() && txs + current->block.txs.size() < kGroupedImportTxs) {
      ensureVerifying(*current);
      if (auto decoded = decodeForChain(encodedBlocks[i + 1])) next = std::move(*decoded);
    }
    Status done = placeInTxn(*txn, *current, newTip.hash);
    if (done) done = storeInTxn(*txn, *current);
    if (done) done = connectInTxn(*txn, *current, newTip, next ? &*next : nullptr);
    if (!done) {  // undone whole: the block-by-block import reports this failure
      txn->abort();
      pendingLib_ = libBefore;
      return 0;
    }
    ++connected;
    txs += current->block.txs.size();
    current = std::move(next);
    if (current && current->block.header.prev != newTip.hash) break;  // a side block: block by block
  }
  if (!txn->commit()) {
    pendingLib_ = libBefore;
    return 0;
  }
  publishTip(newTip);
  return connected;
}

Status Chain::importBlocks(std::span<const ByteView> encodedBlocks) {
  // A syncing node's blocks come in runs; a disk flush per block costs more
  // than verifying a block of a hundred transactions on some disks.
  while (encodedBlocks.size() > 1) {
    const std::size_t grouped = importRunInOneTxn(encodedBlocks);
    if (grouped == 0) break;
    encodedBlocks = encodedBlocks.subspan(grouped);
  }
  if (encodedBlocks.empty()) return {};
  WB_TRY_ASSIGN(current, decodeForChain(encodedBlocks[0]));
  std::optional<PreparedBlock> next;
  VerifierIdleGuard idle(*this);
  for (std::size_t i = 0; i < encodedBlocks.size(); ++i) {
    if (i + 1 < encodedBlocks.size()) {
      // Decoding the next block overlaps the workers checking this one.
      ensureVerifying(*current);
      auto decoded = decodeForChain(encodedBlocks[i + 1]);
      if (!decoded) {
        WB_TRY(importPrepared(*current, nullptr));
        return decoded.error();
      }
      next = std::move(*decoded);
    } else {
      next.reset();
    }
    WB_TRY(importPrepared(*current, next ? &*next : nullptr));
    if (next) *current = std::move(*next);
  }
  return {};
}

Status Chain::connectBlock(const BlockHash& hash) {
  std::optional<Bytes> body;
  WB_TRY(store_.env().read([&](ReadTxn& txn) -> Status {
    WB_TRY_ASSIGN(raw, txn.find(store_.dbs().blocks, hash));
    if (*raw) body = Bytes((*raw)->begin(), (*raw)->end());
    return {};
  }));
  if (!body) return fail(StoreErrc::ChainMissingBody, "block " + shortHex(hash) + " is not stored");
  WB_TRY_ASSIGN(prepared, decodeForChain(*body));
  VerifierIdleGuard idle(*this);
  TipPosition newTip = tip();
  WB_TRY(store_.env().write([&](WriteTxn& txn) -> Status {
    newTip = tip();
    WB_TRY(placeInTxn(txn, *prepared, newTip.hash));
    return connectInTxn(txn, *prepared, newTip);
  }));
  publishTip(newTip);
  return {};
}

Result<Block> Chain::disconnectTip() {
  TipPosition newTip = tip();
  std::optional<Block> block;
  WB_TRY(store_.env().write([&](WriteTxn& txn) -> Status {
    WB_TRY_ASSIGN(disconnected, disconnectInTxn(txn, newTip));
    block = std::move(*disconnected);
    return {};
  }));
  publishTip(newTip);
  return std::move(*block);
}

}  // namespace wb
