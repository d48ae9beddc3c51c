// The consensus engine interface the node and the chain store use (DESIGN §4).
// One engine per network (PoW, PoS or DPoS, fixed at genesis); all three are
// pure and deterministic: everything they need comes in through the structs and
// the ParentStateView below, which the store implements over LMDB, and every
// "now" comes from the injected Clock. Engines are immutable after creation and
// safe to use from several threads at once.
//
// Life of a header (headers-first):
//   1. checkHeader(header, parentContext, state?) BEFORE the body is fetched.
//      Always available: the parent header, the last 11 times, the parent's
//      cumulative weight, PoS modifier and DPoS round schedule (the store
//      records them from each block's verdict). The parent's ledger state is
//      only available when the parent is the current tip; otherwise pass
//      nullptr and these checks are deferred (HeaderVerdict::deferred):
//        - PoS: the kernel against the producer's mature stake (weight);
//        - DPoS: the slot's producer when the block starts a new round (its
//          schedule comes from the parent state), and the missed-slot counts
//          when they involve such a round.
//      Everything else (heights, links, time rules, bits, PoW, signatures,
//      granularity, slots) is checked in step 1 for every header.
//   2. checkWithState(header, parentContext, state) when connecting the block
//      (its parent is then the tip): runs every check, deferred ones included.
//   3. The verdict says what to store with the block: weight, cumulative
//      weight, PoS modifier, DPoS schedule of its round and missed slots. The
//      complete verdict from step 2 replaces a deferred one from step 1: a DPoS
//      child in the same round needs its parent's recorded schedule
//      (ParentContext::dposSchedule), or its own producer check stays deferred.
// Header fields an engine does not use must be zero where stated (PoW: sig;
// DPoS: bits); the nonce is free under PoS and DPoS (the signature covers it).
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <stop_token>
#include <vector>

#include "chain/consensus/dpos/dpos_finality.h"
#include "chain/consensus/dpos/dpos_schedule.h"
#include "chain/consensus/time_rules.h"
#include "chain/consensus/uint256.h"
#include "chain/core/amount.h"
#include "chain/core/block.h"
#include "chain/core/error.h"
#include "chain/core/ids.h"
#include "chain/core/params.h"
#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"

namespace wb {

// What the store knows about a known header that a new header builds on.
struct ParentContext {
  BlockHeader header;                      // the parent header
  BlockHash hash{};                        // blockHash(header)
  std::vector<std::uint64_t> recentTimes;  // times of the last ≤ 11 blocks, oldest first, ending with the parent's
  U256 cumulativeWeight;                   // the parent's HeaderVerdict::cumulativeWeight (genesis: 0)
  Hash32 posModifier{};                    // PoS: the parent's HeaderVerdict::posModifier
  std::vector<AccountKey> dposSchedule;    // DPoS: the parent's HeaderVerdict::dposSchedule (empty if unknown)
};

// The context of the genesis block as a parent: its header and hash, its time,
// cumulative weight 0, PoS modifier = params.genesisHash, no DPoS schedule
// (blocks after genesis build their round's schedule from the genesis state).
ParentContext genesisParentContext(const ChainParams& params, const BlockHeader& genesis);

// Read-only views of the ledger state right after the parent block.
class ParentStateView {
public:
  virtual ~ParentStateView() = default;
  // PoS: the mature stake of `account` (0 when it has none).
  [[nodiscard]] virtual Result<Amount> matureStake(const AccountKey& account) const = 0;
  // DPoS: every registered delegate with its current vote weight (any order).
  [[nodiscard]] virtual Result<std::vector<DelegateVotes>> delegateStandings() const = 0;
};

// Checks that checkHeader could not run without the parent's state.
enum DeferredCheck : std::uint32_t {
  kDeferredNone = 0,
  kDeferredStakeKernel = 1u << 0,   // PoS kernel vs. the producer's mature stake
  kDeferredDposProducer = 1u << 1,  // DPoS producer of a slot in a new round
  kDeferredDposMissed = 1u << 2,    // DPoS missed-slot counts
};

// The outcome of a successful header check: what to store with the block.
struct HeaderVerdict {
  BlockHash hash{};                        // blockHash(header)
  U256 weight;                             // what this block adds (work, trust, or 1)
  U256 cumulativeWeight;                   // parent's + weight
  Hash32 posModifier{};                    // PoS: modifier(block)
  std::uint64_t dposSlot = 0;              // DPoS: the block's slot
  std::vector<AccountKey> dposSchedule;    // DPoS: its round's schedule (empty when deferred)
  std::vector<MissedCount> missed;         // DPoS: who missed the slots since the parent
  std::uint32_t deferred = kDeferredNone;  // DeferredCheck bits still to run
  bool complete() const { return deferred == kDeferredNone; }
};

// A chain's tip as fork choice sees it.
struct ChainTip {
  std::uint64_t height = 0;
  BlockHash hash{};
  U256 cumulativeWeight;
};

// A proposed reorganisation from the current tip to another branch.
struct ReorgProposal {
  std::uint64_t currentHeight = 0;  // height of the current tip
  std::uint64_t forkHeight = 0;     // height of the last block both branches share
  std::uint64_t lib = 0;            // current last irreversible height (DPoS; 0 otherwise)
};

// A local key the node may produce with. The wallet owns the secret.
struct LocalProducer {
  AccountKey key{};
  const SecureBytes* secret = nullptr;
};

// When and as whom to produce the next block on a parent.
struct ProductionPlan {
  std::uint64_t time = 0;           // the header's time; wait until the clock reaches it
  std::size_t keyIndex = 0;         // index into the keys given to planProduction
  std::uint32_t bits = 0;           // the header's bits (nextBits)
  std::vector<MissedCount> missed;  // DPoS: the slots missed before this one (the block's state records them)
};

struct SealOptions {
  unsigned mineThreads = 1;                           // PoW worker threads
  std::uint64_t maxAttempts = 0;                      // PoW: give up after about this many hashes; 0 = until stopped
  std::atomic<std::uint64_t>* hashCounter = nullptr;  // PoW: counts the hashes tried (see MinerOptions)
};

class ConsensusEngine {
public:
  virtual ~ConsensusEngine() = default;

