// Switching branches. A switch is a series of write transactions (one per block
// disconnected or connected), so it is recorded in the store before it starts
// and cleared when it ends: a crash or a local fault in the middle leaves a
// consistent but lighter tip, and the record says which switch to finish.
#include "chain/core/encoding.h"
#include "chain/core/short_hex.h"
#include "chain/store/block_failure.h"
#include "chain/store/chain.h"
#include "chain/store/store_errc.h"

namespace wb {

// The tip when the switch began, and the block it switches to.
struct Chain::PendingSwitch {
  BlockHash origin{};
  BlockHash target{};
};

namespace {

struct BranchWalk {
  std::vector<BlockHash> branch;  // off the main chain, target first
  BlockHash forkPoint{};          // the last block the branch shares with the main chain
};

// Walks back from `target` to the main chain; fails (changing nothing) when a
// block of the branch is unknown, invalid or has no body.
Result<BranchWalk> walkToMain(const Chain& chain, const BlockHash& target) {
  BranchWalk walk;
  BlockHash cursor = target;
  for (;;) {
    WB_TRY_ASSIGN(record, chain.headerRecord(cursor));
    if (!*record) return fail(StoreErrc::ChainUnknownBlock, "block " + shortHex(cursor) + " is unknown");
    if ((*record)->status == BlockStatus::Invalid)
      return fail(StoreErrc::ChainKnownInvalid, "block " + shortHex(cursor) + " is invalid");
    WB_TRY_ASSIGN(onMain, chain.hashAtHeight((*record)->header.height));
    if (*onMain && **onMain == cursor) break;
    if ((*record)->status != BlockStatus::HaveBody)
      return fail(StoreErrc::ChainMissingBody, "block " + shortHex(cursor) + " has no body yet");
    walk.branch.push_back(cursor);
    cursor = (*record)->header.prev;
  }
  walk.forkPoint = cursor;
  return walk;
}

}  // namespace

Status Chain::markInvalid(const BlockHash& hash) {
  return store_.env().write([&](WriteTxn& txn) -> Status {
    WB_TRY_ASSIGN(raw, txn.find(store_.dbs().headers, hash));
    if (!*raw) return {};
    auto record = decodeHeaderRecord(**raw);
    if (!record) return fail(StoreErrc::Corrupt, "a stored header is damaged: " + record.error().message);
    record->status = BlockStatus::Invalid;
    return txn.put(store_.dbs().headers, hash, encodeHeaderRecord(*record));
  });
}

Status Chain::recordSwitch(const std::optional<PendingSwitch>& pending) {
  WB_TRY(store_.env().write([&](WriteTxn& txn) -> Status {
    const ByteView key = asBytes(meta_key::kPendingSwitch);
    if (!pending) {
      WB_TRY_ASSIGN(erased, txn.erase(store_.dbs().meta, key));
      return {};
    }
    Bytes value(pending->origin.begin(), pending->origin.end());
    value.insert(value.end(), pending->target.begin(), pending->target.end());
    return txn.put(store_.dbs().meta, key, value);
  }));
  reorgPending_ = pending.has_value();
  return {};
}

Status Chain::switchBranch(const BlockHash& target, std::optional<BlockHash>& failed) {
  WB_TRY_ASSIGN(walk, walkToMain(*this, target));
  while (tip().hash != walk->forkPoint) {
    WB_TRY_ASSIGN(block, disconnectTip());
  }
  for (auto it = walk->branch.rbegin(); it != walk->branch.rend(); ++it) {
    if (auto connected = connectBlock(*it); !connected.ok()) {
      failed = *it;
      return connected.error();
    }
  }
  return {};
}

Result<Chain::Reorganization> Chain::changesSince(const BlockHash& origin) const {
  Reorganization out;
  BlockHash cursor = origin;
  std::uint64_t forkHeight = 0;
  for (;;) {
    WB_TRY_ASSIGN(record, headerRecord(cursor));
    if (!*record) return fail(StoreErrc::Corrupt, "the header of block " + shortHex(cursor) + " is missing");
    WB_TRY_ASSIGN(onMain, hashAtHeight((*record)->header.height));
    if (*onMain && **onMain == cursor) {
      forkHeight = (*record)->header.height;
      break;
    }
    WB_TRY_ASSIGN(body, block(cursor));
    if (!*body) return fail(StoreErrc::Corrupt, "the body of block " + shortHex(cursor) + " is missing");
    out.disconnected.push_back(std::move(**body));
    cursor = (*record)->header.prev;
  }
  const std::uint64_t tipHeight = tip().height;
  for (std::uint64_t h = forkHeight + 1; h <= tipHeight; ++h) {
    WB_TRY_ASSIGN(hash, hashAtHeight(h));
    if (!*hash) return fail(StoreErrc::Corrupt, "the main chain has no block at height " + std::to_string(h));
    out.connected.push_back(**hash);
  }
  return out;
}

Result<Chain::Reorganization> Chain::finishSwitch(const PendingSwitch& pending) {
  std::optional<Error> fault;    // the first local failure: the switch stays pending
  std::optional<Error> invalid;  // the target's branch broke a consensus rule
  for (const BlockHash& candidate : {pending.target, pending.origin}) {
    std::optional<BlockHash> failed;
    const Status switched = switchBranch(candidate, failed);
    if (switched.ok()) {
      if (fault) return *fault;  // back on the chain it left; the target is tried again later
      WB_TRY(recordSwitch(std::nullopt));
      if (invalid) return *invalid;
      return changesSince(pending.origin);
    }
    if (!provesBlockInvalid(switched.code())) {
      if (fault) return *fault;
      fault = switched.error();
      continue;
    }
    if (failed) WB_TRY(markInvalid(*failed));
    if (!invalid) invalid = switched.error();
  }
  if (fault) return *fault;
  // Neither branch connects (the chain it left was invalid too): stay where it stopped.
  WB_TRY(recordSwitch(std::nullopt));
  return *invalid;
}

Result<Chain::Reorganization> Chain::reorganizeTo(const BlockHash& target) {
  // A target that cannot be switched to changes nothing.
  WB_TRY_ASSIGN(walk, walkToMain(*this, target));
  const PendingSwitch pending{tip().hash, target};
  WB_TRY(recordSwitch(pending));
  return finishSwitch(pending);
}

Result<std::optional<Chain::Reorganization>> Chain::resumeReorganization() {
  std::optional<PendingSwitch> pending;
  WB_TRY(store_.env().read([&](ReadTxn& txn) -> Status {
    WB_TRY_ASSIGN(raw, txn.find(store_.dbs().meta, asBytes(meta_key::kPendingSwitch)));
    if (!*raw) return {};
    if ((*raw)->size() != 64) return fail(StoreErrc::Corrupt, "the pending reorganisation record is damaged");
    pending.emplace();
    std::copy((*raw)->begin(), (*raw)->begin() + 32, pending->origin.begin());
    std::copy((*raw)->begin() + 32, (*raw)->end(), pending->target.begin());
    return {};
  }));
  if (!pending) return std::optional<Reorganization>();
  WB_TRY_ASSIGN(done, finishSwitch(*pending));
  return std::optional<Reorganization>(std::move(*done));
}

}  // namespace wb
