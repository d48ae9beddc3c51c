// A DPoS network of its own for the integration suites that need its delegates
// spread over several waybilld processes (issue 12): a dev network (`--dev dpos`)
// has all its delegates in every node, so these suites write their own genesis
// file and give each producing process a wallet of its own. Each wallet is made
// from a fresh mnemonic; a node started with
//   --genesis FILE --wallet W --passphrase-file P --produce
// produces for every account of its wallet that is scheduled, and its wallet RPC
// signs for those accounts. Links waybill_wallet.
#pragma once

#include <QString>
#include <QStringList>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "chain/core/genesis.h"

namespace wb::integration {

struct DposWalletSpec {
  std::size_t accounts = 1;  // accounts 0…accounts−1 of a fresh mnemonic
};

struct DposNetworkSpec {
  std::string name = "test-dpos";
  std::uint64_t blockTime = 1;
  std::uint32_t activeDelegates = 3;
  // Seconds from now to the genesis time (slot 0): no block can be made before
  // genesis + block_time, so the nodes can all be up and linked first.
  std::uint64_t startInSeconds = 0;
  Amount accountCoins = 10'000 * kCoin;  // each account's balance at genesis
  std::vector<DposWalletSpec> wallets;
  // The genesis delegates, as (wallet, account) pairs, in file order.
  std::vector<std::pair<std::size_t, std::size_t>> genesisDelegates;
};

struct DposWallet {
  QString path;                  // the wallet file
  QString passphraseFile;        // its passphrase, for --passphrase-file
  std::vector<AccountKey> keys;  // accounts 0…n−1
  QStringList addresses;         // their addresses, in the same order
};

struct DposNetwork {
  QString name;         // the network's name (DATADIR/<name>/)
  QString genesisPath;  // the genesis file every node starts with (--genesis)
  GenesisFile genesis;
  std::vector<DposWallet> wallets;

  // The arguments that start a node producing with wallet `w`.
  QStringList producerArgs(std::size_t w) const;
  // The arguments that start a node with no keys (it only follows).
  QStringList followerArgs() const;
};

// Writes the genesis file and the wallets under `dir`: the parameters of a dev
// DPoS network (devParams) with `spec`'s name, block time and number of active
// delegates, hrp "wbd", every account of every wallet funded with
// accountCoins. Returns false with `error` set on failure.
bool makeDposNetwork(const QString& dir, const DposNetworkSpec& spec, DposNetwork& out, QString& error);

// The slot of a block at unix time `time` on `params` (time must be a slot start).
inline std::uint64_t slotOf(const ChainParams& params, std::uint64_t time) {
  return (time - params.genesisTime) / params.blockTime;
}

}  // namespace wb::integration
