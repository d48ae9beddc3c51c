#include "chain/store/chain.h"

#include "chain/core/encoding.h"
#include "chain/core/keys.h"
#include "chain/state/audit.h"
#include "chain/state/state_commit.h"
#include "chain/store/lmdb_state.h"
#include "chain/store/store_errc.h"

namespace wb {
namespace {

Result<std::optional<TipPosition>> readTip(const Txn& txn, const ChainDbs& dbs) {
  WB_TRY_ASSIGN(raw, txn.find(dbs.meta, asBytes(meta_key::kTip)));
  if (!*raw) return std::optional<TipPosition>();
  auto tip = decodeTipPosition(**raw);
  if (!tip) return fail(StoreErrc::Corrupt, "the stored tip is damaged: " + tip.error().message);
  return std::optional<TipPosition>(*tip);
}

}  // namespace

Chain::Chain(ChainStore store, const ChainGenesis& genesis, const SecpContext& ctx, const ConsensusEngine* engine)
    : store_(std::move(store)),
      genesis_(genesis),
      ctx_(ctx),
      engine_(engine),
      verifier_(std::make_unique<SignatureBatchVerifier>(ctx)),
      latestState_(store_.env(), store_.dbs()) {}

Result<std::unique_ptr<Chain>> Chain::open(const std::filesystem::path& dataDir, std::string_view network,
                                           const ChainGenesis& genesis, const SecpContext& ctx,
                                           const ConsensusEngine* engine, const EnvOptions& options) {
  WB_TRY_ASSIGN(store, ChainStore::open(dataDir, network, genesis.params.genesisHash, options));
  std::unique_ptr<Chain> chain(new Chain(std::move(*store), genesis, ctx, engine));
  WB_TRY(chain->initialise());
  return chain;
}

void Chain::publishTip(const TipPosition& tip) {
  std::lock_guard lock(tipMutex_);
  tip_ = tip;
  lib_ = std::max(lib_, pendingLib_);
}

Status Chain::initialise() {
  const BlockHash genesisHash = blockHash(genesis_.header);
  const ChainDbs& dbs = store_.dbs();
  std::optional<TipPosition> existing;
  WB_TRY(store_.env().read([&](ReadTxn& txn) -> Status {
    WB_TRY_ASSIGN(tip, readTip(txn, dbs));
    existing = *tip;
    if (!existing) return {};
    WB_TRY_ASSIGN(pendingSwitch, txn.find(dbs.meta, asBytes(meta_key::kPendingSwitch)));
    reorgPending_ = pendingSwitch->has_value();
    WB_TRY_ASSIGN(lib, txn.find(dbs.meta, asBytes(meta_key::kLib)));
    if (*lib) {
      Reader r(**lib);
      auto height = r.u64("lib");
      if (!height || !r.finish().ok()) return fail(StoreErrc::Corrupt, "the stored last irreversible block is damaged");
      lib_ = pendingLib_ = *height;
    }
    WB_TRY_ASSIGN(first, txn.find(dbs.heightIndex, keyU64(0)));
    if (!*first || !std::equal((*first)->begin(), (*first)->end(), genesisHash.begin(), genesisHash.end())) {
      return fail(StoreErrc::ChainGenesisMismatch, "the store holds another genesis block");
    }
    return {};
  }));
  if (existing) {
    tip_ = *existing;
    return {};
  }
  const TipPosition tip{genesisHash, 0};
  WB_TRY(store_.env().write([&](WriteTxn& txn) -> Status {
    LmdbStateWriter state(txn, dbs);
    WB_TRY(state::writeGenesisState(genesis_.params, genesis_.state, state));
    WB_TRY_ASSIGN(root, state::StateTree(state).root());
    if (*root != genesis_.header.stateRoot) {
      return fail(StoreErrc::ChainGenesisMismatch, "the genesis header's state root " +
                                                       toHex(genesis_.header.stateRoot) +
                                                       " is not the genesis state's root " + toHex(*root));
    }
    // Genesis weighs nothing: chains compare by the weight built on it.
    HeaderRecord record;
    record.header = genesis_.header;
    record.status = BlockStatus::HaveBody;
    WB_TRY(txn.put(dbs.headers, genesisHash, encodeHeaderRecord(record)));
    WB_TRY(txn.put(dbs.blocks, genesisHash, encodeBlock(Block{genesis_.header, {}})));
    WB_TRY(txn.put(dbs.heightIndex, keyU64(0), genesisHash));
    return txn.put(dbs.meta, asBytes(meta_key::kTip), encodeTipPosition(tip));
  }));
  tip_ = tip;
  return {};
}

TipPosition Chain::tip() const {
  std::lock_guard lock(tipMutex_);
  return tip_;
}

Result<std::optional<HeaderRecord>> Chain::headerRecord(const BlockHash& hash) const {
  std::optional<HeaderRecord> out;
  WB_TRY(store_.env().read([&](ReadTxn& txn) -> Status {
    WB_TRY_ASSIGN(raw, txn.find(store_.dbs().headers, hash));
    if (!*raw) return {};
    auto record = decodeHeaderRecord(**raw);
    if (!record) return fail(StoreErrc::Corrupt, "a stored header is damaged: " + record.error().message);
    out = *record;
    return {};
  }));
  return out;
}

Result<std::optional<Block>> Chain::block(const BlockHash& hash) const {
  std::optional<Block> out;
  WB_TRY(store_.env().read([&](ReadTxn& txn) -> Status {
    WB_TRY_ASSIGN(raw, txn.find(store_.dbs().blocks, hash));
    if (!*raw) return {};
    auto block = decodeBlock(**raw);
    if (!block) return fail(StoreErrc::Corrupt, "a stored block is damaged: " + block.error().message);
    out = std::move(*block);
    return {};
  }));
  return out;
}

Result<std::optional<BlockHash>> Chain::hashAtHeight(std::uint64_t height) const {
  std::optional<BlockHash> out;
  WB_TRY(store_.env().read([&](ReadTxn& txn) -> Status {
    WB_TRY_ASSIGN(raw, txn.find(store_.dbs().heightIndex, keyU64(height)));
    if (!*raw) return {};
    if ((*raw)->size() != 32) return fail(StoreErrc::Corrupt, "a height index entry is damaged");
    BlockHash hash;
    std::copy((*raw)->begin(), (*raw)->end(), hash.begin());
    out = hash;
    return {};
  }));
  return out;
}

Result<std::optional<TxLocation>> Chain::txLocation(const Hash32& txid) const {
  std::optional<TxLocation> out;
  WB_TRY(store_.env().read([&](ReadTxn& txn) -> Status {
    WB_TRY_ASSIGN(raw, txn.find(store_.dbs().txIndex, txid));
    if (!*raw) return {};
    auto location = decodeTxLocation(**raw);
    if (!location) return fail(StoreErrc::Corrupt, "a tx index entry is damaged");
    out = *location;
    return {};
  }));
  return out;
}

Status Chain::readState(const std::function<Status(const state::StateView&)>& work) const {
  return store_.env().read([&](ReadTxn& txn) -> Status {
    LmdbStateReader reader(txn, store_.dbs());
    return work(state::StateView(reader));
  });
}

Status Chain::checkInvariant() const {
  return store_.env().read(
      [&](ReadTxn& txn) -> Status { return state::checkSupplyInvariant(LmdbStateReader(txn, store_.dbs())); });
}

}  // namespace wb
