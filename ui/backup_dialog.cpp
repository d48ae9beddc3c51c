#include "ui/backup_dialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/wallet_model.h"

namespace wb::ui {

BackupDialog::BackupDialog(WalletModel* model, QWidget* parent)
    : WalletDialog(model, parent), prompt_(new QLabel), path_(new QLineEdit), browse_(new QPushButton) {
  setObjectName(QStringLiteral("backupDialog"));
  prompt_->setWordWrap(true);
  path_->setObjectName(QStringLiteral("backupPathEdit"));
  browse_->setObjectName(QStringLiteral("browseButton"));
  auto* row = new QHBoxLayout;
  row->addWidget(path_, 1);
  row->addWidget(browse_);
  body()->addWidget(prompt_);
  body()->addLayout(row);
  connect(browse_, &QPushButton::clicked, this, &BackupDialog::browse);
  connect(buttons(), &QDialogButtonBox::accepted, this, &BackupDialog::submit);
  connect(model, &WalletModel::backupFinished, this, &BackupDialog::finished);
  retranslateUi();
}

void BackupDialog::retranslateUi() {
  setWindowTitle(tr("Back up wallet"));
  prompt_->setText(tr("Save a copy of the wallet file. It stays protected by your passphrase."));
  browse_->setText(tr("Browse…"));
  buttons()->button(QDialogButtonBox::Ok)->setText(tr("Save backup"));
}

void BackupDialog::browse() {
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Back up wallet"), path_->text(), tr("Wallet files (*.wallet)"));
  if (!path.isEmpty()) path_->setText(path);
}

void BackupDialog::submit() {
  showError(QString());
  if (path_->text().trimmed().isEmpty()) {
    showError(tr("Choose where to save the backup."));
  } else if (!model()->exportBackup(path_->text().trimmed())) {
    showError(tr("The wallet is busy; try again in a moment."));
  } else {
    setBusy(true);
  }
}

void BackupDialog::finished(const QString& error) {
  setBusy(false);
  if (error.isEmpty())
    accept();
  else
    showError(tr("The backup failed: %1").arg(error));
}

}  // namespace wb::ui
