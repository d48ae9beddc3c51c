#include "chain/node/chain_rpc.h"

#include <QJsonArray>

#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "chain/net/net_errc.h"
#include "chain/node/node.h"
#include "chain/node/node_queries.h"
#include "chain/node/order_list_params.h"
#include "chain/node/reader_pool.h"
#include "chain/node/rpc_json.h"
#include "chain/rpc/rpc_errc.h"
#include "chain/rpc/rpc_params.h"
#include "chain/state/audit.h"
#include "chain/state/order_queries.h"
#include "chain/state/state_errc.h"

namespace wb::node {
namespace {

using rpc::RpcParams;

constexpr std::int64_t kMaxBanSeconds = 10LL * 365 * 86400;
constexpr std::int64_t kMaxDevBlocks = 1000;
constexpr std::size_t kMaxStateKeyBytes = 511;  // as undo logs bound a state key

Error notFound(const std::string& what) { return fail(RpcErrc::NotFound, what + " not found"); }

QJsonObject peerJson(const net::PeerInfo& p) {
  return QJsonObject{{"id", static_cast<qint64>(p.id)},
                     {"address", p.remote.host.toString()},
                     {"port", p.remote.port},
                     {"inbound", p.inbound},
                     {"ready", p.ready},
                     {"best_height", static_cast<qint64>(p.bestHeight)},
                     {"listen_port", p.listenPort},
                     {"agent", p.agent},
                     {"blocks_received", static_cast<qint64>(p.blocksReceived)},
                     {"ping_ms", p.pingMs}};
}

// DESIGN §11: {height, block, state_root, value, siblings, other}.
QJsonObject stateProofJson(const StateProof& p) {
  QJsonArray siblings;
  for (const Hash32& s : p.proof.siblings) siblings.append(hexString(s));
  QJsonValue other;  // null unless the path ends in another key's leaf
  if (p.proof.end == state::ProofEnd::OtherLeaf) {
    other =
        QJsonObject{{"leafkey", hexString(p.proof.otherLeafKey)}, {"value_hash", hexString(p.proof.otherValueHash)}};
  }
  return QJsonObject{{"height", static_cast<qint64>(p.height)},
                     {"block", hexString(p.block)},
                     {"state_root", hexString(p.stateRoot)},
                     {"value", p.value ? QJsonValue(hexString(*p.value)) : QJsonValue()},
                     {"siblings", siblings},
                     {"other", other}};
}

// txids per mempool_info page at most.
constexpr std::int64_t kMaxMempoolPage = 1000;

QJsonObject txStatusJson(const Hash32& txid, const Node::TxStatus& status) {
  QJsonObject out{{"txid", hexString(txid)}};
  switch (status.state) {
    case Node::TxStatus::State::Pending:
      out["status"] = "pending";
      break;
    case Node::TxStatus::State::Waiting:
      out["status"] = "waiting";
      break;
    case Node::TxStatus::State::Confirmed:
      out["status"] = "confirmed";
      out["block"] = hexString(status.location->block);
      out["height"] = static_cast<qint64>(status.location->height);
      out["index"] = static_cast<qint64>(status.location->index);
      break;
    case Node::TxStatus::State::Dropped:
      out["status"] = "dropped";
      out["reason"] = QString::fromLatin1(dropReasonName(status.dropReason).data());  // NUL-terminated literals
      break;
  }
  return out;
}

class ChainMethods {
public:
  explicit ChainMethods(Node& node) : node_(node), hrp_(node.params().hrp) {}

  Result<QJsonValue> nodeInfo(const QJsonObject& object) {
    RpcParams params(object);
    WB_TRY(params.finish());
    const TipPosition tip = node_.chain().tip();
    return QJsonValue(QJsonObject{{"network", QString::fromStdString(node_.params().name)},
                                  {"consensus", QString::fromUtf8(consensusKindName(node_.params().consensus))},
                                  {"genesis", hexString(node_.params().genesisHash)},
                                  {"height", static_cast<qint64>(tip.height)},
                                  {"tip", hexString(tip.hash)},
                                  {"lib", static_cast<qint64>(node_.chain().lastIrreversibleHeight())},
                                  {"peers", static_cast<qint64>(node_.peers().readyPeerCount())},
                                  {"syncing", node_.peers().syncing()},
                                  {"best_known_height", static_cast<qint64>(node_.peers().bestKnownHeight())},
                                  {"p2p_port", node_.p2pPort()},
                                  {"mempool", static_cast<qint64>(node_.mempool().size())},
                                  {"version", QString::fromStdString(node_.config().agent)}});
  }

