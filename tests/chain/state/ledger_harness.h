// A ledger on an in-memory store with ten funded test accounts, for rule tests.
// Every transaction is checked as a node checks it (stateless rules, the BIP340
// signature over the genesis hash, then the state rules) and runs in a block of
// its own produced by a separate account; the supply invariant is checked after
// every block, and a rejected transaction must leave the state unchanged.
#pragma once

#include <vector>

#include "chain/core/schnorr.h"
#include "chain/core/tx.h"
#include "chain/state/ledger.h"
#include "chain/state/memory_kv.h"
#include "tests/support/test_chain.h"

namespace wb::state::testing {

// Small windows and ages so deadlines are reached in a few blocks.
ChainParams testParams();

class LedgerHarness {
public:
  static constexpr int kAccounts = 10;
  static constexpr Amount kGenesisBalance = 1'000'000 * kCoin;

  explicit LedgerHarness(ChainParams params = testParams());

  const AccountKey& key(int index) const { return accounts_.key(index); }
  const AccountKey& producer() const { return producerKey_; }
  const ChainParams& params() const { return params_; }
  StateTables& tables() { return ledger_.tables(); }
  MemoryKv& kv() { return kv_; }
  std::uint64_t height() const { return height_; }

  // A signed transaction from account `sender` with its next nonce and the minimum fee.
  Tx make(int sender, TxPayload payload) const;
  // Same, signed with an explicit genesis hash (to test cross-network replay).
  Tx makeFor(const Hash32& genesisHash, int sender, TxPayload payload) const;
  // Re-signs `tx` after a test changed it.
  void resign(Tx& tx, int sender) const;

  // Runs `tx` in a new block. Returns the first failed check, if any.
  [[nodiscard]] Status run(const Tx& tx);
  // Produces `count` empty blocks.
  void advance(std::uint64_t count);

  // False once any rejected transaction changed the state, or a block broke the invariant.
  bool consistent() const { return consistent_; }
  const std::string& inconsistency() const { return inconsistency_; }

  Amount balance(int index) const;
  Account account(int index) const;
  Order order(const OrderId& id) const;

private:
  void beginBlock();
  void endBlock();

  SecpContext ctx_;
  testsupport::TestAccounts accounts_;  // kAccounts funded ones, then the producer
  ChainParams params_;
  MemoryKv kv_;
  Ledger ledger_;
  AccountKey producerKey_{};
  std::uint64_t height_ = 0;
  bool consistent_ = true;
  std::string inconsistency_;
};

}  // namespace wb::state::testing
