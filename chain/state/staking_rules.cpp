// Staking and delegates (DESIGN §3): STAKE, UNSTAKE, REGISTER_DELEGATE, VOTE, and
// the maturity and release of stake lots. A voter's whole stake (pending + mature)
// is the weight of each delegate it votes for, kept current as the stake changes.
#include <algorithm>
#include <set>

#include "chain/state/ledger.h"
#include "chain/state/stake_schedule.h"
#include "chain/state/state_errc.h"

namespace wb::state {

Status Ledger::changeVoteWeight(const AccountKey& voter, Amount amount, bool add) {
  if (amount == 0) return {};
  WB_TRY_ASSIGN(voted, tables_.votes(voter));
  for (const AccountKey& key : *voted) {
    WB_TRY_ASSIGN(d, tables_.delegate(key));
    if (!*d) return fail(StateErrc::Corrupt, "a vote names a delegate that does not exist");
    auto votes = add ? checkedAdd((*d)->votes, amount) : checkedSub((*d)->votes, amount);
    if (!votes) return fail(StateErrc::Corrupt, "a delegate's vote weight is inconsistent");
    (*d)->votes = *votes;
    WB_TRY(tables_.putDelegate(key, **d));
  }
  return {};
}

Status Ledger::applyStake(const Tx& tx, const StakePayload& p, Account& sender) {
  WB_TRY(chargeSender(tx, sender, p.amount));
  const std::uint64_t matures = stakeMaturityHeight(params_, context_.height);
  if (!sender.pendingStake.empty() && sender.pendingStake.back().height == matures) {
    sender.pendingStake.back().amount += p.amount;
  } else {
    sender.pendingStake.push_back({matures, p.amount});
  }
  WB_TRY(tables_.putAccount(tx.sender, sender));
  WB_TRY(tables_.addDeadline({matures, DeadlineKind::StakeMaturity, tx.sender}));
  return changeVoteWeight(tx.sender, p.amount, true);
}

Status Ledger::applyUnstake(const Tx& tx, const UnstakePayload& p, Account& sender) {
  if (p.amount > sender.stakeTotal()) {
    return fail(StateErrc::InsufficientStake, "cannot unstake " + formatAmount(p.amount) + " WBL: the stake is " +
                                                  formatAmount(sender.stakeTotal()) + " WBL");
  }
  WB_TRY(chargeSender(tx, sender, 0));
  // Pending stake goes first, newest lot first, then mature stake.
  Amount left = p.amount;
  while (left > 0 && !sender.pendingStake.empty()) {
    StakeLot& lot = sender.pendingStake.back();
    const Amount take = std::min(left, lot.amount);
    lot.amount -= take;
    left -= take;
    if (lot.amount == 0) {
      // Another lot may share this maturity height only if it is this one, so the
      // deadline entry can go with it.
      WB_TRY(tables_.removeDeadline({lot.height, DeadlineKind::StakeMaturity, tx.sender}));
      sender.pendingStake.pop_back();
    }
  }
  sender.matureStake -= left;
  const std::uint64_t released = unbondingReleaseHeight(params_, context_.height);
  if (!sender.unbonding.empty() && sender.unbonding.back().height == released) {
    sender.unbonding.back().amount += p.amount;
  } else {
    sender.unbonding.push_back({released, p.amount});
  }
  WB_TRY(tables_.putAccount(tx.sender, sender));
  WB_TRY(tables_.addDeadline({released, DeadlineKind::UnbondingRelease, tx.sender}));
  return changeVoteWeight(tx.sender, p.amount, false);
}

Status Ledger::applyRegisterDelegate(const Tx& tx, const RegisterDelegatePayload& p, Account& sender) {
  WB_TRY_ASSIGN(existing, tables_.delegate(tx.sender));
  if (*existing) {
    return fail(StateErrc::AlreadyDelegate, "this account is already the delegate '" + (*existing)->name + "'");
  }
  WB_TRY_ASSIGN(owner, tables_.delegateByName(p.name));
  if (*owner) return fail(StateErrc::DelegateNameTaken, "the delegate name '" + p.name + "' is taken");
  WB_TRY(chargeSender(tx, sender, params_.delegateFee));
  WB_TRY_ASSIGN(totals, tables_.totals());
  auto burned = checkedAdd(totals->burned, params_.delegateFee);
  if (!burned) return fail(StateErrc::Overflow, "the burned total would overflow");
  totals->burned = *burned;
  ++totals->delegates;  // bounded by the accounts that paid the fee: cannot wrap

  WB_TRY(tables_.putAccount(tx.sender, sender));
  WB_TRY(tables_.putTotals(*totals));
  WB_TRY(tables_.putDelegate(tx.sender, Delegate{p.name, 0, context_.height, 0, 0}));
  return tables_.putDelegateName(p.name, tx.sender);
}

Status Ledger::applyVote(const Tx& tx, const VotePayload& p, Account& sender) {
  for (const AccountKey& key : p.delegates) {
    WB_TRY_ASSIGN(d, tables_.delegate(key));
    if (!*d) {
      return fail(StateErrc::UnknownDelegate,
                  "account " + toHex(ByteView(key).first(4)) + "… is not a registered delegate");
    }
  }
  WB_TRY(chargeSender(tx, sender, 0));
  WB_TRY(tables_.putAccount(tx.sender, sender));
  const Amount weight = sender.stakeTotal();
  WB_TRY(changeVoteWeight(tx.sender, weight, false));
  WB_TRY(tables_.putVotes(tx.sender, p.delegates));
  return changeVoteWeight(tx.sender, weight, true);
}

Status Ledger::recordProduction(std::span<const std::pair<AccountKey, std::uint64_t>> missed) {
  WB_TRY_ASSIGN(producer, tables_.delegate(context_.producer));
  if (*producer) {
    (*producer)->produced += 1;
    WB_TRY(tables_.putDelegate(context_.producer, **producer));
  }
  for (const auto& [key, count] : missed) {
    WB_TRY_ASSIGN(d, tables_.delegate(key));
    if (!*d) continue;
    (*d)->missed += count;
    WB_TRY(tables_.putDelegate(key, **d));
  }
  return {};
}

Status Ledger::applyStakeMaturity(const AccountKey& key) {
  WB_TRY_ASSIGN(account, tables_.account(key));
  auto& lots = account->pendingStake;
  const auto due = std::stable_partition(lots.begin(), lots.end(),
                                         [&](const StakeLot& lot) { return lot.height <= context_.height; });
  for (auto it = lots.begin(); it != due; ++it) account->matureStake += it->amount;
  lots.erase(lots.begin(), due);
  return tables_.putAccount(key, *account);
}

Status Ledger::applyUnbondingRelease(const AccountKey& key) {
  WB_TRY_ASSIGN(account, tables_.account(key));
  auto& lots = account->unbonding;
  const auto due = std::stable_partition(lots.begin(), lots.end(),
                                         [&](const StakeLot& lot) { return lot.height <= context_.height; });
  Amount released = 0;
  for (auto it = lots.begin(); it != due; ++it) released += it->amount;
  lots.erase(lots.begin(), due);
  auto balance = checkedAdd(account->balance, released);
  if (!balance) return fail(StateErrc::Overflow, "a balance would overflow");
  account->balance = *balance;
  return tables_.putAccount(key, *account);
}

}  // namespace wb::state
