// import: a generated chain of valid blocks (transfers and complete order
// lifecycles) imported into a fresh data dir (DESIGN §9).
#pragma once

#include <cstddef>
#include <string>

namespace wb::bench {

struct ImportResult {
  std::size_t blocks = 0;
  std::size_t txs = 0;
  double seconds = 0;  // import only, generation excluded
  double txPerSecond = 0;
  std::string error;  // empty on success
};

// Generates `blocks` blocks of `txsPerBlock` transactions, then imports them.
ImportResult measureImport(std::size_t blocks, std::size_t txsPerBlock);

}  // namespace wb::bench
