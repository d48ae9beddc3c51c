#include "chain/store/consensus_witness.h"

#include <algorithm>

#include "chain/state/audit.h"
#include "chain/state/memory_kv.h"
#include "chain/state/state_tables.h"
#include "chain/state/state_tree.h"

namespace wb {

Result<Amount> RecordingStateView::matureStake(const AccountKey& account) const {
  if (std::find(accounts_.begin(), accounts_.end(), account) == accounts_.end()) accounts_.push_back(account);
  return inner_.matureStake(account);
}

Result<std::vector<DelegateVotes>> RecordingStateView::delegateStandings() const {
  standings_ = true;
  return inner_.delegateStandings();
}

Result<state::ConsensusWitness> RecordingStateView::witness(const state::KvReader& reader) const {
  state::ConsensusWitness out;
  // The tree is written through the same interface as the state, read-only here.
  state::MemoryKv view(&reader);
  state::StateTree tree(view);
  auto add = [&](state::Table table, ByteView key) -> Status {
    WB_TRY_ASSIGN(proof, tree.prove(state::treeLeafKey(table, key)));
    WB_TRY_ASSIGN(value, reader.get(table, key));
    out.records.push_back({table, Bytes(key.begin(), key.end()), {std::move(*value), std::move(*proof)}});
    return {};
  };
  for (const AccountKey& account : accounts_) WB_TRY(add(state::Table::Accounts, account));
  if (standings_) {
    // The totals count the delegates: with them, the set below is provably complete.
    WB_TRY(add(state::Table::Totals, state::totalsKey()));
    std::vector<Bytes> keys;
    WB_TRY(state::forEachEntry(reader, state::Table::Delegates, [&](const state::KeyValue& kv) -> Result<bool> {
      keys.push_back(kv.first);
      return true;
    }));
    // More delegates than a witness holds cannot be proven complete: the witness
    // then lacks them and light nodes cannot follow (the block itself is fine).
    if (keys.size() + out.records.size() > state::kMaxWitnessRecords) return out;
    for (const Bytes& key : keys) WB_TRY(add(state::Table::Delegates, key));
  }
  return out;
}

}  // namespace wb
