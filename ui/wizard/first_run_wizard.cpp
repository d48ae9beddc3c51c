#include "ui/wizard/first_run_wizard.h"

#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include "ui/wizard/finish_page.h"
#include "ui/wizard/mnemonic_pages.h"
#include "ui/wizard/network_page.h"
#include "ui/wizard/passphrase_page.h"

namespace wb::ui {

FirstRunWizard::FirstRunWizard(WizardConfig config, QWidget* parent)
    : QWizard(parent),
      config_(std::move(config)),
      createRadio_(new QRadioButton),
      restoreRadio_(new QRadioButton),
      introText_(new QLabel) {
  setObjectName(QStringLiteral("firstRunWizard"));
  setWizardStyle(QWizard::ClassicStyle);

  auto* intro = new QWizardPage;
  intro->setObjectName(QStringLiteral("introPage"));
  createRadio_->setObjectName(QStringLiteral("createWalletRadio"));
  restoreRadio_->setObjectName(QStringLiteral("restoreWalletRadio"));
  createRadio_->setChecked(true);
  introText_->setWordWrap(true);
  auto* layout = new QVBoxLayout(intro);
  layout->addWidget(introText_);
  layout->addWidget(createRadio_);
  layout->addWidget(restoreRadio_);
  layout->addStretch(1);

  setPage(IntroPageId, intro);
  setPage(CreateMnemonicPageId, new CreateMnemonicPage(this));
  setPage(ConfirmMnemonicPageId, new ConfirmMnemonicPage(this));
  setPage(RestorePageId, new RestoreMnemonicPage(this));
  setPage(PassphrasePageId, new PassphrasePage(this));
  setPage(NetworkPageId, new NetworkPage(this));
  setPage(FinishPageId, new FinishPage(this));
  setStartId(IntroPageId);
  retranslateUi();
}

bool FirstRunWizard::restoring() const { return restoreRadio_->isChecked(); }

int FirstRunWizard::nextId() const {
  switch (currentId()) {
    case IntroPageId:
      return restoring() ? RestorePageId : CreateMnemonicPageId;
    case CreateMnemonicPageId:
      return ConfirmMnemonicPageId;
    case ConfirmMnemonicPageId:
    case RestorePageId:
      return PassphrasePageId;
    case PassphrasePageId:
      return NetworkPageId;
    case NetworkPageId:
      return FinishPageId;
    default:
      return -1;
  }
}

void FirstRunWizard::reject() {
  if (const auto* finish = qobject_cast<const FinishPage*>(page(FinishPageId)); finish && finish->isWorking()) return;
  QWizard::reject();
}

void FirstRunWizard::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWizard::changeEvent(event);
}

void FirstRunWizard::retranslateUi() {
  setWindowTitle(tr("Set up Waybill"));
  page(IntroPageId)->setTitle(tr("Welcome to Waybill"));
  introText_->setText(
      tr("Waybill keeps your coins in a wallet protected by a passphrase and recoverable from a "
         "list of words. Do you want to create a new wallet or restore one?"));
  createRadio_->setText(tr("Create a new wallet"));
  restoreRadio_->setText(tr("Restore a wallet from its recovery words"));
}

}  // namespace wb::ui
