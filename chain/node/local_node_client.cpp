#include "chain/node/local_node_client.h"

#include "chain/address/endpoint_errc.h"
#include "chain/address/net_address.h"

namespace wb::node {

LocalNodeClient::LocalNodeClient(Node* node, QObject* parent)
    : NodeClient(parent), node_(node), link_(std::make_shared<ReplyLink>(this)) {
  connect(node_, &Node::tipChanged, this, &LocalNodeClient::tipChanged, Qt::QueuedConnection);
  connect(node_, &Node::orderChanged, this, &LocalNodeClient::orderChanged, Qt::QueuedConnection);
  connect(node_, &Node::txAccepted, this, &LocalNodeClient::txAccepted, Qt::QueuedConnection);
}

LocalNodeClient::~LocalNodeClient() { link_->detach(); }

void LocalNodeClient::status(Callback<NodeStatus> done) {
  run<NodeStatus>(
      [](Node& node) -> Result<NodeStatus> {
        NodeStatus s;
        s.tip = node.chain().tip();
        s.lib = node.chain().lastIrreversibleHeight();
        s.bestKnownHeight = node.peers().bestKnownHeight();
        s.syncing = node.peers().syncing();
        s.peers = node.peers().readyPeerCount();
        s.mempoolTxs = node.mempool().size();
        s.consensus = node.params().consensus;
        s.producing = node.producing();
        return s;
      },
      std::move(done));
}

void LocalNodeClient::submitTx(Tx tx, Callback<Hash32> done) {
  run<Hash32>([tx = std::move(tx)](Node& node) { return node.submitTx(tx); }, std::move(done));
}

void LocalNodeClient::account(AccountKey key, Callback<state::Account> done) {
  read<state::Account>(
      [key](const Chain& chain) -> Result<state::Account> {
        std::optional<state::Account> out;
        const Status read = chain.readState([&](const state::StateView& view) -> Status {
          WB_TRY_ASSIGN(account, view.account(key));
          out = *account;
          return {};
        });
        WB_TRY(read);
        return *out;
      },
      std::move(done));
}

void LocalNodeClient::order(OrderId id, Callback<std::optional<state::Order>> done) {
  read<std::optional<state::Order>>(
      [id](const Chain& chain) -> Result<std::optional<state::Order>> {
        std::optional<state::Order> out;
        const Status read = chain.readState([&](const state::StateView& view) -> Status {
          WB_TRY_ASSIGN(order, view.order(id));
          out = *order;
          return {};
        });
        WB_TRY(read);
        return out;
      },
      std::move(done));
}

void LocalNodeClient::orders(state::OrderQuery query, Callback<state::OrderPage> done) {
  read<state::OrderPage>(
      [query](const Chain& chain) -> Result<state::OrderPage> {
        std::optional<state::OrderPage> out;
        const Status read = chain.readState([&](const state::StateView& view) -> Status {
          WB_TRY_ASSIGN(page, state::listOrders(view, query));
          out = std::move(*page);
          return {};
        });
        WB_TRY(read);
        return std::move(*out);
      },
      std::move(done));
}

void LocalNodeClient::nextNonce(AccountKey sender, Callback<std::uint64_t> done) {
  run<std::uint64_t>([sender](Node& node) { return node.mempool().nextNonce(sender); }, std::move(done));
}

void LocalNodeClient::peers(Callback<std::vector<net::PeerInfo>> done) {
  run<std::vector<net::PeerInfo>>([](Node& node) -> Result<std::vector<net::PeerInfo>> { return node.peers().peers(); },
                                  std::move(done));
}

void LocalNodeClient::evidence(Callback<std::vector<DoubleProductionEvidence>> done) {
  run<std::vector<DoubleProductionEvidence>>(
      [](Node& node) -> Result<std::vector<DoubleProductionEvidence>> { return node.evidence(); }, std::move(done));
}

void LocalNodeClient::bans(Callback<std::vector<net::BanEntry>> done) {
  run<std::vector<net::BanEntry>>([](Node& node) -> Result<std::vector<net::BanEntry>> { return node.peers().bans(); },
                                  std::move(done));
}

namespace {

Result<QHostAddress> ipAddress(const QString& text) {
  const QHostAddress host(text.trimmed());
  if (host.isNull()) return fail(EndpointErrc::BadAddress, "'" + text.toStdString() + "' is not an IP address");
  return host;
}

}  // namespace

void LocalNodeClient::ban(QString address, std::int64_t seconds, Callback<void> done) {
  run<void>(
      [address, seconds](Node& node) -> Status {
        WB_TRY_ASSIGN(host, ipAddress(address));
        if (seconds <= 0) return fail(EndpointErrc::BadAddress, "a ban needs a positive duration");
        return node.peers().ban(*host, seconds);
      },
      std::move(done));
}

void LocalNodeClient::unban(QString address, Callback<void> done) {
  run<void>(
      [address](Node& node) -> Status {
        WB_TRY_ASSIGN(host, ipAddress(address));
        return node.peers().unban(*host);
      },
      std::move(done));
}

void LocalNodeClient::connectPeer(QString hostPort, Callback<net::PeerId> done) {
  run<net::PeerId>(
      [hostPort](Node& node) -> Result<net::PeerId> {
        WB_TRY_ASSIGN(endpoint, net::parseHostPort(hostPort.trimmed()));
        return node.peers().connectTo(*endpoint);
      },
      std::move(done));
}

void LocalNodeClient::delegates(Callback<std::vector<DelegateEntry>> done) {
  read<std::vector<DelegateEntry>>([](const Chain& chain) { return listDelegates(chain); }, std::move(done));
}

void LocalNodeClient::blockAt(std::uint64_t height, Callback<std::optional<BlockLookup>> done) {
  read<std::optional<BlockLookup>>([height](const Chain& chain) { return findBlockAtHeight(chain, height); },
                                   std::move(done));
}

void LocalNodeClient::blockByHash(BlockHash hash, Callback<std::optional<BlockLookup>> done) {
  read<std::optional<BlockLookup>>([hash](const Chain& chain) { return findBlockByHash(chain, hash); },
                                   std::move(done));
}

void LocalNodeClient::blocks(std::uint64_t top, std::size_t count, Callback<std::vector<BlockSummary>> done) {
  read<std::vector<BlockSummary>>([top, count](const Chain& chain) { return recentBlocks(chain, top, count); },
                                  std::move(done));
}

void LocalNodeClient::transaction(Hash32 txid, Callback<std::optional<TxLookup>> done) {
  run<std::optional<TxLookup>>([txid](Node& node) { return findTransaction(node.chain(), node.mempool(), txid); },
                               std::move(done));
}

void LocalNodeClient::escrow(std::vector<AccountKey> accounts, Callback<EscrowSummary> done) {
  read<EscrowSummary>([accounts = std::move(accounts)](const Chain& chain) { return escrowSummary(chain, accounts); },
                      std::move(done));
}

void LocalNodeClient::sales(std::vector<AccountKey> accounts, std::uint64_t now, std::size_t days,
                            Callback<std::vector<SalesDay>> done) {
  // Fixed when the node was built, so it may be read here.
  const bool manualClock = node_->manualClock();
  read<std::vector<SalesDay>>(
      [accounts = std::move(accounts), now, days, manualClock](const Chain& chain) -> Result<std::vector<SalesDay>> {
        WB_TRY_ASSIGN(tip, chain.headerRecord(chain.tip().hash));
        // A manual dev clock is that network's time, whatever the wall clock says.
        const std::uint64_t tipTime = *tip ? (*tip)->header.time : 0;
        const std::uint64_t until = manualClock ? tipTime : std::max(now, tipTime);
        return salesByDay(chain, accounts, until, days);
      },
      std::move(done));
}

void LocalNodeClient::producer(Callback<ProducerStatus> done) {
  run<ProducerStatus>([](Node& node) -> Result<ProducerStatus> { return producerStatus(node); }, std::move(done));
}

void LocalNodeClient::setProducerKeys(std::vector<ProducerKey> keys, Callback<void> done) {
  run<void>(
      [keys = std::move(keys)](Node& node) mutable -> Status {
        node.setProducerKeys(std::move(keys));
        return {};
      },
      std::move(done));
}

void LocalNodeClient::setProducing(bool on, Callback<void> done) {
  run<void>([on](Node& node) { return node.setProducing(on); }, std::move(done));
}

}  // namespace wb::node
