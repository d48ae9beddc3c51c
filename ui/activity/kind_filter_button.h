// The Activity page's type filter (issue 11 #10): a button with a menu of the
// entry kinds, any number of them ticked. Block rewards start unticked — a
// producing wallet earns one per block and they would bury everything else.
// The menu stays open while kinds are ticked, so choosing several is one trip.
#pragma once

#include <QToolButton>
#include <map>
#include <set>

#include "wallet/history_entry.h"

class QAction;

namespace wb::ui {

class KindFilterButton : public QToolButton {
  Q_OBJECT
public:
  explicit KindFilterButton(QWidget* parent = nullptr);

  // The kinds ticked (never empty: the last one cannot be unticked).
  std::set<EntryKind> shownKinds() const;
  // True when every kind is ticked (no filter).
  bool showsAll() const;
  // The menu entry of `kind` (objectName "kind_<entryKindName>", e.g. "kind_block_reward").
  QAction* action(EntryKind kind) const { return actions_.at(kind); }
  // "All types" (objectName "kindAll"): ticks every kind.
  QAction* allAction() const { return all_; }

  void retranslateUi();

signals:
  void kindsChanged();

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  void onToggled(QAction* toggled);
  void updateText();

  std::map<EntryKind, QAction*> actions_;
  QAction* all_;
};

}  // namespace wb::ui
