// A line edit for an amount in the chosen display unit. The text is parsed exactly
// (display_unit.h), never through floating point; invalid text is marked and explained.
#pragma once

#include <QLineEdit>
#include <optional>

#include "chain/core/amount.h"
#include "ui/display_unit.h"

namespace wb::ui {

class AmountEdit : public QLineEdit {
  Q_OBJECT
public:
  explicit AmountEdit(QWidget* parent = nullptr);

  // The amount in base units, or nothing when the text is empty or invalid.
  std::optional<Amount> amount() const;
  // Why the text is not an amount (the parser's message); empty when valid or empty.
  QString errorText() const { return error_; }
  // True when the text is a valid amount (an empty field is not).
  bool hasAcceptableAmount() const { return amount().has_value(); }

  // Shows `units` in the current unit.
  void setAmount(Amount units);

  // Changes the unit; the amount (not the text) is kept when valid.
  void setUnit(DisplayUnit unit);
  DisplayUnit unit() const { return unit_; }

signals:
  // The text changed; `valid` tells whether it is an amount.
  void amountChanged(bool valid);

private:
  void revalidate();

  DisplayUnit unit_ = DisplayUnit::Wbl;
  QString error_;
};

}  // namespace wb::ui
