// `waybilld --check` (DESIGN §7, §10): verifies a store without running a node.
#pragma once

#include <functional>

#include "chain/core/schnorr.h"
#include "chain/store/chain.h"

namespace wb::node {

// Walks the whole main chain from genesis to the tip and checks that every
// block is stored, hashes to its index entry, links to its parent, has
// consecutive heights, a matching tx_root, valid transaction signatures and an
// index entry for each transaction; then checks the supply invariant on the
// tip state. `progress(height)` is called now and then. Fails with
// NodeErrc::CheckFailed naming the first broken height, or a storage error.
[[nodiscard]] Status checkLedger(const Chain& chain, const SecpContext& ctx,
                                 const std::function<void(std::uint64_t)>& progress = {});

}  // namespace wb::node
