// The Activity page (DESIGN §8): the wallet's history with a search box (memo,
// item, note, address, txid or order id; applied after a short pause in typing),
// a filter of several kinds (block rewards hidden until asked for) and an account
// filter, over the lazy ActivityModel.
#pragma once

#include <QWidget>
#include <string>
#include <vector>

#include "ui/display_unit.h"
#include "ui/overview_page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace wb {
class HistorySource;
}

namespace wb::ui {

class ActivityModel;
class KindFilterButton;

class ActivityPage : public QWidget {
  Q_OBJECT
public:
  // How long typing must pause before the search runs.
  static constexpr int kSearchDelayMs = 300;

  // `history` must outlive the page; `hrp` is the network's address prefix.
  ActivityPage(HistorySource* history, std::string hrp, QWidget* parent = nullptr);

  // The wallet's accounts: the account filter and the names shown for them.
  void setAccounts(std::vector<OverviewAccount> accounts);
  void setUnit(DisplayUnit unit);
  ActivityModel* model() const { return model_; }

protected:
  void changeEvent(QEvent* event) override;

private:
  void applyFilter();
  void updateStatus();
  void retranslateUi();

  HistorySource* history_;
  std::vector<OverviewAccount> accounts_;
  ActivityModel* model_;
  QLabel* title_;
  QLineEdit* search_;
  KindFilterButton* kinds_;
  QComboBox* account_;
  QTableView* table_;
  QLabel* status_;
  QTimer* searchDelay_;
};

}  // namespace wb::ui
