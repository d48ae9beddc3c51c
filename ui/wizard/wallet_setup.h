// The work behind the wizard's last page, run on a worker thread: settle the network's
// genesis (read it, or build and write it with chain/core/genesis.h), create the keystore
// (BIP39 seed derivation and Argon2id: slow) and write the wallet file. Nothing is
// written unless the keystore was created; an existing wallet or genesis is never replaced.
#pragma once

#include <QString>
#include <QStringList>
#include <cstdint>

#include "chain/core/amount.h"
#include "chain/core/error.h"
#include "chain/core/genesis.h"
#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"
#include "ui/wizard/wizard_result.h"
#include "wallet/dev_accounts.h"
#include "wallet/keystore.h"

namespace wb::ui {

// Share of a new PoS network's allocation that starts staked (someone must stake, or no
// block could ever be produced): one tenth, as on dev networks.
inline constexpr Amount kNewPosStakeDivisor = 10;

struct WalletSetupRequest {
  QString dataDir;
  SecureBytes mnemonic;         // normalised UTF-8
  SecureBytes bip39Passphrase;  // may be empty
  SecureBytes walletPassphrase;
  KdfParams kdf = KdfParams::moderate();
  NetworkChoice network = NetworkChoice::Dev;
  ConsensusKind consensus = ConsensusKind::Pow;
  // New: network name, coins given to account 0 at genesis, and (dpos) its delegate name.
  QString networkName;
  Amount allocation = 0;
  QString delegateName;
  // Join: the genesis file and the peers.
  QString joinGenesisPath;
  QStringList peers;
  // New: the port the node accepts peers on, so others can join (0: none).
  quint16 listenPort = 0;
  // Join: run a light node.
  bool light = false;
  std::uint64_t now = 0;  // unix seconds, the genesis time of a new network
};

// Whether the data directory can take a wallet for the network `genesis`
// describes, checked before the wizard promises anything (the node would refuse
// later): fails with NodeErrc::GenesisMismatch when DATADIR/<name>/ holds another
// network of that name, WalletErrc::FileIo when a wallet for it exists already, or
// the stored genesis's read error.
[[nodiscard]] Status checkNetworkFits(const QString& dataDir, const GenesisFile& genesis);

// Whether a new network may be called `name` here: fails with GenesisFileExists
// when DATADIR/<name>/ already holds a network.
[[nodiscard]] Status checkNewNetworkName(const QString& dataDir, const QString& name);

// Does the whole set-up. Fails with the genesis's error (Genesis*, ParamsInvalid), the
// mnemonic's (WalletErrc::Mnemonic*), WalletErrc::FileIo when a wallet for the network already exists
// or cannot be written, or the keystore's error.
[[nodiscard]] Result<WizardResult> setUpWallet(const SecpContext& ctx, const WalletSetupRequest& request);

}  // namespace wb::ui
