// Deterministic chains for tests and benchmarks: funded accounts with known
// keys, a genesis, and a factory that builds valid, signed blocks of transfers
// and complete order lifecycles on top of any tip.
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "chain/core/block.h"
#include "chain/core/schnorr.h"
#include "chain/state/audit.h"
#include "chain/state/memory_kv.h"
#include "chain/state/state_commit.h"
#include "chain/state/state_tables.h"
#include "chain/store/chain.h"

namespace wb::testsupport {

// `count` accounts whose secret keys are fixed bytes (1, 2, …): the same in every run.
class TestAccounts {
public:
  TestAccounts(const SecpContext& ctx, std::size_t count);
  std::size_t size() const { return keys_.size(); }
  const AccountKey& key(std::size_t i) const { return keys_[i]; }
  const SecureBytes& secret(std::size_t i) const { return secrets_[i]; }

private:
  std::vector<SecureBytes> secrets_;
  std::vector<AccountKey> keys_;
};

// Dev-style parameters (PoW, easy target) for network tests, with a fixed genesis hash.
ChainParams testChainParams();

// A genesis giving each account `balance`.
ChainGenesis testGenesis(const TestAccounts& accounts, Amount balance = 1'000'000 * kCoin);

// Builds blocks of valid transactions. Nonces are tracked locally from the state
// the factory was synced with (syncNonces), so several blocks can be built ahead.
// Headers carry the state root after their block: the factory replays the blocks
// it made on the genesis state, as a chain without a consensus engine connects them.
class BlockFactory {
public:
  // `genesis` must outlive the factory.
  BlockFactory(const SecpContext& ctx, const ChainGenesis& genesis, const TestAccounts& accounts);

  // Reads every account's next nonce from `state`.
  [[nodiscard]] Status syncNonces(const state::StateView& state);

  // A signed transaction from account `from` with its next nonce and the minimum fee.
  Tx makeTx(std::size_t from, TxPayload payload);

  // `count` transactions mixing transfers and complete order lifecycles
  // (create, pay by a third account, ship, confirm: four transactions each).
  std::vector<Tx> mixedTxs(std::size_t count);

  // A block on top of `parent` holding `txs`, produced by account `producer`.
  // Its state_root is zero when `parent` is neither genesis nor a block of this
  // factory, or when a transaction breaks a rule (the chain then refuses it for
  // that rule first).
  Block makeBlock(const BlockHeader& parent, std::vector<Tx> txs, std::size_t producer = 0) const;
  // The same, produced by any account `producer` (its reward goes there).
  Block makeBlock(const BlockHeader& parent, std::vector<Tx> txs, const AccountKey& producer) const;

  // Takes `chain`'s tip state (records and tree) as the state blocks on its tip
  // start from, for a factory that did not make the chain's blocks itself.
  [[nodiscard]] Status syncState(const Chain& chain);

private:
  // The root after `block`, or nullopt as above; keeps the state after it.
  std::optional<Hash32> stateRootAfter(const Block& block) const;
  // Makes `state_` the state after block `hash` (replaying from genesis).
  [[nodiscard]] Status moveStateTo(const BlockHash& hash) const;

  const SecpContext& ctx_;
  const ChainParams& params_;
  const TestAccounts& accounts_;
  std::vector<std::uint64_t> nonces_;
  std::size_t cursor_ = 0;  // rotates senders
  std::uint64_t serial_ = 0;
  const ChainGenesis& genesis_;
  // Blocks made, by hash; the state after `stateAt_` (a test's chain usually grows
  // from the last block made, so replays are rare).
  mutable std::map<BlockHash, Block> made_;
  mutable std::deque<BlockHash> madeOrder_;  // oldest first: only the last blocks are kept
  mutable std::unique_ptr<state::MemoryKv> state_;
  mutable BlockHash stateAt_{};
};

// The full state of `chain`, for byte-for-byte comparisons.
[[nodiscard]] Result<state::StateDump> dumpChainState(const Chain& chain);

}  // namespace wb::testsupport