  Result<QJsonValue> nodePeers(const QJsonObject& object) {
    RpcParams params(object);
    WB_TRY(params.finish());
    QJsonArray peers;
    for (const net::PeerInfo& p : node_.peers().peers()) peers.append(peerJson(p));
    QJsonArray bans;
    for (const net::BanEntry& b : node_.peers().bans()) {
      bans.append(QJsonObject{{"address", b.address}, {"until", static_cast<qint64>(b.until)}});
    }
    return QJsonValue(QJsonObject{{"peers", peers}, {"bans", bans}});
  }

  // DPoS double-production evidence (DESIGN §4): each pair of headers one
  // producer signed for one slot, with the 448-byte proof anyone can verify.
  Result<QJsonValue> nodeEvidence(const QJsonObject& object) {
    RpcParams params(object);
    WB_TRY(params.finish());
    QJsonArray list;
    for (const DoubleProductionEvidence& e : node_.evidence()) {
      list.append(QJsonObject{{"producer", addressString(hrp_, e.first.producer)},
                              {"height", static_cast<qint64>(e.first.height)},
                              {"time", static_cast<qint64>(e.first.time)},
                              {"first", hexString(blockHash(e.first))},
                              {"second", hexString(blockHash(e.second))},
                              {"hex", hexString(encodeEvidence(e))}});
    }
    return QJsonValue(QJsonObject{{"evidence", list}});
  }

  Result<QJsonValue> nodeConnect(const QJsonObject& object) {
    RpcParams params(object);
    auto address = params.requiredString("address", 300);
    WB_TRY(address);
    WB_TRY(params.finish());
    auto endpoint = net::parseHostPort(*address);
    if (!endpoint) return rpc::invalidParam("address", endpoint.error().message);
    WB_TRY_ASSIGN(id, node_.peers().connectTo(*endpoint));
    return QJsonValue(QJsonObject{{"id", static_cast<qint64>(*id)}});
  }

  Result<QJsonValue> nodeBan(const QJsonObject& object) {
    RpcParams params(object);
    auto address = params.requiredString("address", 100);
    WB_TRY(address);
    auto seconds = params.requiredInteger("seconds", 1, kMaxBanSeconds);
    WB_TRY(seconds);
    WB_TRY(params.finish());
    const QHostAddress host(*address);
    if (host.isNull()) return rpc::invalidParam("address", "is not an IP address");
    const Status banned = node_.peers().ban(host, *seconds);
    if (!banned && banned.code() != NetErrc::BanListIo) return banned.error();
    return QJsonValue(QJsonObject{{"address", host.toString()}, {"seconds", static_cast<qint64>(*seconds)}});
  }

  Result<QJsonValue> chainBlock(const QJsonObject& object) {
    RpcParams params(object);
    auto height = params.optionalInteger("height", 0, INT64_MAX);
    WB_TRY(height);
    auto hash = params.optionalBlockHash("hash");
    WB_TRY(hash);
    auto full = params.optionalBool("txs");
    WB_TRY(full);
    WB_TRY(params.finish());
    if (height->has_value() == hash->has_value()) {
      return rpc::invalidParam("height", "or 'hash' must be given (exactly one of them)");
    }
    WB_TRY_ASSIGN(found, *hash ? findBlockByHash(node_.chain(), **hash)
                               : findBlockAtHeight(node_.chain(), static_cast<std::uint64_t>(**height)));
    if (!*found) {
      return notFound(*hash ? "block " + toHex(**hash) : "block at height " + std::to_string(**height));
    }
    QJsonObject out = blockJson((*found)->block, (*found)->hash, hrp_, full->value_or(false));
    out["main_chain"] = (*found)->mainChain;
    return QJsonValue(out);
  }

  Result<QJsonValue> chainTx(const QJsonObject& object) {
    RpcParams params(object);
    auto txid = params.requiredHash("txid");
    WB_TRY(txid);
    WB_TRY(params.finish());
    WB_TRY_ASSIGN(found, findTransaction(node_.chain(), node_.mempool(), *txid));
    if (!*found) return notFound("transaction " + toHex(*txid));
    const TxLookup& t = **found;
    QJsonObject out = txJson(t.tx, *txid, hrp_);
    switch (t.where) {
      case TxLookup::Where::Pending:
        out["status"] = "pending";
        break;
      case TxLookup::Where::Waiting:
        out["status"] = "waiting";
        break;
      case TxLookup::Where::Confirmed:
        out["status"] = "confirmed";
        out["block"] = hexString(t.location->block);
        out["height"] = static_cast<qint64>(t.location->height);
        out["index"] = static_cast<qint64>(t.location->index);
        out["hex"] = hexString(encodeTx(t.tx));
        break;
    }
    return QJsonValue(out);
  }

