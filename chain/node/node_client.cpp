#include "chain/node/node_client.h"

namespace wb::node {

NodeClient::NodeClient(Node* node, QObject* parent) : QObject(parent), node_(node), link_(std::make_shared<Link>()) {
  link_->client = this;
  connect(node_, &Node::tipChanged, this, &NodeClient::tipChanged, Qt::QueuedConnection);
  connect(node_, &Node::orderChanged, this, &NodeClient::orderChanged, Qt::QueuedConnection);
  connect(node_, &Node::txAccepted, this, &NodeClient::txAccepted, Qt::QueuedConnection);
}

NodeClient::~NodeClient() {
  std::lock_guard lock(link_->mutex);
  link_->client = nullptr;
}

void NodeClient::status(Callback<NodeStatus> done) {
  call<NodeStatus>(
      [](Node& node) -> Result<NodeStatus> {
        NodeStatus s;
        s.tip = node.chain().tip();
        s.lib = node.chain().lastIrreversibleHeight();
        s.bestKnownHeight = node.peers().bestKnownHeight();
        s.syncing = node.peers().syncing();
        s.peers = node.peers().readyPeerCount();
        s.mempoolTxs = node.mempool().size();
        return s;
      },
      std::move(done));
}

void NodeClient::submitTx(Tx tx, Callback<Hash32> done) {
  call<Hash32>([tx = std::move(tx)](Node& node) { return node.submitTx(tx); }, std::move(done));
}

void NodeClient::account(AccountKey key, Callback<state::Account> done) {
  call<state::Account>(
      [key](Node& node) -> Result<state::Account> {
        std::optional<state::Account> out;
        const Status read = node.chain().readState([&](const state::StateView& view) -> Status {
          auto account = view.account(key);
          if (!account) return account.error();
          out = *account;
          return {};
        });
        if (!read) return read.error();
        return *out;
      },
      std::move(done));
}

void NodeClient::order(OrderId id, Callback<std::optional<state::Order>> done) {
  call<std::optional<state::Order>>(
      [id](Node& node) -> Result<std::optional<state::Order>> {
        std::optional<state::Order> out;
        const Status read = node.chain().readState([&](const state::StateView& view) -> Status {
          auto order = view.order(id);
          if (!order) return order.error();
          out = *order;
          return {};
        });
        if (!read) return read.error();
        return out;
      },
      std::move(done));
}

void NodeClient::orders(state::OrderQuery query, Callback<state::OrderPage> done) {
  call<state::OrderPage>(
      [query](Node& node) -> Result<state::OrderPage> {
        std::optional<state::OrderPage> out;
        const Status read = node.chain().readState([&](const state::StateView& view) -> Status {
          auto page = state::listOrders(view, query);
          if (!page) return page.error();
          out = std::move(*page);
          return {};
        });
        if (!read) return read.error();
        return std::move(*out);
      },
      std::move(done));
}

void NodeClient::nextNonce(AccountKey sender, Callback<std::uint64_t> done) {
  call<std::uint64_t>([sender](Node& node) { return node.mempool().nextNonce(sender); }, std::move(done));
}

void NodeClient::peers(Callback<std::vector<net::PeerInfo>> done) {
  call<std::vector<net::PeerInfo>>(
      [](Node& node) -> Result<std::vector<net::PeerInfo>> { return node.peers().peers(); }, std::move(done));
}

}  // namespace wb::node
