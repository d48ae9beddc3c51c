// The chain: blocks, the main-chain index and the ledger state in one LMDB store.
// Connecting or disconnecting a block is one write transaction (state, undo log,
// indexes and tip move together or not at all; a run of imported blocks shares
// one), so a crash at any instant leaves the last committed tip. Signatures are checked in parallel, overlapped with
// state application.
//
// Which branch is best is the consensus engine's decision (chain/consensus); this
// class stores every valid block it is given, connects blocks that extend the tip
// and switches to another branch on request (reorganizeTo). Writes come from one
// thread (the node's); reads may come from any thread and never block the writer.
#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <vector>

#include "chain/consensus/engine.h"
#include "chain/core/block.h"
#include "chain/core/ids.h"
#include "chain/core/params.h"
#include "chain/state/ledger.h"
#include "chain/state/state_tables.h"
#include "chain/state/state_tree.h"
#include "chain/state/state_witness.h"
#include "chain/store/block_records.h"
#include "chain/store/lmdb_state.h"
#include "chain/store/schema.h"
#include "chain/store/signature_batch.h"

namespace wb {

// Transactions at most in the blocks importBlocks connects in one write
// transaction: one disk flush per run, and a run's dirty pages stay far below
// LMDB's limit for one transaction.
inline constexpr std::size_t kGroupedImportTxs = 20'000;

// Everything the genesis file fixes for the chain store.
struct ChainGenesis {
  ChainParams params;  // genesisHash set
  state::GenesisState state;
  BlockHeader header;  // the genesis block: height 0, no transactions
};

// A record of the tip's state with its proof (DESIGN §11).
struct StateProof {
  std::uint64_t height = 0;    // the tip the proof is for
  BlockHash block{};           // its hash
  Hash32 stateRoot{};          // its header's state_root, which the proof folds up to
  std::optional<Bytes> value;  // the stored record, nullopt when absent
  state::TreeProof proof;
};

// The ledger part of connecting `block` (txids: its transactions' ids): due
// deadlines, DPoS bookkeeping when `dposMissed` is given, the transactions, fees
// and reward, written into `state`. What the chain does on connect, for anyone
// who needs the state after a block without a chain (block builders in tests).
[[nodiscard]] Status applyBlockToState(const ChainParams& params, const Block& block, std::span<const Hash32> txids,
                                       const std::vector<MissedCount>* dposMissed, state::KvStore& state);

class Chain {
public:
  // Opens DATADIR/<network>/chain, writing the genesis state and block in one
  // transaction when the store is new. Fails like ChainStore::open, and with
  // ChainGenesisMismatch when the store holds another genesis block. `ctx` and
  // `engine` must outlive the chain.
  //
  // With a consensus `engine`, every header passes engine.checkHeader before its
  // block is stored (with the parent's state when the parent is the tip), every
  // block passes engine.checkWithState when it is connected, the engine's verdict
  // (weight, PoS modifier, DPoS schedule) is kept with the header, DPoS produced
  // and missed counters are updated in the ledger, and the last irreversible
  // block is tracked. Without one (tools, store tests) every block weighs 1.
  [[nodiscard]] static Result<std::unique_ptr<Chain>> open(const std::filesystem::path& dataDir,
                                                           std::string_view network, const ChainGenesis& genesis,
                                                           const SecpContext& ctx,
                                                           const ConsensusEngine* engine = nullptr,
                                                           const EnvOptions& options = {});

  const ChainParams& params() const { return genesis_.params; }
  // The consensus engine blocks are checked with (nullptr: none).
  const ConsensusEngine* engine() const { return engine_; }
  // The main chain's last block.
  TipPosition tip() const;

  // Decodes and checks `encoded` (size, structure, height, Merkle root, header
  // rules) and stores it without connecting it. Storing a known block is a no-op.
  // Returns the block hash.
  [[nodiscard]] Result<BlockHash> storeBlock(ByteView encoded);

  // Like storeBlock and, when the block extends the tip, also connects it, all in
  // one write transaction. A block that fails to connect is not stored.
  [[nodiscard]] Result<BlockHash> importBlock(ByteView encoded);

  // Imports consecutive blocks like importBlock, pipelined: the signatures of
  // block i+1 are checked while block i is written. Blocks extending the tip
  // are connected in one write transaction per run (kGroupedImportTxs
  // transactions at most): one disk flush for the run, not one per block. Stops
  // at the first failure and returns it; the blocks before it stay imported.
  [[nodiscard]] Status importBlocks(std::span<const ByteView> encodedBlocks);

  // The state root after `block` on the tip (its own state_root is ignored): what
  // a producer puts in the header before sealing it. `dposMissed`: the DPoS slots
  // missed since the tip (ProductionPlan::missed; ignored on other engines).
  // Fails like connecting the block would (a rule broken by a transaction).
  [[nodiscard]] Result<Hash32> stateRootOnTip(const Block& block,
                                              const std::vector<MissedCount>& dposMissed = {}) const;

