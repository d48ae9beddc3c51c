// Block time rules shared by every engine (DESIGN §4) and the clock they read.
//   time > median time past (MTP) of the last 11 blocks, and
//   time ≤ now + max_future (2 × block_time, at least 2 s).
// Every engine reads "now" only through a Clock, so tests and dev networks can
// drive time by hand.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <span>

#include "chain/core/error.h"
#include "chain/core/params.h"

namespace wb {

// Number of blocks whose times form the median time past.
inline constexpr std::size_t kMedianTimeSpan = 11;

// Unix time in seconds, injectable.
class Clock {
public:
  virtual ~Clock() = default;
  // The current unix time in seconds.
  virtual std::uint64_t now() const = 0;
};

// The operating system's wall clock.
class SystemClock final : public Clock {
public:
  std::uint64_t now() const override;
};

// A clock that only moves when told to (tests, `--dev-clock manual`). Safe to
// read and move from several threads.
class ManualClock final : public Clock {
public:
  explicit ManualClock(std::uint64_t start) : now_(start) {}
  std::uint64_t now() const override { return now_.load(); }
  void set(std::uint64_t time) { now_.store(time); }
  void advance(std::uint64_t seconds) { now_.fetch_add(seconds); }

private:
  std::atomic<std::uint64_t> now_;
};

// The median of the last ≤ 11 block times, in any order (only the last 11
// entries of `recentTimes` count). For an even count it takes the upper middle
// element, like Bitcoin. Empty input gives 0.
std::uint64_t medianTimePast(std::span<const std::uint64_t> recentTimes);

// Fails with ConsensusErrc::TimeNotAfterMtp unless time > medianTimePast(recentTimes).
[[nodiscard]] Status checkTimeAfterMtp(std::uint64_t time, std::span<const std::uint64_t> recentTimes);

// Fails with ConsensusErrc::TimeTooFarAhead when time > now + maxFutureSeconds(params).
[[nodiscard]] Status checkTimeNotTooFarAhead(std::uint64_t time, std::uint64_t now, const ChainParams& params);

}  // namespace wb
