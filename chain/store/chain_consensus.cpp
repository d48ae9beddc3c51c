// Where the chain store meets the consensus engine: parent contexts, header
// verdicts, the engine's view of the tip state, fork choice and finality.
#include <functional>

#include "chain/consensus/consensus_errc.h"
#include "chain/core/encoding.h"
#include "chain/core/keys.h"
#include "chain/core/short_hex.h"
#include "chain/core/tx_sign.h"
#include "chain/state/audit.h"
#include "chain/state/memory_kv.h"
#include "chain/state/records.h"
#include "chain/state/state_errc.h"
#include "chain/state/undo_log.h"
#include "chain/store/chain.h"
#include "chain/store/chain_prepared.h"
#include "chain/store/consensus_witness.h"
#include "chain/store/store_errc.h"

namespace wb {
namespace {

// The engine's view of a ledger state read through one transaction.
class TxnStateView final : public ParentStateView {
public:
  explicit TxnStateView(const state::KvReader& reader) : reader_(reader) {}

  Result<Amount> matureStake(const AccountKey& account) const override {
    WB_TRY_ASSIGN(a, state::StateView(reader_).account(account));
    return a->matureStake;
  }

  Result<std::vector<DelegateVotes>> delegateStandings() const override {
    std::vector<DelegateVotes> out;
    WB_TRY(state::forEachEntry(reader_, state::Table::Delegates, [&](const state::KeyValue& kv) -> Result<bool> {
      auto d = state::decodeDelegate(kv.second);
      if (!d || kv.first.size() != 32) return fail(StateErrc::Corrupt, "a stored delegate is damaged");
      DelegateVotes votes;
      std::copy(kv.first.begin(), kv.first.end(), votes.key.begin());
      votes.votes = d->votes;
      out.push_back(votes);
      return true;
    }));
    return out;
  }

private:
  const state::KvReader& reader_;
};

// The engine's view of the state after a block that is not the tip, built on
// first use by `build` into an overlay of the tip's state (most headers of a
// DPoS branch never ask: their round's schedule is their parent's).
class RebuiltStateView final : public ParentStateView {
public:
  using Build = std::function<Status(state::MemoryKv&)>;
  RebuiltStateView(const state::KvReader& tip, Build build) : state_(&tip), build_(std::move(build)) {}

  Result<Amount> matureStake(const AccountKey& account) const override {
    WB_TRY(ready());
    return TxnStateView(state_).matureStake(account);
  }
  Result<std::vector<DelegateVotes>> delegateStandings() const override {
    WB_TRY(ready());
    return TxnStateView(state_).delegateStandings();
  }

private:
  Status ready() const {
    if (!built_) {
      built_ = true;
      status_ = build_(state_);
    }
    return status_;
  }

