#include "chain/light/light_node.h"

#include <QDir>
#include <QJsonObject>

#include "chain/core/tx_codec.h"
#include "chain/node/node_errc.h"
#include "chain/node/rpc_json.h"
#include "chain/rpc/rpc_errc.h"
#include "chain/rpc/rpc_params.h"
#include "chain/state/records.h"
#include "chain/store/chain_genesis.h"

namespace wb::light {
namespace {

// Methods of a full node that need the whole chain or its mempool.
constexpr const char* kFullNodeOnly[] = {
    "node_peers",  "node_connect", "node_ban",    "node_evidence", "chain_tx",
    "chain_block", "mempool_info", "dev_produce", "state_proof",
};

QString hexOf(const Hash32& hash) { return node::hexString(hash); }

}  // namespace

void markProven(QJsonObject& out, const ProvenRecord& record) {
  out["proven"] = true;
  out["proof_height"] = static_cast<qint64>(record.height);
  out["proof_block"] = hexOf(record.block);
}

std::filesystem::path LightNode::storeDir(const QString& dataDir, const std::string& network) {
  return std::filesystem::path(dataDir.toStdString()) / network / "light";
}

LightNode::LightNode(LightNodeConfig config, std::unique_ptr<ConsensusEngine> engine,
                     std::unique_ptr<HeaderChain> headers)
    : config_(std::move(config)), engine_(std::move(engine)), headers_(std::move(headers)) {}

LightNode::~LightNode() { stop(); }

QString LightNode::networkDir() const {
  return QDir(config_.dataDir).filePath(QString::fromStdString(config_.genesis.params.name));
}

Result<std::unique_ptr<LightNode>> LightNode::open(LightNodeConfig config, const SecpContext& ctx) {
  static const SystemClock clock;
  WB_TRY_ASSIGN(engine, makeEngine(config.genesis.params, clock, ctx, genesisDelegateKeys(config.genesis)));
  const ChainGenesis genesis = chainGenesisFrom(config.genesis);
  WB_TRY_ASSIGN(headers,
                HeaderChain::open(storeDir(config.dataDir, config.genesis.params.name), **engine, genesis.header));
  std::unique_ptr<LightNode> node(new LightNode(std::move(config), std::move(*engine), std::move(*headers)));
  LightSyncConfig sync = node->config_.sync;
  sync.peers = node->config_.connect;
  sync.agent = node->config_.agent;
  node->sync_ = std::make_unique<LightSync>(*node->headers_, std::move(sync));
  WB_TRY_ASSIGN(submitted, SubmittedTxs::open(node->headers_->env()));
  node->txs_ = std::make_unique<LightTxTracker>(*node->headers_, *node->sync_, *submitted, ctx);
  node->orderWatch_ = new OrderWatch(*node);
  connect(node->txs_.get(), &LightTxTracker::warning, node.get(), &LightNode::warning);
  connect(node->sync_.get(), &LightSync::peerDropped, node.get(),
          [n = node.get()](const QString& address, const QString& reason, bool misbehaved) {
            if (misbehaved) emit n->warning("dropped full peer " + address + ": " + reason);
          });
  if (node->config_.rpc) {
    rpc::RpcServerOptions options;
    options.endpoint = *node->config_.rpc;
    options.cookiePath = QDir(node->networkDir()).filePath("rpc.cookie");
    options.addressHrp = node->config_.genesis.params.hrp;
    node->rpc_ = std::make_unique<rpc::RpcServer>(options);
    WB_TRY(node->registerMethods(node->rpc_->dispatcher()));
  }
  return node;
}

Status LightNode::start() {
  if (!QDir().mkpath(networkDir())) {
    return fail(NodeErrc::DataDirIo, "cannot create the network folder " + networkDir().toStdString());
  }
  if (rpc_) WB_TRY(rpc_->start());
  sync_->start();
  txs_->resendPending();  // what was pending at the last stop goes out again as peers come
  return {};
}

void LightNode::stop() {
  if (sync_) sync_->stop();
  if (rpc_) rpc_->stop();
}

Status LightNode::registerMethods(rpc::RpcDispatcher& dispatcher) {
  const std::string hrp = config_.genesis.params.hrp;
  WB_TRY(dispatcher.registerSyncMethod("node_info", [this](const QJsonObject& object) -> Result<QJsonValue> {
    rpc::RpcParams params(object);
    WB_TRY(params.finish());
    const HeaderTip tip = headers_->tip();
    const ChainParams& p = config_.genesis.params;
    const std::uint64_t best = std::max(sync_->bestKnownHeight(), tip.height);
    return QJsonValue(QJsonObject{{"mode", "light"},
                                  {"network", QString::fromStdString(p.name)},
                                  {"consensus", QString::fromUtf8(consensusKindName(p.consensus))},
                                  {"genesis", hexOf(p.genesisHash)},
                                  {"height", static_cast<qint64>(tip.height)},
                                  {"tip", hexOf(tip.hash)},
                                  {"peers", static_cast<qint64>(sync_->readyPeers())},
                                  {"best_known_height", static_cast<qint64>(best)},
                                  {"syncing", best > tip.height},
                                  {"p2p_port", 0},
                                  {"version", QString::fromStdString(config_.agent)}});
  }));

  WB_TRY(registerReadMethods(dispatcher));
  WB_TRY(registerDelegateMethods(dispatcher));
  WB_TRY(registerTxMethods(dispatcher));
  for (const char* name : kFullNodeOnly) {
    const std::string method = name;
    WB_TRY(dispatcher.registerSyncMethod(QString::fromLatin1(name), [method](const QJsonObject&) -> Result<QJsonValue> {
      return fail(RpcErrc::MethodNotFound,
                  method + " is not available on a light node: it needs the full chain (run without --light)");
    }));
  }
  return {};
}

Status LightNode::registerTxMethods(rpc::RpcDispatcher& dispatcher) {
  const std::size_t maxHex = 2 * static_cast<std::size_t>(config_.genesis.params.maxBlockBytes);
  WB_TRY(dispatcher.registerMethod("tx_submit", [this, maxHex](const QJsonObject& object, rpc::RpcReply reply) {
    rpc::RpcParams params(object);
    auto hex = params.requiredString("hex", maxHex);
    if (!hex) return reply.complete(hex.error());
    if (Status done = params.finish(); !done) return reply.complete(done.error());
    auto bytes = fromHex(hex->toStdString());
    if (!bytes) return reply.complete(rpc::invalidParam("hex", "is not hexadecimal"));
    auto tx = decodeTx(*bytes);
    if (!tx) return reply.complete(rpc::invalidParam("hex", "is not a transaction: " + tx.error().message));
    txs_->submit(*tx, [reply](const Result<Hash32>& txid) {
      if (!txid) return reply.complete(txid.error());
      reply.complete(QJsonValue(QJsonObject{{"txid", hexOf(*txid)}}));
    });
  }));

  return dispatcher.registerSyncMethod("tx_status", [this](const QJsonObject& object) -> Result<QJsonValue> {
    rpc::RpcParams params(object);
    WB_TRY_ASSIGN(txid, params.requiredHash("txid"));
    WB_TRY(params.finish());
    WB_TRY_ASSIGN(record, txs_->status(*txid));
    QJsonObject out{{"txid", hexOf(*txid)}};
    if (!*record) {
      out["status"] = "unknown";  // not submitted through this node: it does not follow others
      return QJsonValue(out);
    }
    const SubmittedTx& r = **record;
    switch (r.state) {
      case SubmittedTx::State::Pending:
        out["status"] = "pending";
        out["checked_height"] = static_cast<qint64>(r.height);  // no block up to here holds it
        break;
      case SubmittedTx::State::Confirmed:
        out["status"] = "confirmed";
        out["block"] = hexOf(r.block);
        out["height"] = static_cast<qint64>(r.height);
        out["index"] = static_cast<qint64>(r.index);
        out["proven"] = true;
        out["proof_height"] = static_cast<qint64>(r.height);
        break;
      case SubmittedTx::State::Conflict:
        out["status"] = "dropped";
        out["reason"] = "conflict";
        out["proven"] = true;
        out["proof_height"] = static_cast<qint64>(r.height);
        break;
    }
    return QJsonValue(out);
  });
}

}  // namespace wb::light
