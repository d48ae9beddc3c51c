// Tray notifications (DESIGN §8): a payment received by one of the wallet's
// accounts, and an order of theirs paid, shipped, disputed or completed. New
// blocks are read through NodeClient (a catch-up of many blocks at once is a
// sync, not news, and stays quiet); order changes come from orderChanged. Each
// order state is announced once.
#pragma once

#include <QObject>
#include <QString>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "interfaces/node_client.h"
#include "ui/display_unit.h"

class QSystemTrayIcon;

namespace wb::ui {

// What to tell the user about `order` now that it is in its current state, seen
// from `ours` (the wallet's accounts); nullopt when it is not news for us.
struct Notice {
  QString title;
  QString body;
};
std::optional<Notice> orderNotice(const state::Order& order, const std::set<AccountKey>& ours, DisplayUnit unit);

class TrayNotifier : public QObject {
  Q_OBJECT
public:
  // Blocks further than this behind the tip are a sync: no notices for them.
  static constexpr std::uint64_t kMaxCatchUpBlocks = 10;

  // `client` must outlive the notifier; `tray` may be null (no system tray: the
  // notices are still emitted as signals).
  // `hrp` names senders (the network's address prefix).
  TrayNotifier(node::NodeClient* client, std::string hrp, QSystemTrayIcon* tray, QObject* parent = nullptr);

  void setAccounts(std::vector<AccountKey> accounts);
  void setUnit(DisplayUnit unit) { unit_ = unit; }

signals:
  void notified(const QString& title, const QString& body);

private:
  void onTip(quint64 height);
  void scanBlock(std::uint64_t height);
  void onOrder(const OrderId& id);
  void notify(const Notice& notice);

  node::NodeClient* client_;
  std::string hrp_;
  QSystemTrayIcon* tray_;
  std::set<AccountKey> ours_;
  DisplayUnit unit_ = DisplayUnit::Wbl;
  std::optional<std::uint64_t> lastHeight_;
  std::set<std::pair<OrderId, state::OrderStatus>> announced_;
};

}  // namespace wb::ui
