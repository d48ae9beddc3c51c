// What a shop's Overview sums up from the order book (DESIGN §8): coins the
// wallet's accounts hold in escrow as payers, coins in escrow on their way to
// them as merchants, and a merchant's sales per day. Reads the tip state on the
// node's thread; every sum is overflow-checked.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "chain/core/amount.h"
#include "chain/core/error.h"
#include "chain/store/chain.h"
#include "interfaces/node_types.h"

namespace wb::node {

// EscrowSummary and SalesDay: interfaces/node_types.h.

// The escrow of the open (paid, shipped, disputed) orders of `accounts`.
// Fails with AmountOverflow on a corrupt sum, or the store's error.
[[nodiscard]] Result<EscrowSummary> escrowSummary(const Chain& chain, std::span<const AccountKey> accounts);

// The last `days` days (ending with the day of `now`, oldest first, every day
// present) of coins released to `accounts` as merchants, by the day of the block
// that closed each order. Looks at no more than `maxOrders` closed orders per
// account, newest first, so a huge shop costs a bounded read.
[[nodiscard]] Result<std::vector<SalesDay>> salesByDay(const Chain& chain, std::span<const AccountKey> accounts,
                                                       std::uint64_t now, std::size_t days,
                                                       std::size_t maxOrders = 20'000);

}  // namespace wb::node
