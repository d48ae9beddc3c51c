// Private to the chain store: a block decoded and checked for connection.
#pragma once

#include <optional>
#include <vector>

#include "chain/core/ids.h"
#include "chain/core/tx_sign.h"
#include "chain/store/chain.h"

namespace wb {

struct Chain::PreparedBlock {
  BlockHash hash{};
  Block block;
  HeaderRecord parent;
  std::vector<TxDigests> digests;
  // The signatures still to verify (those not already known valid) and, for
  // each, the index of its transaction.
  std::vector<SignatureCheck> checks;
  std::vector<ParsedXOnlyKey> checkKeys;  // each check's key, parsed (from the chain's cache)
  std::vector<std::size_t> checkTx;
  Bytes encoded;
  std::optional<HeaderVerdict> verdict;  // the engine's, when the chain has one
  // The block was stored before with checks deferred (a side block): its stored
  // record lacks what only the complete verdict has (the DPoS schedule of its round).
  bool storedDeferred = false;
  // The block is stored with a complete verdict already.
  bool storedComplete = false;
  // The consensus witness of a check run with the parent's state (PoS, DPoS),
  // encoded; stored when the block connects.
  std::optional<Bytes> witness;
};

// The header record to store for `block`: its weight and the engine's verdict.
inline HeaderRecord recordFor(const Chain::PreparedBlock& block) {
  HeaderRecord record;
  record.header = block.block.header;
  record.status = BlockStatus::HaveBody;
  if (block.verdict) {
    record.chainWeight = block.verdict->cumulativeWeight.toBigEndian();
    record.posModifier = block.verdict->posModifier;
    record.dposSchedule = block.verdict->dposSchedule;
    record.verdictComplete = block.verdict->complete();
  } else {
    record.chainWeight = addWeight(block.parent.chainWeight, unitWeight());
  }
  return record;
}

}  // namespace wb
