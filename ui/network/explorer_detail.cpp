#include "ui/network/explorer_detail.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <type_traits>

#include "chain/core/bech32m.h"
#include "chain/core/tx_sign.h"
#include "ui/activity/activity_model.h"

namespace wb::ui {
namespace {

enum TxColumn { kTxId, kTxKind, kTxSender, kTxWhat, kTxColumns };

QString hex(const Hash32& hash) { return QString::fromStdString(toHex(hash)); }

QString row(const QString& name, const QString& value) {
  return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}

}  // namespace

ExplorerDetail::ExplorerDetail(std::string hrp, QWidget* parent)
    : QWidget(parent), hrp_(std::move(hrp)), header_(new QLabel), txs_(new QTableWidget(0, kTxColumns)) {
  header_->setObjectName(QStringLiteral("explorerDetail"));
  header_->setTextFormat(Qt::RichText);
  header_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  header_->setWordWrap(true);
  header_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  txs_->setObjectName(QStringLiteral("explorerBlockTxs"));
  txs_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  txs_->setSelectionBehavior(QAbstractItemView::SelectRows);
  txs_->verticalHeader()->hide();
  txs_->horizontalHeader()->setSectionResizeMode(kTxWhat, QHeaderView::Stretch);
  txs_->hide();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(header_);
  layout->addWidget(txs_, 1);
  connect(txs_, &QTableWidget::cellActivated, this, [this](int r, int) {
    if (auto id = hash32FromHex(txs_->item(r, kTxId)->data(Qt::UserRole).toString().toStdString())) {
      emit transactionActivated(*id);
    }
  });
}

QString ExplorerDetail::address(const AccountKey& key) const {
  return isZero(key) ? tr("none") : QString::fromStdString(encodeAddress(hrp_, key));
}

QString ExplorerDetail::amount(Amount units) const { return displayAmount(units, unit_); }

QString ExplorerDetail::summary(const Tx& tx) const {
  return std::visit(
      [this](const auto& p) -> QString {
        using P = std::decay_t<decltype(p)>;
        if constexpr (std::is_same_v<P, TransferPayload>) {
          return tr("%1 to %2").arg(amount(p.amount), address(p.to));
        } else if constexpr (std::is_same_v<P, OrderCreatePayload>) {
          return tr("%1 × %2 at %3 (merchant %4, buyer %5)")
              .arg(QString::number(p.quantity), QString::fromStdString(p.item), amount(p.unitPrice),
                   address(p.merchant), address(p.buyer));
        } else if constexpr (std::is_same_v<P, OrderPayPayload>) {
          return tr("%1 for order %2").arg(amount(p.amount), hex(p.order));
        } else if constexpr (std::is_same_v<P, OrderResolvePayload>) {
          return tr("%1 back to the payer of order %2").arg(amount(p.toPayer), hex(p.order));
        } else if constexpr (std::is_same_v<P, StakePayload> || std::is_same_v<P, UnstakePayload>) {
          return amount(p.amount);
        } else if constexpr (std::is_same_v<P, RegisterDelegatePayload>) {
          return QString::fromStdString(p.name);
        } else if constexpr (std::is_same_v<P, VotePayload>) {
          return tr("%n delegate(s)", nullptr, static_cast<int>(p.delegates.size()));
        } else {
          return tr("order %1").arg(hex(p.order));
        }
      },
      tx.payload);
}

void ExplorerDetail::showBlock(const node::BlockLookup& lookup) {
  const BlockHeader& h = lookup.block.header;
  QString html = QStringLiteral("<h3>%1</h3><table>").arg(tr("Block %1").arg(h.height).toHtmlEscaped());
  html += row(tr("Hash"), hex(lookup.hash));
  html += row(tr("Previous"), hex(h.prev));
  html += row(tr("Time"),
              QLocale().toString(QDateTime::fromSecsSinceEpoch(static_cast<qint64>(h.time)), QLocale::LongFormat));
  html += row(tr("Producer"), address(h.producer));
  html += row(tr("Transactions"), QString::number(lookup.block.txs.size()));
  html += row(tr("Size"), QLocale().formattedDataSize(static_cast<qint64>(lookup.size)));
  html += row(tr("Main chain"), lookup.mainChain ? tr("yes") : tr("no (a side branch)"));
  html += QStringLiteral("</table>");
  header_->setText(html);
  txs_->setHorizontalHeaderLabels({tr("Transaction ID"), tr("Type"), tr("Sender"), tr("Details")});
  txs_->setRowCount(static_cast<int>(lookup.block.txs.size()));
  for (std::size_t i = 0; i < lookup.block.txs.size(); ++i) {
    const Tx& tx = lookup.block.txs[i];
    const QString id = hex(computeTxid(tx));
    auto* idItem = new QTableWidgetItem(id);
    idItem->setData(Qt::UserRole, id);
    const int r = static_cast<int>(i);
    txs_->setItem(r, kTxId, idItem);
    txs_->setItem(r, kTxKind, new QTableWidgetItem(ActivityModel::kindText(entryKindOf(tx.kind()))));
    txs_->setItem(r, kTxSender, new QTableWidgetItem(address(tx.sender)));
    txs_->setItem(r, kTxWhat, new QTableWidgetItem(summary(tx)));
  }
  txs_->setVisible(!lookup.block.txs.empty());
}

void ExplorerDetail::showTransaction(const node::TxLookup& lookup) {
  const Tx& tx = lookup.tx;
  QString html = QStringLiteral("<h3>%1</h3><table>").arg(tr("Transaction").toHtmlEscaped());
  html += row(tr("ID"), hex(lookup.txid));
  html += row(tr("Type"), ActivityModel::kindText(entryKindOf(tx.kind())));
  html += row(tr("Sender"), address(tx.sender));
  html += row(tr("Nonce"), QString::number(tx.nonce));
  html += row(tr("Fee"), amount(tx.fee));
  html += row(tr("Details"), summary(tx));
  QString where;
  switch (lookup.where) {
    case node::TxLookup::Where::Pending:
      where = tr("waiting in the mempool for the next block");
      break;
    case node::TxLookup::Where::Waiting:
      where = tr("in the mempool, behind an earlier transaction of its sender");
      break;
    case node::TxLookup::Where::Confirmed:
      where = lookup.location ? tr("in block %1 (position %2)").arg(lookup.location->height).arg(lookup.location->index)
                              : tr("confirmed");
      break;
  }
  html += row(tr("Status"), where);
  if (lookup.location) html += row(tr("Block"), hex(lookup.location->block));
  html += QStringLiteral("</table>");
  header_->setText(html);
  txs_->hide();
  txs_->setRowCount(0);
}

void ExplorerDetail::showMessage(const QString& text) {
  header_->setText(text.toHtmlEscaped());
  txs_->hide();
  txs_->setRowCount(0);
}

}  // namespace wb::ui
