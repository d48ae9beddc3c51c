#include "ui/wallet_model.h"

#include <QCoreApplication>
#include <QEvent>

#include "chain/core/bech32m.h"
#include "ui/async_task.h"
#include "ui/error_text.h"
#include "ui/passphrase.h"
#include "wallet/keystore_file.h"

namespace wb::ui {

WalletModel::WalletModel(std::shared_ptr<const SecpContext> ctx, Keystore keystore, QString path, KdfParams kdf,
                         QObject* parent)
    : QObject(parent),
      ctx_(std::move(ctx)),
      keystore_(std::make_unique<Keystore>(std::move(keystore))),
      path_(std::move(path)),
      kdf_(kdf),
      autoLock_([this] { lock(); }) {
  QCoreApplication::instance()->installEventFilter(this);
}

WalletModel::~WalletModel() {
  if (keystore_) keystore_->lock();
}

QString WalletModel::accountAddress(std::uint32_t index) const {
  if (!keystore_) return {};
  for (const AccountEntry& account : keystore_->accounts()) {
    if (account.index == index) {
      return QString::fromStdString(encodeAddress(keystore_->network().hrp, account.key));
    }
  }
  return {};
}

template <class Work, class Done>
bool WalletModel::runOnKeystore(Work work, Done done) {
  if (!keystore_) return false;
  std::shared_ptr<Keystore> owned(keystore_.release());
  emit busyChanged(true);
  runAsync(
      this, [owned, work = std::move(work)]() mutable { return work(*owned); },
      [this, owned, done = std::move(done)](auto result) mutable {
        keystore_ = std::make_unique<Keystore>(std::move(*owned));
        emit busyChanged(false);
        done(std::move(result));
      });
  return true;
}

bool WalletModel::unlock(const QString& passphrase) { return unlock(secretUtf8(passphrase)); }

bool WalletModel::unlock(SecureBytes passphrase) {
  auto secret = std::make_shared<SecureBytes>(std::move(passphrase));
  return runOnKeystore([ctx = ctx_, secret](Keystore& keystore) { return keystore.unlock(*ctx, secret->asString()); },
                       [this](Status status) {
                         if (status) {
                           autoLock_.start();
                           emit lockedChanged(false);
                         }
                         emit unlockFinished(status ? QString() : errorText(status.error()));
                       });
}

bool WalletModel::changePassphrase(const QString& oldPassphrase, const QString& newPassphrase) {
  auto oldSecret = std::make_shared<SecureBytes>(secretUtf8(oldPassphrase));
  auto newSecret = std::make_shared<SecureBytes>(secretUtf8(newPassphrase));
  return runOnKeystore(
      [oldSecret, newSecret, kdf = kdf_, path = path_](Keystore& keystore) -> Status {
        WB_TRY(keystore.changePassphrase(oldSecret->asString(), newSecret->asString(), kdf));
        return saveKeystore(keystore, path);
      },
      [this](Status status) { emit changePassphraseFinished(status ? QString() : errorText(status.error())); });
}

bool WalletModel::signTx(std::function<Result<Tx>(const Keystore&)> sign, std::function<void(Result<Tx>)> done) {
  autoLock_.touch();
  return runOnKeystore([sign = std::move(sign)](Keystore& keystore) { return sign(keystore); },
                       [done = std::move(done)](Result<Tx> tx) { done(std::move(tx)); });
}

bool WalletModel::readKeystore(std::function<void(const Keystore&)> read, std::function<void()> done) {
  return runOnKeystore(
      [read = std::move(read)](Keystore& keystore) {
        read(keystore);
        return Status{};
      },
      [done = std::move(done)](Status) { done(); });
}

bool WalletModel::revealMnemonic(const QString& passphrase) {
  auto secret = std::make_shared<SecureBytes>(secretUtf8(passphrase));
  return runOnKeystore([secret](Keystore& keystore) { return keystore.revealMnemonic(secret->asString()); },
                       [this](Result<SecureBytes> mnemonic) {
                         if (mnemonic)
                           emit mnemonicRevealed(QString::fromUtf8(mnemonic->asString()), QString());
                         else
                           emit mnemonicRevealed(QString(), errorText(mnemonic.error()));
                       });
}

bool WalletModel::addAccount(const QString& label) {
  return runOnKeystore(
      [ctx = ctx_, label = label.trimmed().toStdString(), path = path_](Keystore& keystore) -> Status {
        WB_TRY_ASSIGN(added, keystore.addAccount(*ctx, label));
        return saveKeystore(keystore, path);
      },
      [this](Status status) {
        emit addAccountFinished(status ? QString() : errorText(status.error()));
        if (status) emit accountsChanged();
      });
}

bool WalletModel::addAccountsThrough(std::uint32_t last) {
  return runOnKeystore(
      [ctx = ctx_, last, path = path_](Keystore& keystore) -> Result<bool> {
        bool added = false;
        while (keystore.accounts().empty() || keystore.accounts().back().index < last) {
          WB_TRY_ASSIGN(account, keystore.addAccount(*ctx, ""));
          added = true;
        }
        if (added) WB_TRY(saveKeystore(keystore, path));
        return added;
      },
      [this](Result<bool> added) {
        if (added && *added) emit accountsChanged();
      });
}

bool WalletModel::exportBackup(const QString& path) {
  return runOnKeystore(
      [walletPath = path_, path](Keystore& keystore) { return wb::exportBackup(keystore, walletPath, path); },
      [this](Status status) { emit backupFinished(status ? QString() : errorText(status.error())); });
}

void WalletModel::lock() {
  if (!keystore_ || keystore_->isLocked()) return;
  keystore_->lock();
  autoLock_.stop();
  emit lockedChanged(true);
}

void WalletModel::setAutoLockMinutes(int minutes) { setAutoLockTimeout(std::chrono::minutes(std::max(0, minutes))); }

void WalletModel::setAutoLockTimeout(std::chrono::milliseconds timeout) {
  autoLock_.setTimeout(timeout);
  // A timeout set while unlocked (e.g. from "never" to 10 minutes) starts counting now.
  if (!isLocked()) autoLock_.start();
}

bool WalletModel::eventFilter(QObject* watched, QEvent* event) {
  switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
      autoLock_.touch();
      break;
    default:
      break;
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace wb::ui
