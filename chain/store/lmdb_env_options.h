// Settings for opening an LMDB environment.
#pragma once

#include <chrono>
#include <cstdint>

namespace wb {

struct EnvOptions {
  // Map size to start with (rounded up to the page size). The map then grows by
  // itself (doubling) whenever a write needs more room.
  std::uint64_t initialMapSize = std::uint64_t{64} << 20;
  // The map never grows past this; a write that needs more fails with StoreErrc::MapFull.
  std::uint64_t maxMapSize = std::uint64_t{1} << 40;
  // Most named databases the environment can hold.
  unsigned maxDbs = 32;
  // Most read transactions open at once, across every process using the store.
  unsigned maxReaders = 126;
  // How long a map resize waits for this process's open transactions to end
  // before it gives up with StoreErrc::ResizeBlocked.
  std::chrono::milliseconds resizeWait{10'000};
};

}  // namespace wb
