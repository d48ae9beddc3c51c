// What the history remembers between blocks to attribute later effects: the orders it
// follows (recognised from their ORDER_CREATE, followed by id until they are final),
// their deadlines, and the unbonding releases of the wallet's accounts. Every change is
// journaled under the height of the block that made it, so disconnecting a block
// restores the state exactly as it was before that block.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "chain/core/params.h"
#include "chain/core/tx.h"
#include "chain/state/order_transition.h"
#include "chain/state/records.h"

namespace wb {

// The wallet's view of an open order: enough to name its parties and the payouts of
// its later transactions and deadlines.
struct FollowedOrder {
  OrderId id{};
  AccountKey creator{};
  AccountKey merchant{};
  AccountKey buyer{};
  AccountKey arbiter{};  // zero = none
  AccountKey payer{};    // zero until paid
  std::string item;
  Amount total = 0;
  OrderWindows windows;
  state::OrderStatus status = state::OrderStatus::Created;
  Amount escrow = 0;
  std::uint64_t deadline = 0;  // 0 = none
  bool operator==(const FollowedOrder&) const = default;

  // Its stage, as the ledger's transitions take it.
  state::OrderStage stage() const { return {status, escrow, deadline}; }

  // The order `id` as its ORDER_CREATE, sent by `creator` in block `height`, left
  // it: created, nothing paid, the pay window running.
  static FollowedOrder created(const OrderId& id, const AccountKey& creator, const AccountKey& merchant,
                               const AccountKey& buyer, const AccountKey& arbiter, std::string item, Amount total,
                               const OrderWindows& windows, std::uint64_t height) {
    const state::OrderStage opened = state::openedOrder(height, windows);
    return FollowedOrder{.id = id,
                         .creator = creator,
                         .merchant = merchant,
                         .buyer = buyer,
                         .arbiter = arbiter,
                         .payer = {},
                         .item = std::move(item),
                         .total = total,
                         .windows = windows,
                         .status = opened.status,
                         .escrow = opened.escrow,
                         .deadline = opened.deadline};
  }
};

class HistoryTracker {
public:
  // The followed order `id`, or null.
  const FollowedOrder* order(const OrderId& id) const;

  // Stores `order` as changed by block `height`; a final order is forgotten.
  void putOrder(std::uint64_t height, const FollowedOrder& order);

  // The followed orders whose deadline is at or before `height`, in the ledger's
  // (deadline, id) order.
  std::vector<OrderId> dueOrders(std::uint64_t height) const;

  // Records that block `height` unbonded `amount` of `account`, released at the
  // start of block `releaseHeight`.
  void addRelease(std::uint64_t height, std::uint64_t releaseHeight, const AccountKey& account, Amount amount);

  // Removes and returns the releases due at or before `height` (per account, in
  // (release height, account) order).
  std::vector<std::pair<AccountKey, Amount>> takeReleases(std::uint64_t height);

  // Undoes every change block `height` made (it must be the last block with changes).
  void undo(std::uint64_t height);

  // Drops the undo records of blocks below `height` (they can no longer be undone).
  void forgetUndoBelow(std::uint64_t height);

  // Forgets everything.
  void clear();

  std::size_t followedCount() const { return orders_.size(); }

private:
  using ReleaseKey = std::pair<std::uint64_t, AccountKey>;
  struct OrderChange {
    OrderId id{};
    std::optional<FollowedOrder> before;
  };
  struct ReleaseChange {
    ReleaseKey key;
    std::optional<Amount> before;
  };
  struct Journal {
    std::vector<OrderChange> orders;
    std::vector<ReleaseChange> releases;
  };

  // Writes `value` (nullopt = absent) without journaling, keeping the deadline index.
  void setOrder(const OrderId& id, const std::optional<FollowedOrder>& value);
  void setRelease(const ReleaseKey& key, std::optional<Amount> value);
  std::optional<Amount> release(const ReleaseKey& key) const;

  std::map<OrderId, FollowedOrder> orders_;
  std::set<std::pair<std::uint64_t, OrderId>> deadlines_;
  std::map<ReleaseKey, Amount> releases_;
  std::map<std::uint64_t, Journal> journal_;  // only heights that changed something
};

}  // namespace wb
