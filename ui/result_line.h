// The line under a form that says how its last action went ("Sent. Transaction
// ID: …", "Not sent: …"), in red for a failure. It keeps how to say it rather
// than the words, so the message follows a live language switch.
#pragma once

#include <QLabel>
#include <functional>

namespace wb::ui {

class ResultLine : public QLabel {
  Q_OBJECT
public:
  enum class Tone { Normal, Error };

  explicit ResultLine(const QString& objectName, QWidget* parent = nullptr);

  // Shows `text()` (called again after a language change); hidden when empty.
  void showResult(std::function<QString()> text, Tone tone = Tone::Normal);
  void clearResult();

protected:
  void changeEvent(QEvent* event) override;

private:
  void render();

  std::function<QString()> text_;
  Tone tone_ = Tone::Normal;
};

}  // namespace wb::ui
