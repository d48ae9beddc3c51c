// The consensus engine's view of a parent's state on a light node (DESIGN §11):
// built from a full peer's consensus witness (chain/state/state_witness.h), every
// record of which is first proven against the parent header's state_root. A PoS
// header's kernel then reads its producer's proven stake, a DPoS round's schedule
// the proven standings of every delegate.
#pragma once

#include <map>
#include <optional>
#include <utility>

#include "chain/consensus/engine.h"
#include "chain/state/state_witness.h"

namespace wb::light {

class ProvenStateView final : public ParentStateView {
public:
  // Proves every record of `witness` against `parent` (its height, hash and
  // state_root). Fails with checkProof's codes (LightErrc::ProofMalformed,
  // LightErrc::ProofRootMismatch): the peer that sent it lied.
  [[nodiscard]] static Result<ProvenStateView> verify(const BlockHeader& parent,
                                                      const state::ConsensusWitness& witness);

  // The proven account's mature stake (0 when proven absent); LightErrc::WitnessIncomplete
  // when the witness has no record of the account.
  Result<Amount> matureStake(const AccountKey& account) const override;
  // Every proven delegate; LightErrc::WitnessIncomplete unless the witness holds the
  // totals and exactly as many delegates as they count (so none is left out).
  Result<std::vector<DelegateVotes>> delegateStandings() const override;

private:
  ProvenStateView() = default;
  std::map<std::pair<state::Table, Bytes>, std::optional<Bytes>> records_;
};

}  // namespace wb::light
