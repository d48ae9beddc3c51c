// Turning a genesis file into what the chain store and the engine need.
#pragma once

#include <vector>

#include "chain/core/genesis.h"
#include "chain/store/chain.h"

namespace wb::node {

// The chain store's view of `file`: params (genesisHash set), the genesis state
// (allocations and delegates) and the genesis block header.
ChainGenesis chainGenesisFrom(const GenesisFile& file);

// The DPoS genesis delegates' keys, in file order (empty on other kinds).
std::vector<AccountKey> genesisDelegateKeys(const GenesisFile& file);

}  // namespace wb::node
