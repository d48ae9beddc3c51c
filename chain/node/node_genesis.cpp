#include "chain/node/node_genesis.h"

namespace wb::node {

ChainGenesis chainGenesisFrom(const GenesisFile& file) {
  ChainGenesis out;
  out.params = file.params;
  for (const GenesisAllocation& a : file.allocations) {
    out.state.allocations.push_back({a.account, a.balance, a.stake});
  }
  for (const GenesisDelegate& d : file.delegates) out.state.delegates.push_back({d.account, d.name});
  out.header = genesisHeader(file);
  return out;
}

std::vector<AccountKey> genesisDelegateKeys(const GenesisFile& file) {
  std::vector<AccountKey> keys;
  for (const GenesisDelegate& d : file.delegates) keys.push_back(d.account);
  return keys;
}

}  // namespace wb::node
