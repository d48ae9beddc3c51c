// Storing, connecting and disconnecting blocks, and switching branches.
#include "chain/core/keys.h"
#include "chain/core/merkle.h"
#include "chain/core/tx_check.h"
#include "chain/core/tx_sign.h"
#include "chain/state/memory_kv.h"
#include "chain/state/undo_log.h"
#include "chain/store/chain.h"
#include "chain/store/chain_prepared.h"
#include "chain/store/lmdb_state.h"

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

std::string blockRef(const Hash32& hash) { return "block " + toHex(ByteView(hash).first(4)) + "…"; }

Error inTx(const Error& error, std::size_t index, const Hash32& txid) {
  return fail(error.code, "transaction " + std::to_string(index) + " (" + toHex(ByteView(txid).first(4)) +
                              "…): " + error.message);
}

Result<std::optional<HeaderRecord>> findRecord(const Txn& txn, const ChainDbs& dbs, const Hash32& hash) {
  auto raw = txn.find(dbs.headers, hash);
  if (!raw) return raw.error();
  if (!*raw) return std::optional<HeaderRecord>();
  auto record = decodeHeaderRecord(**raw);
  if (!record) return fail(Errc::StoreCorrupt, "a stored header is damaged: " + record.error().message);
  return std::optional<HeaderRecord>(*record);
}

}  // namespace

void Chain::ensureVerifying(const PreparedBlock& block) {
  if (verifying_ && *verifying_ == block.hash) return;
  if (verifying_) (void)finishVerifying();
  verifier_->start(block.checks);
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
  auto block = decodeBlock(p.encoded, &views);
  if (!block) return block.error();
  p.block = std::move(*block);
  p.hash = blockHash(p.block.header);

  const std::size_t n = views.size();
  p.digests.reserve(n);
  p.checks.reserve(n);
  std::vector<Hash32> leaves;
  leaves.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    p.digests.push_back(digestEncodedTx(params.genesisHash, views[i]));
    leaves.push_back(p.digests.back().wtxHash);
    p.checks.push_back({p.block.txs[i].sender, p.digests.back().sigHash, p.block.txs[i].sig});
    if (auto rules = checkTxStateless(p.block.txs[i], params, views[i].size()); !rules.ok()) {
      return inTx(rules.error(), i, p.digests.back().txid);
    }
  }
  if (merkleRoot(leaves) != p.block.header.txRoot) {
    return fail(Errc::ChainBadTxRoot, "the transaction root of " + blockRef(p.hash) + " does not match its transactions");
  }
  return p;
}

Status Chain::placeInTxn(const WriteTxn& txn, PreparedBlock& p) const {
  auto self = findRecord(txn, store_.dbs(), p.hash);
  if (!self) return self.error();
  if (*self && (*self)->status == BlockStatus::Invalid) {
    return fail(Errc::ChainKnownInvalid, blockRef(p.hash) + " was found invalid before");
  }
  auto parent = findRecord(txn, store_.dbs(), p.block.header.prev);
  if (!parent) return parent.error();
  if (!*parent) return fail(Errc::ChainUnknownBlock, "the parent of " + blockRef(p.hash) + " is unknown");
  if ((*parent)->status == BlockStatus::Invalid) {
    return fail(Errc::ChainKnownInvalid, "the parent of " + blockRef(p.hash) + " is invalid");
  }
  p.parent = **parent;
  if (p.block.header.height != p.parent.header.height + 1) {
    return fail(Errc::ChainBadHeight, blockRef(p.hash) + " claims height " + std::to_string(p.block.header.height) +
                                          " but its parent is at " + std::to_string(p.parent.header.height));
  }
  // The engine checks the header now, with the parent's state when the parent is the tip.
  return checkConsensusInTxn(txn, p, p.block.header.prev == tip().hash);
}

Status Chain::storeInTxn(WriteTxn& txn, const PreparedBlock& p) {
  WB_TRY(txn.put(store_.dbs().headers, p.hash, encodeHeaderRecord(recordFor(p))));
  return txn.put(store_.dbs().blocks, p.hash, p.encoded);
}

