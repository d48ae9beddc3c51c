#include "ui/network/blocks_model.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <limits>
#include <utility>

#include "chain/core/bech32m.h"

namespace wb::ui {

BlocksModel::BlocksModel(node::NodeClient* client, std::string hrp, QObject* parent)
    : QAbstractTableModel(parent), client_(client), hrp_(std::move(hrp)) {
  connect(client_, &node::NodeClient::tipChanged, this, [this](const Hash32&, quint64 height) { tipMoved(height); });
  reload();
}

void BlocksModel::reload() { restartFromTip(); }

void BlocksModel::restartFromTip() {
  beginResetModel();
  rows_.clear();
  endResetModel();
  tailTicket_ = 0;  // an older page in flight belongs to the rows just dropped
  request(Kind::Reload, std::numeric_limits<std::uint64_t>::max(), pageSize_);
}

void BlocksModel::tipMoved(quint64 height) {
  tipHeight_ = std::max<std::uint64_t>(tipHeight_, height);
  if (headTicket_ != 0) {
    tipPending_ = true;
    return;
  }
  if (rows_.empty()) {
    request(Kind::Reload, std::numeric_limits<std::uint64_t>::max(), pageSize_);
    return;
  }
  const std::uint64_t top = rows_.front().height;
  // From the new tip down to our top block, which must still be there (else: a reorganisation).
  const std::uint64_t newest = std::max<std::uint64_t>(height, top);
  if (newest - top >= kMaxCatchUp) {
    restartFromTip();
    return;
  }
  request(Kind::Newer, newest, static_cast<std::size_t>(newest - top + 1));
}

void BlocksModel::request(Kind kind, std::uint64_t top, std::size_t count) {
  const std::uint64_t ticket = ++nextTicket_;
  (kind == Kind::Older ? tailTicket_ : headTicket_) = ticket;
  QPointer<BlocksModel> self(this);
  client_->blocks(top, count, [self, ticket, kind](Result<std::vector<node::BlockSummary>> blocks) {
    if (self) self->received(ticket, kind, std::move(blocks));
  });
}

void BlocksModel::received(std::uint64_t ticket, Kind kind, Result<std::vector<node::BlockSummary>> blocks) {
  std::uint64_t& current = kind == Kind::Older ? tailTicket_ : headTicket_;
  if (ticket != current) return;  // superseded by a reload; its rows are gone
  current = 0;
  if (!blocks) {
    error_ = QString::fromStdString(blocks.error().message);
    emit loaded();
    return;
  }
  error_.clear();
  std::vector<node::BlockSummary>& got = *blocks;
  if (kind == Kind::Reload) {
    beginResetModel();
    rows_ = std::move(got);
    endResetModel();
  } else if (kind == Kind::Older) {
    if (!got.empty()) {
      beginInsertRows({}, rowCount(), rowCount() + static_cast<int>(got.size()) - 1);
      rows_.insert(rows_.end(), got.begin(), got.end());
      endInsertRows();
    }
  } else if (!rows_.empty() && !got.empty() && got.back().hash == rows_.front().hash) {
    got.pop_back();  // our top block, still on the main chain
    if (!got.empty()) {
      beginInsertRows({}, 0, static_cast<int>(got.size()) - 1);
      rows_.insert(rows_.begin(), got.begin(), got.end());
      endInsertRows();
    }
  } else {
    restartFromTip();  // our top left the main chain
    return;
  }
  emit loaded();
  if (kind != Kind::Older && std::exchange(tipPending_, false)) tipMoved(tipHeight_);
}

int BlocksModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int BlocksModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : kColumnCount; }

bool BlocksModel::canFetchMore(const QModelIndex& parent) const {
  return !parent.isValid() && tailTicket_ == 0 && !rows_.empty() && rows_.back().height > 0;
}

void BlocksModel::fetchMore(const QModelIndex& parent) {
  if (canFetchMore(parent)) request(Kind::Older, rows_.back().height - 1, pageSize_);
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

QVariant BlocksModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case kHeight:
      return tr("Height");
    case kTime:
      return tr("Time");
    case kHash:
      return tr("Hash");
    case kProducer:
      return tr("Producer");
    case kTxs:
      return tr("Transactions");
    case kSize:
      return tr("Size");
    default:
      return {};
  }
}

}  // namespace wb::ui
