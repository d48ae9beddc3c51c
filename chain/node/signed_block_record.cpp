#include "chain/node/signed_block_record.h"

#include <fstream>
#include <iterator>

#include "chain/core/core_errc.h"
#include "chain/mempool/tx_file.h"
#include "chain/store/store_errc.h"

namespace wb::node {

Result<std::optional<Block>> SignedBlockRecord::load() const {
  std::error_code ec;
  if (!std::filesystem::exists(path_, ec)) return std::optional<Block>();
  std::ifstream file(path_, std::ios::binary);
  if (!file) return fail(CoreErrc::IoError, "cannot open " + path_.string());
  const Bytes bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  if (file.bad()) return fail(CoreErrc::IoError, "cannot read " + path_.string());
  auto block = decodeBlock(bytes);
  if (!block) return fail(StoreErrc::Corrupt, path_.string() + " holds no block: " + block.error().message);
  return std::optional<Block>(std::move(*block));
}

Status SignedBlockRecord::save(const Block& block) const { return writeFileDurably(path_, encodeBlock(block)); }

bool wouldSignTwice(ConsensusKind kind, const BlockHeader& last, const BlockHeader& next) {
  BlockHeader unsignedLast = last;
  BlockHeader unsignedNext = next;
  unsignedLast.sig = unsignedNext.sig = Sig64{};
  if (unsignedLast == unsignedNext) return false;  // the same block again: no second block exists
  switch (kind) {
    case ConsensusKind::Pow:
      return false;
    case ConsensusKind::Pos:
      return next.height <= last.height;
    case ConsensusKind::Dpos:
      return next.time <= last.time;
  }
  return false;
}

}  // namespace wb::node