  Result<QJsonValue> accountGet(const QJsonObject& object) {
    RpcParams params(object);
    auto address = params.requiredAddress("address", hrp_);
    WB_TRY(address);
    WB_TRY(params.finish());
    QJsonObject out;
    WB_TRY(node_.chain().readState([&](const state::StateView& view) -> Status {
      WB_TRY_ASSIGN(account, view.account(*address));
      out = accountJson(*account, *address, hrp_);
      return {};
    }));
    WB_TRY_ASSIGN(next, node_.mempool().nextNonce(*address));
    out["next_nonce"] = static_cast<qint64>(*next);
    return QJsonValue(out);
  }

  Result<QJsonValue> txSubmit(const QJsonObject& object) {
    RpcParams params(object);
    auto hex = params.requiredString("hex", 2 * static_cast<std::size_t>(node_.params().maxBlockBytes));
    WB_TRY(hex);
    WB_TRY(params.finish());
    auto bytes = fromHex(hex->toStdString());
    if (!bytes) return rpc::invalidParam("hex", "is not hexadecimal");
    auto tx = decodeTx(*bytes);
    if (!tx) return rpc::invalidParam("hex", "is not a transaction: " + tx.error().message);
    WB_TRY_ASSIGN(txid, node_.submitTx(*tx));
    return QJsonValue(QJsonObject{{"txid", hexString(*txid)}});
  }

  Result<QJsonValue> txStatus(const QJsonObject& object) {
    RpcParams params(object);
    auto txid = params.requiredHash("txid");
    WB_TRY(txid);
    WB_TRY(params.finish());
    WB_TRY_ASSIGN(status, node_.txStatus(*txid));
    if (!*status) return QJsonValue(QJsonObject{{"txid", hexString(*txid)}, {"status", "unknown"}});
    return QJsonValue(txStatusJson(*txid, **status));
  }

  // Counts and sizes; the txids (oldest first) only when asked, a page at a time:
  // a full pool holds 100,000 of them.
  Result<QJsonValue> mempoolInfo(const QJsonObject& object) {
    RpcParams params(object);
    auto withTxids = params.optionalBool("txids");
    WB_TRY(withTxids);
    auto offset = params.optionalInteger("offset", 0, INT32_MAX);
    WB_TRY(offset);
    auto limit = params.optionalInteger("limit", 1, kMaxMempoolPage);
    WB_TRY(limit);
    WB_TRY(params.finish());
    const Mempool& pool = node_.mempool();
    QJsonObject out{{"size", static_cast<qint64>(pool.size())},
                    {"bytes", static_cast<qint64>(pool.bytes())},
                    {"ready", static_cast<qint64>(pool.size() - pool.waitingCount())},
                    {"waiting", static_cast<qint64>(pool.waitingCount())},
                    {"waiting_bytes", static_cast<qint64>(pool.waitingBytes())},
                    {"max_bytes", static_cast<qint64>(pool.limits().maxBytes)}};
    if (withTxids->value_or(false)) {
      const std::vector<Hash32> all = pool.txids();
      const auto first = static_cast<std::size_t>(offset->value_or(0));
      const auto count = static_cast<std::size_t>(limit->value_or(kMaxMempoolPage));
      QJsonArray ids;
      for (std::size_t i = first; i < all.size() && i < first + count; ++i) ids.append(hexString(all[i]));
      out["txids"] = ids;
      out["offset"] = static_cast<qint64>(first);
      if (first + count < all.size()) out["next_offset"] = static_cast<qint64>(first + count);
    }
    return QJsonValue(out);
  }

  // DESIGN §11: a record at the tip with its proof against the tip's state_root.
  Result<QJsonValue> stateProof(const QJsonObject& object) {
    RpcParams params(object);
    auto table = params.requiredEnum("table", {"accounts", "orders", "delegates", "votes", "totals"});
    WB_TRY(table);
    auto keyHex = params.requiredString("key", 2 * kMaxStateKeyBytes);
    WB_TRY(keyHex);
    WB_TRY(params.finish());
    auto key = fromHex(keyHex->toStdString());
    if (!key) return rpc::invalidParam("key", "is not hexadecimal");
    constexpr state::Table kTables[] = {state::Table::Accounts, state::Table::Orders, state::Table::Delegates,
                                        state::Table::Votes, state::Table::Totals};
    WB_TRY_ASSIGN(proven, node_.chain().stateProof(kTables[*table], *key));
    return QJsonValue(stateProofJson(*proven));
  }

