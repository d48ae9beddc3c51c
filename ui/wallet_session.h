// Opens the wallet the wizard made (or the one stored in the settings) into the main
// window: reads the network's genesis and the wallet file on a worker thread, then adds
// the Wallet menu and the lock button; the wallet's pages follow opened()
// (app/gui_shell.cpp).
#pragma once

#include <QObject>
#include <memory>

#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"
#include "wallet/secret_seal.h"

namespace wb::ui {

class MainWindow;
class UiSettings;
class WalletModel;

class WalletSession : public QObject {
  Q_OBJECT
public:
  WalletSession(std::shared_ptr<const SecpContext> ctx, UiSettings* settings, MainWindow* window,
                KdfParams kdf = KdfParams::moderate());

  // Starts loading; emits opened() or failed(error) later. With
  // `sessionPassphrase` (the dev wallet's empty one, or --passphrase-file's) the
  // wallet is unlocked right after it opens, as waybilld unlocks it for the session.
  void open(const QString& walletPath, const QString& genesisPath,
            std::shared_ptr<const SecureBytes> sessionPassphrase = nullptr);
  // The open wallet, or null before opened().
  WalletModel* model() const { return model_; }

signals:
  void opened();
  void failed(const QString& error);

private:
  void unlockForSession(std::shared_ptr<const SecureBytes> passphrase);

  std::shared_ptr<const SecpContext> ctx_;
  UiSettings* settings_;
  MainWindow* window_;
  KdfParams kdf_;
  WalletModel* model_ = nullptr;
};

}  // namespace wb::ui