  // Connects the stored block `hash`, whose parent must be the tip.
  [[nodiscard]] Status connectBlock(const BlockHash& hash);

  // Disconnects the tip (never genesis) and returns its block.
  [[nodiscard]] Result<Block> disconnectTip();

  struct Reorganization {
    std::vector<Block> disconnected;   // old branch, tip first: their txs go back to the mempool
    std::vector<BlockHash> connected;  // new branch, oldest first
  };
  // Makes the stored block `hash` the tip: disconnects down to the fork point and
  // connects the branch up to `hash`. If a block of the branch breaks a consensus
  // rule it is marked invalid, the original chain is restored, and the block's
  // error returned. The switch is recorded in the store before it starts, so one
  // cut short by a crash or a local fault (disk full, map growth blocked, a clock
  // behind the block's time) stays pending: nothing is marked invalid, the
  // original chain is put back when it can be, the fault is returned, and
  // resumeReorganization() tries the switch again later.
  [[nodiscard]] Result<Reorganization> reorganizeTo(const BlockHash& hash);

  // True while a reorganisation cut short (crash, local fault) waits to be finished.
  bool reorganizationPending() const { return reorgPending_.load(); }
  // Finishes a pending reorganisation like reorganizeTo (its target, or back to
  // the chain it left if the target proves invalid); the result counts from the
  // chain it left. Nullopt when none is pending. Run it at start-up: a crash in
  // the middle of a multi-block switch leaves a tip lighter than both branches.
  [[nodiscard]] Result<std::optional<Reorganization>> resumeReorganization();

  // Fork choice: when the stored branch ending at `hash` carries more weight
  // than the main chain and the engine allows the switch (PoS max_reorg, DPoS
  // never past the last irreversible block), reorganises to it. Returns the
  // reorganisation, or nullopt when the main chain stays. Fails like reorganizeTo.
  [[nodiscard]] Result<std::optional<Reorganization>> considerBranch(const BlockHash& hash);

  // The engine's view of the stored block `hash` as a parent (its header, the
  // last 11 times, cumulative weight, PoS modifier, DPoS schedule): what producing
  // or checking a child needs.
  [[nodiscard]] Result<ParentContext> parentContext(const BlockHash& hash) const;
  // Where a block for a side branch stands before it is stored (issue 12): the
  // height where its branch leaves the main chain, whether its parent is on the
  // main chain, and the engine's verdict on it (checkReorg for that fork point,
  // then checkHeader; PoS/DPoS against the parent's state, rebuilt in memory when
  // the engine asks for it: the tip's state, the undo logs of the main blocks above
  // the fork point, then the branch's stored blocks up to the parent (without the
  // DPoS produced/missed counters, which no engine check reads). Fails (store
  // errors) without a verdict; `header.prev` must be stored.
  struct SideCheck {
    std::uint64_t forkHeight = 0;
    bool parentOnMain = true;
    Status consensus;
  };
  [[nodiscard]] Result<SideCheck> checkSideHeader(const BlockHeader& header) const;
  // Runs `work` with the tip's ledger state as the engine's ParentStateView.
  [[nodiscard]] Status withTipState(const std::function<Status(const ParentStateView&)>& work) const;
  // The last irreversible height (DPoS; 0 on other engines).
  std::uint64_t lastIrreversibleHeight() const;

  // Reads (any thread).
  [[nodiscard]] Result<std::optional<HeaderRecord>> headerRecord(const BlockHash& hash) const;
  [[nodiscard]] Result<std::optional<Block>> block(const BlockHash& hash) const;
  [[nodiscard]] Result<std::optional<BlockHash>> hashAtHeight(std::uint64_t height) const;
  [[nodiscard]] Result<std::optional<TxLocation>> txLocation(const Hash32& txid) const;
  // Runs `work` on one consistent snapshot of the ledger state.
  [[nodiscard]] Status readState(const std::function<Status(const state::StateView&)>& work) const;
  // The latest committed state, read in a short transaction per call (for the
  // mempool and block templates on the node's thread).
  const state::KvReader& latestState() const { return latestState_; }

  // Signatures found valid before their block came (the mempool adds those it
  // checked): connecting a block skips them instead of verifying them again.
  VerifiedSignatures& verifiedSignatures() { return verified_; }
  // The record `key` of `table` (a committed table, else DecodeBadValue) at the
  // tip, with its proof against the tip header's state_root, from one snapshot.
  [[nodiscard]] Result<StateProof> stateProof(state::Table table, ByteView key) const;
  // The consensus witnesses (chain/state/state_witness.h) of `blocks`, in their
  // order, from one snapshot: nullopt for a block this node never connected (and
  // on PoW, whose checks read no state); a block whose check read no state has an
  // empty one. Stops before the
  // encoded witnesses pass `maxBytes` (the first is always given). Fails with
  // StoreErrc::Corrupt for a damaged witness and the store's errors.
  [[nodiscard]] Result<std::vector<std::optional<state::ConsensusWitness>>> consensusWitnesses(
      std::span<const BlockHash> blocks, std::size_t maxBytes) const;
  // Verifies the supply invariant on a snapshot (see state/audit.h).
  [[nodiscard]] Status checkInvariant() const;

