#include "ui/welcome_page.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent), title_(new QLabel), text_(new QLabel), create_(new QPushButton) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(32, 32, 32, 32);

  title_->setObjectName(QStringLiteral("welcomeTitle"));
  QFont font = title_->font();
  font.setPointSizeF(font.pointSizeF() * 1.8);
  font.setBold(true);
  title_->setFont(font);
  text_->setObjectName(QStringLiteral("welcomeText"));
  text_->setWordWrap(true);
  create_->setObjectName(QStringLiteral("createWalletButton"));
  connect(create_, &QPushButton::clicked, this, &WelcomePage::createWalletRequested);

  layout->addWidget(title_);
  layout->addWidget(text_);
  layout->addSpacing(16);
  layout->addWidget(create_, 0, Qt::AlignLeft);
  layout->addStretch(1);
  retranslateUi();
}

void WelcomePage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi() {
  title_->setText(tr("Welcome to Waybill"));
  text_->setText(
      tr("Waybill is a merchant wallet with its own blockchain node. Buyers pay orders into escrow, "
         "merchants ship, and the money is released when the buyer confirms receipt."));
  create_->setText(tr("Create or restore your own wallet…"));
  create_->setAccessibleName(create_->text());
}

}  // namespace wb::ui
