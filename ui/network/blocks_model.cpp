#include "ui/network/blocks_model.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <limits>
#include <utility>

#include "chain/core/bech32m.h"

namespace wb::ui {

BlocksModel::BlocksModel(node::NodeClient* client, std::string hrp, QObject* parent)
    : PagedTableModel(kColumnCount, parent), client_(client), hrp_(std::move(hrp)) {
  connect(client_, &node::NodeClient::tipChanged, this, [this](const BlockHash&, quint64 height) { tipMoved(height); });
  reload();
}

void BlocksModel::reload() { restartFromTip(); }

void BlocksModel::restartFromTip() {
  replaceRows({});
  pageRequest().abandon();  // an older page in flight belongs to the rows just dropped
  request(Kind::Reload, std::numeric_limits<std::uint64_t>::max(), pageSize_);
}

void BlocksModel::tipMoved(quint64 height) {
  tipHeight_ = std::max<std::uint64_t>(tipHeight_, height);
  if (head_.busy()) {
    tipPending_ = true;
    return;
  }
  if (rows().empty()) {
    request(Kind::Reload, std::numeric_limits<std::uint64_t>::max(), pageSize_);
    return;
  }
  const std::uint64_t top = rows().front().height;
  // From the new tip down to our top block, which must still be there (else: a reorganisation).
  const std::uint64_t newest = std::max<std::uint64_t>(height, top);
  if (newest - top >= kMaxCatchUp) {
    restartFromTip();
    return;
  }
  request(Kind::Newer, newest, static_cast<std::size_t>(newest - top + 1));
}

void BlocksModel::request(Kind kind, std::uint64_t top, std::size_t count) {
  const PageRequest::Ticket ticket = (kind == Kind::Older ? pageRequest() : head_).start();
  QPointer<BlocksModel> self(this);
  client_->blocks(top, count, [self, ticket, kind](Result<std::vector<node::BlockSummary>> blocks) {
    if (self) self->received(ticket, kind, std::move(blocks));
  });
}

void BlocksModel::received(PageRequest::Ticket ticket, Kind kind, Result<std::vector<node::BlockSummary>> blocks) {
  PageRequest& direction = kind == Kind::Older ? pageRequest() : head_;
  if (!direction.finish(ticket)) return;  // superseded by a reload; its rows are gone
  if (!blocks) {
    setLastError(QString::fromStdString(blocks.error().message));
    emit loaded();
    return;
  }
  setLastError({});
  std::vector<node::BlockSummary>& got = *blocks;
  if (kind == Kind::Reload) {
    replaceRows(std::move(got));
  } else if (kind == Kind::Older) {
    appendPage(std::move(got));
  } else if (!rows().empty() && !got.empty() && got.back().hash == rows().front().hash) {
    got.pop_back();  // our top block, still on the main chain
    insertRowsAt(0, std::move(got));
  } else {
    restartFromTip();  // our top left the main chain
    return;
  }
  emit loaded();
  if (kind != Kind::Older && std::exchange(tipPending_, false)) tipMoved(tipHeight_);
}

QVariant BlocksModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const node::BlockSummary& b = block(index.row());
  if (role == Qt::TextAlignmentRole &&
      (index.column() == kHeight || index.column() == kTxs || index.column() == kSize)) {
    return QVariant(Qt::AlignRight | Qt::AlignVCenter);
  }
  if (role == Qt::ToolTipRole && index.column() == kHash) return QString::fromStdString(toHex(b.hash));
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case kHeight:
      return QVariant::fromValue<qulonglong>(b.height);
    case kTime:
      return QLocale().toString(QDateTime::fromSecsSinceEpoch(static_cast<qint64>(b.time)), QLocale::ShortFormat);
    case kHash:
      return QString::fromStdString(toHex(b.hash));
    case kProducer:
      return isZero(b.producer) ? QString() : QString::fromStdString(encodeAddress(hrp_, b.producer));
    case kTxs:
      return QVariant::fromValue<qulonglong>(b.txCount);
    case kSize:
      return QLocale().formattedDataSize(static_cast<qint64>(b.size));
    default:
      return {};
  }
}

QStringList BlocksModel::columnTitles() const {
  return {tr("Height"), tr("Time"), tr("Hash"), tr("Producer"), tr("Transactions"), tr("Size")};
}

}  // namespace wb::ui
