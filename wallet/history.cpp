#include "wallet/history.h"

#include <algorithm>

#include "chain/core/tx_sign.h"
#include "chain/store/chain.h"
#include "chain/store/store_errc.h"
#include "wallet/history_effects.h"
#include "wallet/wallet_errc.h"

namespace wb {

using history_detail::Effects;
using history_detail::PartyEffect;

struct History::BlockScan {
  std::uint64_t height = 0;
  std::uint64_t time = 0;
  std::uint32_t ordinal = 0;
};

History::History(const ChainParams& params, std::vector<AccountKey> accounts, std::uint64_t undoDepth)
    : params_(params), accounts_(accounts.begin(), accounts.end()), undoDepth_(std::max<std::uint64_t>(undoDepth, 1)) {}

void History::record(BlockScan& scan, const Effects& effects) {
  for (const PartyEffect& party : effects.parties) {
    if (!accounts_.contains(party.key)) continue;
    HistoryEntry entry;
    entry.position = {scan.height, scan.ordinal++};
    entry.height = scan.height;
    entry.time = scan.time;
    entry.txid = effects.txid;
    entry.kind = effects.kind;
    entry.roles = party.roles;
    entry.account = party.key;
    entry.counterparty = party.counterparty;
    if (party.roles & role::kSender) {
      const bool alone = isZero(party.counterparty) || party.counterparty == party.key;
      entry.direction = alone ? Direction::Self : Direction::Out;
    } else {
      entry.direction = Direction::In;
    }
    entry.amount = SignedAmount::net(party.credit, party.debit);
    entry.fee = party.fee;
    entry.order = effects.order;
    entry.item = effects.item;
    entry.memo = effects.memo;
    if (effects.note) {
      entry.noteSender = effects.noteSender;
      entry.noteRecipient = effects.noteRecipient;
      auto note = openOrderNote(opener_, party.key, effects.noteSender, effects.noteRecipient, *effects.note);
      if (note) {
        entry.noteText = std::move(note->text);
      } else {
        entry.sealedNote = *effects.note;  // maybe readable once the wallet is unlocked
      }
    }
    entries_.push_back(std::move(entry));
  }
}

Status History::blockConnected(const Block& block, std::uint64_t height) {
  const BlockHeader& header = block.header;
  if (header.height != height) {
    return fail(WalletErrc::HistoryOutOfOrder,
                "the block says it is at height " + std::to_string(header.height) + ", not " + std::to_string(height));
  }
  if (tip_ && (height != tip_->height + 1 || header.prev != tip_->hash)) {
    return fail(WalletErrc::HistoryOutOfOrder, "block " + std::to_string(height) +
                                                   " does not extend the history's tip at height " +
                                                   std::to_string(tip_->height));
  }
  BlockScan scan{height, header.time, 0};

  // In the ledger's order: deadlines first, then the transactions, then the reward.
  for (const OrderId& id : tracker_.dueOrders(height)) {
    const FollowedOrder due = *tracker_.order(id);
    record(scan, history_detail::deadlineEffects(due, height, tracker_));
  }
  for (const auto& [account, amount] : tracker_.takeReleases(height)) {
    Effects released;
    released.kind = EntryKind::StakeReleased;
    released.involve(account, 0, AccountKey{}).credit = amount;
    record(scan, released);
  }
  Amount fees = 0;
  for (const Tx& tx : block.txs) {
    const Amount fee = recordTx(scan, tx);
    fees = checkedAdd(fees, fee).ok() ? fees + fee : fees;
  }
  if (accounts_.contains(header.producer)) {
    Effects reward;
    reward.kind = EntryKind::BlockReward;
    auto earned = checkedAdd(params_.blockReward, fees);
    reward.involve(header.producer, role::kProducer, AccountKey{}).credit = earned ? *earned : fees;
    record(scan, reward);
  }
  tip_ = TipPosition{blockHash(header), height};
  if (height >= undoDepth_) {
    undoFloor_ = std::max(undoFloor_, height - undoDepth_ + 1);
    tracker_.forgetUndoBelow(undoFloor_);
  }
  return {};
}

Amount History::recordTx(BlockScan& scan, const Tx& tx) {
  record(scan, history_detail::txEffects(tx, computeTxid(tx), scan.height, params_, tracker_));
  return tx.fee;
}

Status History::partialBlockConnected(const PartialBlock& block) {
  if (tip_ && block.height <= tip_->height) {
    return fail(WalletErrc::HistoryOutOfOrder, "block " + std::to_string(block.height) +
                                                   " is not above the history's tip at height " +
                                                   std::to_string(tip_->height));
  }
  BlockScan scan{block.height, block.time, 0};
  for (const Tx& tx : block.txs) (void)recordTx(scan, tx);
  tip_ = TipPosition{block.hash, block.height};
  return {};
}

void History::followOrder(const state::Order& order) {
  if (tracker_.order(order.id) != nullptr) return;
  tracker_.putOrder(order.createdHeight,
                    FollowedOrder::created(order.id, order.creator, order.merchant, order.buyer, order.arbiter,
                                           order.item, order.total(), order.windows, order.createdHeight));
}

Status History::blockDisconnected(const Block& block) {
  if (!tip_ || blockHash(block.header) != tip_->hash || block.header.height != tip_->height) {
    return fail(WalletErrc::HistoryOutOfOrder, "only the history's tip block can be disconnected");
  }
  if (tip_->height < undoFloor_) {
    return fail(WalletErrc::HistoryOutOfOrder,
                "block " + std::to_string(tip_->height) + " is deeper than the history can undo; rescan instead");
  }
  const std::uint64_t height = tip_->height;
  while (!entries_.empty() && entries_.back().height == height) entries_.pop_back();
  tracker_.undo(height);
  tip_ = TipPosition{block.header.prev, height - 1};
  return {};
}

Status History::rescan(const Chain& chain, std::uint64_t fromHeight, std::uint64_t maxBlocks) {
  // Scan into a fresh history, so a failure leaves this one as it was.
  History fresh(params_, std::vector<AccountKey>(accounts_.begin(), accounts_.end()), undoDepth_);
  fresh.opener_ = opener_;
  const TipPosition tip = chain.tip();
  const std::uint64_t start = std::max<std::uint64_t>(fromHeight, 1);
  if (start > tip.height) {
    fresh.tip_ = tip;
  } else {
    WB_TRY_ASSIGN(before, chain.hashAtHeight(start - 1));
    if (!*before) return fail(StoreErrc::ChainUnknownBlock, "the chain changed during the rescan");
    fresh.tip_ = TipPosition{**before, start - 1};
  }
  const std::uint64_t last = maxBlocks >= tip.height ? tip.height : std::min(tip.height, start - 1 + maxBlocks);
  for (std::uint64_t height = start; height <= last; ++height) {
    WB_TRY_ASSIGN(hash, chain.hashAtHeight(height));
    if (!*hash) return fail(StoreErrc::ChainUnknownBlock, "the chain changed during the rescan");
    WB_TRY_ASSIGN(block, chain.block(**hash));
    if (!*block) return fail(StoreErrc::ChainUnknownBlock, "block " + std::to_string(height) + " is missing its body");
    WB_TRY(fresh.blockConnected(**block, height));
  }
  entries_ = std::move(fresh.entries_);
  tracker_ = std::move(fresh.tracker_);
  tip_ = fresh.tip_;
  undoFloor_ = fresh.undoFloor_;
  return {};
}

std::size_t History::revealNotes() {
  std::size_t opened = 0;
  for (HistoryEntry& entry : entries_) {
    if (entry.sealedNote.empty()) continue;
    auto note = openOrderNote(opener_, entry.account, entry.noteSender, entry.noteRecipient, entry.sealedNote);
    if (!note) continue;
    entry.noteText = std::move(note->text);
    entry.sealedNote.clear();
    ++opened;
  }
  return opened;
}

}  // namespace wb
