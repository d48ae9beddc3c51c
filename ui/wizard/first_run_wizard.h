// The first-run wizard (DESIGN §8): create a wallet (new mnemonic shown, then three of
// its words confirmed) or restore one (words checked as typed, optional BIP39
// passphrase); set the wallet passphrase; choose the network (dev, new or join). The
// last page creates the genesis and the wallet file on a worker thread; result() then
// tells the application what to start.
#pragma once

#include <QWizard>
#include <memory>

#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"
#include "ui/wizard/wizard_result.h"
#include "wallet/secret_seal.h"

class QRadioButton;
class QLabel;

namespace wb::ui {

struct WizardConfig {
  QString dataDir;                        // DATADIR: wallets/ and network folders go here
  KdfParams kdf = KdfParams::moderate();  // Argon2id limits of the new wallet
  std::shared_ptr<const SecpContext> ctx;
};

class FirstRunWizard : public QWizard {
  Q_OBJECT
public:
  enum PageId {
    IntroPageId,
    CreateMnemonicPageId,
    ConfirmMnemonicPageId,
    RestorePageId,
    PassphrasePageId,
    NetworkPageId,
    FinishPageId
  };

  explicit FirstRunWizard(WizardConfig config, QWidget* parent = nullptr);

  const WizardConfig& config() const { return config_; }
  // Valid once the finish page has created the wallet.
  const WizardResult& result() const { return result_; }
  void setResult(WizardResult result) { result_ = std::move(result); }

  // The mnemonic chosen on the create or restore page (normalised UTF-8), and the
  // optional BIP39 passphrase (restore only).
  const SecureBytes& mnemonic() const { return mnemonic_; }
  void setMnemonic(SecureBytes mnemonic) { mnemonic_ = std::move(mnemonic); }
  const SecureBytes& bip39Passphrase() const { return bip39Passphrase_; }
  void setBip39Passphrase(SecureBytes passphrase) { bip39Passphrase_ = std::move(passphrase); }

  // True when the user chose to restore rather than create.
  bool restoring() const;

  int nextId() const override;

public slots:
  // Ignored while the finish page is writing the wallet, so a wallet is never half made
  // behind the user's back.
  void reject() override;

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();

  WizardConfig config_;
  WizardResult result_;
  SecureBytes mnemonic_;
  SecureBytes bip39Passphrase_;
  QRadioButton* createRadio_;
  QRadioButton* restoreRadio_;
  QLabel* introText_;
};

}  // namespace wb::ui
