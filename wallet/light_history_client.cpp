#include "wallet/light_history_client.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <utility>

#include "chain/node/rpc_json.h"

namespace wb {

LightHistoryClient::LightHistoryClient(light::LightNodeClient* client, const ChainParams& params,
                                       std::vector<AccountKey> accounts, QObject* parent)
    : HistorySource(parent), client_(client), params_(params), accounts_(std::move(accounts)) {
  connect(client_, &light::LightNodeClient::submittedTxChanged, this, &LightHistoryClient::rebuild);
  QMetaObject::invokeMethod(this, &LightHistoryClient::rebuild, Qt::QueuedConnection);
}

void LightHistoryClient::setAccounts(std::vector<AccountKey> accounts, std::uint64_t) {
  accounts_ = std::move(accounts);
  ++generation_;
  rebuild();
}

struct LightHistoryClient::Build {
  std::uint64_t generation = 0;
  std::vector<light::ConfirmedTx> txs;
  std::vector<OrderId> unseen;        // orders acted on whose ORDER_CREATE is not among txs
  std::vector<state::Order> created;  // those proven so far
  QString error;                      // the first proof that failed
};

void LightHistoryClient::rebuild() {
  if (!client_) return;
  if (asking_) {
    askAgain_ = true;
    return;
  }
  asking_ = true;
  askAgain_ = false;
  auto build = std::make_shared<Build>();
  build->generation = generation_;
  QPointer<LightHistoryClient> self(this);
  client_->confirmedTransactions([self, build](Result<std::vector<light::ConfirmedTx>> confirmed) {
    if (self) self->received(build, std::move(confirmed));
  });
}

void LightHistoryClient::received(std::shared_ptr<Build> build, Result<std::vector<light::ConfirmedTx>> confirmed) {
  if (!confirmed) {
    build->error = QString::fromStdString(confirmed.error().message);
    return finish(*build);
  }
  build->txs = std::move(*confirmed);
  std::set<OrderId> created, actedOn;
  for (const light::ConfirmedTx& tx : build->txs) {
    const std::optional<OrderId> order = node::orderOfTx(tx.tx, tx.txid);
    if (!order) continue;
    (*order == tx.txid ? created : actedOn).insert(*order);
  }
  std::set_difference(actedOn.begin(), actedOn.end(), created.begin(), created.end(),
                      std::back_inserter(build->unseen));
  proveNext(std::move(build));
}

void LightHistoryClient::proveNext(std::shared_ptr<Build> build) {
  if (!client_) return;
  if (build->created.size() == build->unseen.size() || !build->error.isEmpty()) return finish(*build);
  const OrderId id = build->unseen[build->created.size()];
  // What followOrder reads of an order (parties, item, total, windows, creation
  // height) never changes: proven once, it is not asked for again.
  if (const auto known = provenOrders_.find(id); known != provenOrders_.end()) {
    build->created.push_back(known->second);
    return proveNext(std::move(build));
  }
  QPointer<LightHistoryClient> self(this);
  client_->order(id, [self, build, id](Result<std::optional<state::Order>> order) {
    if (!self) return;
    if (!order) {
      build->error = QString::fromStdString(order.error().message);
    } else if (!order->has_value()) {
      build->error = QStringLiteral("an order this wallet acted on is proven absent");
    } else {
      self->provenOrders_.emplace(id, **order);
      build->created.push_back(std::move(**order));
    }
    self->proveNext(build);
  });
}

void LightHistoryClient::finish(const Build& build) {
  asking_ = false;
  if (build.generation != generation_ || askAgain_) return rebuild();
  auto history = std::make_shared<History>(params_, accounts_);
  for (const state::Order& order : build.created) history->followOrder(order);
  Status built;
  PartialBlock block;
  for (std::size_t i = 0; i < build.txs.size() && built; ++i) {
    const light::ConfirmedTx& tx = build.txs[i];
    block.height = tx.height;
    block.time = tx.time;
    block.hash = tx.block;
    block.txs.push_back(tx.tx);
    const bool lastOfBlock = i + 1 == build.txs.size() || build.txs[i + 1].height != tx.height;
    if (!lastOfBlock) continue;
    built = history->partialBlockConnected(block);
    block.txs.clear();
  }
  if (built) {
    history_ = std::move(history);
    lastError_ = build.error;  // the rows are there; some may lack an order's parties
  } else {
    lastError_ = QString::fromStdString(built.error().message);
  }
  ready_ = true;
  emit changed();
}

void LightHistoryClient::query(HistoryQuery query, Callback<HistoryPage> done) {
  // Later, like the full node's answers: never inside the request.
  QMetaObject::invokeMethod(
      this,
      [history = history_, query = std::move(query), done = std::move(done)] {
        done(history ? history->query(query) : HistoryPage{});
      },
      Qt::QueuedConnection);
}

}  // namespace wb
