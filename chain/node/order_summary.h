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

namespace wb::node {

struct EscrowSummary {
  Amount paidByUs = 0;         // escrow of open orders one of the accounts paid
  Amount owedToUs = 0;         // escrow of open orders one of the accounts sells
  std::size_t openOrders = 0;  // paid, shipped or disputed orders of either kind (each counted once)
};

// The escrow of the open (paid, shipped, disputed) orders of `accounts`.
// Fails with AmountOverflow on a corrupt sum, or the store's error.
[[nodiscard]] Result<EscrowSummary> escrowSummary(const Chain& chain, std::span<const AccountKey> accounts);

// One day of a merchant's sales.
struct SalesDay {
  std::uint64_t dayStart = 0;  // unix seconds, 00:00 UTC
  Amount revenue = 0;          // released to the merchant (completed or resolved orders)
  std::size_t orders = 0;
};

// The last `days` days (ending with the day of `now`, oldest first, every day
// present) of coins released to `accounts` as merchants, by the day of the block
// that closed each order. Looks at no more than `maxOrders` closed orders per
// account, newest first, so a huge shop costs a bounded read.
[[nodiscard]] Result<std::vector<SalesDay>> salesByDay(const Chain& chain, std::span<const AccountKey> accounts,
                                                       std::uint64_t now, std::size_t days,
                                                       std::size_t maxOrders = 20'000);

}  // namespace wb::node
