#include "ui/new_account_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/wallet_model.h"

namespace wb::ui {

NewAccountDialog::NewAccountDialog(WalletModel* model, QWidget* parent)
    : WalletDialog(model, parent), prompt_(new QLabel), label_(new QLineEdit) {
  setObjectName(QStringLiteral("newAccountDialog"));
  label_->setObjectName(QStringLiteral("accountLabelEdit"));
  label_->setMaxLength(64);
  prompt_->setWordWrap(true);
  body()->addWidget(prompt_);
  body()->addWidget(label_);
  connect(buttons(), &QDialogButtonBox::accepted, this, &NewAccountDialog::submit);
  connect(model, &WalletModel::addAccountFinished, this, &NewAccountDialog::finished);
  retranslateUi();
  label_->setFocus();
}

void NewAccountDialog::retranslateUi() {
  setWindowTitle(tr("New account"));
  prompt_->setText(
      tr("A new account of this wallet, restored with the same recovery words. Its name (optional, "
         "for you only):"));
  label_->setAccessibleName(tr("Account name"));
  label_->setPlaceholderText(tr("e.g. Shop, Savings"));
  buttons()->button(QDialogButtonBox::Ok)->setText(tr("Add account"));
}

void NewAccountDialog::submit() {
  showError(QString());
  if (!model()->addAccount(label_->text())) {
    showError(tr("The wallet is busy; try again in a moment."));
    return;
  }
  setBusy(true);
}

void NewAccountDialog::finished(const QString& error) {
  setBusy(false);
  if (error.isEmpty()) {
    accept();
    return;
  }
  showError(tr("The account could not be added: %1").arg(error));
}

}  // namespace wb::ui
