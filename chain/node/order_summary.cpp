#include "chain/node/order_summary.h"

#include <map>
#include <set>

#include "chain/state/order_queries.h"

namespace wb::node {
namespace {

constexpr std::uint64_t kDaySeconds = 86'400;

// Calls `visit(order)` for every order of `party` in `role` and `status`, page by
// page, until it returns false or `limit` orders were seen.
Status forEachOrder(const state::StateView& view, const AccountKey& party, state::PartyRole role,
                    state::OrderStatus status, std::size_t limit,
                    const std::function<Result<bool>(const state::Order&)>& visit) {
  state::OrderQuery query;
  query.party = party;
  query.role = role;
  query.status = status;
  query.limit = 200;
  std::size_t seen = 0;
  for (;;) {
    WB_TRY_ASSIGN(page, state::listOrders(view, query));
    for (const state::Order& order : page->orders) {
      WB_TRY_ASSIGN(more, visit(order));
      if (!*more || ++seen >= limit) return {};
    }
    if (!page->next) return {};
    query.before = page->next;
  }
}

Status addTo(Amount& sum, Amount part) {
  WB_TRY_ASSIGN(added, checkedAdd(sum, part));
  sum = *added;
  return {};
}

}  // namespace

Result<EscrowSummary> escrowSummary(const Chain& chain, std::span<const AccountKey> accounts) {
  EscrowSummary out;
  std::set<OrderId> counted;
  std::set<OrderId> paid;
  std::set<OrderId> owed;
  WB_TRY(chain.readState([&](const state::StateView& view) -> Status {
    for (const AccountKey& account : accounts) {
      for (auto status : {state::OrderStatus::Paid, state::OrderStatus::Shipped, state::OrderStatus::Disputed}) {
        for (const auto& side :
             {std::pair{state::PartyRole::Payer, &paid}, std::pair{state::PartyRole::Merchant, &owed}}) {
          // Named copies: clang 14 cannot capture structured bindings.
          const state::PartyRole role = side.first;
          std::set<OrderId>* seen = side.second;
          WB_TRY(forEachOrder(view, account, role, status, SIZE_MAX, [&](const state::Order& order) -> Result<bool> {
            if (!seen->insert(order.id).second) return true;  // two of our accounts in one order
            WB_TRY(addTo(role == state::PartyRole::Payer ? out.paidByUs : out.owedToUs, order.escrow));
            counted.insert(order.id);
            return true;
          }));
        }
      }
    }
    return {};
  }));
  out.openOrders = counted.size();
  return out;
}

Result<std::vector<SalesDay>> salesByDay(const Chain& chain, std::span<const AccountKey> accounts, std::uint64_t now,
                                         std::size_t days, std::size_t maxOrders) {
  std::vector<SalesDay> out;
  if (days == 0) return out;
  const std::uint64_t today = now / kDaySeconds * kDaySeconds;
  const std::uint64_t first = today >= (days - 1) * kDaySeconds ? today - (days - 1) * kDaySeconds : 0;
  for (std::uint64_t day = first; out.size() < days; day += kDaySeconds) out.push_back({day, 0, 0});

  std::set<OrderId> seen;
  std::map<std::uint64_t, std::uint64_t> timeAtHeight;  // block times already read
  auto blockTime = [&](std::uint64_t height) -> Result<std::uint64_t> {
    if (auto it = timeAtHeight.find(height); it != timeAtHeight.end()) return it->second;
    WB_TRY_ASSIGN(hash, chain.hashAtHeight(height));
    if (!*hash) return fail(Errc::StateCorrupt, "an order closed above the tip");
    WB_TRY_ASSIGN(record, chain.headerRecord(**hash));
    if (!*record) return fail(Errc::StateCorrupt, "a main-chain header is missing");
    return timeAtHeight[height] = (*record)->header.time;
  };
  WB_TRY(chain.readState([&](const state::StateView& view) -> Status {
    for (const AccountKey& account : accounts) {
      for (auto status : {state::OrderStatus::Completed, state::OrderStatus::Resolved}) {
        WB_TRY(forEachOrder(view, account, state::PartyRole::Merchant, status, maxOrders,
                            [&](const state::Order& order) -> Result<bool> {
                              if (order.releasedToMerchant == 0 || !seen.insert(order.id).second) return true;
                              WB_TRY_ASSIGN(time, blockTime(order.closedHeight));
                              if (*time < first || *time >= today + kDaySeconds) return true;
                              SalesDay& day = out[(*time - first) / kDaySeconds];
                              WB_TRY(addTo(day.revenue, order.releasedToMerchant));
                              ++day.orders;
                              return true;
                            }));
      }
    }
    return {};
  }));
  return out;
}

}  // namespace wb::node
