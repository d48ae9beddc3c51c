#include "ui/wizard/finish_page.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include "ui/async_task.h"
#include "ui/label_tone.h"
#include "ui/passphrase.h"
#include "ui/wizard/first_run_wizard.h"
#include "ui/wizard/network_page.h"
#include "ui/wizard/passphrase_page.h"
#include "ui/wizard/wallet_setup.h"

namespace wb::ui {

FinishPage::FinishPage(FirstRunWizard* wizard)
    : wizard_(wizard), status_(new QLabel), busy_(new QProgressBar), details_(new QLabel), error_(new QLabel) {
  setObjectName(QStringLiteral("finishPage"));
  status_->setObjectName(QStringLiteral("finishStatus"));
  status_->setWordWrap(true);
  busy_->setObjectName(QStringLiteral("busyIndicator"));
  busy_->setRange(0, 0);
  busy_->setTextVisible(false);
  details_->setObjectName(QStringLiteral("finishDetails"));
  details_->setWordWrap(true);
  details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  error_->setObjectName(QStringLiteral("finishError"));
  error_->setWordWrap(true);
  setLabelTone(error_, LabelTone::Error);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(status_);
  layout->addWidget(busy_);
  layout->addWidget(details_);
  layout->addWidget(error_);
  layout->addStretch(1);
  retranslateUi();
}

void FinishPage::initializePage() {
  const auto* network = qobject_cast<NetworkPage*>(wizard_->page(FirstRunWizard::NetworkPageId));
  const auto* passphrase = qobject_cast<PassphrasePage*>(wizard_->page(FirstRunWizard::PassphrasePageId));
  auto request = std::make_shared<WalletSetupRequest>();
  request->dataDir = wizard_->config().dataDir;
  request->mnemonic = SecureBytes::copyOf(wizard_->mnemonic().view());
  request->bip39Passphrase = SecureBytes::copyOf(wizard_->bip39Passphrase().view());
  request->walletPassphrase = secretUtf8(passphrase->passphrase());
  request->kdf = wizard_->config().kdf;
  request->network = network->choice();
  request->consensus = network->consensus();
  request->networkName = network->networkName();
  request->allocation = network->allocation();
  request->delegateName = network->delegateName();
  request->joinGenesisPath = network->genesisPath();
  request->peers = network->peers();
  request->listenPort = network->listenPort();
  request->light = network->light();
  request->now = static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch());

  working_ = true;
  done_ = false;
  busy_->show();
  details_->clear();
  error_->clear();
  retranslateUi();
  // No going back while the worker writes files; QWizard sets the buttons after this
  // function returns, hence the queued call. After a failure Back comes back.
  // Cancel is disabled too: the files are being written (FirstRunWizard::reject agrees).
  QMetaObject::invokeMethod(
      this,
      [this] {
        if (!working_) return;
        wizard_->button(QWizard::BackButton)->setEnabled(false);
        wizard_->button(QWizard::CancelButton)->setEnabled(false);
      },
      Qt::QueuedConnection);
  runAsync(
      this, [ctx = wizard_->config().ctx, request] { return setUpWallet(*ctx, *request); },
      [this](Result<WizardResult> result) {
        working_ = false;
        busy_->hide();
        wizard_->button(QWizard::CancelButton)->setEnabled(true);
        if (result) {
          done_ = true;
          wizard_->setResult(*result);
          details_->setText(tr("Wallet file: %1\nNetwork: %2\nYour first address: %3")
                                .arg(result->walletPath, result->networkName, result->firstAddress));
        } else {
          error_->setText(tr("The wallet was not created: %1").arg(QString::fromStdString(result.error().message)));
        }
        retranslateUi();
        emit completeChanged();
        // After QWizard's own button update: no way back once the wallet exists.
        wizard_->button(QWizard::BackButton)->setEnabled(!done_);
      });
}

void FinishPage::cleanupPage() {
  done_ = false;
  error_->clear();
}

void FinishPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWizardPage::changeEvent(event);
}

void FinishPage::retranslateUi() {
  setTitle(tr("Creating your wallet"));
  if (working_)
    status_->setText(tr("Encrypting the wallet. This takes a few seconds…"));
  else if (done_)
    status_->setText(tr("Your wallet is ready."));
  else
    status_->setText(tr("The wallet could not be created. Go back to change your choices."));
}

}  // namespace wb::ui
