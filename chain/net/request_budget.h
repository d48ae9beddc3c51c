// A token bucket bounding how much of one kind of request (getheaders, gettxs
// items) a peer may make: `burst` at once, refilled at `perSecond`. Requests over
// budget are not answered; an honest peer never needs that many, and a hostile
// one can no longer keep the node busy serving it.
#pragma once

#include <algorithm>
#include <cstdint>

namespace wb::net {

// The getproof budget a full node grants each peer. A light wallet refreshes every
// record it shows (its accounts, orders, delegates) at each new header, so the
// burst covers a large wallet at once; a proof is one read transaction and a walk
// down the state tree, far cheaper than a page of headers. Light nodes pace their
// own requests to it (LightSync), so an honest one is never left unanswered.
inline constexpr double kProofBurst = 200;
inline constexpr double kProofsPerSecond = 100;
// The share of that rate a light node uses once its burst is spent: the full
// node's bucket refills from when it read the last request, later than the light
// node sent it (serving a burst takes time), so asking at the full rate would
// find it a token short now and then.
inline constexpr double kProofPacing = 0.8;
// The getwitnesses budget (requests of up to kMaxWitnessBlocks blocks each): a
// light node following a PoS or DPoS chain asks for a page of witnesses per
// quarter page of headers; it paces itself to this too.
inline constexpr double kWitnessBurst = 20;
inline constexpr double kWitnessRequestsPerSecond = 10;

class RequestBudget {
public:
  RequestBudget(double burst, double perSecond) : burst_(burst), perSecond_(perSecond), tokens_(burst) {}

  // Takes `cost` tokens at time `nowMs` (monotonic); false (and nothing taken) when there are not enough.
  bool take(std::int64_t nowMs, double cost = 1) {
    if (lastMs_ >= 0 && nowMs > lastMs_) {
      tokens_ = std::min(burst_, tokens_ + static_cast<double>(nowMs - lastMs_) * perSecond_ / 1000.0);
    }
    lastMs_ = std::max(lastMs_, nowMs);
    if (tokens_ < cost) return false;
    tokens_ -= cost;
    return true;
  }

private:
  double burst_;
  double perSecond_;
  double tokens_;
  std::int64_t lastMs_ = -1;
};

}  // namespace wb::net
