#include "ui/orders/order_state_badge.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace wb::ui {

namespace {
constexpr int kPadX = 8;    // text to the badge's side
constexpr int kPadY = 2;    // badge to the cell's top and bottom
constexpr int kMargin = 4;  // badge to the cell's left edge
}  // namespace

QColor orderStateColor(state::OrderStatus status) {
  using state::OrderStatus;
  switch (status) {
    case OrderStatus::Created:
      return QColor(0xe3, 0xe8, 0xef);  // waiting for the buyer: neutral
    case OrderStatus::Paid:
      return QColor(0xd6, 0xe6, 0xfb);  // money in escrow: blue
    case OrderStatus::Shipped:
      return QColor(0xfb, 0xec, 0xc8);  // on its way: amber
    case OrderStatus::Completed:
      return QColor(0xd3, 0xf0, 0xd8);  // done: green
    case OrderStatus::Disputed:
      return QColor(0xfb, 0xd5, 0xd0);  // needs the arbiter: red
    case OrderStatus::Resolved:
      return QColor(0xd5, 0xef, 0xee);  // settled by the arbiter: teal
    case OrderStatus::Cancelled:
    case OrderStatus::Refunded:
    case OrderStatus::Expired:
      return QColor(0xec, 0xec, 0xec);  // over without a sale: grey
  }
  return QColor(0xec, 0xec, 0xec);
}

OrderStateBadgeDelegate::OrderStateBadgeDelegate(int statusRole, QObject* parent)
    : QStyledItemDelegate(parent), statusRole_(statusRole) {}

void OrderStateBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const {
  const QVariant status = index.data(statusRole_);
  if (!status.isValid()) {
    QStyledItemDelegate::paint(painter, option, index);
    return;
  }
  QStyleOptionViewItem opt = option;
  initStyleOption(&opt, index);
  const QString text = opt.text;
  opt.text.clear();  // the row's background and selection as usual, the text in the badge
  const QWidget* widget = option.widget;
  QStyle* style = widget ? widget->style() : QApplication::style();
  style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

  const QFontMetrics metrics(opt.font);
  // +2: advances are rounded, and elidedText() cuts a text given exactly its own width.
  const int textWidth = metrics.horizontalAdvance(text) + 2;
  const int width = std::min(textWidth + 2 * kPadX, opt.rect.width() - 2 * kMargin);
  const QRect badge(opt.rect.left() + kMargin, opt.rect.top() + kPadY, width, opt.rect.height() - 2 * kPadY);
  painter->save();
  painter->setRenderHint(QPainter::Antialiasing);
  QPainterPath path;
  path.addRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
  painter->fillPath(path, orderStateColor(static_cast<state::OrderStatus>(status.toInt())));
  painter->setPen(QColor(0x20, 0x20, 0x20));  // dark on the light tint, selected or not
  painter->setFont(opt.font);
  painter->drawText(badge.adjusted(kPadX, 0, -kPadX, 0), Qt::AlignCenter,
                    metrics.elidedText(text, Qt::ElideRight, badge.width() - 2 * kPadX));
  painter->restore();
}

QSize OrderStateBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
  QSize size = QStyledItemDelegate::sizeHint(option, index);
  size.setWidth(size.width() + 2 * kPadX + 2 * kMargin + 2);
  return size;
}

}  // namespace wb::ui
