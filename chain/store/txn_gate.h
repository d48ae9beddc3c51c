// Coordinates this process's transactions with map resizing.
//
// mdb_env_set_mapsize() may only run while no transaction of this process is
// active, and LMDB does not check that. Every transaction therefore holds a
// shared "slot" of this gate for its (short) lifetime; a resize takes the gate
// exclusively. The gate prefers the resize: once one is waiting, new
// transactions wait for it instead of starving it. Transactions never wait for
// each other here — readers and the writer still run concurrently (LMDB MVCC);
// only a resize, which is rare, pauses everyone briefly.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string_view>

#include "chain/core/error.h"

namespace wb {

class TxnGate {
public:
  // Takes a shared slot; waits while a resize is waiting or running.
  void enter();
  // Returns a slot taken by enter().
  void leave();

  // Runs `fn` while no transaction of this process is active and none can
  // start. Waits at most `timeout` for active transactions to end; past that it
  // fails with StoreErrc::ResizeBlocked (naming `what`) and lets transactions resume,
  // so a thread that holds a transaction while asking for a resize gets an
  // error instead of a deadlock. Returns fn's status otherwise.
  [[nodiscard]] Status runExclusive(std::chrono::milliseconds timeout, std::string_view what,
                                    const std::function<Status()>& fn);

  // Number of slots currently taken (for diagnostics and tests).
  std::size_t active() const;

private:
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::size_t active_ = 0;
  std::size_t waitingExclusive_ = 0;
  bool exclusive_ = false;
};

}  // namespace wb
