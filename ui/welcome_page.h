// The page shown before a wallet and network are open: what Waybill is and how to start.
#pragma once

#include <QWidget>

namespace wb::ui {

class WelcomePage : public QWidget {
  Q_OBJECT
public:
  explicit WelcomePage(QWidget* parent = nullptr);
};

}  // namespace wb::ui
