#include "tests/bench/peak_memory.h"

#include <sys/resource.h>

namespace wb::bench {

std::uint64_t peakMemoryKib() {
  rusage usage{};
  if (getrusage(RUSAGE_SELF, &usage) != 0) return 0;
  return static_cast<std::uint64_t>(usage.ru_maxrss);  // Linux reports KiB
}

}  // namespace wb::bench
