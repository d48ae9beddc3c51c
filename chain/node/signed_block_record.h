// The last block this node signed as a PoS/DPoS producer, on disk (fsync'd)
// before the block leaves the node (issue 13). LMDB's MDB_NOMETASYNC may lose
// the last commit in a power loss; with this record the node imports that block
// again at start instead of signing a second block for the same height (PoS) or
// slot (DPoS), which peers would hold as double-signing evidence.
#pragma once

#include <filesystem>
#include <optional>

#include "chain/core/block.h"
#include "chain/core/params.h"

namespace wb::node {

class SignedBlockRecord {
public:
  explicit SignedBlockRecord(std::filesystem::path path) : path_(std::move(path)) {}

  // The recorded block; nullopt when there is none yet. Fails with IoError, or
  // StoreErrc::Corrupt when the file holds no block.
  [[nodiscard]] Result<std::optional<Block>> load() const;
  // Replaces the record with `block`, durably. Fails with IoError.
  [[nodiscard]] Status save(const Block& block) const;

  const std::filesystem::path& path() const { return path_; }

private:
  std::filesystem::path path_;
};

// Whether signing `next` would make a second block for what `last` already
// took: its height (PoS) or its slot, i.e. its time (DPoS). PoW signs nothing.
bool wouldSignTwice(ConsensusKind kind, const BlockHeader& last, const BlockHeader& next);

}  // namespace wb::node
