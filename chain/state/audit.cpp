#include "chain/state/audit.h"

#include "chain/state/records.h"
#include "chain/state/state_errc.h"
#include "chain/state/state_tables.h"

namespace wb::state {
namespace {

Status addTo(Amount& total, Amount amount) {
  auto sum = checkedAdd(total, amount);
  if (!sum) return fail(StateErrc::Overflow, "a supply total does not fit in 64 bits");
  total = *sum;
  return {};
}

}  // namespace

Status forEachEntry(const KvReader& state, Table table, const std::function<Result<bool>(const KeyValue&)>& visit) {
  Bytes cursor;
  for (;;) {
    WB_TRY_ASSIGN(entry, state.lowerBound(table, cursor));
    if (!*entry) return {};
    WB_TRY_ASSIGN(more, visit(**entry));
    if (!*more) return {};
    cursor = std::move((*entry)->first);
    cursor.push_back(0);  // the smallest key after this one
  }
}

Result<SupplyAudit> auditSupply(const KvReader& state) {
  SupplyAudit audit;
  WB_TRY(forEachEntry(state, Table::Accounts, [&](const KeyValue& kv) -> Result<bool> {
    auto account = decodeAccount(kv.second);
    if (!account) return fail(StateErrc::Corrupt, "a stored account is damaged: " + account.error().message);
    WB_TRY(addTo(audit.balances, account->balance));
    WB_TRY(addTo(audit.stake, account->matureStake));
    WB_TRY(addTo(audit.stake, account->pendingStakeTotal()));
    WB_TRY(addTo(audit.unbonding, account->unbondingTotal()));
    return true;
  }));
  WB_TRY(forEachEntry(state, Table::Orders, [&](const KeyValue& kv) -> Result<bool> {
    auto order = decodeOrder(kv.second);
    if (!order) return fail(StateErrc::Corrupt, "a stored order is damaged: " + order.error().message);
    WB_TRY(addTo(audit.escrow, order->escrow));
    return true;
  }));
  WB_TRY(forEachEntry(state, Table::Delegates, [&](const KeyValue&) -> Result<bool> {
    ++audit.delegateRecords;
    return true;
  }));
  WB_TRY_ASSIGN(totals, StateView(state).totals());
  audit.minted = totals->minted;
  audit.burned = totals->burned;
  audit.delegatesCounted = totals->delegates;
  return audit;
}

Status checkSupplyInvariant(const KvReader& state) {
  WB_TRY_ASSIGN(audit, auditSupply(state));
  Amount held = 0;
  for (Amount part : {audit->balances, audit->stake, audit->unbonding, audit->escrow}) WB_TRY(addTo(held, part));
  if (audit->burned > audit->minted || held != audit->minted - audit->burned) {
    return fail(StateErrc::InvariantBroken, "supply invariant broken: accounts and escrow hold " + formatAmount(held) +
                                                " WBL but " + formatAmount(audit->minted) + " WBL were minted and " +
                                                formatAmount(audit->burned) + " WBL burned");
  }
  if (audit->delegateRecords != audit->delegatesCounted) {
    return fail(StateErrc::InvariantBroken, std::to_string(audit->delegateRecords) + " delegates are stored but " +
                                                std::to_string(audit->delegatesCounted) + " are counted");
  }
  return {};
}

Result<StateDump> dumpState(const KvReader& state) {
  StateDump dump;
  for (std::size_t t = 0; t < kTableCount; ++t) {
    const auto table = static_cast<Table>(t);
    WB_TRY(forEachEntry(state, table, [&](const KeyValue& kv) -> Result<bool> {
      dump.entries.emplace_back(table, kv);
      return true;
    }));
  }
  return dump;
}

}  // namespace wb::state
