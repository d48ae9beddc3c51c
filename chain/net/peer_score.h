// Misbehaviour that proves nothing once but costs us when repeated (DESIGN §7):
// relaying transactions our state refuses (a race with a block is normal, a
// stream of them is not) and sending headers we already have. Each connection
// has an allowance that such offences use up and time slowly refills; a peer
// that exhausts it is dropped and its address discouraged, like any other
// misbehaving connection. Offences that prove malice on their own (a bad
// signature, an invalid block) drop the peer at once and do not go through here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "chain/core/error.h"
#include "chain/net/request_budget.h"
#include "chain/state/state_errc.h"

namespace wb::net {

enum class Offence {
  StaleTx,              // a transaction whose nonce is used already (often a race with a block)
  StateInvalidTx,       // a transaction our state refuses for another reason (funds, order, delegate…)
  KnownHeaders,         // a headers reply that brought nothing new
  UnaskedKnownHeaders,  // headers nobody asked for, none of them new
  LightBranch,          // a PoW side branch with far less work than the main chain (stale, or cheap old work)
  BranchBelowLib,       // a DPoS branch leaving our chain below its last irreversible block: what an
                        // honest node cut off from the majority offers until it has switched (a partition)
};

// Points an offence costs; `items` = how many things it carried (headers), which adds to the cost.
constexpr double offencePoints(Offence offence, std::size_t items = 1) {
  const double bulk = static_cast<double>(items) / 200.0;  // a full headers message: +10
  switch (offence) {
    case Offence::StaleTx:
      return 2;
    case Offence::StateInvalidTx:
      return 5;
    case Offence::KnownHeaders:
      return 1 + bulk;
    case Offence::UnaskedKnownHeaders:
      return 10 + bulk;
    case Offence::LightBranch:
      return 25;
    case Offence::BranchBelowLib:
      return 10 + bulk;
  }
  return 0;
}

// The offence of relaying a transaction our mempool refused with `code`, if any:
// only state rules count. Local failures (StateErrc::Corrupt, StateErrc::InvariantBroken, the
// store) are ours, never the peer's; rules no chain could satisfy are punished at
// once by the caller; a full pool or a duplicate is nobody's fault.
constexpr std::optional<Offence> relayedTxOffence(ErrorCode code) {
  if (!code.in<StateErrc>()) return std::nullopt;
  if (code == StateErrc::BadNonce) return Offence::StaleTx;
  const auto value = code.value();
  const bool stateRule = value > static_cast<unsigned>(StateErrc::BadNonce) &&
                         value <= static_cast<unsigned>(StateErrc::Overflow);  // StateErrc::Corrupt and later: ours
  if (stateRule) return Offence::StateInvalidTx;
  return std::nullopt;
}

// A connection's allowance for offences: a burst of kAllowance points, refilled
// at kRefillPerSecond. An honest peer's races never come near it.
class PeerScore {
public:
  static constexpr double kAllowance = 100;
  static constexpr double kRefillPerSecond = 1;

  // Charges `offence` at `nowMs` (monotonic); false once the allowance is used up.
  bool charge(Offence offence, std::int64_t nowMs, std::size_t items = 1) {
    return allowance_.take(nowMs, offencePoints(offence, items));
  }

private:
  RequestBudget allowance_{kAllowance, kRefillPerSecond};
};

}  // namespace wb::net
