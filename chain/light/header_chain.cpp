#include "chain/light/header_chain.h"

#include <algorithm>
#include <string>

#include "chain/consensus/consensus_errc.h"
#include "chain/core/core_errc.h"
#include "chain/core/encoding.h"
#include "chain/core/keys.h"
#include "chain/core/short_hex.h"
#include "chain/light/light_errc.h"
#include "chain/light/proven_state_view.h"
#include "chain/store/schema.h"
#include "chain/store/store_errc.h"
#include "chain/store/store_identity.h"

namespace wb::light {
namespace {

// Keys of the light store's `meta` database besides chain/store's meta_key ones.
constexpr std::string_view kStoreKind = "store_kind";
constexpr std::string_view kLightKind = "light_headers";

Result<HeaderRecord> recordIn(const Txn& txn, const HeaderDbs& dbs, const BlockHash& hash) {
  WB_TRY_ASSIGN(raw, txn.find(dbs.headers, hash));
  if (!*raw) return fail(StoreErrc::ChainUnknownBlock, "header " + shortHex(hash) + " is unknown");
  auto record = decodeHeaderRecord(**raw);
  if (!record) return fail(StoreErrc::Corrupt, "a stored header is damaged: " + record.error().message);
  return *record;
}

Result<std::optional<BlockHash>> hashAtHeightIn(const Txn& txn, const HeaderDbs& dbs, std::uint64_t height) {
  WB_TRY_ASSIGN(raw, txn.find(dbs.heightIndex, keyU64(height)));
  if (!*raw) return std::optional<BlockHash>();
  if ((*raw)->size() != 32) return fail(StoreErrc::Corrupt, "a height index entry of the light store is damaged");
  BlockHash hash;
  std::copy((*raw)->begin(), (*raw)->end(), hash.begin());
  return std::optional<BlockHash>(hash);
}

Result<HeaderTip> tipIn(const Txn& txn, const HeaderDbs& dbs) {
  WB_TRY_ASSIGN(raw, txn.get(dbs.meta, asBytes(meta_key::kTip)));
  auto position = decodeTipPosition(*raw);
  if (!position) return fail(StoreErrc::Corrupt, "the light store's tip is damaged: " + position.error().message);
  WB_TRY_ASSIGN(record, recordIn(txn, dbs, position->hash));
  return HeaderTip{position->hash, position->height, U256::fromBigEndian(record->chainWeight)};
}

// The identity of an existing light store: its kind, then schema version and network.
Status checkIdentity(const Txn& txn, const Db& meta, const Hash32& networkHash, const std::string& where) {
  WB_TRY_ASSIGN(kind, txn.find(meta, asBytes(kStoreKind)));
  if (!*kind || std::string_view(reinterpret_cast<const char*>((*kind)->data()), (*kind)->size()) != kLightKind) {
    return fail(StoreErrc::Corrupt, where + ": the folder holds a store that is not a light header store");
  }
  return checkStoreIdentity(txn, meta, StoreIdentity{kHeaderStoreSchemaVersion, networkHash, {}}, where);
}

}  // namespace

Result<std::unique_ptr<HeaderChain>> HeaderChain::open(const std::filesystem::path& dir, const ConsensusEngine& engine,
                                                       const BlockHeader& genesis, const EnvOptions& options) {
  if (genesis.height != 0) {
    return fail(StoreErrc::ChainGenesisMismatch, "the genesis header has height " + std::to_string(genesis.height));
  }
  const Hash32& networkHash = engine.params().genesisHash;
  const BlockHash genesisHash = blockHash(genesis);
  WB_TRY_ASSIGN(env, LmdbEnv::open(dir, options));
  const std::string where = "opening the light header store in '" + dir.string() + "'";

  HeaderDbs dbs;
  std::optional<HeaderTip> tip;
  // One transaction: a refused store is left as it was, a new one appears complete or not at all.
  WB_TRY(env->write([&](WriteTxn& txn) -> Status {
    tip.reset();
    WB_TRY_ASSIGN(meta, openStoreMeta(txn, where));
    if (*meta) {
      WB_TRY(checkIdentity(txn, **meta, networkHash, where));
    }
    WB_TRY_ASSIGN(metaDb, txn.openDb("meta", DbFlags::None, OpenMode::CreateIfMissing));
    WB_TRY_ASSIGN(headers, txn.openDb("headers", DbFlags::None, OpenMode::CreateIfMissing));
    WB_TRY_ASSIGN(heights, txn.openDb("height_index", DbFlags::None, OpenMode::CreateIfMissing));
    dbs = HeaderDbs{*metaDb, *headers, *heights};

    if (*meta) {
      WB_TRY_ASSIGN(first, hashAtHeightIn(txn, dbs, 0));
      if (!*first || **first != genesisHash) {
        return fail(StoreErrc::ChainGenesisMismatch, where + ": the store holds another genesis block");
      }
      WB_TRY_ASSIGN(stored, tipIn(txn, dbs));
      tip = *stored;
      return {};
    }
    // A new store: its identity and the genesis header (weight 0: chains compare by what builds on it).
    WB_TRY(txn.put(dbs.meta, asBytes(kStoreKind), asBytes(kLightKind)));
    WB_TRY(txn.put(dbs.meta, asBytes(meta_key::kSchemaVersion), Writer().u32(kHeaderStoreSchemaVersion).bytes()));
    WB_TRY(txn.put(dbs.meta, asBytes(meta_key::kGenesisHash), networkHash));
    HeaderRecord record;
    record.header = genesis;
    record.status = BlockStatus::HeaderOnly;
    WB_TRY(txn.put(dbs.headers, genesisHash, encodeHeaderRecord(record)));
    WB_TRY(txn.put(dbs.heightIndex, keyU64(0), genesisHash));
    WB_TRY(txn.put(dbs.meta, asBytes(meta_key::kTip), encodeTipPosition({genesisHash, 0})));
    tip = HeaderTip{genesisHash, 0, U256()};
    return {};
  }));
  return std::unique_ptr<HeaderChain>(new HeaderChain(std::move(*env), std::move(dbs), engine, genesisHash, *tip));
}

HeaderTip HeaderChain::tip() const {
  std::lock_guard lock(tipMutex_);
  return tip_;
}

namespace {

// The engine's view of `record` as a parent, read through `txn`.
Result<ParentContext> parentContextIn(const Txn& txn, const HeaderDbs& dbs, const ChainParams& params,
                                      const HeaderRecord& record) {
  ParentContext ctx;
  ctx.header = record.header;
  ctx.hash = blockHash(record.header);
  ctx.cumulativeWeight = U256::fromBigEndian(record.chainWeight);
  ctx.posModifier = record.header.height == 0 ? params.genesisHash : record.posModifier;
  ctx.dposSchedule = record.dposSchedule;
  std::vector<std::uint64_t> times{record.header.time};
  BlockHeader cursor = record.header;
  while (times.size() < kMedianTimeSpan && cursor.height > 0) {
    WB_TRY_ASSIGN(parent, recordIn(txn, dbs, cursor.prev));
    cursor = parent->header;
    times.push_back(cursor.time);
  }
  ctx.recentTimes.assign(times.rbegin(), times.rend());
  return ctx;
}

}  // namespace

Status HeaderChain::addInTxn(WriteTxn& txn, const BlockHeader& header, const state::ConsensusWitness* witness,
                             HeaderTip& best, std::size_t& stored) const {
  const BlockHash hash = blockHash(header);
  WB_TRY_ASSIGN(known, txn.find(dbs_.headers, hash));
  if (*known) return {};
  WB_TRY_ASSIGN(rawParent, txn.find(dbs_.headers, header.prev));
  if (!*rawParent) {
    return fail(LightErrc::UnknownParent, "header " + shortHex(hash) + " at height " + std::to_string(header.height) +
                                              " builds on the unknown header " + shortHex(header.prev));
  }
  auto parent = decodeHeaderRecord(**rawParent);
  if (!parent) return fail(StoreErrc::Corrupt, "a stored header is damaged: " + parent.error().message);
  WB_TRY_ASSIGN(ctx, parentContextIn(txn, dbs_, params(), *parent));
  // The engine's own rules, with the parent's state as far as the witness proves
  // it; a check it must still defer cannot be run here.
  std::optional<ProvenStateView> proven;
  if (witness != nullptr && !witness->records.empty()) {
    WB_TRY_ASSIGN(view, ProvenStateView::verify(parent->header, *witness));
    proven = std::move(*view);
  }
  WB_TRY_ASSIGN(verdict, engine_.checkHeader(header, *ctx, proven ? &*proven : nullptr));
  if (!verdict->complete()) {
    return fail(LightErrc::StateNeeded, "header " + shortHex(hash) + " needs its parent's state to be verified");
  }
  HeaderRecord record;
  record.header = header;
  record.chainWeight = verdict->cumulativeWeight.toBigEndian();
  record.status = BlockStatus::HeaderOnly;
  record.posModifier = verdict->posModifier;
  record.dposSchedule = verdict->dposSchedule;
  record.verdictComplete = true;
  WB_TRY(txn.put(dbs_.headers, hash, encodeHeaderRecord(record), PutMode::InsertOnly));
  ++stored;
  if (engine_.isBetterChain({header.height, hash, verdict->cumulativeWeight},
                            {best.height, best.hash, best.cumulativeWeight})) {
    best = HeaderTip{hash, header.height, verdict->cumulativeWeight};
  }
  return {};
}

Result<std::uint64_t> HeaderChain::switchIndexInTxn(WriteTxn& txn, const HeaderTip& from,
                                                    const HeaderTip& target) const {
  // Walk the target's branch down until it meets the index; collect its hashes.
  std::vector<BlockHash> branch;  // target first
  BlockHash cursor = target.hash;
  std::uint64_t height = target.height;
  for (;;) {
    WB_TRY_ASSIGN(indexed, hashAtHeightIn(txn, dbs_, height));
    if (*indexed && **indexed == cursor) break;
    if (height == 0) return fail(StoreErrc::Corrupt, "a stored branch of the light store does not reach genesis");
    branch.push_back(cursor);
    WB_TRY_ASSIGN(record, recordIn(txn, dbs_, cursor));
    cursor = record->header.prev;
    --height;
  }
  const std::uint64_t fork = height;
  WB_TRY(engine_.checkReorg({from.height, fork, 0}));
  for (std::uint64_t h = from.height; h > target.height; --h) {
    WB_TRY_ASSIGN(erased, txn.erase(dbs_.heightIndex, keyU64(h)));
  }
  for (auto it = branch.rbegin(); it != branch.rend(); ++it) WB_TRY(txn.put(dbs_.heightIndex, keyU64(++height), *it));
  WB_TRY(txn.put(dbs_.meta, asBytes(meta_key::kTip), encodeTipPosition({target.hash, target.height})));
  return fork;
}

Result<HeadersAdded> HeaderChain::addHeader(const BlockHeader& header, const state::ConsensusWitness* witness) {
  if (witness == nullptr) return addHeaders(std::span<const BlockHeader>(&header, 1));
  return addHeaders(std::span<const BlockHeader>(&header, 1), std::span<const state::ConsensusWitness>(witness, 1));
}

Result<HeadersAdded> HeaderChain::addHeaders(std::span<const BlockHeader> headers,
                                             std::span<const state::ConsensusWitness> witnesses) {
  if (!witnesses.empty() && witnesses.size() != headers.size()) {
    return fail(CoreErrc::DecodeBadValue, "one consensus witness per header is needed");
  }
  const HeaderTip before = tip();
  HeadersAdded out;
  WB_TRY(env_.write([&](WriteTxn& txn) -> Status {
    out = HeadersAdded{};
    HeaderTip best = before;
    for (std::size_t i = 0; i < headers.size(); ++i) {
      Status added = addInTxn(txn, headers[i], witnesses.empty() ? nullptr : &witnesses[i], best, out.stored);
      if (!added) {
        if (headers.size() == 1) return added.error();
        return fail(added.code(), "header " + std::to_string(i + 1) + " of " + std::to_string(headers.size()) + ": " +
                                      added.error().message);
      }
    }
    out.tip = before;
    if (best.hash == before.hash) return {};
    // The heaviest new header wins; its branch may leave the current one (a reorganisation).
    auto fork = switchIndexInTxn(txn, before, best);
    if (!fork) {
      // A switch the engine forbids leaves the tip where it is; the headers stay stored.
      if (fork.code() == ConsensusErrc::ReorgTooDeep || fork.code() == ConsensusErrc::ReorgPastLib) return {};
      return fork.error();
    }
    out.tipChanged = true;
    out.tip = best;
    if (*fork < before.height) {
      out.forkHeight = *fork;
      out.reorgDepth = before.height - *fork;
    }
    return {};
  }));
  if (out.tipChanged) {
    std::lock_guard lock(tipMutex_);
    tip_ = out.tip;
  }
  return out;
}

Result<std::optional<StoredHeader>> HeaderChain::header(const BlockHash& hash) const {
  std::optional<StoredHeader> out;
  WB_TRY(env_.read([&](ReadTxn& txn) -> Status {
    WB_TRY_ASSIGN(raw, txn.find(dbs_.headers, hash));
    if (!*raw) return {};
    auto record = decodeHeaderRecord(**raw);
    if (!record) return fail(StoreErrc::Corrupt, "a stored header is damaged: " + record.error().message);
    out = StoredHeader{record->header, hash, U256::fromBigEndian(record->chainWeight)};
    return {};
  }));
  return out;
}

Result<std::optional<BlockHash>> HeaderChain::hashAtHeight(std::uint64_t height) const {
  std::optional<BlockHash> out;
  WB_TRY(env_.read([&](ReadTxn& txn) -> Status {
    WB_TRY_ASSIGN(hash, hashAtHeightIn(txn, dbs_, height));
    out = *hash;
    return {};
  }));
  return out;
}

Result<bool> HeaderChain::onBestBranch(const BlockHash& hash) const {
  bool out = false;
  WB_TRY(env_.read([&](ReadTxn& txn) -> Status {
    WB_TRY_ASSIGN(raw, txn.find(dbs_.headers, hash));
    if (!*raw) return {};
    auto record = decodeHeaderRecord(**raw);
    if (!record) return fail(StoreErrc::Corrupt, "a stored header is damaged: " + record.error().message);
    WB_TRY_ASSIGN(indexed, hashAtHeightIn(txn, dbs_, record->header.height));
    out = *indexed && **indexed == hash;
    return {};
  }));
  return out;
}

Result<ParentContext> HeaderChain::parentContext(const BlockHash& hash) const {
  std::optional<ParentContext> out;
  WB_TRY(env_.read([&](ReadTxn& txn) -> Status {
    WB_TRY_ASSIGN(record, recordIn(txn, dbs_, hash));
    WB_TRY_ASSIGN(ctx, parentContextIn(txn, dbs_, params(), *record));
    out = std::move(*ctx);
    return {};
  }));
  return std::move(*out);
}

Result<std::uint64_t> HeaderChain::headerCount() const {
  std::uint64_t out = 0;
  WB_TRY(env_.read([&](ReadTxn& txn) -> Status {
    WB_TRY_ASSIGN(n, txn.count(dbs_.headers));
    out = *n;
    return {};
  }));
  return out;
}

}  // namespace wb::light
