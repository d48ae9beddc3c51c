// How the node's RPC methods and events write ledger objects as JSON (DESIGN §7):
// hashes as lower-case hex, accounts as bech32m addresses of the network's hrp,
// amounts as decimal WBL strings ("12.5"), never as JSON numbers.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <string_view>

#include "chain/core/block.h"
#include "chain/core/ids.h"
#include "chain/state/records.h"
#include "interfaces/node_types.h"

namespace wb::node {

QString hexString(ByteView bytes);
// The bech32m address of `key` with `hrp`.
QString addressString(std::string_view hrp, const AccountKey& key);
// "12.5": the amount in WBL.
QString amountString(Amount units);

// {txid, kind, sender, nonce, fee, size, …payload fields by kind}.
QJsonObject txJson(const Tx& tx, const Hash32& txid, std::string_view hrp);
// {hash, height, prev, time, tx_root, state_root, bits, nonce, producer, size, tx_count, txs?}.
// `withTxs`: full transactions, else their txids.
QJsonObject blockJson(const Block& block, const BlockHash& hash, std::string_view hrp, bool withTxs);
// {address, balance, nonce, stake, pending_stake, unbonding}.
QJsonObject accountJson(const state::Account& account, const AccountKey& key, std::string_view hrp);
// Every order field; parties as addresses, note/tracking as hex, status as "PAID"…
QJsonObject orderJson(const state::Order& order, std::string_view hrp);
// {address, name, votes, registered_height, produced, missed}.
QJsonObject delegateJson(const state::Delegate& delegate, const AccountKey& key, std::string_view hrp);
// delegate_list's answer: {delegates: [delegateJson + rank, active], active: activeDelegates}.
QJsonObject delegateListJson(const std::vector<DelegateEntry>& delegates, std::uint32_t activeDelegates,
                             std::string_view hrp);

// The order a transaction acts on (its txid for ORDER_CREATE), if it is an order transaction.
std::optional<OrderId> orderOfTx(const Tx& tx, const Hash32& txid);

}  // namespace wb::node
