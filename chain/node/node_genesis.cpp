#include "chain/node/node_genesis.h"

#include "chain/store/chain_genesis.h"

namespace wb::node {

ChainGenesis chainGenesisFrom(const GenesisFile& file) { return wb::chainGenesisFrom(file); }

std::vector<AccountKey> genesisDelegateKeys(const GenesisFile& file) { return wb::genesisDelegateKeys(file); }

}  // namespace wb::node
