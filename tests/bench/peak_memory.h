// Peak resident memory of this process, reported beside every benchmark figure.
#pragma once

#include <cstdint>

namespace wb::bench {

// The process's peak resident set size in KiB (getrusage ru_maxrss), 0 if unknown.
std::uint64_t peakMemoryKib();

}  // namespace wb::bench