Status Chain::connectInTxn(WriteTxn& txn, PreparedBlock& p, TipPosition& newTip, const PreparedBlock* next) {
  const ChainDbs& dbs = store_.dbs();
  if (p.block.header.prev != tip().hash) {
    return fail(Errc::ChainNotOnTip, blockRef(p.hash) + " does not extend the tip");
  }
  ensureVerifying(p);
  // Every consensus rule, the ones needing the parent's state included (the
  // parent is the tip, so the stored state is its state).
  if (engine_ != nullptr && (!p.verdict || !p.verdict->complete())) {
    WB_TRY(checkConsensusInTxn(txn, p, true));
    WB_TRY(txn.put(dbs.headers, p.hash, encodeHeaderRecord(recordFor(p))));
  }

  // State application runs while the workers check signatures, in memory over
  // the stored state: hot keys (the producer, busy accounts) are read from LMDB
  // once and written once, when the block's changes are flushed below.
  LmdbStateWriter lmdb(txn, dbs);
  state::MemoryKv changes(&lmdb);
  state::Ledger ledger(genesis_.params, changes);
  WB_TRY(ledger.beginBlock({p.block.header.height, p.block.header.producer}));
  if (p.verdict && genesis_.params.consensus == ConsensusKind::Dpos) {
    std::vector<std::pair<AccountKey, std::uint64_t>> missed;
    for (const MissedCount& m : p.verdict->missed) missed.emplace_back(m.producer, m.count);
    WB_TRY(ledger.recordProduction(missed));
  }
  for (std::size_t i = 0; i < p.block.txs.size(); ++i) {
    if (auto applied = ledger.applyTx(p.block.txs[i], p.digests[i].txid); !applied.ok()) {
      return inTx(applied.error(), i, p.digests[i].txid);
    }
  }
  WB_TRY(ledger.finishBlock());
  if (auto bad = finishVerifying()) {
    return inTx(fail(Errc::TxBadSignature, "the signature does not match the sender"), *bad, p.digests[*bad].txid);
  }
  // The next block's signatures are checked while this one is written and committed.
  if (next != nullptr) ensureVerifying(*next);

  state::UndoRecorder recorder(lmdb);
  WB_TRY(changes.applyTo(recorder));
  WB_TRY(txn.put(dbs.undo, p.hash, state::encodeUndoLog(recorder.takeLog())));
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
  if (current.height == 0) return fail(Errc::ChainAtGenesis, "the genesis block cannot be disconnected");
  auto raw = txn.get(dbs.blocks, current.hash);
  if (!raw) return raw.error();
  auto block = decodeBlock(*raw);
  if (!block) return fail(Errc::StoreCorrupt, "the tip block is damaged: " + block.error().message);
  auto undoRaw = txn.get(dbs.undo, current.hash);
  if (!undoRaw) return undoRaw.error();
  auto undo = state::decodeUndoLog(*undoRaw);
  if (!undo) return fail(Errc::StoreCorrupt, "the tip's undo log is damaged: " + undo.error().message);

  LmdbStateWriter lmdb(txn, dbs);
  WB_TRY(state::applyUndo(*undo, lmdb));
  for (const Tx& tx : block->txs) {
    auto erased = txn.erase(dbs.txIndex, computeTxid(tx));
    if (!erased) return erased.error();
  }
  for (auto erased : {txn.erase(dbs.undo, current.hash), txn.erase(dbs.heightIndex, keyU64(current.height))}) {
    if (!erased) return erased.error();
  }
  newTip = {block->header.prev, current.height - 1};
  WB_TRY(txn.put(dbs.meta, asBytes(meta_key::kTip), encodeTipPosition(newTip)));
  return std::move(*block);
}

Status Chain::verifyBeforeStoring(const PreparedBlock& block) {
  ensureVerifying(block);
  if (auto bad = finishVerifying()) {
    return inTx(fail(Errc::TxBadSignature, "the signature does not match the sender"), *bad, block.digests[*bad].txid);
  }
  return {};
}

Result<Hash32> Chain::storeBlock(ByteView encoded) {
  auto prepared = decodeForChain(encoded);
  if (!prepared) return prepared.error();
  {
    // A side branch costs what the main chain costs: its signatures are checked before it is stored.
    VerifierIdleGuard idle(*this);
    WB_TRY(verifyBeforeStoring(*prepared));
  }
  WB_TRY(store_.env().write([&](WriteTxn& txn) -> Status {
    WB_TRY(placeInTxn(txn, *prepared));
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
    WB_TRY(placeInTxn(txn, block));
    WB_TRY(storeInTxn(txn, block));
    if (block.block.header.prev != tip().hash) return {};  // a side branch: stored only
    return connectInTxn(txn, block, newTip, next);
  }));
  publishTip(newTip);
  return {};
}

