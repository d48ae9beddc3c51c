// verify-limit: raw BIP340 verifications per second on all cores (DESIGN §9),
// the physical limit that import and sync figures are compared against.
#pragma once

#include <cstddef>

namespace wb::bench {

struct VerifyLimit {
  std::size_t threads = 0;
  std::size_t verifications = 0;
  double seconds = 0;
  double perSecond = 0;
};

// Signs `signatures` distinct messages, then verifies them all on `threads`
// threads (0 = all cores), each thread with its own share.
VerifyLimit measureVerifyLimit(std::size_t signatures, std::size_t threads);

}  // namespace wb::bench