  virtual ConsensusKind kind() const = 0;
  virtual const ChainParams& params() const = 0;

  // Every rule that can run before the body exists (see the file comment).
  // `state` is the parent's state, or nullptr when it is not available. Fails
  // with the code of the first broken rule; see each engine's list in pow.h,
  // pos.h, dpos_schedule.h and: ConsensusErrc::BadHeight, ConsensusErrc::BadPrev,
  // ConsensusErrc::TimeNotAfterMtp, ConsensusErrc::TimeTooFarAhead, ConsensusErrc::WrongBits,
  // ConsensusErrc::MissingSignature, BlockBadSignature (forged, or signed for another
  // genesis), ConsensusErrc::WrongProducer, ConsensusErrc::SlotNotAfterParent.
  [[nodiscard]] virtual Result<HeaderVerdict> checkHeader(const BlockHeader& header, const ParentContext& parent,
                                                          const ParentStateView* state) const = 0;

  // The connect-time check: every rule including the deferred ones. The
  // returned verdict is complete.
  [[nodiscard]] Result<HeaderVerdict> checkWithState(const BlockHeader& header, const ParentContext& parent,
                                                     const ParentStateView& state) const {
    return checkHeader(header, parent, &state);
  }

  // The weight `header` adds: PoW work / PoS trust ⌊2^256/(target+1)⌋ from its
  // bits (0 for undecodable bits, which checkHeader rejects), DPoS 1.
  virtual U256 blockWeight(const BlockHeader& header) const = 0;

  // True when `candidate` should replace `current`: strictly more cumulative
  // weight (equal weight: the first seen stays). Whether the switch is allowed
  // at all is checkReorg's business.
  bool isBetterChain(const ChainTip& candidate, const ChainTip& current) const {
    return candidate.cumulativeWeight > current.cumulativeWeight;
  }

  // Whether undoing `depth` main-chain blocks is allowed by depth alone: PoS
  // only up to max_reorg, PoW and DPoS always (DPoS is bounded by the LIB).
  virtual bool reorgDepthAllowed(std::uint64_t depth) const = 0;

  // The whole reorganisation rule: ConsensusErrc::ReorgTooDeep (PoS, depth =
  // currentHeight − forkHeight > max_reorg) or ConsensusErrc::ReorgPastLib (DPoS,
  // forkHeight < lib).
  [[nodiscard]] virtual Status checkReorg(const ReorgProposal& reorg) const = 0;

  // The new last irreversible height after a block connects (DPoS; see
  // lastIrreversibleHeight). PoW and PoS have no finality: previousLib.
  virtual std::uint64_t lastIrreversible(std::span<const ProducedBlock> recent, std::uint64_t previousLib) const = 0;

  // The bits the block after `parent` must carry (ASERT; DPoS: 0).
  [[nodiscard]] virtual Result<std::uint32_t> nextBits(const ParentContext& parent) const = 0;

  // Local production, step 1: when and with which of `keys` the next block on
  // `parent` may be produced, searching from now (the Clock) up to
  // `horizonSeconds` ahead. PoW: now (after the MTP), first key. PoS: the first
  // eligible stake time (needs `state` for the keys' mature stakes). DPoS: the
  // first slot owned by one of the keys (needs `state` when it lies in a new
  // round). Fails with ConsensusErrc::NotEligible or ConsensusErrc::StateUnavailable.
  [[nodiscard]] virtual Result<ProductionPlan> planProduction(const ParentContext& parent, const ParentStateView* state,
                                                              std::span<const LocalProducer> keys,
                                                              std::uint64_t horizonSeconds) const = 0;

  // Local production, step 2: completes `header` (height, prev, time, tx_root,
  // bits and producer set as planned). PoW mines on worker threads and returns
  // nullopt when `stop` is requested (a new tip) or attempts run out; PoS and
  // DPoS sign with `secret` (the producer's key). Fails with the signing errors.
  [[nodiscard]] virtual Result<std::optional<BlockHeader>> seal(BlockHeader header, const SecureBytes& secret,
                                                                const SealOptions& options,
                                                                std::stop_token stop) const = 0;
};

// The engine of `params.consensus`. `clock` and `secp` must outlive it.
// `genesisDelegates` (DPoS) fill schedule places no registered delegate takes.
// Fails with ConsensusErrc::BadParams when the parameters cannot drive the engine.
[[nodiscard]] Result<std::unique_ptr<ConsensusEngine>> makeEngine(const ChainParams& params, const Clock& clock,
                                                                  const SecpContext& secp,
                                                                  std::vector<AccountKey> genesisDelegates = {});

}  // namespace wb
