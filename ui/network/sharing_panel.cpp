#include "ui/network/sharing_panel.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb::ui {

SharingPanel::SharingPanel(QWidget* parent)
    : QWidget(parent),
      listening_(new QLabel),
      genesisLabel_(new QLabel),
      genesisPath_(new QLineEdit),
      copy_(new QPushButton) {
  setObjectName(QStringLiteral("sharingPanel"));
  listening_->setObjectName(QStringLiteral("listeningState"));
  listening_->setWordWrap(true);
  listening_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  genesisPath_->setObjectName(QStringLiteral("sharedGenesisPath"));
  genesisPath_->setReadOnly(true);
  copy_->setObjectName(QStringLiteral("copyGenesisPathButton"));
  connect(copy_, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(genesisPath_->text()); });

  auto* genesisRow = new QHBoxLayout;
  genesisRow->addWidget(genesisLabel_);
  genesisRow->addWidget(genesisPath_, 1);
  genesisRow->addWidget(copy_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(listening_);
  layout->addLayout(genesisRow);
  retranslateUi();
}

void SharingPanel::setSharing(const NetworkSharing& sharing) {
  sharing_ = sharing;
  genesisPath_->setText(QDir::toNativeSeparators(sharing.genesisPath));
  retranslateUi();
}

void SharingPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void SharingPanel::retranslateUi() {
  if (sharing_.listenPort != 0) {
    listening_->setText(tr("This node accepts peers on port %1. Others join this network with its genesis file and "
                           "this computer's address and that port.")
                            .arg(sharing_.listenPort));
  } else if (sharing_.unopenedPort != 0) {
    listening_->setText(tr("This node does not accept peers: port %1 could not be opened (another program may be "
                           "using it).")
                            .arg(sharing_.unopenedPort));
  } else {
    listening_->setText(tr("This node does not accept peers; start it with --listen PORT to let others join."));
  }
  genesisLabel_->setText(tr("Genesis file:"));
  copy_->setText(tr("Copy path"));
}

}  // namespace wb::ui
