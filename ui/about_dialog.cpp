#include "ui/about_dialog.h"

#include <qrencode.h>

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#include "interfaces/library_versions.h"

#ifndef WAYBILL_SECP256K1_VERSION
#define WAYBILL_SECP256K1_VERSION "unknown"
#endif

namespace wb::ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent), title_(new QLabel), summary_(new QLabel), licence_(new QLabel), libraries_(new QLabel) {
  setObjectName(QStringLiteral("aboutDialog"));
  auto* icon = new QLabel;
  icon->setPixmap(QIcon(QStringLiteral(":/icons/waybill.svg")).pixmap(64, 64));
  icon->setAlignment(Qt::AlignTop);
  title_->setObjectName(QStringLiteral("aboutTitle"));
  QFont big = title_->font();
  big.setPointSizeF(big.pointSizeF() * 1.4);
  big.setBold(true);
  title_->setFont(big);
  for (QLabel* label : {summary_, licence_, libraries_}) {
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  }
  licence_->setObjectName(QStringLiteral("aboutLicence"));
  libraries_->setObjectName(QStringLiteral("aboutLibraries"));

  auto* text = new QVBoxLayout;
  text->addWidget(title_);
  text->addWidget(summary_);
  text->addWidget(licence_);
  text->addWidget(libraries_);
  text->addStretch(1);
  auto* row = new QHBoxLayout;
  row->addWidget(icon);
  row->addLayout(text, 1);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(row);
  layout->addWidget(buttons);
  setMinimumWidth(440);
  retranslateUi();
}

QList<QPair<QString, QString>> AboutDialog::libraryVersions() {
  QList<QPair<QString, QString>> out;
  for (const auto& [name, version] : node::libraryVersions()) {
    out.append({QString::fromStdString(name), QString::fromStdString(version)});
  }
  out.append({QStringLiteral("libqrencode"), QString::fromLatin1(QRcode_APIVersionString())});
  return out;
}

void AboutDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi() {
  setWindowTitle(tr("About Waybill"));
  title_->setText(tr("Waybill %1").arg(QCoreApplication::applicationVersion()));
  summary_->setText(
      tr("A merchant wallet with its own blockchain node: orders paid into escrow, shipments, "
         "receipts, staking and delegates."));
  licence_->setText(
      tr("Copyright © 2026 Waybill developers. All rights reserved: Waybill has not yet been "
         "published under a free software licence."));
  QString libraries = tr("Built with:");
  for (const auto& [name, version] : libraryVersions()) libraries += QStringLiteral("\n  %1 %2").arg(name, version);
  libraries_->setText(libraries);
}

}  // namespace wb::ui
