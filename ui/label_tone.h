// The one look of a label that reports an error or a success, so every form,
// dialog and page says "wrong" and "fine" in the same colour (issue 16).
#pragma once

class QLabel;

namespace wb::ui {

enum class LabelTone {
  Plain,  // the palette's text colour
  Error,  // something the user must fix or know failed
  Good,   // a check passed
};

// Gives `label` the colour of `tone`.
void setLabelTone(QLabel* label, LabelTone tone);

}  // namespace wb::ui
