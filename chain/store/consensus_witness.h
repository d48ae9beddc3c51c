// Recording what a consensus engine reads from a parent's state, so the block
// can be given a consensus witness (chain/state/state_witness.h): a light node
// checks PoS and DPoS headers with it, without the state (DESIGN §11).
#pragma once

#include <vector>

#include "chain/consensus/engine.h"
#include "chain/state/kv_store.h"
#include "chain/state/state_witness.h"

namespace wb {

// A ParentStateView that forwards to `inner` and notes what was read.
class RecordingStateView final : public ParentStateView {
public:
  // `inner` must outlive this view.
  explicit RecordingStateView(const ParentStateView& inner) : inner_(inner) {}

  Result<Amount> matureStake(const AccountKey& account) const override;
  Result<std::vector<DelegateVotes>> delegateStandings() const override;

  // The records read, each with its proof from the state tree over `state` —
  // the state `inner` reads, whose tree root is the parent's state_root: the
  // producers' accounts; for the standings, the totals and every delegate.
  // Fails with the state's read errors.
  [[nodiscard]] Result<state::ConsensusWitness> witness(const state::KvReader& state) const;

private:
  const ParentStateView& inner_;
  mutable std::vector<AccountKey> accounts_;
  mutable bool standings_ = false;
};

}  // namespace wb
