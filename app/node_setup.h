// How waybilld (and later the GUI) turns the command line into a running node
// (DESIGN §5, §6, §7): the data directory, which network (dev, --genesis,
// --network), its folder DATADIR/<network>/ with genesis.json, and the keys the
// node produces with (dev accounts or an unlocked wallet).
#pragma once

#include <QString>
#include <memory>
#include <vector>

#include "app/options.h"
#include "chain/light/light_node.h"
#include "chain/node/node_config.h"
#include "wallet/dev_accounts.h"
#include "wallet/keystore.h"

namespace wb::app {

// Keys a node produces with. The secrets stay here (sodium memory); the
// LocalProducer entries in NodeConfig point into `secrets`, so keep this
// object alive as long as the node runs.
struct ProducerKeys {
  std::vector<AccountKey> keys;
  std::vector<std::unique_ptr<SecureBytes>> secrets;  // stable addresses
  std::vector<LocalProducer> producers() const;
};

struct NodeSetup {
  node::NodeConfig config;
  ProducerKeys keys;
  QString networkDir;  // DATADIR/<network>
  // The wallet the RPC serves: the dev wallet (--dev) or --wallet FILE; empty = none.
  QString walletPath;
  // Unlocks it for the whole session: the dev wallet's empty passphrase, or
  // --passphrase-file's content. Null = the wallet starts locked.
  std::unique_ptr<SecureBytes> walletPassphrase;
};

// The light node's configuration for `setup` (--light, DESIGN §11): its data
// directory, network, --connect peers and RPC, with `agent` + " (light)".
light::LightNodeConfig lightNodeConfig(const NodeSetup& setup, const std::string& agent);

// How far in the past a dev network created for `--dev-clock manual` starts.
// Its blocks come from dev_produce, one block time apart however fast they are
// made, so a chain of N blocks spans N seconds whatever the real time; dated a
// month back, any realistic dev_produce stays behind real time and a node on
// the system clock can join without refusing its blocks as "in the future".
inline constexpr std::uint64_t kManualDevBackdateSeconds = 30 * 24 * 3600;

// DATADIR: --datadir, or Qt's AppLocalDataLocation (organisation and
// application "Waybill", set by both programs' main()).
QString dataDirectory(const Options& options);

// The dev network accounts 0…n−1 of the dev mnemonic with their secrets.
[[nodiscard]] Result<ProducerKeys> devAccounts(const SecpContext& ctx, std::size_t count);

// Chooses the network and prepares its folder:
//   --dev KIND      DATADIR/dev-KIND/genesis.json, created now from makeDevGenesis
//                   (time = now, or now − kManualDevBackdateSeconds with
//                   --dev-clock manual) unless it exists (or --genesis names one to join);
//   --genesis FILE  joins or creates the network it describes: the file is copied
//                   to DATADIR/<name>/genesis.json, which must otherwise be the same;
//   --network NAME  DATADIR/NAME/genesis.json must exist.
// Fails with UsageMissingValue when none is given, NodeErrc::UnknownNetwork,
// NodeErrc::GenesisMismatch, NodeErrc::DataDirIo, or the genesis file's error.
[[nodiscard]] Result<GenesisFile> resolveNetwork(const Options& options, const QString& dataDir,
                                                 const SecpContext& ctx);

// The whole set-up: network, P2P/RPC endpoints and producer keys (dev
// accounts for --dev; the unlocked --wallet's accounts with --passphrase-file).
// Fails like resolveNetwork, with UsageBadValue for bad endpoints, or with the
// wallet's errors (WalletErrc::FileIo, WalletErrc::WrongPassphrase…).
[[nodiscard]] Result<NodeSetup> prepareNode(const Options& options, const SecpContext& ctx);

}  // namespace wb::app
