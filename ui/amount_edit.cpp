#include "ui/amount_edit.h"

namespace wb::ui {

AmountEdit::AmountEdit(QWidget* parent) : QLineEdit(parent) {
  setPlaceholderText(unitSymbol(unit_));
  setAlignment(Qt::AlignRight | Qt::AlignVCenter);
  connect(this, &QLineEdit::textChanged, this, &AmountEdit::revalidate);
}

std::optional<Amount> AmountEdit::amount() const {
  if (text().isEmpty()) return std::nullopt;
  auto parsed = parseInUnit(text().trimmed(), unit_);
  if (!parsed) return std::nullopt;
  return *parsed;
}

void AmountEdit::setAmount(Amount units) { setText(formatInUnit(units, unit_)); }

void AmountEdit::setUnit(DisplayUnit unit) {
  const auto current = amount();
  unit_ = unit;
  setPlaceholderText(unitSymbol(unit_));
  if (current)
    setAmount(*current);
  else
    revalidate();
}

void AmountEdit::revalidate() {
  error_.clear();
  if (!text().isEmpty()) {
    auto parsed = parseInUnit(text().trimmed(), unit_);
    if (!parsed) error_ = QString::fromStdString(parsed.error().message);
  }
  // The "invalid" property lets the style sheet colour the field.
  setProperty("invalid", !error_.isEmpty());
  setStyleSheet(error_.isEmpty() ? QString() : QStringLiteral("QLineEdit { background: #fdd; }"));
  setToolTip(error_);
  emit amountChanged(error_.isEmpty() && !text().isEmpty());
}

}  // namespace wb::ui
