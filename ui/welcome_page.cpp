#include "ui/welcome_page.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb::ui {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(32, 32, 32, 32);

  auto* title = new QLabel(tr("Welcome to Waybill"));
  title->setObjectName(QStringLiteral("welcomeTitle"));
  QFont font = title->font();
  font.setPointSizeF(font.pointSizeF() * 1.8);
  font.setBold(true);
  title->setFont(font);

  auto* text = new QLabel(
      tr("Waybill is a merchant wallet with its own blockchain node. Buyers pay orders into escrow, "
         "merchants ship, and the money is released when the buyer confirms receipt."));
  text->setObjectName(QStringLiteral("welcomeText"));
  text->setWordWrap(true);

  auto* create = new QPushButton(tr("Create or restore your own wallet…"));
  create->setObjectName(QStringLiteral("createWalletButton"));
  connect(create, &QPushButton::clicked, this, &WelcomePage::createWalletRequested);

  layout->addWidget(title);
  layout->addWidget(text);
  layout->addSpacing(16);
  layout->addWidget(create, 0, Qt::AlignLeft);
  layout->addStretch(1);
}

}  // namespace wb::ui
