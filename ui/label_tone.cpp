#include "ui/label_tone.h"

#include <QLabel>

namespace wb::ui {

void setLabelTone(QLabel* label, LabelTone tone) {
  switch (tone) {
    case LabelTone::Plain:
      label->setStyleSheet(QString());
      break;
    case LabelTone::Error:
      label->setStyleSheet(QStringLiteral("color: #b00;"));
      break;
    case LabelTone::Good:
      label->setStyleSheet(QStringLiteral("color: #070;"));
      break;
  }
}

}  // namespace wb::ui