Result<Hash32> Chain::importBlock(ByteView encoded) {
  auto prepared = decodeForChain(encoded);
  if (!prepared) return prepared.error();
  VerifierIdleGuard idle(*this);
  WB_TRY(importPrepared(*prepared, nullptr));
  return prepared->hash;
}

Status Chain::importBlocks(std::span<const ByteView> encodedBlocks) {
  if (encodedBlocks.empty()) return {};
  auto current = decodeForChain(encodedBlocks[0]);
  if (!current) return current.error();
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

Status Chain::connectBlock(const Hash32& hash) {
  std::optional<Bytes> body;
  WB_TRY(store_.env().read([&](ReadTxn& txn) -> Status {
    auto raw = txn.find(store_.dbs().blocks, hash);
    if (!raw) return raw.error();
    if (*raw) body = Bytes((*raw)->begin(), (*raw)->end());
    return {};
  }));
  if (!body) return fail(Errc::ChainMissingBody, blockRef(hash) + " is not stored");
  auto prepared = decodeForChain(*body);
  if (!prepared) return prepared.error();
  VerifierIdleGuard idle(*this);
  TipPosition newTip = tip();
  WB_TRY(store_.env().write([&](WriteTxn& txn) -> Status {
    WB_TRY(placeInTxn(txn, *prepared));
    return connectInTxn(txn, *prepared, newTip);
  }));
  publishTip(newTip);
  return {};
}

Result<Block> Chain::disconnectTip() {
  TipPosition newTip = tip();
  std::optional<Block> block;
  WB_TRY(store_.env().write([&](WriteTxn& txn) -> Status {
    auto disconnected = disconnectInTxn(txn, newTip);
    if (!disconnected) return disconnected.error();
    block = std::move(*disconnected);
    return {};
  }));
  publishTip(newTip);
  return std::move(*block);
}

Status Chain::markInvalid(const Hash32& hash) {
  return store_.env().write([&](WriteTxn& txn) -> Status {
    auto record = findRecord(txn, store_.dbs(), hash);
    if (!record) return record.error();
    if (!*record) return {};
    (*record)->status = BlockStatus::Invalid;
    return txn.put(store_.dbs().headers, hash, encodeHeaderRecord(**record));
  });
}

Result<Chain::Reorganization> Chain::reorganizeTo(const Hash32& target) {
  // Walk back from the target to the first block on the main chain.
  std::vector<Hash32> branch;  // target first
  Hash32 cursor = target;
  for (;;) {
    auto record = headerRecord(cursor);
    if (!record) return record.error();
    if (!*record) return fail(Errc::ChainUnknownBlock, blockRef(cursor) + " is unknown");
    if ((*record)->status == BlockStatus::Invalid) return fail(Errc::ChainKnownInvalid, blockRef(cursor) + " is invalid");
    auto onMain = hashAtHeight((*record)->header.height);
    if (!onMain) return onMain.error();
    if (*onMain && **onMain == cursor) break;
    if ((*record)->status != BlockStatus::HaveBody) return fail(Errc::ChainMissingBody, blockRef(cursor) + " has no body yet");
    branch.push_back(cursor);
    cursor = (*record)->header.prev;
  }
  const Hash32 forkPoint = cursor;

  Reorganization result;
  while (tip().hash != forkPoint) {
    auto block = disconnectTip();
    if (!block) return block.error();
    result.disconnected.push_back(std::move(*block));
  }
  for (auto it = branch.rbegin(); it != branch.rend(); ++it) {
    if (auto connected = connectBlock(*it); !connected.ok()) {
      // Keep the failure, forget the bad branch, and put the old chain back.
      WB_TRY(markInvalid(*it));
      while (tip().hash != forkPoint) WB_TRY(disconnectTip());
      for (auto old = result.disconnected.rbegin(); old != result.disconnected.rend(); ++old) {
        WB_TRY(connectBlock(blockHash(old->header)));
      }
      return connected.error();
    }
    result.connected.push_back(*it);
  }
  return result;
}

}  // namespace wb
