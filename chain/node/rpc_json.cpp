#include "chain/node/rpc_json.h"

#include "chain/core/bech32m.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"

namespace wb::node {
namespace {

QString fromStd(const std::string& s) { return QString::fromStdString(s); }
QString hashString(const Hash32& h) { return hexString(h); }

// Writes the payload fields of one transaction kind into `out`.
struct PayloadWriter {
  QJsonObject& out;
  std::string_view hrp;

  void operator()(const TransferPayload& p) const {
    out["to"] = addressString(hrp, p.to);
    out["amount"] = amountString(p.amount);
    out["memo"] = fromStd(p.memo);
  }
  void operator()(const OrderCreatePayload& p) const {
    out["merchant"] = addressString(hrp, p.merchant);
    out["buyer"] = addressString(hrp, p.buyer);
    if (!isZero(p.arbiter)) out["arbiter"] = addressString(hrp, p.arbiter);
    out["item"] = fromStd(p.item);
    out["quantity"] = static_cast<qint64>(p.quantity);
    out["unit_price"] = amountString(p.unitPrice);
    out["pay_window"] = static_cast<qint64>(p.payWindow);
    out["ship_window"] = static_cast<qint64>(p.shipWindow);
    out["confirm_window"] = static_cast<qint64>(p.confirmWindow);
    out["note"] = hexString(p.note);
  }
  void operator()(const OrderPayPayload& p) const {
    out["order"] = hashString(p.order);
    out["amount"] = amountString(p.amount);
  }
  void operator()(const OrderShipPayload& p) const {
    out["order"] = hashString(p.order);
    out["tracking"] = hexString(p.tracking);
  }
  void operator()(const OrderConfirmPayload& p) const { out["order"] = hashString(p.order); }
  void operator()(const OrderCancelPayload& p) const {
    out["order"] = hashString(p.order);
    out["reason"] = fromStd(p.reason);
  }
  void operator()(const OrderDisputePayload& p) const {
    out["order"] = hashString(p.order);
    out["reason"] = fromStd(p.reason);
  }
  void operator()(const OrderResolvePayload& p) const {
    out["order"] = hashString(p.order);
    out["to_payer"] = amountString(p.toPayer);
  }
  void operator()(const StakePayload& p) const { out["amount"] = amountString(p.amount); }
  void operator()(const UnstakePayload& p) const { out["amount"] = amountString(p.amount); }
  void operator()(const RegisterDelegatePayload& p) const { out["name"] = fromStd(p.name); }
  void operator()(const VotePayload& p) const {
    QJsonArray list;
    for (const AccountKey& d : p.delegates) list.append(addressString(hrp, d));
    out["delegates"] = list;
  }
};

QJsonArray lotsJson(const std::vector<state::StakeLot>& lots) {
  QJsonArray out;
  for (const state::StakeLot& lot : lots) {
    out.append(QJsonObject{{"height", static_cast<qint64>(lot.height)}, {"amount", amountString(lot.amount)}});
  }
  return out;
}

}  // namespace

QString hexString(ByteView bytes) { return fromStd(toHex(bytes)); }

QString addressString(std::string_view hrp, const AccountKey& key) { return fromStd(encodeAddress(hrp, key)); }

QString amountString(Amount units) { return fromStd(formatAmount(units)); }

QJsonObject txJson(const Tx& tx, const Hash32& txid, std::string_view hrp) {
  QJsonObject out;
  out["txid"] = hashString(txid);
  out["kind"] = QString::fromUtf8(txKindName(tx.kind()));
  out["sender"] = addressString(hrp, tx.sender);
  out["nonce"] = static_cast<qint64>(tx.nonce);
  out["fee"] = amountString(tx.fee);
  out["size"] = static_cast<qint64>(encodedTxSize(tx));
  std::visit(PayloadWriter{out, hrp}, tx.payload);
  return out;
}

QJsonObject blockJson(const Block& block, const BlockHash& hash, std::string_view hrp, bool withTxs) {
  const BlockHeader& h = block.header;
  QJsonObject out;
  out["hash"] = hashString(hash);
  out["height"] = static_cast<qint64>(h.height);
  out["prev"] = hashString(h.prev);
  out["time"] = static_cast<qint64>(h.time);
  out["tx_root"] = hashString(h.txRoot);
  out["state_root"] = hashString(h.stateRoot);
  out["bits"] = static_cast<qint64>(h.bits);
  out["nonce"] = QString::number(h.nonce);  // u64: beyond a double's exact range
  out["producer"] = addressString(hrp, h.producer);
  out["size"] = static_cast<qint64>(encodedBlockSize(block));
  out["tx_count"] = static_cast<qint64>(block.txs.size());
  QJsonArray txs;
  for (const Tx& tx : block.txs) {
    const Hash32 txid = computeTxid(tx);
    if (withTxs) {
      txs.append(txJson(tx, txid, hrp));
    } else {
      txs.append(hashString(txid));
    }
  }
  out["txs"] = txs;
  return out;
}

QJsonObject accountJson(const state::Account& account, const AccountKey& key, std::string_view hrp) {
  QJsonObject out;
  out["address"] = addressString(hrp, key);
  out["balance"] = amountString(account.balance);
  out["nonce"] = static_cast<qint64>(account.nonce);
  out["stake"] = amountString(account.matureStake);
  out["pending_stake"] = lotsJson(account.pendingStake);
  out["unbonding"] = lotsJson(account.unbonding);
  return out;
}

QJsonObject orderJson(const state::Order& o, std::string_view hrp) {
  QJsonObject out;
  out["id"] = hashString(o.id);
  out["creator"] = addressString(hrp, o.creator);
  out["merchant"] = addressString(hrp, o.merchant);
  out["buyer"] = addressString(hrp, o.buyer);
  out["arbiter"] = o.hasArbiter() ? QJsonValue(addressString(hrp, o.arbiter)) : QJsonValue();
  out["item"] = fromStd(o.item);
  out["quantity"] = static_cast<qint64>(o.quantity);
  out["unit_price"] = amountString(o.unitPrice);
  out["total"] = amountString(o.total());
  out["windows"] = QJsonObject{{"pay", static_cast<qint64>(o.windows.pay)},
                               {"ship", static_cast<qint64>(o.windows.ship)},
                               {"confirm", static_cast<qint64>(o.windows.confirm)}};
  out["note"] = hexString(o.note);
  out["tracking"] = hexString(o.tracking);
  out["reason"] = fromStd(o.reason);
  out["status"] = QString::fromUtf8(state::orderStatusName(o.status));
  out["payer"] = isZero(o.payer) ? QJsonValue() : QJsonValue(addressString(hrp, o.payer));
  out["escrow"] = amountString(o.escrow);
  out["released_to_merchant"] = amountString(o.releasedToMerchant);
  out["returned_to_payer"] = amountString(o.returnedToPayer);
  out["deadline"] = static_cast<qint64>(o.deadline);
  out["created_height"] = static_cast<qint64>(o.createdHeight);
  out["paid_height"] = static_cast<qint64>(o.paidHeight);
  out["shipped_height"] = static_cast<qint64>(o.shippedHeight);
  out["disputed_height"] = static_cast<qint64>(o.disputedHeight);
  out["closed_height"] = static_cast<qint64>(o.closedHeight);
  return out;
}

QJsonObject delegateJson(const state::Delegate& d, const AccountKey& key, std::string_view hrp) {
  QJsonObject out;
  out["address"] = addressString(hrp, key);
  out["name"] = fromStd(d.name);
  out["votes"] = amountString(d.votes);
  out["registered_height"] = static_cast<qint64>(d.registeredHeight);
  out["produced"] = static_cast<qint64>(d.produced);
  out["missed"] = static_cast<qint64>(d.missed);
  return out;
}

QJsonObject delegateListJson(const std::vector<DelegateEntry>& delegates, std::uint32_t activeDelegates,
                             std::string_view hrp) {
  QJsonArray list;
  for (const DelegateEntry& d : delegates) {
    QJsonObject entry = delegateJson(d.delegate, d.key, hrp);
    entry["rank"] = static_cast<qint64>(d.rank);
    entry["active"] = d.active;
    list.append(entry);
  }
  return QJsonObject{{"delegates", list}, {"active", static_cast<qint64>(activeDelegates)}};
}

std::optional<OrderId> orderOfTx(const Tx& tx, const Hash32& txid) {
  return std::visit(
      [&](const auto& p) -> std::optional<OrderId> {
        using P = std::decay_t<decltype(p)>;
        if constexpr (std::is_same_v<P, OrderCreatePayload>) {
          return OrderId{txid};  // an order's id is its ORDER_CREATE's txid
        } else if constexpr (requires { p.order; }) {
          return p.order;
        } else {
          return std::nullopt;
        }
      },
      tx.payload);
}

}  // namespace wb::node
