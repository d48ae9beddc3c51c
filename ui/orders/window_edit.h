// One order window (pay, ship or confirm; DESIGN §3) entered as a person thinks
// of it — a number of blocks, hours or days — and converted to blocks with the
// network's block time in integer arithmetic (issue 11 #8). A duration that is
// not a whole number of blocks rounds up, so the other party never gets less time
// than asked; the hint next to it shows the exact result.
#pragma once

#include <QWidget>
#include <cstdint>
#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;

namespace wb::ui {

enum class WindowUnit { Blocks = 0, Hours = 1, Days = 2 };

// `value` `unit`s in blocks of `blockTime` seconds (rounded up), or nullopt when
// it does not fit 32 bits. `blockTime` 0 counts as 1.
std::optional<std::uint32_t> windowBlocks(std::uint32_t value, WindowUnit unit, std::uint64_t blockTime);

// "3 d 4 h", "2 h 30 min", "45 min", "20 s": a duration, rounded down to its two
// largest units.
QString durationText(std::uint64_t seconds);

class WindowEdit : public QWidget {
  Q_OBJECT
public:
  // `name` prefixes the object names ("<name>WindowValue", "<name>WindowUnit").
  // Shows `defaultBlocks` in days or hours when it is a whole number of them.
  WindowEdit(const QString& name, std::uint64_t blockTime, std::uint32_t defaultBlocks, std::uint32_t maxBlocks,
             QWidget* parent = nullptr);

  // The window in blocks, or nullopt with `problem` set (`what` names the window
  // in it, e.g. "pay").
  std::optional<std::uint32_t> blocks(const QString& what, QString* problem) const;
  void setValue(std::uint32_t value, WindowUnit unit);
  // What the window is called ("Pay within"): the accessible names of its fields
  // (the visible caption is the form's row label).
  void setCaption(const QString& caption);
  QSpinBox* valueSpin() const { return value_; }
  QComboBox* unitCombo() const { return unit_; }

  void retranslateUi();

signals:
  void edited();

private:
  void updateHint();

  std::uint64_t blockTime_;
  std::uint32_t maxBlocks_;
  QSpinBox* value_;
  QComboBox* unit_;
  QLabel* hint_;
};

}  // namespace wb::ui
