#include "chain/consensus/time_rules.h"

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "chain/consensus/consensus_errc.h"

namespace wb {

std::uint64_t SystemClock::now() const {
  const auto since = std::chrono::system_clock::now().time_since_epoch();
  return static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::seconds>(since).count());
}

std::uint64_t medianTimePast(std::span<const std::uint64_t> recentTimes) {
  if (recentTimes.empty()) return 0;
  const std::size_t count = std::min(recentTimes.size(), kMedianTimeSpan);
  std::vector<std::uint64_t> times(recentTimes.end() - static_cast<std::ptrdiff_t>(count), recentTimes.end());
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

Status checkTimeAfterMtp(std::uint64_t time, std::span<const std::uint64_t> recentTimes) {
  const std::uint64_t mtp = medianTimePast(recentTimes);
  if (time <= mtp) {
    return fail(ConsensusErrc::TimeNotAfterMtp, "block time " + std::to_string(time) +
                                                    " is not after the median time of the last blocks (" +
                                                    std::to_string(mtp) + ")");
  }
  return {};
}

Status checkTimeNotTooFarAhead(std::uint64_t time, std::uint64_t now, const ChainParams& params) {
  const std::uint64_t allowed = maxFutureSeconds(params);
  if (time > now && time - now > allowed) {
    return fail(ConsensusErrc::TimeTooFarAhead, "block time " + std::to_string(time) + " is " +
                                                    std::to_string(time - now) + " s ahead of the local clock (" +
                                                    std::to_string(allowed) + " s allowed)");
  }
  return {};
}

}  // namespace wb