  ChainStore& store() { return store_; }

  // Private to the store's files (chain_prepared.h).
  struct PreparedBlock;

private:
  class VerifierIdleGuard;

  Chain(ChainStore store, const ChainGenesis& genesis, const SecpContext& ctx, const ConsensusEngine* engine);
  [[nodiscard]] Status initialise();
  // The checks that need no stored data: size, decoding, Merkle root, stateless
  // transaction rules; also computes digests and the signature checks.
  [[nodiscard]] Result<PreparedBlock> decodeForChain(ByteView encoded) const;
  // The checks against stored headers: known-invalid, parent, height, header
  // rules; `tipHash` is the tip as `txn` sees it (its parent's state is then read too).
  [[nodiscard]] Status placeInTxn(const WriteTxn& txn, PreparedBlock& block, const BlockHash& tipHash) const;
  [[nodiscard]] Status storeInTxn(WriteTxn& txn, const PreparedBlock& block);
  // Connects `block` (its parent must be the tip). When `next` is given, its
  // signature checks start as soon as this block's are done.
  [[nodiscard]] Status connectInTxn(WriteTxn& txn, PreparedBlock& block, TipPosition& newTip,
                                    const PreparedBlock* next = nullptr);
  [[nodiscard]] Status importPrepared(PreparedBlock& block, const PreparedBlock* next);
  // Connects the leading blocks of `encodedBlocks` that extend the tip in one
  // write transaction and returns how many it committed; 0 when the first does
  // not extend the tip or anything failed (nothing is then changed: the caller
  // imports block by block, which finds the same failure).
  std::size_t importRunInOneTxn(std::span<const ByteView> encodedBlocks);
  // Makes the verifier work on `block`'s signatures (restarting if it works on another).
  void ensureVerifying(const PreparedBlock& block);
  // Waits for the running batch; returns the first bad index.
  std::optional<std::size_t> finishVerifying();
  // Checks `block`'s signatures now (a block stored without being connected).
  [[nodiscard]] Status verifyBeforeStoring(const PreparedBlock& block);
  [[nodiscard]] Result<Block> disconnectInTxn(WriteTxn& txn, TipPosition& newTip);
  [[nodiscard]] Status markInvalid(const BlockHash& hash);
  // Reorganisation plumbing (chain_reorganize.cpp).
  struct PendingSwitch;
  [[nodiscard]] Result<Reorganization> finishSwitch(const PendingSwitch& pending);
  // Disconnects down to the fork point with `target`'s branch and connects the
  // branch; `failed` names the block that did not connect.
  [[nodiscard]] Status switchBranch(const BlockHash& target, std::optional<BlockHash>& failed);
  [[nodiscard]] Status recordSwitch(const std::optional<PendingSwitch>& pending);
  // What the main chain lost and gained since `origin` was the tip.
  [[nodiscard]] Result<Reorganization> changesSince(const BlockHash& origin) const;
  // Consensus plumbing (chain_consensus.cpp).
  [[nodiscard]] Result<ParentContext> parentContextInTxn(const Txn& txn, const HeaderRecord& record) const;
  // Runs the engine's header check for `block` and keeps its verdict.
  [[nodiscard]] Status checkConsensusInTxn(const Txn& txn, PreparedBlock& block, bool withState) const;
  // Moves the last irreversible block after `block` became the tip.
  [[nodiscard]] Status updateLibInTxn(WriteTxn& txn, const BlockHeader& newTip, std::uint64_t& newLib) const;
  // Publishes a committed tip (and the LIB that came with it) to readers.
  void publishTip(const TipPosition& tip);

  ChainStore store_;
  ChainGenesis genesis_;
  const SecpContext& ctx_;
  const ConsensusEngine* engine_;
  std::uint64_t lib_ = 0;         // guarded by tipMutex_
  std::uint64_t pendingLib_ = 0;  // the LIB a write transaction in progress will set
  VerifiedSignatures verified_;
  mutable ParsedKeyCache parsedKeys_;  // the senders' keys, parsed once
  std::unique_ptr<SignatureBatchVerifier> verifier_;
  std::optional<BlockHash> verifying_;  // the block whose signatures the verifier is checking
  LatestStateReader latestState_;
  std::atomic<bool> reorgPending_ = false;  // mirrors the store's pending-switch record
  mutable std::mutex tipMutex_;
  TipPosition tip_;
};

}  // namespace wb
