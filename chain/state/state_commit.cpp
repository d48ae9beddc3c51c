#include "chain/state/state_commit.h"

namespace wb::state {

Result<UndoLog> commitChanges(const MemoryKv& changes, KvStore& target) {
  UndoRecorder recorder(target);
  WB_TRY(changes.applyTo(recorder));
  UndoLog log = recorder.takeLog();
  // Every key of the log was changed in `changes`, so reading there never reaches the base.
  WB_TRY(StateTree(target).updateFor(log, changes));
  return log;
}

Status writeGenesisState(const ChainParams& params, const GenesisState& genesis, KvStore& target) {
  MemoryKv changes(&target);
  Ledger ledger(params, changes);
  WB_TRY(ledger.applyGenesis(genesis));
  WB_TRY_ASSIGN(log, commitChanges(changes, target));
  return {};
}

Result<Hash32> genesisStateRoot(const ChainParams& params, const GenesisState& genesis) {
  MemoryKv state;
  WB_TRY(writeGenesisState(params, genesis, state));
  return StateTree(state).root();
}

}  // namespace wb::state
