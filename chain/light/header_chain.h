// The light node's chain (DESIGN §11 "Light mode"): headers only, in an LMDB
// environment of its own (DATADIR/<network>/light/ for the node), never blocks
// or state.
//
// Every header passes the consensus engine's own header check before it is
// stored (chain/consensus: for PoW the link to its parent, the time rules
// against the last 11 times and the engine's clock, the ASERT bits from the
// parent's height and time, and the proof of work); a header the engine refuses
// is not stored, and neither is anything else of its batch. Each stored header
// keeps its cumulative weight; the best tip is the stored header with the most
// weight (equal weight: the first seen stays), and the height index follows it,
// so a heavier branch takes over as a reorganisation does on a full node.
//
// PoS and DPoS headers need the parent's state: PoS the producer's mature stake,
// DPoS (at a round's start) every delegate's standing. They come with a consensus
// witness from a full peer (chain/state/state_witness.h), whose records are proven
// against the parent's state_root before the engine reads them
// (ProvenStateView); a header whose check still needs state it was not given is
// refused (LightErrc::StateNeeded) rather than stored half-checked.
//
// Writes come from one thread; reads may come from any thread.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <vector>

#include "chain/consensus/engine.h"
#include "chain/core/block.h"
#include "chain/core/ids.h"
#include "chain/state/state_witness.h"
#include "chain/store/block_records.h"
#include "chain/store/lmdb_env.h"

namespace wb::light {

// Version of the light store's layout; a store of another version is refused
// (StoreErrc::SchemaVersion).
inline constexpr std::uint32_t kHeaderStoreSchemaVersion = 1;

// The light store's databases.
struct HeaderDbs {
  Db meta;         // "meta": schema version, store kind, genesis hash, tip
  Db headers;      // "headers": header hash → HeaderRecord (chain/store/block_records.h), status HeaderOnly
  Db heightIndex;  // "height_index": best-branch height (keyU64) → header hash
};

// The best tip.
struct HeaderTip {
  BlockHash hash{};
  std::uint64_t height = 0;
  U256 cumulativeWeight;
  bool operator==(const HeaderTip&) const = default;
};

// A stored header and the weight of its branch up to it.
struct StoredHeader {
  BlockHeader header;
  BlockHash hash{};
  U256 cumulativeWeight;
};

// What adding headers did.
struct HeadersAdded {
  std::size_t stored = 0;  // headers new to the store (known ones are skipped)
  bool tipChanged = false;
  // When the tip moved to another branch: the height of the last header both
  // branches share, and how many best-branch headers left it (old tip − fork).
  std::optional<std::uint64_t> forkHeight;
  std::uint64_t reorgDepth = 0;
  HeaderTip tip;  // the tip afterwards
};

class HeaderChain {
public:
  // Opens (creating if needed) the header store in folder `dir` for the network
  // of `engine` (its params().genesisHash), whose genesis block is `genesis`.
  // Fails with StoreErrc::WrongNetwork
  // for a store of another network, ChainGenesisMismatch when `genesis` is not a
  // height-0 header or the store holds another one, StoreErrc::SchemaVersion, StoreErrc::Corrupt
  // for a folder holding other LMDB data, and the store errors. `engine` must
  // outlive the chain; its clock is the "now" of the time rules.
  [[nodiscard]] static Result<std::unique_ptr<HeaderChain>> open(const std::filesystem::path& dir,
                                                                 const ConsensusEngine& engine,
                                                                 const BlockHeader& genesis,
                                                                 const EnvOptions& options = {});

  // Verifies and stores `header`, with its consensus witness when the engine
  // reads the parent's state (PoS, DPoS). A known header is a no-op. Fails,
  // storing nothing, with LightErrc::UnknownParent, the engine's codes
  // (ConsensusErrc::HashAboveTarget, ConsensusErrc::WrongBits, ConsensusErrc::TimeTooFarAhead,
  // ConsensusErrc::TimeNotAfterMtp, ConsensusErrc::BadHeight, ConsensusErrc::WrongProducer,
  // ConsensusStakeTooLow, …), LightErrc::StateNeeded, the witness's proof errors
  // (LightErrc::ProofRootMismatch, LightErrc::ProofMalformed, LightErrc::WitnessIncomplete), or store errors.
  [[nodiscard]] Result<HeadersAdded> addHeader(const BlockHeader& header,
                                               const state::ConsensusWitness* witness = nullptr);

  // Verifies and stores `headers` in order (each may build on an earlier one of
  // the batch) in one write transaction, then moves the tip once to the heaviest
  // header. `witnesses` is empty or has one per header. All or nothing: when one
  // fails, none of the batch is stored and its error (naming its position) is returned.
  [[nodiscard]] Result<HeadersAdded> addHeaders(std::span<const BlockHeader> headers,
                                                std::span<const state::ConsensusWitness> witnesses = {});

  // The best tip (cached; any thread).
  HeaderTip tip() const;
  const ConsensusEngine& engine() const { return engine_; }
  const ChainParams& params() const { return engine_.params(); }
  const BlockHash& genesisHash() const { return genesisHash_; }  // blockHash of the genesis header

  // Reads (any thread).
  [[nodiscard]] Result<std::optional<StoredHeader>> header(const BlockHash& hash) const;
  // The best branch's header hash at `height`, nullopt above the tip.
  [[nodiscard]] Result<std::optional<BlockHash>> hashAtHeight(std::uint64_t height) const;
  // True when `hash` is a stored header of the best branch.
  [[nodiscard]] Result<bool> onBestBranch(const BlockHash& hash) const;
  // The engine's view of the stored header `hash` as a parent (ChainUnknownBlock when absent).
  [[nodiscard]] Result<ParentContext> parentContext(const BlockHash& hash) const;
  // Number of stored headers (genesis included, every branch).
  [[nodiscard]] Result<std::uint64_t> headerCount() const;

  // The folder of the environment.
  std::filesystem::path path() const { return env_.path(); }
  // The environment, for the light node's other records kept in the same store
  // (SubmittedTxs); headers are written through this class only.
  LmdbEnv& env() { return env_; }

private:
  HeaderChain(LmdbEnv env, HeaderDbs dbs, const ConsensusEngine& engine, const BlockHash& genesisHash, HeaderTip tip)
      : env_(std::move(env)), dbs_(std::move(dbs)), engine_(engine), genesisHash_(genesisHash), tip_(tip) {}

  // Checks and stores one header inside `txn`; sets `best` when it outweighs it.
  [[nodiscard]] Status addInTxn(WriteTxn& txn, const BlockHeader& header, const state::ConsensusWitness* witness,
                                HeaderTip& best, std::size_t& stored) const;
  // Points the height index at the branch ending at `target`; returns the fork height.
  [[nodiscard]] Result<std::uint64_t> switchIndexInTxn(WriteTxn& txn, const HeaderTip& from,
                                                       const HeaderTip& target) const;

  LmdbEnv env_;
  HeaderDbs dbs_;
  const ConsensusEngine& engine_;
  const BlockHash genesisHash_;
  // The committed tip; guarded by tipMutex_.
  mutable std::mutex tipMutex_;
  HeaderTip tip_;
};

}  // namespace wb::light
