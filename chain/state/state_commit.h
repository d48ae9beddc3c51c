// Writing a block's (or the genesis') state changes together with the state
// tree (state_tree.h), so the tree always commits to the tables beside it.
#pragma once

#include "chain/state/ledger.h"
#include "chain/state/memory_kv.h"
#include "chain/state/state_tree.h"
#include "chain/state/undo_log.h"

namespace wb::state {

// Writes every change of `changes` (an overlay over `target`, or standalone) into
// `target` and updates the tree there for the committed records among them.
// Returns the undo log of the records (tree entries are not in it: undoing the
// records and calling StateTree::updateFor with the log restores the tree).
[[nodiscard]] Result<UndoLog> commitChanges(const MemoryKv& changes, KvStore& target);

// Writes the genesis state and its tree into the empty `target`.
[[nodiscard]] Status writeGenesisState(const ChainParams& params, const GenesisState& genesis, KvStore& target);

// The state root the genesis header commits to.
[[nodiscard]] Result<Hash32> genesisStateRoot(const ChainParams& params, const GenesisState& genesis);

}  // namespace wb::state
