#include "wallet/history_tracker.h"

#include <algorithm>

namespace wb {

const FollowedOrder* HistoryTracker::order(const OrderId& id) const {
  const auto it = orders_.find(id);
  return it == orders_.end() ? nullptr : &it->second;
}

void HistoryTracker::setOrder(const OrderId& id, const std::optional<FollowedOrder>& value) {
  if (const auto it = orders_.find(id); it != orders_.end()) {
    deadlines_.erase({it->second.deadline, id});
    orders_.erase(it);
  }
  if (!value) return;
  orders_.emplace(id, *value);
  if (value->deadline != 0) deadlines_.insert({value->deadline, id});
}

void HistoryTracker::putOrder(std::uint64_t height, const FollowedOrder& order) {
  const FollowedOrder* current = this->order(order.id);
  journal_[height].orders.push_back({order.id, current ? std::optional(*current) : std::nullopt});
  if (state::isFinal(order.status)) {
    setOrder(order.id, std::nullopt);  // no transaction or deadline can touch it again
  } else {
    setOrder(order.id, order);
  }
}

std::vector<OrderId> HistoryTracker::dueOrders(std::uint64_t height) const {
  std::vector<OrderId> due;
  for (auto it = deadlines_.begin(); it != deadlines_.end() && it->first <= height; ++it) due.push_back(it->second);
  return due;
}

std::optional<Amount> HistoryTracker::release(const ReleaseKey& key) const {
  const auto it = releases_.find(key);
  return it == releases_.end() ? std::nullopt : std::optional(it->second);
}

void HistoryTracker::setRelease(const ReleaseKey& key, std::optional<Amount> value) {
  if (value) {
    releases_[key] = *value;
  } else {
    releases_.erase(key);
  }
}

void HistoryTracker::addRelease(std::uint64_t height, std::uint64_t releaseHeight, const AccountKey& account,
                                Amount amount) {
  const ReleaseKey key{releaseHeight, account};
  const auto before = release(key);
  journal_[height].releases.push_back({key, before});
  // Coins of one account never exceed the supply, so their sum fits.
  setRelease(key, before.value_or(0) + amount);
}

std::vector<std::pair<AccountKey, Amount>> HistoryTracker::takeReleases(std::uint64_t height) {
  std::vector<std::pair<AccountKey, Amount>> due;
  while (!releases_.empty() && releases_.begin()->first.first <= height) {
    const auto [key, amount] = *releases_.begin();
    journal_[height].releases.push_back({key, amount});
    releases_.erase(releases_.begin());
    const AccountKey& account = key.second;  // a named reference: clang 14 cannot capture bindings
    const auto same = std::find_if(due.begin(), due.end(), [&](const auto& d) { return d.first == account; });
    if (same != due.end()) {
      same->second += amount;
    } else {
      due.emplace_back(key.second, amount);
    }
  }
  return due;
}

void HistoryTracker::undo(std::uint64_t height) {
  const auto it = journal_.find(height);
  if (it == journal_.end()) return;
  const Journal& journal = it->second;
  for (auto change = journal.orders.rbegin(); change != journal.orders.rend(); ++change) {
    setOrder(change->id, change->before);
  }
  for (auto change = journal.releases.rbegin(); change != journal.releases.rend(); ++change) {
    setRelease(change->key, change->before);
  }
  journal_.erase(it);
}

void HistoryTracker::forgetUndoBelow(std::uint64_t height) {
  journal_.erase(journal_.begin(), journal_.lower_bound(height));
}

void HistoryTracker::clear() {
  orders_.clear();
  deadlines_.clear();
  releases_.clear();
  journal_.clear();
}

}  // namespace wb
