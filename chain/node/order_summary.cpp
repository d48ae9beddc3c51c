#include "chain/node/order_summary.h"

#include <algorithm>
#include <map>
#include <set>

#include "chain/state/order_queries.h"
#include "chain/state/state_errc.h"

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

Result<EscrowSummary> escrowOf(std::span<const AccountKey> accounts, std::span<const state::Order> orders) {
  auto ours = [&](const AccountKey& key) { return std::find(accounts.begin(), accounts.end(), key) != accounts.end(); };
  EscrowSummary out;
  std::set<OrderId> seen;
  for (const state::Order& order : orders) {
    const bool open = order.status == state::OrderStatus::Paid || order.status == state::OrderStatus::Shipped ||
                      order.status == state::OrderStatus::Disputed;
    if (!open || !seen.insert(order.id).second) continue;
    const bool paid = ours(order.payer);
    const bool sold = ours(order.merchant);
    if (paid) WB_TRY(addTo(out.paidByUs, order.escrow));
    if (sold) WB_TRY(addTo(out.owedToUs, order.escrow));
    if (paid || sold) ++out.openOrders;
  }
  return out;
}

Result<std::vector<SalesDay>> salesOf(std::span<const AccountKey> accounts, std::span<const state::Order> orders,
                                      std::uint64_t now, std::size_t days, const BlockTime& blockTime) {
  std::vector<SalesDay> out;
  if (days == 0) return out;
  const std::uint64_t today = now / kDaySeconds * kDaySeconds;
  const std::uint64_t first = today >= (days - 1) * kDaySeconds ? today - (days - 1) * kDaySeconds : 0;
  for (std::uint64_t day = first; out.size() < days; day += kDaySeconds) out.push_back({day, 0, 0});
  std::set<OrderId> seen;
  for (const state::Order& order : orders) {
    const bool closedWithSale =
        order.status == state::OrderStatus::Completed || order.status == state::OrderStatus::Resolved;
    if (!closedWithSale || order.releasedToMerchant == 0) continue;
    if (std::find(accounts.begin(), accounts.end(), order.merchant) == accounts.end()) continue;
    if (!seen.insert(order.id).second) continue;
    WB_TRY_ASSIGN(time, blockTime(order.closedHeight));
    if (*time < first || *time >= today + kDaySeconds) continue;
    SalesDay& day = out[(*time - first) / kDaySeconds];
    WB_TRY(addTo(day.revenue, order.releasedToMerchant));
    ++day.orders;
  }
  return out;
}

Result<EscrowSummary> escrowSummary(const Chain& chain, std::span<const AccountKey> accounts) {
  std::vector<state::Order> orders;
  WB_TRY(chain.readState([&](const state::StateView& view) -> Status {
    for (const AccountKey& account : accounts) {
      for (auto status : {state::OrderStatus::Paid, state::OrderStatus::Shipped, state::OrderStatus::Disputed}) {
        for (auto role : {state::PartyRole::Payer, state::PartyRole::Merchant}) {
          WB_TRY(forEachOrder(view, account, role, status, SIZE_MAX, [&](const state::Order& order) -> Result<bool> {
            orders.push_back(order);
            return true;
          }));
        }
      }
    }
    return {};
  }));
  return escrowOf(accounts, orders);
}

Result<std::vector<SalesDay>> salesByDay(const Chain& chain, std::span<const AccountKey> accounts, std::uint64_t now,
                                         std::size_t days, std::size_t maxOrders) {
  std::vector<state::Order> orders;
  WB_TRY(chain.readState([&](const state::StateView& view) -> Status {
    for (const AccountKey& account : accounts) {
      for (auto status : {state::OrderStatus::Completed, state::OrderStatus::Resolved}) {
        WB_TRY(forEachOrder(view, account, state::PartyRole::Merchant, status, maxOrders,
                            [&](const state::Order& order) -> Result<bool> {
                              orders.push_back(order);
                              return true;
                            }));
      }
    }
    return {};
  }));
  std::map<std::uint64_t, std::uint64_t> timeAtHeight;  // block times already read
  return salesOf(accounts, orders, now, days, [&](std::uint64_t height) -> Result<std::uint64_t> {
    if (auto it = timeAtHeight.find(height); it != timeAtHeight.end()) return it->second;
    WB_TRY_ASSIGN(hash, chain.hashAtHeight(height));
    if (!*hash) return fail(StateErrc::Corrupt, "an order closed above the tip");
    WB_TRY_ASSIGN(record, chain.headerRecord(**hash));
    if (!*record) return fail(StateErrc::Corrupt, "a main-chain header is missing");
    return timeAtHeight[height] = (*record)->header.time;
  });
}

}  // namespace wb::node
