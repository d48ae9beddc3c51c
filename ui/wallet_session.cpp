#include "ui/wallet_session.h"

#include <QMenuBar>
#include <QStatusBar>

#include "chain/core/genesis_file.h"
#include "ui/async_task.h"
#include "ui/lock_status.h"
#include "ui/main_window.h"
#include "ui/ui_settings.h"
#include "ui/wallet_menu.h"
#include "ui/wallet_model.h"
#include "wallet/keystore_file.h"

namespace wb::ui {

WalletSession::WalletSession(std::shared_ptr<const SecpContext> ctx, UiSettings* settings, MainWindow* window,
                             KdfParams kdf)
    : QObject(window), ctx_(std::move(ctx)), settings_(settings), window_(window), kdf_(kdf) {}

void WalletSession::open(const QString& walletPath, const QString& genesisPath,
                         std::shared_ptr<const SecureBytes> sessionPassphrase) {
  runAsync(
      this,
      [ctx = ctx_, walletPath, genesisPath]() -> Result<Keystore> {
        WB_TRY_ASSIGN(genesis, readGenesisFile(std::filesystem::path(genesisPath.toStdU16String())));
        return loadKeystore(*ctx, walletPath, genesis->params.genesisHash);
      },
      [this, walletPath, sessionPassphrase](Result<Keystore> keystore) {
        if (!keystore) {
          emit failed(QString::fromStdString(keystore.error().message));
          return;
        }
        model_ = new WalletModel(ctx_, std::move(*keystore), walletPath, kdf_, this);
        model_->setAutoLockMinutes(settings_->autoLockMinutes());
        connect(settings_, &UiSettings::autoLockMinutesChanged, model_, &WalletModel::setAutoLockMinutes);
        window_->addMenu(new WalletMenu(model_, window_));
        window_->statusBar()->addPermanentWidget(new LockStatus(model_));
        emit opened();
        if (sessionPassphrase) unlockForSession(sessionPassphrase);
      });
}

void WalletSession::unlockForSession(std::shared_ptr<const SecureBytes> passphrase) {
  if (model_->unlock(SecureBytes::copyOf(passphrase->asString()))) return;
  // The pages' first reads (accounts in use, sealed notes) hold the keystore: unlock once they are done.
  auto once = std::make_shared<QMetaObject::Connection>();
  *once = connect(model_, &WalletModel::busyChanged, this, [this, once, passphrase](bool busy) {
    if (busy) return;
    disconnect(*once);
    unlockForSession(passphrase);
  });
}

}  // namespace wb::ui
