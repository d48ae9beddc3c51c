// light-sync: a light node (`waybilld --light`'s LightNode) following a full PoW
// node over loopback P2P (DESIGN §9, §11): headers/s while it catches up with
// the chain, proven records/s once it has, and what each keeps on disk.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace wb::bench {

struct LightSyncResult {
  std::size_t blocks = 0;
  std::size_t txs = 0;
  double headerSeconds = 0;  // from the first dial to the full node's tip as the light tip
  std::size_t proofs = 0;
  double proofSeconds = 0;  // from the first request to the last verified answer
  std::uint64_t lightDiskBytes = 0;
  std::uint64_t fullDiskBytes = 0;
  std::string error;  // empty on success
};

// Produces `blocks` PoW blocks of `txsPerBlock` transactions (transfers and whole
// order lifecycles) on a full node, then times a fresh light node syncing their
// headers from it and asking it for `proofs` distinct account and order records
// at once, each proven and checked against the light node's headers. Beyond
// net::kProofBurst the figure is the full node's per-peer budget (kProofsPerSecond),
// not the speed of proofs. Needs a QCoreApplication.
LightSyncResult measureLightSync(std::size_t blocks, std::size_t txsPerBlock, std::size_t proofs);

}  // namespace wb::bench
