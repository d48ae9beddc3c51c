// The ledger state machine (DESIGN §3): applies genesis, blocks and transactions
// to the state tables. It checks the rules that need state (nonces, balances,
// order states and parties, stake, delegates); the stateless rules and the
// signatures are checked by the caller first (tx_check.h, tx_sign.h).
//
// A transaction that breaks a rule fails before anything is written. Storage
// errors can occur after writes began; callers then abort the surrounding LMDB
// transaction or discard the overlay, as they do for any failed block.
#pragma once

#include <span>
#include <utility>
#include <vector>

#include "chain/core/params.h"
#include "chain/core/tx.h"
#include "chain/state/state_tables.h"

namespace wb::state {

struct OrderTransition;

// The genesis distribution: balances and stake (mature from the start), and the
// initial delegates of a DPoS network.
struct GenesisAllocation {
  AccountKey account{};
  Amount balance = 0;
  Amount stake = 0;
};
struct GenesisDelegate {
  AccountKey account{};
  std::string name;
};
struct GenesisState {
  std::vector<GenesisAllocation> allocations;
  std::vector<GenesisDelegate> delegates;
};

// Deadline transitions a block applies at most (DESIGN §3): the rest carry over,
// in the same (deadline, kind, id) order, to the next blocks, so one block's
// write transaction and undo record stay bounded however many deadlines an
// attacker aims at one height. A transaction touching an order whose deadline
// is due but carried over applies that order's transition first.
inline constexpr std::size_t kMaxDeadlineTransitionsPerBlock = 1000;

// The block whose transactions are being applied.
struct BlockContext {
  std::uint64_t height = 0;
  AccountKey producer{};  // receives the fees and the block reward
};

class Ledger {
public:
  // `params` and `kv` must outlive the ledger.
  Ledger(const ChainParams& params, KvStore& kv) : params_(params), tables_(kv) {}

  // Writes the genesis state (height 0) into an empty store. Fails with
  // StateErrc::BadGenesis on duplicate accounts or delegate names, invalid names, or a
  // supply that overflows.
  [[nodiscard]] Status applyGenesis(const GenesisState& genesis);

  // Starts block `context.height`: applies the deadlines due at or before it
  // (order expiry, refund, auto-confirm, dispute timeout, stake maturity,
  // unbonding release) in ascending (height, kind, id) order, at most
  // kMaxDeadlineTransitionsPerBlock of them.
  [[nodiscard]] Status beginBlock(const BlockContext& context);

  // Continues block `context.height` on a state where beginBlock already ran
  // (an overlay trying one more transaction): no deadline is applied again.
  void continueBlock(const BlockContext& context) {
    context_ = context;
    collectedFees_ = 0;
  }

  // Applies one transaction of the current block. `txid` is its id (the order id
  // of an ORDER_CREATE).
  [[nodiscard]] Status applyTx(const Tx& tx, const Hash32& txid);

  // DPoS bookkeeping for the current block: one more block produced by its
  // producer, and `missed` slots (delegate, count) let pass since the parent.
  // Accounts that are not registered delegates are skipped.
  [[nodiscard]] Status recordProduction(std::span<const std::pair<AccountKey, std::uint64_t>> missed);

  // Ends the current block: pays the block's fees and mints the block reward to
  // the producer. (A producer cannot spend a block's fees inside that block.)
  [[nodiscard]] Status finishBlock();

  const ChainParams& params() const { return params_; }
  StateTables& tables() { return tables_; }
  std::uint64_t height() const { return context_.height; }

private:
  // Debits the fee, bumps the nonce and credits the producer around `effect`.
  [[nodiscard]] Status credit(const AccountKey& key, Amount amount);
  [[nodiscard]] Status chargeSender(const Tx& tx, Account& sender, Amount moved) const;

  [[nodiscard]] Status applyTransfer(const Tx& tx, const TransferPayload& p, Account& sender);
  [[nodiscard]] Status applyOrderCreate(const Tx& tx, const TxId& txid, const OrderCreatePayload& p, Account& sender);
  [[nodiscard]] Status applyOrderPay(const Tx& tx, const OrderPayPayload& p, Account& sender);
  [[nodiscard]] Status applyOrderShip(const Tx& tx, const OrderShipPayload& p, Account& sender);
  [[nodiscard]] Status applyOrderConfirm(const Tx& tx, const OrderConfirmPayload& p, Account& sender);
  [[nodiscard]] Status applyOrderCancel(const Tx& tx, const OrderCancelPayload& p, Account& sender);
  [[nodiscard]] Status applyOrderDispute(const Tx& tx, const OrderDisputePayload& p, Account& sender);
  [[nodiscard]] Status applyOrderResolve(const Tx& tx, const OrderResolvePayload& p, Account& sender);
  [[nodiscard]] Status applyStake(const Tx& tx, const StakePayload& p, Account& sender);
  [[nodiscard]] Status applyUnstake(const Tx& tx, const UnstakePayload& p, Account& sender);
  [[nodiscard]] Status applyRegisterDelegate(const Tx& tx, const RegisterDelegatePayload& p, Account& sender);
  [[nodiscard]] Status applyVote(const Tx& tx, const VotePayload& p, Account& sender);

  // Order helpers (order_rules.cpp).
  [[nodiscard]] Result<Order> loadOrder(const OrderId& id) const;
  // loadOrder for a transaction: a due deadline carried over from a full block applies first.
  [[nodiscard]] Result<Order> loadCurrentOrder(const OrderId& id);
  [[nodiscard]] Status moveDeadline(Order& order, std::uint64_t newDeadline);
  [[nodiscard]] Status applyTransition(Order& order, const OrderTransition& transition);
  [[nodiscard]] Status applyOrderDeadline(const OrderId& id);

  // Staking helpers (staking_rules.cpp).
  [[nodiscard]] Status changeVoteWeight(const AccountKey& voter, Amount amount, bool add);
  [[nodiscard]] Status applyStakeMaturity(const AccountKey& account);
  [[nodiscard]] Status applyUnbondingRelease(const AccountKey& account);

  const ChainParams& params_;
  StateTables tables_;
  BlockContext context_;
  Amount collectedFees_ = 0;  // fees of the current block, paid by finishBlock
};

}  // namespace wb::state
