#include "chain/state/ledger.h"

#include <set>
#include <utility>

#include "chain/core/bech32m.h"
#include "chain/core/short_hex.h"
#include "chain/core/tx_check.h"
#include "chain/state/state_errc.h"

namespace wb::state {

Status Ledger::applyGenesis(const GenesisState& genesis) {
  Totals totals;
  std::set<AccountKey> seen;
  for (const GenesisAllocation& a : genesis.allocations) {
    if (!seen.insert(a.account).second) {
      return fail(StateErrc::BadGenesis, "account " + shortHex(a.account) + " is allocated twice");
    }
    auto sum = checkedAdd(a.balance, a.stake);
    if (sum) sum = checkedAdd(totals.minted, *sum);
    if (!sum) return fail(StateErrc::BadGenesis, "the genesis supply does not fit in 64 bits");
    totals.minted = *sum;
    Account account;
    account.balance = a.balance;
    account.matureStake = a.stake;
    WB_TRY(tables_.putAccount(a.account, account));
  }
  std::set<std::string> names;
  for (const GenesisDelegate& d : genesis.delegates) {
    if (!isValidDelegateName(d.name)) {
      return fail(StateErrc::BadGenesis, "'" + d.name + "' is not a valid delegate name");
    }
    if (!names.insert(d.name).second)
      return fail(StateErrc::BadGenesis, "delegate name '" + d.name + "' is used twice");
    WB_TRY_ASSIGN(existing, tables_.delegate(d.account));
    if (*existing) return fail(StateErrc::BadGenesis, "account " + shortHex(d.account) + " is a delegate twice");
    WB_TRY(tables_.putDelegate(d.account, Delegate{d.name, 0, 0, 0, 0}));
    WB_TRY(tables_.putDelegateName(d.name, d.account));
    ++totals.delegates;
  }
  return tables_.putTotals(totals);
}

Status Ledger::beginBlock(const BlockContext& context) {
  context_ = context;
  collectedFees_ = 0;
  for (std::size_t applied = 0; applied < kMaxDeadlineTransitionsPerBlock; ++applied) {
    WB_TRY_ASSIGN(next, tables_.firstDeadline());
    if (!*next || (*next)->height > context_.height) return {};
    const Deadline due = **next;
    WB_TRY(tables_.removeDeadline(due));
    switch (due.kind) {
      case DeadlineKind::Order:
        WB_TRY(applyOrderDeadline(OrderId{due.id}));
        break;
      case DeadlineKind::StakeMaturity:
        WB_TRY(applyStakeMaturity(AccountKey{due.id}));
        break;
      case DeadlineKind::UnbondingRelease:
        WB_TRY(applyUnbondingRelease(AccountKey{due.id}));
        break;
    }
  }
  return {};  // the rest carry over to the next block
}

Status Ledger::finishBlock() {
  const Amount fees = std::exchange(collectedFees_, 0);
  WB_TRY(credit(context_.producer, fees));
  if (params_.blockReward == 0) return {};
  WB_TRY_ASSIGN(totals, tables_.totals());
  auto minted = checkedAdd(totals->minted, params_.blockReward);
  if (!minted) return fail(StateErrc::Overflow, "the block reward would overflow the total supply");
  totals->minted = *minted;
  WB_TRY(tables_.putTotals(*totals));
  return credit(context_.producer, params_.blockReward);
}

Status Ledger::credit(const AccountKey& key, Amount amount) {
  if (amount == 0) return {};
  WB_TRY_ASSIGN(account, tables_.account(key));
  auto balance = checkedAdd(account->balance, amount);
  if (!balance) return fail(StateErrc::Overflow, "the balance of " + shortHex(key) + " would overflow");
  account->balance = *balance;
  return tables_.putAccount(key, *account);
}

Status Ledger::chargeSender(const Tx& tx, Account& sender, Amount moved) const {
  auto needed = checkedAdd(tx.fee, moved);
  if (!needed || *needed > sender.balance) {
    return fail(StateErrc::InsufficientFunds,
                "insufficient funds: the transaction needs " + formatAmount(needed ? *needed : moved) +
                    " WBL (fee included) but the balance is " + formatAmount(sender.balance) + " WBL");
  }
  sender.balance -= *needed;
  sender.nonce += 1;
  return {};
}

Status Ledger::applyTx(const Tx& tx, const Hash32& txid) {
  WB_TRY_ASSIGN(sender, tables_.account(tx.sender));
  if (sender->nonce != tx.nonce) {
    return fail(StateErrc::BadNonce, "wrong nonce: the account's next nonce is " + std::to_string(sender->nonce) +
                                         ", the transaction has " + std::to_string(tx.nonce) +
                                         (tx.nonce < sender->nonce ? " (already used)" : " (too far ahead)"));
  }
  Status applied = std::visit(
      [&](const auto& p) -> Status {
        using P = std::decay_t<decltype(p)>;
        if constexpr (std::is_same_v<P, TransferPayload>)
          return applyTransfer(tx, p, *sender);
        else if constexpr (std::is_same_v<P, OrderCreatePayload>)
          return applyOrderCreate(tx, TxId{txid}, p, *sender);
        else if constexpr (std::is_same_v<P, OrderPayPayload>)
          return applyOrderPay(tx, p, *sender);
        else if constexpr (std::is_same_v<P, OrderShipPayload>)
          return applyOrderShip(tx, p, *sender);
        else if constexpr (std::is_same_v<P, OrderConfirmPayload>)
          return applyOrderConfirm(tx, p, *sender);
        else if constexpr (std::is_same_v<P, OrderCancelPayload>)
          return applyOrderCancel(tx, p, *sender);
        else if constexpr (std::is_same_v<P, OrderDisputePayload>)
          return applyOrderDispute(tx, p, *sender);
        else if constexpr (std::is_same_v<P, OrderResolvePayload>)
          return applyOrderResolve(tx, p, *sender);
        else if constexpr (std::is_same_v<P, StakePayload>)
          return applyStake(tx, p, *sender);
        else if constexpr (std::is_same_v<P, UnstakePayload>)
          return applyUnstake(tx, p, *sender);
        else if constexpr (std::is_same_v<P, RegisterDelegatePayload>)
          return applyRegisterDelegate(tx, p, *sender);
        else
          return applyVote(tx, p, *sender);
      },
      tx.payload);
  WB_TRY(applied);
  // Fees reach the producer when the block ends (one write instead of one per
  // transaction); they cannot overflow since every fee came out of a balance.
  collectedFees_ += tx.fee;
  return {};
}

Status Ledger::applyTransfer(const Tx& tx, const TransferPayload& p, Account& sender) {
  WB_TRY(chargeSender(tx, sender, p.amount));
  WB_TRY(tables_.putAccount(tx.sender, sender));
  return credit(p.to, p.amount);
}

}  // namespace wb::state