  Result<QJsonValue> orderGet(const QJsonObject& object) {
    RpcParams params(object);
    auto id = params.requiredOrderId("id");
    WB_TRY(id);
    WB_TRY(params.finish());
    QJsonObject out;
    WB_TRY(node_.chain().readState([&](const state::StateView& view) -> Status {
      WB_TRY_ASSIGN(order, view.order(*id));
      if (!*order) return fail(StateErrc::OrderNotFound, "order " + toHex(*id) + " not found");
      out = orderJson(**order, hrp_);
      return {};
    }));
    return QJsonValue(out);
  }

  Result<QJsonValue> orderList(const QJsonObject& object) {
    RpcParams params(object);
    WB_TRY_ASSIGN(query, readOrderListParams(params, hrp_));
    QJsonObject out;
    WB_TRY(node_.chain().readState([&](const state::StateView& view) -> Status {
      WB_TRY_ASSIGN(page, state::listOrders(view, *query));
      QJsonArray orders;
      for (const state::Order& o : page->orders) orders.append(orderJson(o, hrp_));
      out["orders"] = orders;
      out["next"] = page->next ? QJsonValue(orderCursorString(*page->next)) : QJsonValue();
      return {};
    }));
    return QJsonValue(out);
  }

  Result<QJsonValue> delegateList(const QJsonObject& object) {
    RpcParams params(object);
    WB_TRY(params.finish());
    WB_TRY_ASSIGN(delegates, listDelegates(node_.chain()));
    return QJsonValue(delegateListJson(*delegates, node_.params().activeDelegates, hrp_));
  }

  Result<QJsonValue> devProduce(const QJsonObject& object) {
    RpcParams params(object);
    auto blocks = params.optionalInteger("blocks", 1, kMaxDevBlocks);
    WB_TRY(blocks);
    WB_TRY(params.finish());
    WB_TRY_ASSIGN(made, node_.devProduce(static_cast<std::size_t>(blocks->value_or(1))));
    QJsonArray hashes;
    for (const Hash32& h : *made) hashes.append(hexString(h));
    return QJsonValue(QJsonObject{{"hashes", hashes}, {"height", static_cast<qint64>(node_.chain().tip().height)}});
  }

private:
  Node& node_;
  std::string hrp_;
};

}  // namespace

Status registerChainRpc(Node& node, rpc::RpcDispatcher& dispatcher) {
  auto methods = std::make_shared<ChainMethods>(node);
  using Method = Result<QJsonValue> (ChainMethods::*)(const QJsonObject&);
  // Methods that need the mempool, the peers or the producer: on the node's thread.
  const std::pair<const char*, Method> nodeTable[] = {
      {"node_info", &ChainMethods::nodeInfo},         {"node_peers", &ChainMethods::nodePeers},
      {"node_connect", &ChainMethods::nodeConnect},   {"node_ban", &ChainMethods::nodeBan},
      {"node_evidence", &ChainMethods::nodeEvidence}, {"chain_tx", &ChainMethods::chainTx},
      {"account_get", &ChainMethods::accountGet},     {"tx_submit", &ChainMethods::txSubmit},
      {"tx_status", &ChainMethods::txStatus},         {"mempool_info", &ChainMethods::mempoolInfo},
      {"dev_produce", &ChainMethods::devProduce},
  };
  // Methods that read the chain only: on the reader threads (DESIGN §5), so a
  // long page never delays a block.
  const std::pair<const char*, Method> readerTable[] = {
      {"chain_block", &ChainMethods::chainBlock}, {"order_get", &ChainMethods::orderGet},
      {"order_list", &ChainMethods::orderList},   {"delegate_list", &ChainMethods::delegateList},
      {"state_proof", &ChainMethods::stateProof},
  };
  // `method = method`: a structured binding cannot be captured by name before C++20's fix (clang 14).
  for (const auto& [name, method] : nodeTable) {
    WB_TRY(dispatcher.registerSyncMethod(
        QString::fromLatin1(name),
        [methods, method = method](const QJsonObject& params) { return ((*methods).*method)(params); }));
  }
  ReaderPool* readers = &node.readers();
  for (const auto& [name, method] : readerTable) {
    WB_TRY(dispatcher.registerMethod(
        QString::fromLatin1(name), [methods, readers, method = method](const QJsonObject& params, rpc::RpcReply reply) {
          readers->post([methods, method, params, reply]() mutable { reply.complete(((*methods).*method)(params)); });
        }));
  }
  return {};
}

}  // namespace wb::node
