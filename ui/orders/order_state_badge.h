// Order states as coloured badges with their name (DESIGN §8): a rounded tint
// behind the state's text, so the colour helps the eye but the text carries the
// meaning (colour is never the only signal). One colour per state, shared by
// every view that shows one.
#pragma once

#include <QColor>
#include <QStyledItemDelegate>

#include "chain/state/records.h"

namespace wb::ui {

// The badge's tint for `status` (its text stays the palette's, for contrast).
QColor orderStateColor(state::OrderStatus status);

// Paints a column whose data(kStatusRole) is an OrderStatus as badges.
class OrderStateBadgeDelegate : public QStyledItemDelegate {
  Q_OBJECT
public:
  explicit OrderStateBadgeDelegate(int statusRole, QObject* parent = nullptr);

  void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
  QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
  int statusRole_;
};

}  // namespace wb::ui
