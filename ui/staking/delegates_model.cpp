#include "ui/staking/delegates_model.h"

#include <QPointer>
#include <algorithm>
#include <utility>

#include "chain/core/bech32m.h"

namespace wb::ui {

DelegatesModel::DelegatesModel(node::NodeClient* client, const ChainParams& params, QObject* parent)
    : QAbstractTableModel(parent), client_(client), params_(params) {
  connect(client_, &node::NodeClient::tipChanged, this, &DelegatesModel::refresh);
  refresh();
}

void DelegatesModel::refresh() {
  if (inFlight_) {
    again_ = true;
    return;
  }
  inFlight_ = true;
  QPointer<DelegatesModel> self(this);
  client_->delegates([self](Result<std::vector<node::DelegateEntry>> entries) {
    if (self) self->received(std::move(entries));
  });
}

void DelegatesModel::received(Result<std::vector<node::DelegateEntry>> entries) {
  inFlight_ = false;
  if (!entries) {
    error_ = QString::fromStdString(entries.error().message);
  } else {
    error_.clear();
    beginResetModel();
    rows_ = std::move(*entries);
    endResetModel();
    // A delegate can only leave by a reorganisation; keep the ballot to the registered.
    std::set<AccountKey> still;
    for (const node::DelegateEntry& e : rows_) {
      if (ballot_.contains(e.key)) still.insert(e.key);
    }
    if (still != ballot_) {
      ballot_ = std::move(still);
      emit ballotChanged(ballot_.size() >= params_.maxVotes);
    }
  }
  emit refreshed();
  if (std::exchange(again_, false)) refresh();
}

void DelegatesModel::setUnit(DisplayUnit unit) {
  unit_ = unit;
  if (!rows_.empty()) emit dataChanged(index(0, kVotes), index(rowCount() - 1, kVotes));
  emit headerDataChanged(Qt::Horizontal, kVotes, kVotes);
}

std::vector<AccountKey> DelegatesModel::ballot() const {
  std::vector<AccountKey> out;
  for (const node::DelegateEntry& e : rows_) {
    if (ballot_.contains(e.key)) out.push_back(e.key);
  }
  return out;
}

void DelegatesModel::setBallot(const std::vector<AccountKey>& keys) {
  ballot_.clear();
  for (const node::DelegateEntry& e : rows_) {
    if (std::find(keys.begin(), keys.end(), e.key) != keys.end() && ballot_.size() < params_.maxVotes) {
      ballot_.insert(e.key);
    }
  }
  if (!rows_.empty()) emit dataChanged(index(0, kName), index(rowCount() - 1, kName));
  emit ballotChanged(ballot_.size() >= params_.maxVotes);
}

int DelegatesModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int DelegatesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : kColumnCount; }

Qt::ItemFlags DelegatesModel::flags(const QModelIndex& index) const {
  Qt::ItemFlags f = QAbstractTableModel::flags(index);
  if (index.isValid() && index.column() == kName) {
    const bool chosen = ballot_.contains(delegate(index.row()).key);
    // A full ballot accepts no more: uncheck one first.
    if (chosen || ballot_.size() < params_.maxVotes)
      f |= Qt::ItemIsUserCheckable;
    else
      f &= ~Qt::ItemIsEnabled;
  }
  return f;
}

QVariant DelegatesModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const node::DelegateEntry& e = delegate(index.row());
  if (role == Qt::CheckStateRole && index.column() == kName) {
    return ballot_.contains(e.key) ? Qt::Checked : Qt::Unchecked;
  }
  if (role == Qt::TextAlignmentRole && index.column() != kName && index.column() != kAddress) {
    return QVariant(Qt::AlignRight | Qt::AlignVCenter);
  }
  // The view elides the address in the middle: the whole of it on hover.
  if (role == Qt::ToolTipRole && index.column() == kAddress) return data(index, Qt::DisplayRole);
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case kRank:
      return QVariant::fromValue<qulonglong>(e.rank);
    case kName:
      return QString::fromStdString(e.delegate.name);
    case kVotes:
      return displayAmount(e.delegate.votes, unit_);
    case kProduced:
      return QVariant::fromValue<qulonglong>(e.delegate.produced);
    case kMissed:
      return QVariant::fromValue<qulonglong>(e.delegate.missed);
    case kActive:
      return e.active ? tr("Active") : tr("Standby");
    case kAddress:
      return QString::fromStdString(encodeAddress(params_.hrp, e.key));
    default:
      return {};
  }
}

bool DelegatesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  if (!index.isValid() || index.column() != kName || role != Qt::CheckStateRole) return false;
  const AccountKey& key = delegate(index.row()).key;
  if (value.toInt() == Qt::Checked) {
    if (ballot_.size() >= params_.maxVotes) return false;
    ballot_.insert(key);
  } else {
    ballot_.erase(key);
  }
  // Enabling of the other rows changes with a full ballot.
  emit dataChanged(this->index(0, kName), this->index(rowCount() - 1, kName));
  emit ballotChanged(ballot_.size() >= params_.maxVotes);
  return true;
}

QVariant DelegatesModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case kRank:
      return tr("Rank");
    case kName:
      return tr("Name");
    case kVotes:
      return tr("Votes");
    case kProduced:
      return tr("Produced");
    case kMissed:
      return tr("Missed");
    case kActive:
      return tr("Status");
    case kAddress:
      return tr("Address");
    default:
      return {};
  }
}

}  // namespace wb::ui
