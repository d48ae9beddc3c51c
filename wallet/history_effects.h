// The effects of one transaction or deadline on every account it touches, as the
// history attributes them (internal to wallet/history.cpp). Blocks on the chain hold
// only valid transactions, so the effects follow from the transaction and the
// followed order alone, without the ledger state. What an event does to an order
// (status, escrow, payouts, next deadline) is the ledger's own transition
// (chain/state/order_transition.h); this file only says who it touched and how.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chain/core/params.h"
#include "chain/core/tx.h"
#include "wallet/history_entry.h"
#include "wallet/history_tracker.h"

namespace wb::history_detail {

// One account's part in one event.
struct PartyEffect {
  AccountKey key{};
  Amount credit = 0;
  Amount debit = 0;  // fee included
  Amount fee = 0;
  std::uint16_t roles = 0;
  AccountKey counterparty{};
};

// Everything one event did, to every account it touched.
struct Effects {
  EntryKind kind = EntryKind::Transfer;
  Hash32 txid{};
  std::optional<OrderId> order;
  std::string item;
  std::string memo;
  const Bytes* note = nullptr;  // note or tracking wire bytes, when the event carries some
  AccountKey noteSender{};
  AccountKey noteRecipient{};
  std::vector<PartyEffect> parties;

  // Adds `roles` to `key`'s part (creating it); the first counterparty given sticks.
  PartyEffect& involve(const AccountKey& key, std::uint16_t roles, const AccountKey& counterparty);
};

// The effects of `tx` (id `txid`) in block `height`; records in `tracker` what later
// blocks need (new and changed orders, unbonding releases).
Effects txEffects(const Tx& tx, const TxId& txid, std::uint64_t height, const ChainParams& params,
                  HistoryTracker& tracker);

// The effects of the due deadline of `order` at the start of block `height`, as the
// ledger applies it; records the order's end in `tracker`.
Effects deadlineEffects(const FollowedOrder& order, std::uint64_t height, HistoryTracker& tracker);

}  // namespace wb::history_detail
