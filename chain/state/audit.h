// Whole-state checks: the supply invariant of DESIGN §3 and full state dumps
// (used by `waybilld --check` and by tests comparing states byte for byte).
#pragma once

#include <functional>
#include <vector>

#include "chain/core/amount.h"
#include "chain/state/kv_store.h"

namespace wb::state {

struct SupplyAudit {
  Amount balances = 0;                 // Σ balance
  Amount stake = 0;                    // Σ pending + mature stake
  Amount unbonding = 0;                // Σ unbonding
  Amount escrow = 0;                   // Σ escrow of open orders
  Amount minted = 0;                   // genesis + block rewards
  Amount burned = 0;                   // delegate fees
  std::uint64_t delegateRecords = 0;   // delegates stored
  std::uint64_t delegatesCounted = 0;  // Totals::delegates
};

// Sums every account and order. Fails with StateErrc::Corrupt on a damaged record and
// StateErrc::Overflow if a sum does not fit in 64 bits (itself a broken invariant).
[[nodiscard]] Result<SupplyAudit> auditSupply(const KvReader& state);

// Σ(balance + stake + unbonding) + Σ escrow == minted − burned, or
// StateErrc::InvariantBroken with both sides in the message.
[[nodiscard]] Status checkSupplyInvariant(const KvReader& state);

// Every entry of every table, in table then key order.
struct StateDump {
  std::vector<std::pair<Table, KeyValue>> entries;
  bool operator==(const StateDump&) const = default;
};
[[nodiscard]] Result<StateDump> dumpState(const KvReader& state);

// Calls `visit` for each entry of `table` in key order until it returns false.
[[nodiscard]] Status forEachEntry(const KvReader& state, Table table,
                                  const std::function<Result<bool>(const KeyValue&)>& visit);

}  // namespace wb::state