  mutable state::MemoryKv state_;
  Build build_;
  mutable bool built_ = false;
  mutable Status status_;
};

Result<HeaderRecord> recordIn(const Txn& txn, const ChainDbs& dbs, const BlockHash& hash) {
  WB_TRY_ASSIGN(raw, txn.find(dbs.headers, hash));
  if (!*raw) return fail(StoreErrc::ChainUnknownBlock, "block " + toHex(ByteView(hash).first(4)) + "… is unknown");
  auto record = decodeHeaderRecord(**raw);
  if (!record) return fail(StoreErrc::Corrupt, "a stored header is damaged: " + record.error().message);
  return *record;
}

// The main chain's block at `height`, if any.
Result<std::optional<BlockHash>> mainHashIn(const Txn& txn, const ChainDbs& dbs, std::uint64_t height) {
  WB_TRY_ASSIGN(raw, txn.find(dbs.heightIndex, keyU64(height)));
  if (!*raw) return std::optional<BlockHash>();
  if ((*raw)->size() != 32) return fail(StoreErrc::Corrupt, "a height index entry is damaged");
  BlockHash hash;
  std::copy((*raw)->begin(), (*raw)->end(), hash.begin());
  return std::optional<BlockHash>(hash);
}

// Blocks kept in the ancestry walk for the last irreversible block: enough for
// several rounds of any realistic number of delegates.
constexpr std::uint64_t kLibWindowRounds = 4;

}  // namespace

Result<ParentContext> Chain::parentContextInTxn(const Txn& txn, const HeaderRecord& record) const {
  ParentContext ctx;
  ctx.header = record.header;
  ctx.hash = blockHash(record.header);
  ctx.cumulativeWeight = U256::fromBigEndian(record.chainWeight);
  ctx.posModifier = record.header.height == 0 ? genesis_.params.genesisHash : record.posModifier;
  ctx.dposSchedule = record.dposSchedule;
  // The last 11 times, oldest first, ending with this block's.
  std::vector<std::uint64_t> times{record.header.time};
  BlockHeader cursor = record.header;
  while (times.size() < 11 && cursor.height > 0) {
    WB_TRY_ASSIGN(parent, recordIn(txn, store_.dbs(), cursor.prev));
    cursor = parent->header;
    times.push_back(cursor.time);
  }
  ctx.recentTimes.assign(times.rbegin(), times.rend());
  return ctx;
}

Status Chain::checkConsensusInTxn(const Txn& txn, PreparedBlock& p, bool withState) const {
  if (engine_ == nullptr) return {};
  WB_TRY_ASSIGN(ctx, parentContextInTxn(txn, p.parent));
  LmdbStateReader reader(txn, store_.dbs());
  TxnStateView view(reader);
  RecordingStateView recording(view);
  WB_TRY_ASSIGN(verdict, engine_->checkHeader(p.block.header, *ctx, withState ? &recording : nullptr));
  p.verdict = std::move(*verdict);
  if (withState && genesis_.params.consensus != ConsensusKind::Pow) {
    // What the check read, proven against the parent's root: the tree in `txn` is the parent's.
    WB_TRY_ASSIGN(witness, recording.witness(reader));
    p.witness = state::encodeWitness(*witness);
  }
  return {};
}

Status Chain::updateLibInTxn(WriteTxn& txn, const BlockHeader& newTip, std::uint64_t& newLib) const {
  newLib = lastIrreversibleHeight();
  if (engine_ == nullptr || genesis_.params.consensus != ConsensusKind::Dpos) return {};
  const std::uint64_t window = kLibWindowRounds * std::max<std::uint32_t>(1, genesis_.params.activeDelegates);
  std::vector<ProducedBlock> recent;
  BlockHeader cursor = newTip;
  while (cursor.height > newLib && recent.size() < window) {
    recent.push_back({cursor.height, cursor.producer});
    WB_TRY_ASSIGN(parent, recordIn(txn, store_.dbs(), cursor.prev));
    cursor = parent->header;
  }
  std::reverse(recent.begin(), recent.end());
  newLib = engine_->lastIrreversible(recent, newLib);
  Writer w;
  w.u64(newLib);
  return txn.put(store_.dbs().meta, asBytes(meta_key::kLib), w.bytes());
}

Result<ParentContext> Chain::parentContext(const BlockHash& hash) const {
  std::optional<ParentContext> out;
  WB_TRY(store_.env().read([&](ReadTxn& txn) -> Status {
    WB_TRY_ASSIGN(record, recordIn(txn, store_.dbs(), hash));
    WB_TRY_ASSIGN(ctx, parentContextInTxn(txn, *record));
    out = std::move(*ctx);
    return {};
  }));
  return std::move(*out);
}

Result<Chain::SideCheck> Chain::checkSideHeader(const BlockHeader& header) const {
  std::optional<SideCheck> out;
  const TipPosition current = tip();
  WB_TRY(store_.env().read([&](ReadTxn& txn) -> Status {
    const ChainDbs& dbs = store_.dbs();
    WB_TRY_ASSIGN(parent, recordIn(txn, dbs, header.prev));
    SideCheck check;
    HeaderRecord cursor = *parent;
    std::vector<BlockHash> branch;  // the parent and its ancestors off the main chain, parent first
    for (;;) {  // back to the main chain (each stored side block passed this check: the walk is bounded)
      const BlockHash hash = blockHash(cursor.header);
      WB_TRY_ASSIGN(onMain, mainHashIn(txn, dbs, cursor.header.height));
      if (*onMain && **onMain == hash) break;
      if (cursor.header.height == 0) return fail(StoreErrc::Corrupt, "a stored branch does not reach genesis");
      branch.push_back(hash);
      WB_TRY_ASSIGN(up, recordIn(txn, dbs, cursor.header.prev));
      cursor = std::move(*up);
      check.parentOnMain = false;
    }
    check.forkHeight = cursor.header.height;
    out = check;
    if (engine_ == nullptr) return {};
    out->consensus = engine_->checkReorg({current.height, check.forkHeight, lastIrreversibleHeight()});
    if (!out->consensus.ok()) return {};
    WB_TRY_ASSIGN(ctx, parentContextInTxn(txn, *parent));
    if (genesis_.params.consensus == ConsensusKind::Pow) {  // PoW needs no state: its work is its cost
      auto verdict = engine_->checkHeader(header, *ctx, nullptr);
      if (!verdict) out->consensus = verdict.error();
      return {};
    }
    // The parent's state: the tip's, with the main blocks above the fork point
    // undone and the branch's own blocks up to the parent applied, in memory. Not
    // the fork point's alone: deeper in a branch, stakes and votes may have moved
    // (a DPoS round after a vote on the branch has another schedule).
    LmdbStateReader reader(txn, dbs);
    const std::uint64_t forkHeight = check.forkHeight;
    RebuiltStateView view(reader, [&](state::MemoryKv& state) -> Status {
      for (std::uint64_t height = current.height; height > forkHeight; --height) {
        WB_TRY_ASSIGN(hash, mainHashIn(txn, dbs, height));
        if (!*hash) return fail(StoreErrc::Corrupt, "the main chain has no block at height " + std::to_string(height));
        WB_TRY_ASSIGN(raw, txn.get(dbs.undo, **hash));
        auto undo = state::decodeUndoLog(*raw);
        if (!undo) return fail(StoreErrc::Corrupt, "an undo log is damaged: " + undo.error().message);
        WB_TRY(state::applyUndo(*undo, state));
      }
      for (auto it = branch.rbegin(); it != branch.rend(); ++it) {
        WB_TRY_ASSIGN(raw, txn.find(dbs.blocks, *it));
        if (!*raw) {
          return fail(ConsensusErrc::StateUnavailable,
                      "the state of the branch needs the body of block " + shortHex(*it));
        }
        auto block = decodeBlock(**raw);
        if (!block) return fail(StoreErrc::Corrupt, "a stored block is damaged: " + block.error().message);
        std::vector<Hash32> txids;
        txids.reserve(block->txs.size());
        for (const Tx& tx : block->txs) txids.push_back(computeTxid(tx));
        // What the engine reads (stakes, votes) does not depend on the DPoS
        // produced/missed counters, which are left out here.
        WB_TRY(applyBlockToState(genesis_.params, *block, txids, nullptr, state));
      }
      return {};
    });
    auto verdict = engine_->checkHeader(header, *ctx, &view);
    if (!verdict) out->consensus = verdict.error();
    return {};
  }));
  return std::move(*out);
}

Status Chain::withTipState(const std::function<Status(const ParentStateView&)>& work) const {
  return store_.env().read([&](ReadTxn& txn) -> Status {
    LmdbStateReader reader(txn, store_.dbs());
    return work(TxnStateView(reader));
  });
}

std::uint64_t Chain::lastIrreversibleHeight() const {
  std::lock_guard lock(tipMutex_);
  return lib_;
}

Result<std::optional<Chain::Reorganization>> Chain::considerBranch(const BlockHash& hash) {
  WB_TRY_ASSIGN(candidate, headerRecord(hash));
  if (!*candidate)
    return fail(StoreErrc::ChainUnknownBlock, "block " + toHex(ByteView(hash).first(4)) + "… is unknown");
  const TipPosition current = tip();
  if (hash == current.hash) return std::optional<Reorganization>();
  auto currentRecord = headerRecord(current.hash);
  if (!currentRecord || !*currentRecord) return fail(StoreErrc::Corrupt, "the tip's header is missing");
  // Strictly more weight wins; at equal weight the first seen (the tip) stays.
  if (!(U256::fromBigEndian((*candidate)->chainWeight) > U256::fromBigEndian((*currentRecord)->chainWeight))) {
    return std::optional<Reorganization>();
  }
  if (engine_ != nullptr) {
    // Find the fork height: walk the candidate back to the main chain.
    BlockHash cursor = hash;
    std::uint64_t forkHeight = 0;
    for (;;) {
      auto record = headerRecord(cursor);
      if (!record || !*record) return fail(StoreErrc::ChainUnknownBlock, "a block of the branch is unknown");
      WB_TRY_ASSIGN(onMain, hashAtHeight((*record)->header.height));
      if (*onMain && **onMain == cursor) {
        forkHeight = (*record)->header.height;
        break;
      }
      cursor = (*record)->header.prev;
    }
    WB_TRY(engine_->checkReorg({current.height, forkHeight, lastIrreversibleHeight()}));
  }
  WB_TRY_ASSIGN(reorg, reorganizeTo(hash));
  return std::optional<Reorganization>(std::move(*reorg));
}

}  // namespace wb
