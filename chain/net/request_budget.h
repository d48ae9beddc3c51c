// A token bucket bounding how much of one kind of request (getheaders, gettxs
// items) a peer may make: `burst` at once, refilled at `perSecond`. Requests over
// budget are not answered; an honest peer never needs that many, and a hostile
// one can no longer keep the node busy serving it.
#pragma once

#include <algorithm>
#include <cstdint>

namespace wb::net {

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
