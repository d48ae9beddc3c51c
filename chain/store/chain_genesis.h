// From a genesis file (chain/core/genesis.h) to what the chain store and the
// consensus engine need.
#pragma once

#include <vector>

#include "chain/core/genesis.h"
#include "chain/state/state_commit.h"
#include "chain/store/chain.h"

namespace wb {

// The chain store's genesis: parameters, the ledger's starting state and the genesis block.
inline ChainGenesis chainGenesisFrom(const GenesisFile& file) {
  ChainGenesis g;
  g.params = file.params;
  for (const GenesisAllocation& a : file.allocations) g.state.allocations.push_back({a.account, a.balance, a.stake});
  for (const GenesisDelegate& d : file.delegates) g.state.delegates.push_back({d.account, d.name});
  // A state the ledger refuses has no root; opening the chain then reports why.
  const auto root = state::genesisStateRoot(g.params, g.state);
  g.header = genesisHeader(file, root ? *root : Hash32{});
  return g;
}

// The DPoS genesis delegates, in file order (they fill empty schedule places).
inline std::vector<AccountKey> genesisDelegateKeys(const GenesisFile& file) {
  std::vector<AccountKey> keys;
  for (const GenesisDelegate& d : file.delegates) keys.push_back(d.account);
  return keys;
}

}  // namespace wb
