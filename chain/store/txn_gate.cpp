#include "chain/store/txn_gate.h"

#include <string>

#include "chain/store/store_errc.h"

namespace wb {

void TxnGate::enter() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return !exclusive_ && waitingExclusive_ == 0; });
  ++active_;
}

void TxnGate::leave() {
  std::lock_guard lock(mutex_);
  --active_;
  if (active_ == 0) changed_.notify_all();
}

Status TxnGate::runExclusive(std::chrono::milliseconds timeout, std::string_view what,
                             const std::function<Status()>& fn) {
  std::unique_lock lock(mutex_);
  ++waitingExclusive_;
  const bool free = changed_.wait_for(lock, timeout, [&] { return active_ == 0 && !exclusive_; });
  --waitingExclusive_;
  if (!free) {
    const auto stillActive = active_;
    changed_.notify_all();  // transactions held back by our wait may go on
    return fail(StoreErrc::ResizeBlocked, std::string(what) + ": " + std::to_string(stillActive) +
                                              " transaction(s) of this process stayed open for " +
                                              std::to_string(timeout.count()) +
                                              " ms (a thread may hold a transaction while writing)");
  }
  exclusive_ = true;
  lock.unlock();
  Status result = fn();
  lock.lock();
  exclusive_ = false;
  changed_.notify_all();
  return result;
}

std::size_t TxnGate::active() const {
  std::lock_guard lock(mutex_);
  return active_;
}

}  // namespace wb
