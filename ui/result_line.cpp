#include "ui/result_line.h"

#include <QEvent>

#include "ui/label_tone.h"

namespace wb::ui {

ResultLine::ResultLine(const QString& objectName, QWidget* parent) : QLabel(parent) {
  setObjectName(objectName);
  setWordWrap(true);
  setTextInteractionFlags(Qt::TextSelectableByMouse);
  hide();
}

void ResultLine::showResult(std::function<QString()> text, Tone tone) {
  text_ = std::move(text);
  tone_ = tone;
  render();
}

void ResultLine::clearResult() { showResult({}); }

void ResultLine::render() {
  const QString text = text_ ? text_() : QString();
  setText(text);
  setLabelTone(this, tone_ == Tone::Error ? LabelTone::Error : LabelTone::Plain);
  setVisible(!text.isEmpty());
}

void ResultLine::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) render();
  QLabel::changeEvent(event);
}

}  // namespace wb::ui
