// The orders a connected block changed. Its transactions name some of them, but
// deadlines due at the block's start (an order expiring, refunded because it was
// never shipped, auto-completed, auto-resolved) change others that no
// transaction names. The undo log the store keeps beside every main-chain block
// lists every key the block touched, so it names them all.
#pragma once

#include <vector>

#include "chain/core/ids.h"
#include "chain/store/chain.h"

namespace wb::node {

// The ids of the orders the main-chain block `blockHash` created or changed, in
// the order the block first touched them (deadlines first, then transactions).
// Fails with StoreErrc::NotFound when the block is not connected (no undo log),
// StoreErrc::Corrupt when its undo log is damaged, or the store's read error.
[[nodiscard]] Result<std::vector<OrderId>> ordersChangedBy(Chain& chain, const BlockHash& blockHash);

}  // namespace wb::node
