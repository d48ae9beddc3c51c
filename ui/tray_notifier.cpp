#include "ui/tray_notifier.h"

#include <QPointer>
#include <QSystemTrayIcon>

#include "chain/core/bech32m.h"

namespace wb::ui {
namespace {

QString amountText(Amount units, DisplayUnit unit) { return displayAmount(units, unit); }

QString shortAddress(const std::string& address) {
  const QString text = QString::fromStdString(address);
  return text.size() <= 20 ? text : text.left(12) + QStringLiteral("…") + text.right(6);
}

QString shortId(const Hash32& id) { return QString::fromStdString(toHex(id)).left(8); }

}  // namespace

std::optional<Notice> orderNotice(const state::Order& order, const std::set<AccountKey>& ours, DisplayUnit unit) {
  const bool selling = ours.count(order.merchant) > 0;
  const bool buying = ours.count(order.buyer) > 0 || ours.count(order.payer) > 0;
  const bool arbitrating = order.hasArbiter() && ours.count(order.arbiter) > 0;
  const QString item = QString::fromStdString(order.item);
  const QString id = shortId(order.id);
  const QString total = amountText(order.total(), unit);
  using S = state::OrderStatus;
  switch (order.status) {
    case S::Paid:
      if (!selling) return std::nullopt;
      return Notice{TrayNotifier::tr("Order paid"),
                    TrayNotifier::tr("Order %1 (%2) was paid: %3 are in escrow. Ship it.").arg(id, item, total)};
    case S::Shipped:
      if (!buying) return std::nullopt;
      return Notice{TrayNotifier::tr("Order shipped"),
                    TrayNotifier::tr("Order %1 (%2) was shipped. Confirm receipt when it arrives.").arg(id, item)};
    case S::Disputed:
      if (!selling && !buying && !arbitrating) return std::nullopt;
      return Notice{
          TrayNotifier::tr("Order disputed"),
          TrayNotifier::tr("Order %1 (%2) is disputed: %3").arg(id, item, QString::fromStdString(order.reason))};
    case S::Completed:
      if (!selling) return std::nullopt;
      return Notice{TrayNotifier::tr("Order completed"),
                    TrayNotifier::tr("Order %1 (%2) is complete: %3 were released to you.")
                        .arg(id, item, amountText(order.releasedToMerchant, unit))};
    default:
      return std::nullopt;
  }
}

TrayNotifier::TrayNotifier(node::NodeClient* client, std::string hrp, QSystemTrayIcon* tray, QObject* parent)
    : QObject(parent), client_(client), hrp_(std::move(hrp)), tray_(tray) {
  connect(client_, &node::NodeClient::tipChanged, this, [this](const BlockHash&, quint64 height) { onTip(height); });
  connect(client_, &node::NodeClient::orderChanged, this, &TrayNotifier::onOrder);
}

void TrayNotifier::setAccounts(std::vector<AccountKey> accounts) { ours_ = {accounts.begin(), accounts.end()}; }

void TrayNotifier::onTip(quint64 height) {
  const std::optional<std::uint64_t> last = std::exchange(lastHeight_, height);
  // The first tip we hear of, a reorganisation or a sync: nothing to announce.
  if (!last || height <= *last || height - *last > kMaxCatchUpBlocks) return;
  for (std::uint64_t h = *last + 1; h <= height; ++h) scanBlock(h);
}

void TrayNotifier::scanBlock(std::uint64_t height) {
  if (ours_.empty()) return;
  QPointer<TrayNotifier> self(this);
  client_->blockAt(height, [self](Result<std::optional<node::BlockLookup>> block) {
    if (!self || !block || !*block) return;
    for (const Tx& tx : (*block)->block.txs) {
      const auto* transfer = std::get_if<TransferPayload>(&tx.payload);
      if (!transfer || self->ours_.count(transfer->to) == 0 || self->ours_.count(tx.sender) > 0) continue;
      self->notify({tr("Payment received"), tr("%1 received from %2")
                                                .arg(amountText(transfer->amount, self->unit_),
                                                     shortAddress(encodeAddress(self->hrp_, tx.sender)))});
    }
  });
}

void TrayNotifier::onOrder(const OrderId& id) {
  if (ours_.empty()) return;
  QPointer<TrayNotifier> self(this);
  client_->order(id, [self](Result<std::optional<state::Order>> order) {
    if (!self || !order || !*order) return;
    const state::Order& o = **order;
    if (!self->announced_.insert({o.id, o.status}).second) return;
    if (auto notice = orderNotice(o, self->ours_, self->unit_)) self->notify(*notice);
  });
}

void TrayNotifier::notify(const Notice& notice) {
  if (tray_ != nullptr && tray_->isVisible()) tray_->showMessage(notice.title, notice.body);
  emit notified(notice.title, notice.body);
}

}  // namespace wb::ui
