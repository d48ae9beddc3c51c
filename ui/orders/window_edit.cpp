#include "ui/orders/window_edit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <climits>
#include <limits>

namespace wb::ui {
namespace {

std::uint64_t unitSeconds(WindowUnit unit) {
  switch (unit) {
    case WindowUnit::Hours:
      return 3600;
    case WindowUnit::Days:
      return 86400;
    case WindowUnit::Blocks:
      break;
  }
  return 0;
}

}  // namespace

std::optional<std::uint32_t> windowBlocks(std::uint32_t value, WindowUnit unit, std::uint64_t blockTime) {
  if (unit == WindowUnit::Blocks) return value;
  const std::uint64_t step = blockTime == 0 ? 1 : blockTime;
  // value < 2^32 and unitSeconds ≤ 86400 < 2^17: the product fits 64 bits.
  const std::uint64_t seconds = static_cast<std::uint64_t>(value) * unitSeconds(unit);
  const std::uint64_t blocks = seconds / step + (seconds % step != 0 ? 1 : 0);
  if (blocks > std::numeric_limits<std::uint32_t>::max()) return std::nullopt;
  return static_cast<std::uint32_t>(blocks);
}

QString durationText(std::uint64_t seconds) {
  const std::uint64_t days = seconds / 86400;
  const std::uint64_t hours = seconds % 86400 / 3600;
  const std::uint64_t minutes = seconds % 3600 / 60;
  if (days > 0) {
    return hours > 0 ? WindowEdit::tr("%1 d %2 h").arg(days).arg(hours) : WindowEdit::tr("%1 d").arg(days);
  }
  if (hours > 0) {
    return minutes > 0 ? WindowEdit::tr("%1 h %2 min").arg(hours).arg(minutes) : WindowEdit::tr("%1 h").arg(hours);
  }
  if (minutes > 0) return WindowEdit::tr("%1 min").arg(minutes);
  return WindowEdit::tr("%1 s").arg(seconds);
}

WindowEdit::WindowEdit(const QString& name, std::uint64_t blockTime, std::uint32_t defaultBlocks,
                       std::uint32_t maxBlocks, QWidget* parent)
    : QWidget(parent),
      blockTime_(blockTime == 0 ? 1 : blockTime),
      maxBlocks_(maxBlocks),
      value_(new QSpinBox),
      unit_(new QComboBox),
      hint_(new QLabel) {
  setObjectName(name + QStringLiteral("Window"));
  value_->setObjectName(name + QStringLiteral("WindowValue"));
  unit_->setObjectName(name + QStringLiteral("WindowUnit"));
  hint_->setObjectName(name + QStringLiteral("WindowHint"));
  value_->setRange(1, INT_MAX);
  for (int i = 0; i < 3; ++i) unit_->addItem(QString(), i);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(value_);
  layout->addWidget(unit_);
  layout->addWidget(hint_, 1);

  // The default in the largest unit it is a whole number of.
  const std::uint64_t seconds = static_cast<std::uint64_t>(defaultBlocks) * blockTime_;
  if (seconds % 86400 == 0)
    setValue(static_cast<std::uint32_t>(seconds / 86400), WindowUnit::Days);
  else if (seconds % 3600 == 0)
    setValue(static_cast<std::uint32_t>(seconds / 3600), WindowUnit::Hours);
  else
    setValue(defaultBlocks, WindowUnit::Blocks);

  connect(value_, &QSpinBox::valueChanged, this, [this] {
    updateHint();
    emit edited();
  });
  connect(unit_, &QComboBox::currentIndexChanged, this, [this] {
    updateHint();
    emit edited();
  });
  retranslateUi();
}

void WindowEdit::setValue(std::uint32_t value, WindowUnit unit) {
  unit_->setCurrentIndex(static_cast<int>(unit));
  value_->setValue(static_cast<int>(std::min<std::uint32_t>(value, INT_MAX)));
  updateHint();
}

void WindowEdit::setCaption(const QString& caption) {
  value_->setAccessibleName(caption);
  unit_->setAccessibleName(tr("%1 (unit)").arg(caption));
}

std::optional<std::uint32_t> WindowEdit::blocks(const QString& what, QString* problem) const {
  const auto unit = static_cast<WindowUnit>(unit_->currentIndex());
  const auto blocks = windowBlocks(static_cast<std::uint32_t>(value_->value()), unit, blockTime_);
  if (!blocks || *blocks > maxBlocks_) {
    *problem = tr("The %1 window is too long: at most %2 blocks (%3).")
                   .arg(what)
                   .arg(maxBlocks_)
                   .arg(durationText(static_cast<std::uint64_t>(maxBlocks_) * blockTime_));
    return std::nullopt;
  }
  return blocks;
}

void WindowEdit::updateHint() {
  const auto unit = static_cast<WindowUnit>(unit_->currentIndex());
  const auto blocks = windowBlocks(static_cast<std::uint32_t>(value_->value()), unit, blockTime_);
  if (!blocks) {
    hint_->setText(tr("too long"));
  } else if (unit == WindowUnit::Blocks) {
    hint_->setText(tr("≈ %1").arg(durationText(static_cast<std::uint64_t>(*blocks) * blockTime_)));
  } else {
    hint_->setText(tr("= %1 blocks").arg(*blocks));
  }
}

void WindowEdit::retranslateUi() {
  unit_->setItemText(static_cast<int>(WindowUnit::Blocks), tr("blocks"));
  unit_->setItemText(static_cast<int>(WindowUnit::Hours), tr("hours"));
  unit_->setItemText(static_cast<int>(WindowUnit::Days), tr("days"));
  updateHint();
}

}  // namespace wb::ui
