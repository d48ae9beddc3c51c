// The open wallet as the GUI sees it (bitcoin-qt's WalletModel in spirit): the keystore,
// its file, and the slow operations on it (unlock, change passphrase, reveal mnemonic,
// backup), each run on a worker thread. While one runs the model is busy: the keystore
// is owned by the worker, and further requests are refused until it finishes.
// Auto-lock (wallet/auto_lock.h) locks the wallet after the idle time.
#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

#include "chain/core/schnorr.h"
#include "chain/core/tx.h"
#include "wallet/auto_lock.h"
#include "wallet/keystore.h"

namespace wb::ui {

class WalletModel : public QObject {
  Q_OBJECT
public:
  // `keystore` was read from (or written to) `path`; `kdf` are the Argon2id limits for
  // re-sealing when the passphrase changes.
  WalletModel(std::shared_ptr<const SecpContext> ctx, Keystore keystore, QString path, KdfParams kdf,
              QObject* parent = nullptr);
  ~WalletModel() override;

  QString path() const { return path_; }
  bool isBusy() const { return !keystore_; }
  // The keystore, or null while an operation runs on a worker thread.
  const Keystore* keystore() const { return keystore_.get(); }
  bool isLocked() const { return !keystore_ || keystore_->isLocked(); }
  // The address of account `index` of the wallet, or an empty string if unknown or busy.
  QString accountAddress(std::uint32_t index) const;

  // Each request returns false (and does nothing) while busy; else it starts the work
  // and later emits its *Finished signal with an empty error on success.
  bool unlock(const QString& passphrase);
  // The same with a passphrase already in secure memory (as read from a file or
  // the dev wallet's empty one), taken as its bytes without normalisation.
  bool unlock(SecureBytes passphrase);
  bool changePassphrase(const QString& oldPassphrase, const QString& newPassphrase);
  bool revealMnemonic(const QString& passphrase);
  // Adds the next account with `label` and saves the file (works while locked);
  // addAccountFinished, then accountsChanged on success.
  bool addAccount(const QString& label);
  // Adds unlabelled accounts up to and including index `last` (found used on the
  // chain by AccountDiscovery) and saves the file; accountsChanged on success.
  bool addAccountsThrough(std::uint32_t last);
  bool exportBackup(const QString& path);
  // Runs `sign(keystore)` on a worker thread — signing derives keys, which the GUI
  // thread must not — then `done(result)` on the GUI thread. Returns false (and does
  // nothing) while busy. A locked wallet makes `sign` fail with WalletErrc::Locked.
  bool signTx(std::function<Result<Tx>(const Keystore&)> sign, std::function<void(Result<Tx>)> done);

  // Runs `read(keystore)` on a worker thread (e.g. opening sealed notes, which
  // derives keys), then `done()` on the GUI thread. Returns false (and does nothing)
  // while busy. `read` must own what it writes to.
  bool readKeystore(std::function<void(const Keystore&)> read, std::function<void()> done);

  // Locks at once (no-op while busy: the worker's result stays as it is).
  void lock();

  // Idle minutes before auto-lock; 0 disables it.
  void setAutoLockMinutes(int minutes);
  // The same with any duration (tests use milliseconds).
  void setAutoLockTimeout(std::chrono::milliseconds timeout);
  // Call touch() on it for activity the application filter cannot see.
  AutoLock* autoLock() { return &autoLock_; }

signals:
  void busyChanged(bool busy);
  void lockedChanged(bool locked);
  void unlockFinished(const QString& error);
  void addAccountFinished(const QString& error);
  // The wallet's accounts changed (added); pages showing them should re-read keystore()->accounts().
  void accountsChanged();
  void changePassphraseFinished(const QString& error);
  // `mnemonic` is empty when `error` is not.
  void mnemonicRevealed(const QString& mnemonic, const QString& error);
  void backupFinished(const QString& error);

protected:
  // Watches user input (installed on the application) to restart the auto-lock countdown.
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  // Hands the keystore to `work(Keystore&)` on a worker thread; `done(result)` then runs
  // on the GUI thread after the keystore is back.
  template <class Work, class Done>
  bool runOnKeystore(Work work, Done done);

  std::shared_ptr<const SecpContext> ctx_;
  std::unique_ptr<Keystore> keystore_;
  QString path_;
  KdfParams kdf_;
  AutoLock autoLock_;
};

}  // namespace wb::ui
