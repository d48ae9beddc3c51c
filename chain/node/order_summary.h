// What a shop's Overview sums up from the order book (DESIGN §8): coins the
// wallet's accounts hold in escrow as payers, coins in escrow on their way to
// them as merchants, and a merchant's sales per day. The rules are the pure
// escrowOf and salesOf, over orders however they were read; a full node reads
// its tip state (escrowSummary, salesByDay), a light node proven orders. Every
// sum is overflow-checked.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "chain/core/amount.h"
#include "chain/core/error.h"
#include "chain/store/chain.h"
#include "interfaces/node_types.h"

namespace wb::node {

// EscrowSummary and SalesDay: interfaces/node_types.h.

// The escrow of the open (paid, shipped, disputed) orders among `orders` that
// one of `accounts` paid or sells (each order counted once, whatever else it
// appears as). Fails with AmountOverflow.
[[nodiscard]] Result<EscrowSummary> escrowOf(std::span<const AccountKey> accounts,
                                             std::span<const state::Order> orders);

// The last `days` days (ending with the day of `now`, oldest first, every day
// present) of coins released to `accounts` as merchants among `orders`, by the
// time of the block that closed each order (`blockTime(height)`). Fails with
// AmountOverflow or blockTime's error.
using BlockTime = std::function<Result<std::uint64_t>(std::uint64_t height)>;
[[nodiscard]] Result<std::vector<SalesDay>> salesOf(std::span<const AccountKey> accounts,
                                                    std::span<const state::Order> orders, std::uint64_t now,
                                                    std::size_t days, const BlockTime& blockTime);

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
