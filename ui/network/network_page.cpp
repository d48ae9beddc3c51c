#include "ui/network/network_page.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "chain/address/endpoint_errc.h"
#include "chain/address/net_address.h"
#include "ui/error_text.h"
#include "ui/label_tone.h"
#include "ui/network/blocks_model.h"
#include "ui/network/evidence_panel.h"
#include "ui/network/explorer_detail.h"
#include "ui/visible_poller.h"

namespace wb::ui {
namespace {

enum PeerColumn { kPeerAddress, kPeerDirection, kPeerHeight, kPeerAgent, kPeerPing, kPeerColumns };
enum BanColumn { kBanAddress, kBanUntil, kBanColumns };

QTableWidget* smallTable(const char* objectName, int columns) {
  auto* table = new QTableWidget(0, columns);
  table->setObjectName(QLatin1String(objectName));
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setSelectionMode(QAbstractItemView::SingleSelection);
  table->verticalHeader()->hide();
  table->horizontalHeader()->setStretchLastSection(true);
  return table;
}

// The address (row data) of the selected row of `table`, or empty.
QString selectedAddress(const QTableWidget* table) {
  const int row = table->currentRow();
  if (row < 0 || table->item(row, 0) == nullptr) return {};
  return table->item(row, 0)->data(Qt::UserRole).toString();
}

}  // namespace

Result<QString> normalisePeerEndpoint(const QString& text) {
  const QString trimmed = text.trimmed();
  if (trimmed.isEmpty()) return fail(EndpointErrc::BadAddress, "enter a port or host:port");
  bool digitsOnly = true;
  for (QChar c : trimmed) digitsOnly &= c.isDigit();
  const QString full = digitsOnly ? QStringLiteral("127.0.0.1:") + trimmed : trimmed;
  WB_TRY_ASSIGN(endpoint, net::parseHostPort(full));
  if (!net::isDialable(*endpoint)) return fail(EndpointErrc::BadAddress, "that address cannot be dialled");
  return net::hostPortText(*endpoint);
}

NetworkExplorerPage::NetworkExplorerPage(node::NodeClient* client, std::string hrp, QWidget* parent)
    : QWidget(parent),
      client_(client),
      tabs_(new QTabWidget),
      sharing_(new SharingPanel),
      peersTitle_(new QLabel),
      peers_(smallTable("peersTable", kPeerColumns)),
      ban_(new QPushButton),
      connectLabel_(new QLabel),
      connectEdit_(new QLineEdit),
      connect_(new QPushButton),
      connectError_(new QLabel),
      bansTitle_(new QLabel),
      bans_(smallTable("bansTable", kBanColumns)),
      unban_(new QPushButton),
      action_(new QLabel),
      searchEdit_(new QLineEdit),
      searchButton_(new QPushButton),
      blocks_(new BlocksModel(client, hrp, this)),
      blocksView_(new QTableView),
      detail_(new ExplorerDetail(hrp)),
      poll_(new VisiblePoller(this, kPollMs, [this] { refresh(); })) {
  tabs_->setObjectName(QStringLiteral("networkTabs"));
  ban_->setObjectName(QStringLiteral("banPeerButton"));
  connectEdit_->setObjectName(QStringLiteral("connectPeerEdit"));
  connect_->setObjectName(QStringLiteral("connectPeerButton"));
  connectError_->setObjectName(QStringLiteral("connectPeerError"));
  setLabelTone(connectError_, LabelTone::Error);
  connectError_->hide();
  unban_->setObjectName(QStringLiteral("unbanButton"));
  action_->setObjectName(QStringLiteral("networkAction"));
  action_->setWordWrap(true);
  action_->hide();
  searchEdit_->setObjectName(QStringLiteral("explorerSearch"));
  searchEdit_->setClearButtonEnabled(true);
  searchButton_->setObjectName(QStringLiteral("explorerSearchButton"));
  blocksView_->setObjectName(QStringLiteral("explorerBlocks"));
  blocksView_->setModel(blocks_);
  blocksView_->setSelectionBehavior(QAbstractItemView::SelectRows);
  blocksView_->setSelectionMode(QAbstractItemView::SingleSelection);
  blocksView_->verticalHeader()->hide();
  blocksView_->horizontalHeader()->setSectionResizeMode(BlocksModel::kHash, QHeaderView::Stretch);

  auto* peersTab = new QWidget;
  auto* banRow = new QHBoxLayout;
  banRow->addStretch(1);
  banRow->addWidget(ban_);
  auto* connectRow = new QHBoxLayout;
  connectRow->addWidget(connectLabel_);
  connectRow->addWidget(connectEdit_, 1);
  connectRow->addWidget(connect_);
  auto* unbanRow = new QHBoxLayout;
  unbanRow->addStretch(1);
  unbanRow->addWidget(unban_);
  auto* peersLayout = new QVBoxLayout(peersTab);
  peersLayout->addWidget(sharing_);
  peersLayout->addWidget(peersTitle_);
  peersLayout->addWidget(peers_, 2);
  peersLayout->addLayout(banRow);
  peersLayout->addLayout(connectRow);
  peersLayout->addWidget(connectError_);
  peersLayout->addWidget(bansTitle_);
  peersLayout->addWidget(bans_, 1);
  peersLayout->addLayout(unbanRow);
  peersLayout->addWidget(action_);
  peersLayout->addWidget(new EvidencePanel(client_, hrp));

  auto* explorerTab = new QWidget;
  auto* searchRow = new QHBoxLayout;
  searchRow->addWidget(searchEdit_, 1);
  searchRow->addWidget(searchButton_);
  auto* detailScroll = new QScrollArea;
  detailScroll->setWidgetResizable(true);
  detailScroll->setWidget(detail_);
  auto* splitter = new QSplitter(Qt::Vertical);
  splitter->addWidget(blocksView_);
  splitter->addWidget(detailScroll);
  auto* explorerLayout = new QVBoxLayout(explorerTab);
  explorerLayout->addLayout(searchRow);
  explorerLayout->addWidget(splitter, 1);

  tabs_->addTab(peersTab, QString());
  tabs_->addTab(explorerTab, QString());
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(24, 24, 24, 24);
  layout->addWidget(tabs_);

  connect(client_, &node::NodeClient::tipChanged, this, &NetworkExplorerPage::refresh);
  connect(ban_, &QPushButton::clicked, this, &NetworkExplorerPage::banSelected);
  connect(unban_, &QPushButton::clicked, this, &NetworkExplorerPage::unbanSelected);
  connect(connect_, &QPushButton::clicked, this, &NetworkExplorerPage::connectPeer);
  connect(connectEdit_, &QLineEdit::returnPressed, this, &NetworkExplorerPage::connectPeer);
  connect(connectEdit_, &QLineEdit::textChanged, connectError_, &QLabel::hide);
  connect(searchButton_, &QPushButton::clicked, this, [this] { search(searchEdit_->text()); });
  connect(searchEdit_, &QLineEdit::returnPressed, this, [this] { search(searchEdit_->text()); });
  connect(blocksView_, &QTableView::clicked, this, [this](const QModelIndex& index) {
    if (index.isValid()) openBlock(blocks_->block(index.row()).hash);
  });
  connect(detail_, &ExplorerDetail::transactionActivated, this, &NetworkExplorerPage::openTransaction);
  retranslateUi();
  refresh();
}

void NetworkExplorerPage::setUnit(DisplayUnit unit) { detail_->setUnit(unit); }

void NetworkExplorerPage::refresh() {
  if (pending_ > 0) return;  // the answers on their way are as fresh
  pending_ = 2;
  QPointer<NetworkExplorerPage> self(this);
  auto arrived = [self] {
    if (--self->pending_ == 0) emit self->refreshed();
  };
  client_->peers([self, arrived](Result<std::vector<net::PeerInfo>> peers) {
    if (!self) return;
    if (peers)
      self->showPeers(*peers);
    else
      self->showAction(tr("The peers could not be read: %1").arg(errorText(peers.error())), true);
    arrived();
  });
  client_->bans([self, arrived](Result<std::vector<net::BanEntry>> bans) {
    if (!self) return;
    if (bans)
      self->showBans(*bans);
    else
      self->showAction(tr("The bans could not be read: %1").arg(errorText(bans.error())), true);
    arrived();
  });
}

void NetworkExplorerPage::showPeers(const std::vector<net::PeerInfo>& peers) {
  const QString selected = selectedAddress(peers_);
  peers_->setRowCount(static_cast<int>(peers.size()));
  for (std::size_t i = 0; i < peers.size(); ++i) {
    const net::PeerInfo& p = peers[i];
    const int r = static_cast<int>(i);
    auto* address = new QTableWidgetItem(net::hostPortText(p.remote));
    address->setData(Qt::UserRole, net::addressKey(p.remote.host));
    peers_->setItem(r, kPeerAddress, address);
    peers_->setItem(r, kPeerDirection, new QTableWidgetItem(p.inbound ? tr("Inbound") : tr("Outbound")));
    auto* height = new QTableWidgetItem(p.ready ? QString::number(p.bestHeight) : tr("connecting…"));
    height->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    peers_->setItem(r, kPeerHeight, height);
    peers_->setItem(r, kPeerAgent, new QTableWidgetItem(p.agent));
    auto* ping = new QTableWidgetItem(p.pingMs < 0 ? QStringLiteral("—") : tr("%1 ms").arg(p.pingMs));
    ping->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    peers_->setItem(r, kPeerPing, ping);
    if (!selected.isEmpty() && address->data(Qt::UserRole).toString() == selected) peers_->selectRow(r);
  }
  ban_->setEnabled(!peers.empty());
}

void NetworkExplorerPage::showBans(const std::vector<net::BanEntry>& bans) {
  bans_->setRowCount(static_cast<int>(bans.size()));
  for (std::size_t i = 0; i < bans.size(); ++i) {
    const int r = static_cast<int>(i);
    auto* address = new QTableWidgetItem(bans[i].address);
    address->setData(Qt::UserRole, bans[i].address);
    bans_->setItem(r, kBanAddress, address);
    bans_->setItem(
        r, kBanUntil,
        new QTableWidgetItem(QLocale().toString(QDateTime::fromSecsSinceEpoch(bans[i].until), QLocale::ShortFormat)));
  }
  unban_->setEnabled(!bans.empty());
}

void NetworkExplorerPage::connectPeer() {
  auto endpoint = normalisePeerEndpoint(connectEdit_->text());
  if (!endpoint) {
    connectError_->setText(tr("Enter a port, or an IP address and port such as 192.0.2.1:9333 or [2001:db8::1]:9333."));
    connectError_->show();
    return;
  }
  showAction(tr("Connecting to %1…").arg(*endpoint), false);
  QPointer<NetworkExplorerPage> self(this);
  client_->connectPeer(*endpoint, [self, address = *endpoint](Result<net::PeerId> peer) {
    if (!self) return;
    if (peer) {
      self->showAction(tr("Connecting to %1.").arg(address), false);
      self->connectEdit_->clear();
    } else {
      self->showAction(tr("Could not connect to %1: %2").arg(address, errorText(peer.error())), true);
    }
    self->refresh();
  });
}

void NetworkExplorerPage::banSelected() {
  const QString address = selectedAddress(peers_);
  if (address.isEmpty()) {
    showAction(tr("Select a peer to ban first."), true);
    return;
  }
  QPointer<NetworkExplorerPage> self(this);
  client_->ban(address, net::kDefaultBanSeconds, [self, address](Result<void> done) {
    if (!self) return;
    self->showAction(done ? tr("%1 is banned for 24 hours.").arg(address)
                          : tr("Could not ban %1: %2").arg(address, errorText(done.error())),
                     !done);
    self->refresh();
  });
}

void NetworkExplorerPage::unbanSelected() {
  const QString address = selectedAddress(bans_);
  if (address.isEmpty()) {
    showAction(tr("Select a ban to lift first."), true);
    return;
  }
  QPointer<NetworkExplorerPage> self(this);
  client_->unban(address, [self, address](Result<void> done) {
    if (!self) return;
    self->showAction(done ? tr("The ban on %1 is lifted.").arg(address)
                          : tr("Could not lift the ban on %1: %2").arg(address, errorText(done.error())),
                     !done);
    self->refresh();
  });
}

void NetworkExplorerPage::search(const QString& text) {
  const QString query = text.trimmed();
  if (query.isEmpty()) return;
  tabs_->setCurrentIndex(1);
  QPointer<NetworkExplorerPage> self(this);
  bool isHeight = false;
  const qulonglong height = query.toULongLong(&isHeight);
  if (isHeight) {
    client_->blockAt(height, [self, height](Result<std::optional<node::BlockLookup>> block) {
      if (!self) return;
      if (!block)
        self->detail_->showMessage(errorText(block.error()));
      else if (!*block)
        self->detail_->showMessage(tr("There is no block at height %1 yet.").arg(height));
      else
        self->detail_->showBlock(**block);
    });
    return;
  }
  auto hash = hash32FromHex(query.toStdString());
  if (!hash) {
    detail_->showMessage(tr("Enter a block height, a block hash or a transaction ID (64 hexadecimal digits)."));
    return;
  }
  // A hash is a block's or a transaction's: try the block first.
  client_->blockByHash(BlockHash{*hash}, [self, id = *hash](Result<std::optional<node::BlockLookup>> block) {
    if (!self) return;
    if (block && *block) {
      self->detail_->showBlock(**block);
      return;
    }
    self->openTransaction(id);
  });
}

void NetworkExplorerPage::openBlock(const BlockHash& hash) {
  QPointer<NetworkExplorerPage> self(this);
  client_->blockByHash(hash, [self](Result<std::optional<node::BlockLookup>> block) {
    if (!self) return;
    if (!block)
      self->detail_->showMessage(errorText(block.error()));
    else if (!*block)
      self->detail_->showMessage(tr("This block is not stored."));
    else
      self->detail_->showBlock(**block);
  });
}

void NetworkExplorerPage::openTransaction(const Hash32& txid) {
  QPointer<NetworkExplorerPage> self(this);
  client_->transaction(txid, [self](Result<std::optional<node::TxLookup>> tx) {
    if (!self) return;
    if (!tx)
      self->detail_->showMessage(errorText(tx.error()));
    else if (!*tx)
      self->detail_->showMessage(tr("No block or transaction has this ID."));
    else
      self->detail_->showTransaction(**tx);
  });
}

void NetworkExplorerPage::showAction(const QString& text, bool error) {
  action_->setText(text);
  setLabelTone(action_, error ? LabelTone::Error : LabelTone::Plain);
  action_->setVisible(!text.isEmpty());
}

void NetworkExplorerPage::setSharing(const NetworkSharing& sharing) { sharing_->setSharing(sharing); }

void NetworkExplorerPage::setLightMode() {
  light_ = true;
  for (QWidget* w : std::initializer_list<QWidget*>{ban_, connectLabel_, connectEdit_, connect_, bansTitle_, bans_,
                                                    unban_, blocksView_, sharing_}) {
    w->hide();
  }
  searchEdit_->setEnabled(false);
  searchButton_->setEnabled(false);
  retranslateUi();
}

void NetworkExplorerPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void NetworkExplorerPage::retranslateUi() {
  setWindowTitle(tr("Network"));
  tabs_->setTabText(0, tr("Peers"));
  tabs_->setTabText(1, tr("Blocks and transactions"));
  peersTitle_->setText(tr("Connected peers"));
  peers_->setHorizontalHeaderLabels({tr("Address"), tr("Direction"), tr("Height"), tr("Agent"), tr("Ping")});
  ban_->setText(tr("Ban selected peer"));
  connectLabel_->setText(tr("Connect to:"));
  connectEdit_->setPlaceholderText(tr("[host:]port, e.g. 192.0.2.1:9333"));
  connect_->setText(tr("Connect"));
  bansTitle_->setText(tr("Banned addresses"));
  bans_->setHorizontalHeaderLabels({tr("Address"), tr("Banned until")});
  unban_->setText(tr("Lift ban"));
  searchEdit_->setPlaceholderText(tr("Block height, block hash or transaction ID"));
  searchButton_->setText(tr("Search"));
  if (light_) {
    detail_->showMessage(
        tr("This wallet runs a light node: it keeps block headers only and proves what it shows "
           "with its full peers, so there are no blocks or transactions to explore here."));
  }
}

}  // namespace wb::ui
