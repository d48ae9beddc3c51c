// What the first-run wizard hands to the application, which starts the node with it.
#pragma once

#include <QString>
#include <QStringList>

#include "chain/core/params.h"

namespace wb::ui {

// How the user chose the network.
enum class NetworkChoice {
  Dev,   // a local dev network (DESIGN §6)
  New,   // a new production network whose genesis the wizard wrote
  Join,  // an existing network: its genesis file plus a peer
};

struct WizardResult {
  QString walletPath;  // DATADIR/wallets/<network>.wallet, written by the wizard
  NetworkChoice network = NetworkChoice::Dev;
  ConsensusKind consensus = ConsensusKind::Pow;
  QString networkName;
  QString genesisPath;     // Dev/New: DATADIR/<network>/genesis.json; Join: the file chosen
  QStringList peers;       // "host:port" to connect to (Join)
  quint16 listenPort = 0;  // New: the port others join it on (0: none)
  bool light = false;      // Join: a light node (DESIGN §11)
  QString firstAddress;    // account 0, for a first look at the wallet
};

}  // namespace wb::ui
