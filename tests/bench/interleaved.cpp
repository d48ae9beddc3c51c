#include "tests/bench/interleaved.h"

#include <algorithm>
#include <numeric>

#include "tests/bench/verify_limit.h"

namespace wb::bench {

InterleavedRatio measureInterleaved(std::size_t rounds, std::size_t signatures, const RoundWork& work) {
  InterleavedRatio out;
  out.limits.push_back(measureVerifyLimit(signatures, 0).perSecond);
  for (std::size_t i = 0; i < rounds; ++i) {
    const double perSecond = work(out.error);
    if (perSecond < 0 || !out.error.empty()) return out;
    out.works.push_back(perSecond);
    out.limits.push_back(measureVerifyLimit(signatures, 0).perSecond);
    const double limit = (out.limits[i] + out.limits[i + 1]) / 2;
    out.ratios.push_back(limit > 0 ? perSecond / limit : 0);
  }
  std::vector<std::size_t> order(out.ratios.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return out.ratios[a] < out.ratios[b]; });
  out.medianRound = order.empty() ? 0 : order[order.size() / 2];
  out.ratio = order.empty() ? 0 : out.ratios[out.medianRound];
  return out;
}

}  // namespace wb::bench
