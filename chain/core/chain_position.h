// Where things are on a chain, as plain values every layer may pass around (the
// store keeps them, the wallet's history and the GUI's NodeClient show them):
// a main-chain tip and a confirmed transaction's place. Their byte encodings
// stay with the store (chain/store/block_records.h).
#pragma once

#include <cstdint>

#include "chain/core/bytes.h"
#include "chain/core/ids.h"

namespace wb {

struct TipPosition {
  BlockHash hash{};
  std::uint64_t height = 0;
  bool operator==(const TipPosition&) const = default;
};

// Where a confirmed transaction is: its block and position.
struct TxLocation {
  BlockHash block{};
  std::uint64_t height = 0;
  std::uint32_t index = 0;
  bool operator==(const TxLocation&) const = default;
};

}  // namespace wb
