#include "ui/orders/order_text.h"

#include <QCoreApplication>
#include <algorithm>

#include "chain/core/bytes.h"
#include "ui/block_date.h"

namespace wb::ui {
QString orderStateName(state::OrderStatus status) {
  using state::OrderStatus;
  switch (status) {
    case OrderStatus::Created:
      return QCoreApplication::translate("wb::ui::OrderText", "Created");
    case OrderStatus::Paid:
      return QCoreApplication::translate("wb::ui::OrderText", "Paid");
    case OrderStatus::Shipped:
      return QCoreApplication::translate("wb::ui::OrderText", "Shipped");
    case OrderStatus::Completed:
      return QCoreApplication::translate("wb::ui::OrderText", "Completed");
    case OrderStatus::Cancelled:
      return QCoreApplication::translate("wb::ui::OrderText", "Cancelled");
    case OrderStatus::Refunded:
      return QCoreApplication::translate("wb::ui::OrderText", "Refunded");
    case OrderStatus::Disputed:
      return QCoreApplication::translate("wb::ui::OrderText", "Disputed");
    case OrderStatus::Resolved:
      return QCoreApplication::translate("wb::ui::OrderText", "Resolved");
    case OrderStatus::Expired:
      return QCoreApplication::translate("wb::ui::OrderText", "Expired");
  }
  return QString::number(static_cast<int>(status));
}

QString orderActionName(OrderAction action) {
  switch (action) {
    case OrderAction::Pay:
      return QCoreApplication::translate("wb::ui::OrderText", "Pay");
    case OrderAction::Ship:
      return QCoreApplication::translate("wb::ui::OrderText", "Ship");
    case OrderAction::Confirm:
      return QCoreApplication::translate("wb::ui::OrderText", "Confirm receipt");
    case OrderAction::Cancel:
      return QCoreApplication::translate("wb::ui::OrderText", "Cancel order");
    case OrderAction::Refund:
      return QCoreApplication::translate("wb::ui::OrderText", "Refund");
    case OrderAction::Dispute:
      return QCoreApplication::translate("wb::ui::OrderText", "Dispute");
    case OrderAction::Resolve:
      return QCoreApplication::translate("wb::ui::OrderText", "Resolve");
  }
  return {};
}

QString shortOrderId(const Hash32& id) { return QString::fromStdString(toHex(ByteView(id).first(6))) + QChar(0x2026); }

QString fullOrderId(const OrderId& id) { return QString::fromStdString(toHex(id)); }

std::int64_t estimateBlockTime(std::uint64_t height, std::uint64_t tipHeight, std::uint64_t blockTime,
                               std::int64_t nowSecs) {
  if (height <= tipHeight) return nowSecs;
  return nowSecs + static_cast<std::int64_t>(height - tipHeight) * static_cast<std::int64_t>(blockTime);
}

QString deadlineText(std::uint64_t deadline, std::uint64_t tipHeight, std::uint64_t blockTime, std::int64_t nowSecs) {
  if (deadline == 0) return QStringLiteral("—");
  if (deadline <= tipHeight + 1) return QCoreApplication::translate("wb::ui::OrderText", "due now");
  const std::uint64_t blocks = deadline - tipHeight;
  return QCoreApplication::translate("wb::ui::OrderText", "in %1 blocks (≈ %2)")
      .arg(blocks)
      .arg(blockDateText(static_cast<std::uint64_t>(
          std::max<std::int64_t>(0, estimateBlockTime(deadline, tipHeight, blockTime, nowSecs)))));
}

QString heightText(std::uint64_t height, std::optional<std::uint64_t> headerTime) {
  if (!headerTime) return QCoreApplication::translate("wb::ui::OrderText", "block %1").arg(height);
  return QCoreApplication::translate("wb::ui::OrderText", "block %1, %2").arg(height).arg(blockDateText(*headerTime));
}

}  // namespace wb::ui
