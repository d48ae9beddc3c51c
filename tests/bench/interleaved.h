// Ratios to verify-limit measured interleaved (DESIGN §9): limit, work, limit,
// work, …, limit. Each work round is compared with the mean of the limits just
// before and after it, and the median of the rounds is the figure, so one noisy
// moment on a shared machine can neither make nor break it.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace wb::bench {

struct InterleavedRatio {
  std::vector<double> limits;   // verifications/s, rounds + 1 of them
  std::vector<double> works;    // the work's per-second figure, one per round
  std::vector<double> ratios;   // works[i] / mean(limits[i], limits[i + 1])
  std::size_t medianRound = 0;  // the round whose ratio is the median
  double ratio = 0;             // the median ratio
  std::string error;            // empty on success
};

// One round of work: its per-second figure, or a negative value with `error` set.
using RoundWork = std::function<double(std::string& error)>;

// Runs `rounds` ≥ 1 rounds of `work` between verify-limit measurements of
// `signatures` signatures on all cores.
InterleavedRatio measureInterleaved(std::size_t rounds, std::size_t signatures, const RoundWork& work);

}  // namespace wb::bench
