// The Network page (DESIGN §7, §8): the connected peers (address, direction,
// height, agent, ping) with "ban", a connect-to-peer field ([HOST:]PORT, numeric
// host, 127.0.0.1 when left out), the bans with "unban"; and a block explorer:
// recent main-chain blocks (lazy BlocksModel), a search box for a height, a block
// hash or a txid, and the detail of what was found or clicked.
#pragma once

#include <QWidget>
#include <string>
#include <vector>

#include "chain/core/ids.h"
#include "interfaces/node_client.h"
#include "ui/display_unit.h"
#include "ui/network/sharing_panel.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace wb::ui {

class BlocksModel;
class VisiblePoller;
class ExplorerDetail;

// Turns "[HOST:]PORT" into "HOST:PORT" (127.0.0.1 when the host is left out),
// checked as numeric IPv4 or [IPv6] with a port 1–65535. Fails with EndpointErrc::BadAddress.
[[nodiscard]] Result<QString> normalisePeerEndpoint(const QString& text);

class NetworkExplorerPage : public QWidget {
  Q_OBJECT
public:
  // How often peers and bans are read while the page is visible.
  static constexpr int kPollMs = 2000;

  // `client` must outlive the page; `hrp` names accounts as addresses.
  NetworkExplorerPage(node::NodeClient* client, std::string hrp, QWidget* parent = nullptr);

  void setUnit(DisplayUnit unit);
  // What others need to join this network (shown above the peers).
  void setSharing(const NetworkSharing& sharing);
  // The node is a light node (DESIGN §11): it has no blocks to explore and no
  // ban list, so the explorer and the peer controls say so instead.
  void setLightMode();
  BlocksModel* blocks() const { return blocks_; }
  // Reads peers and bans now.
  void refresh();
  // Runs the explorer search for `text` (height, block hash or txid).
  void search(const QString& text);

signals:
  // Peers and bans arrived.
  void refreshed();

protected:
  void changeEvent(QEvent* event) override;

private:
  void showPeers(const std::vector<net::PeerInfo>& peers);
  void showBans(const std::vector<net::BanEntry>& bans);
  void connectPeer();
  void banSelected();
  void unbanSelected();
  void openBlock(const BlockHash& hash);
  void openTransaction(const Hash32& txid);
  void showAction(const QString& text, bool error);
  void retranslateUi();

  node::NodeClient* client_;
  bool light_ = false;
  int pending_ = 0;  // peers/bans answers still to come
  QTabWidget* tabs_;
  SharingPanel* sharing_;
  QLabel* peersTitle_;
  QTableWidget* peers_;
  QPushButton* ban_;
  QLabel* connectLabel_;
  QLineEdit* connectEdit_;
  QPushButton* connect_;
  QLabel* connectError_;
  QLabel* bansTitle_;
  QTableWidget* bans_;
  QPushButton* unban_;
  QLabel* action_;
  QLineEdit* searchEdit_;
  QPushButton* searchButton_;
  BlocksModel* blocks_;
  QTableView* blocksView_;
  ExplorerDetail* detail_;
  VisiblePoller* poll_;
};

}  // namespace wb::ui
