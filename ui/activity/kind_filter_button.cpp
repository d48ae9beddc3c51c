#include "ui/activity/kind_filter_button.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QSignalBlocker>
#include <algorithm>

#include "ui/activity/activity_model.h"

namespace wb::ui {
namespace {

// The kinds offered, in the order shown.
constexpr EntryKind kFilterKinds[] = {
    EntryKind::Transfer,         EntryKind::OrderCreate, EntryKind::OrderPay,     EntryKind::OrderShip,
    EntryKind::OrderConfirm,     EntryKind::OrderCancel, EntryKind::OrderDispute, EntryKind::OrderResolve,
    EntryKind::OrderTimeout,     EntryKind::Stake,       EntryKind::Unstake,      EntryKind::StakeReleased,
    EntryKind::RegisterDelegate, EntryKind::Vote,        EntryKind::BlockReward,
};

}  // namespace

KindFilterButton::KindFilterButton(QWidget* parent) : QToolButton(parent) {
  setObjectName(QStringLiteral("activityKinds"));
  setPopupMode(QToolButton::InstantPopup);
  setToolButtonStyle(Qt::ToolButtonTextOnly);
  auto* menu = new QMenu(this);
  menu->setObjectName(QStringLiteral("activityKindsMenu"));
  all_ = menu->addAction(QString());
  all_->setObjectName(QStringLiteral("kindAll"));
  connect(all_, &QAction::triggered, this, [this] {
    bool changed = false;
    for (auto& [kind, action] : actions_) {
      changed = changed || !action->isChecked();
      const QSignalBlocker block(action);
      action->setChecked(true);
    }
    updateText();
    if (changed) emit kindsChanged();
  });
  menu->addSeparator();
  for (EntryKind kind : kFilterKinds) {
    QAction* action = menu->addAction(QString());
    action->setObjectName(QStringLiteral("kind_") + QLatin1String(entryKindName(kind).data(),
                                                                  static_cast<qsizetype>(entryKindName(kind).size())));
    action->setCheckable(true);
    action->setChecked(kind != EntryKind::BlockReward);
    connect(action, &QAction::toggled, this, [this, action] { onToggled(action); });
    actions_[kind] = action;
  }
  menu->installEventFilter(this);
  setMenu(menu);
  retranslateUi();
}

std::set<EntryKind> KindFilterButton::shownKinds() const {
  std::set<EntryKind> kinds;
  for (const auto& [kind, action] : actions_) {
    if (action->isChecked()) kinds.insert(kind);
  }
  return kinds;
}

bool KindFilterButton::showsAll() const {
  return std::all_of(actions_.begin(), actions_.end(), [](const auto& entry) { return entry.second->isChecked(); });
}

void KindFilterButton::onToggled(QAction* toggled) {
  if (shownKinds().empty()) {  // nothing at all to show is never what anyone wants
    const QSignalBlocker block(toggled);
    toggled->setChecked(true);
    return;
  }
  updateText();
  emit kindsChanged();
}

bool KindFilterButton::eventFilter(QObject* watched, QEvent* event) {
  // Ticking a kind keeps the menu open (QMenu closes on every click otherwise).
  if (watched == menu() && event->type() == QEvent::MouseButtonRelease) {
    const auto* mouse = static_cast<QMouseEvent*>(event);
    QAction* action = menu()->actionAt(mouse->position().toPoint());
    if (action != nullptr && action->isCheckable() && action->isEnabled()) {
      action->toggle();
      return true;
    }
  }
  return QToolButton::eventFilter(watched, event);
}

void KindFilterButton::updateText() {
  const std::set<EntryKind> kinds = shownKinds();
  QString text;
  if (showsAll()) {
    text = tr("All types");
  } else if (kinds.size() == actions_.size() - 1 && kinds.count(EntryKind::BlockReward) == 0) {
    text = tr("All but block rewards");
  } else if (kinds.size() == 1) {
    text = ActivityModel::kindText(*kinds.begin());
  } else {
    text = tr("%1 types").arg(kinds.size());
  }
  setText(text);
  setToolTip(tr("Which types of entry to show; tick several to see them together."));
}

void KindFilterButton::retranslateUi() {
  setAccessibleName(tr("Types shown"));
  all_->setText(tr("All types"));
  for (auto& [kind, action] : actions_) action->setText(ActivityModel::kindText(kind));
  updateText();
}

}  // namespace wb::ui
