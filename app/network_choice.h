// The network and wallet the first-run wizard chose for a data directory, kept
// in that directory (DATADIR/waybill.conf), so another --datadir never opens
// them: what belongs to a data directory is stored in it. The GUI's own
// preferences (language, unit, auto-lock, which data directory) stay in the
// user's configuration.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

#include "app/options.h"
#include "chain/core/error.h"

class QSettings;

namespace wb::app {

struct SavedNetwork {
  QString walletPath;   // the wallet the wizard wrote
  QString genesisPath;  // the network's genesis file
  QString networkName;
  QStringList peers;       // "host:port" to connect to (a joined network)
  bool produce = false;    // the wallet's owner produces blocks (a network they started)
  quint16 listenPort = 0;  // accepts peers on this port, all addresses (0: does not)
  bool light = false;      // runs a light node (DESIGN §11): headers only, records proven by the peers
};

class NetworkChoiceFile {
public:
  explicit NetworkChoiceFile(QString dataDir);

  // DATADIR/waybill.conf
  QString path() const;
  // The saved choice, or nullopt when none (or its wallet file is gone).
  std::optional<SavedNetwork> load() const;
  // Writes the choice. Fails with NodeErrc::DataDirIo when the file cannot be written.
  [[nodiscard]] Status save(const SavedNetwork& choice) const;
  // Earlier versions kept the choice in the user's configuration (`global`):
  // moves it here when it names a wallet inside this data directory and this
  // directory has none yet. Returns whether anything moved.
  bool adoptLegacy(QSettings& global) const;

private:
  QString dataDir_;
};

// Which network the GUI's node runs, in this order: (a) the command line
// (--dev, --genesis, --network), (b) the network saved for the data directory,
// (c) a producing dev PoW network, so a first start is useful at once. The RPC
// server stays off unless --rpc asks for it (like bitcoin-qt's -server).
Options guiNodeOptions(const Options& given, const std::optional<SavedNetwork>& saved, const QString& dataDir);

// The wallet the window opens: the saved one unless the command line chose the
// network, else `setupWallet` (the dev wallet or --wallet).
QString guiWalletToOpen(const Options& given, const std::optional<SavedNetwork>& saved, const QString& setupWallet);

}  // namespace wb::app
