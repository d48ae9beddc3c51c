// The history of a set of the wallet's accounts (DESIGN §6), across every kind: as
// sender, transfer recipient, buyer, merchant, payer, arbiter, staker, voter,
// delegate and block producer. Orders are recognised from their ORDER_CREATE and
// followed by id, so later payments, payouts and deadline transitions (expiry,
// refund, auto-confirm, dispute split) are attributed to their parties.
//
// Built by scanning blocks from the wallet's birthday to the tip (rescan), then kept
// current block by block (blockConnected / blockDisconnected). Kept in memory only: a
// restart rescans. Plain C++ (no Qt); not synchronised: one thread owns it (the
// wallet's), which may hand out copies of query pages.
//
// Notes and tracking are opened for the wallet's accounts through a NoteOpener (the
// keystore while unlocked); notes that cannot be read yet stay sealed in their entry
// until revealNotes() succeeds.
//
// Limits: payouts of an order created before the scan began are not known (only the
// account's own transactions on it are listed); every open order on the chain is
// followed (memory grows with the number of open orders, not with the chain).
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "chain/core/block.h"
#include "chain/core/chain_position.h"
#include "chain/core/ids.h"
#include "chain/core/params.h"
#include "wallet/history_entry.h"
#include "wallet/history_tracker.h"
#include "wallet/note_opener.h"

namespace wb {

class Chain;
namespace history_detail {
struct Effects;
}

// The most entries one query returns.
inline constexpr std::size_t kMaxHistoryPage = 500;
// How many of the latest blocks can be disconnected without a rescan by default. Undo
// records cover every followed order, so they are kept for recent blocks only.
inline constexpr std::uint64_t kDefaultHistoryUndoDepth = 10'000;

// A block of which only some transactions are known: a light node keeps no block
// bodies, only the transactions it submitted and proved included (DESIGN §11).
struct PartialBlock {
  std::uint64_t height = 0;
  std::uint64_t time = 0;  // the header's time
  BlockHash hash{};
  std::vector<Tx> txs;  // in block order
};

// A page request: newest first, entries strictly older than `before` when given.
struct HistoryQuery {
  std::optional<AccountKey> account;  // only this account's entries
  std::optional<EntryKind> kind;      // only this kind
  // Case-insensitive (ASCII) substring of the memo, item, note text, counterparty
  // address, txid or order id (hex). Empty = no text filter.
  std::string text;
  std::optional<HistoryCursor> before;
  std::size_t limit = 50;  // clamped to kMaxHistoryPage
};

struct HistoryPage {
  std::vector<HistoryEntry> entries;  // newest first
  // Set when the page is full: pass it as `before` for the next (older) page.
  std::optional<HistoryCursor> next;
};

class History {
public:
  // `params` must outlive the history (its hrp names counterparties in searches;
  // rewards, fees and windows come from it). The latest `undoDepth` (≥ 1) blocks can
  // be disconnected; deeper reorganisations need a rescan.
  History(const ChainParams& params, std::vector<AccountKey> accounts,
          std::uint64_t undoDepth = kDefaultHistoryUndoDepth);

  // Sets how notes are opened (empty = not at all; plain notes are always read).
  void setNoteOpener(NoteOpener opener) { opener_ = std::move(opener); }

  // Rebuilds the history from `chain`'s main chain, blocks fromHeight (at least 1)
  // to the tip — or only the first `maxBlocks` of them, leaving the history's tip
  // there so blockConnected can go on from it. On failure (ChainUnknownBlock when
  // the chain changed under the scan, or a storage error) the history is unchanged.
  [[nodiscard]] Status rescan(const Chain& chain, std::uint64_t fromHeight, std::uint64_t maxBlocks = UINT64_MAX);

  // Adds the entries of `block`, which must be block `height` and extend the
  // history's tip (any block when the history has none). Fails with
  // WalletErrc::HistoryOutOfOrder, changing nothing.
  [[nodiscard]] Status blockConnected(const Block& block, std::uint64_t height);

  // Adds the entries of the known transactions of `block` (a light node's, see
  // PartialBlock): what they did to the wallet's accounts, as blockConnected
  // would. Deadline events, unbonding releases and block rewards need every
  // block and are not known. `block` must be above the history's tip (any block
  // when it has none); fails with WalletErrc::HistoryOutOfOrder, changing nothing.
  [[nodiscard]] Status partialBlockConnected(const PartialBlock& block);

  // Follows `order`, whose ORDER_CREATE the history has not seen (a light node
  // learns it from a proof), as it was when created: the transactions on it
  // connected afterwards name its parties and item, and its payouts count, as
  // in a history that scanned its creation. An order followed already is left
  // as it is.
  void followOrder(const state::Order& order);

  // Removes the entries of `block`, which must be the history's tip, and undoes what
  // it changed. Fails with WalletErrc::HistoryOutOfOrder (not the tip, or deeper than the
  // undo depth: rescan instead), changing nothing.
  [[nodiscard]] Status blockDisconnected(const Block& block);

  // Tries to open every note still sealed, with the current opener. Returns how many
  // were opened.
  std::size_t revealNotes();

  // One page of entries matching `query` (see HistoryQuery).
  HistoryPage query(const HistoryQuery& query) const;

  // The last block taken in, if any.
  const std::optional<TipPosition>& tip() const { return tip_; }
  std::size_t size() const { return entries_.size(); }
  const std::set<AccountKey>& accounts() const { return accounts_; }

private:
  struct BlockScan;
  // Turns `effects` into entries for the wallet's accounts among its parties.
  void record(BlockScan& scan, const history_detail::Effects& effects);
  // Records the effects of `tx` in the block `scan` reads; returns its fee.
  Amount recordTx(BlockScan& scan, const Tx& tx);
  bool matches(const HistoryEntry& entry, const HistoryQuery& query, const std::string& needle) const;

  const ChainParams& params_;
  std::set<AccountKey> accounts_;
  NoteOpener opener_;
  std::vector<HistoryEntry> entries_;  // oldest first, by position
  HistoryTracker tracker_;
  std::optional<TipPosition> tip_;
  std::uint64_t undoDepth_;
  std::uint64_t undoFloor_ = 0;  // blocks below this height cannot be disconnected
};

}  // namespace wb
