// sync: a second node syncing a generated chain from the first over loopback
// P2P (DESIGN §9): blocks/s and tx/s.
#pragma once

#include <cstddef>
#include <string>

namespace wb::bench {

struct SyncResult {
  std::size_t blocks = 0;
  std::size_t txs = 0;
  double seconds = 0;  // from the connection to the last block imported
  std::string error;   // empty on success
};

// Builds `blocks` blocks of `txsPerBlock` transactions into node A, then times
// node B (a fresh data dir) syncing them from A. Needs a QCoreApplication.
SyncResult measureSync(std::size_t blocks, std::size_t txsPerBlock);

}  // namespace wb::bench
