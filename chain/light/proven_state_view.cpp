#include "chain/light/proven_state_view.h"

#include <string>

#include "chain/light/light_errc.h"
#include "chain/light/proof_check.h"
#include "chain/state/records.h"
#include "chain/state/state_tables.h"

namespace wb::light {

Result<ProvenStateView> ProvenStateView::verify(const BlockHeader& parent, const state::ConsensusWitness& witness) {
  ProvenStateView view;
  const BlockHash parentHash = blockHash(parent);
  for (const state::WitnessRecord& record : witness.records) {
    const StateProof proof{parent.height, parentHash, parent.stateRoot, record.proven.value, record.proven.proof};
    WB_TRY_ASSIGN(proven, checkProof(parent, record.table, record.key, proof));
    // Two proofs of one key against one root cannot disagree: the first is kept.
    view.records_.emplace(std::make_pair(record.table, record.key), std::move(proven->value));
  }
  return view;
}

Result<Amount> ProvenStateView::matureStake(const AccountKey& account) const {
  auto it = records_.find({state::Table::Accounts, Bytes(account.begin(), account.end())});
  if (it == records_.end()) {
    return fail(LightErrc::WitnessIncomplete, "the consensus witness does not prove the producer's stake");
  }
  if (!it->second) return Amount(0);
  auto decoded = state::decodeAccount(*it->second);
  if (!decoded) return fail(LightErrc::ProofMalformed, "a proven account does not decode: " + decoded.error().message);
  return decoded->matureStake;
}

Result<std::vector<DelegateVotes>> ProvenStateView::delegateStandings() const {
  const ByteView totalsKey = state::totalsKey();
  auto totalsIt = records_.find({state::Table::Totals, Bytes(totalsKey.begin(), totalsKey.end())});
  if (totalsIt == records_.end()) {
    return fail(LightErrc::WitnessIncomplete, "the consensus witness does not prove how many delegates there are");
  }
  std::uint64_t counted = 0;
  if (totalsIt->second) {
    auto totals = state::decodeTotals(*totalsIt->second);
    if (!totals) return fail(LightErrc::ProofMalformed, "the proven totals do not decode: " + totals.error().message);
    counted = totals->delegates;
  }
  std::vector<DelegateVotes> out;
  for (const auto& [where, value] : records_) {
    if (where.first != state::Table::Delegates || !value) continue;
    auto delegate = state::decodeDelegate(*value);
    if (!delegate || where.second.size() != 32) {
      return fail(LightErrc::ProofMalformed, "a proven delegate does not decode");
    }
    DelegateVotes votes;
    std::copy(where.second.begin(), where.second.end(), votes.key.begin());
    votes.votes = delegate->votes;
    out.push_back(votes);
  }
  if (out.size() != counted) {
    return fail(LightErrc::WitnessIncomplete, "the consensus witness proves " + std::to_string(out.size()) +
                                                  " delegates of the " + std::to_string(counted) + " registered");
  }
  return out;
}

}  // namespace wb::light
