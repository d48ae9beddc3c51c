#include "chain/net/block_sync.h"

#include <algorithm>

#include "chain/consensus/consensus_errc.h"
#include "chain/core/core_errc.h"
#include "chain/core/short_hex.h"
#include "chain/net/block_locator.h"
#include "chain/net/net_errc.h"
#include "chain/state/state_errc.h"
#include "chain/store/store_errc.h"

namespace wb::net {

bool clockDisagreement(ErrorCode code) {
  return code == ConsensusErrc::TimeTooFarAhead || code == ConsensusErrc::SlotTooFarAhead;
}

bool blameSender(ErrorCode code) {
  if (clockDisagreement(code)) return false;
  // Ours, whatever block we were checking: missing state, our keys or parameters,
  // a damaged state or store, memory.
  if (code.isAnyOf(ConsensusErrc::StateUnavailable, ConsensusErrc::NotEligible, ConsensusErrc::BadParams,
                   CoreErrc::ParamsInvalid, StateErrc::Corrupt, StateErrc::BadGenesis, StateErrc::InvariantBroken,
                   CoreErrc::CryptoInit, CoreErrc::CryptoBadSecretKey, CoreErrc::CryptoSignFailed,
                   CoreErrc::CryptoOutOfMemory, CoreErrc::CryptoDecryptFailed))
    return false;
  const auto value = code.value();
  if (value >= 100 && value < 360) return true;  // decoding, amounts, signatures, tx, block and state rules
  if (value >= 400 && value < 450) return true;  // consensus rules
  return code == StoreErrc::ChainBadHeight || code == StoreErrc::ChainBadTxRoot ||
         code == StoreErrc::ChainKnownInvalid || code == StoreErrc::ChainBadStateRoot;
}

BlockSync::BlockSync(Chain& chain, SyncLimits limits, SyncLinks links, QObject* parent)
    : QObject(parent), chain_(chain), limits_(limits), links_(std::move(links)) {
  limits_.blocksPerRequest = std::clamp<std::uint32_t>(limits_.blocksPerRequest, 1, kMaxBlocksPerRequest);
  limits_.requestsPerPeer = std::max<std::uint32_t>(limits_.requestsPerPeer, 1);
  limits_.importBatch = std::max<std::size_t>(limits_.importBatch, 1);
  limits_.retryFirstMs = std::max(limits_.retryFirstMs, 1);
  limits_.retryMaxMs = std::max(limits_.retryMaxMs, limits_.retryFirstMs);
  limits_.batchWaitMs = std::max(limits_.batchWaitMs, 0);
  clock_.start();
  connect(&tick_, &QTimer::timeout, this, &BlockSync::onTick);
  batchTimer_.setSingleShot(true);
  connect(&batchTimer_, &QTimer::timeout, this, &BlockSync::scheduleProcessing);
  tick_.start(std::clamp(limits_.requestTimeoutMs / 4, 50, 1000));
}

std::uint64_t BlockSync::bestKnownHeight() const {
  std::uint64_t best = chain_.tip().height;
  if (!byHeight_.empty()) best = std::max(best, byHeight_.rbegin()->first);
  return best;
}

bool BlockSync::syncing() const {
  const std::uint64_t tipHeight = chain_.tip().height;
  for (auto it = byHeight_.upper_bound({tipHeight, BlockHash{}}); it != byHeight_.end(); ++it) {
    const PendingBlock& block = pending_.at(it->second);
    if (block.state == BlockState::Received) {
      if (block.refusals == 0) return true;  // imported at the next turn
      continue;                              // refused for our clock or store: waiting is not syncing
    }
    for (PeerId source : block.sources) {
      const auto peer = peers_.find(source);
      if (peer != peers_.end() && !peer->second.stalling && block.stalled.count(source) == 0) return true;
    }
  }
  return false;
}

std::uint64_t BlockSync::blocksFrom(PeerId peer) const {
  const auto it = peers_.find(peer);
  return it == peers_.end() ? 0 : it->second.blocksAccepted;
}

std::uint64_t BlockSync::bestHeightOf(PeerId peer) const {
  const auto found = peers_.find(peer);
  return found == peers_.end() ? 0 : found->second.bestHeight;
}

void BlockSync::peerReady(PeerId peer, std::uint64_t bestHeight) {
  SyncPeer& p = peers_[peer];
  p.bestHeight = bestHeight;
  p.moreHeaders = bestHeight > chain_.tip().height;
  if (p.moreHeaders) requestHeaders(peer);
}

void BlockSync::peerGone(PeerId peer) {
  peers_.erase(peer);
  std::vector<BlockHash> orphaned;
  for (auto& [hash, block] : pending_) {
    if (block.state == BlockState::InFlight && block.assignee == peer) {
      block.state = BlockState::Wanted;
      block.assignee = 0;
    }
    // Its bodies still waiting for an ancestor go with it: that is what bounds a withholding peer.
    if (block.state == BlockState::Received && block.from == peer && block.refusals == 0) dropBody(block);
    block.sources.erase(peer);
    block.stalled.erase(peer);
    if (block.sources.empty() && block.state == BlockState::Wanted) orphaned.push_back(hash);
  }
  // Nobody left can serve these: forget them until someone announces them again.
  for (const BlockHash& hash : orphaned) dropWithDescendants(hash);
  schedule();
}

void BlockSync::blockAnnounced(PeerId peer, const BlockHash& hash) {
  auto it = peers_.find(peer);
  if (it == peers_.end()) return;
  if (auto pendingIt = pending_.find(hash); pendingIt != pending_.end()) {
    pendingIt->second.sources.insert(peer);
    schedule();
    return;
  }
  auto known = chain_.headerRecord(hash);
  if (!known || *known) return;  // known already (or our store cannot tell): nothing to fetch
  it->second.moreHeaders = true;
  if (!it->second.headersInFlight) requestHeaders(peer);
}

void BlockSync::schedule() {
  const std::uint64_t limitHeight = chain_.tip().height + limits_.downloadWindow;
  // Past the total bound on held bodies, only blocks that can be imported at once are asked for.
  const bool holdingTooMuch = heldBytes_ >= limits_.maxHeldBytes;
  const std::uint32_t perPeer = limits_.blocksPerRequest * limits_.requestsPerPeer;
  std::map<PeerId, std::vector<BlockHash>> batches;
  const auto flush = [&](PeerId peer) {
    auto& batch = batches[peer];
    if (batch.empty()) return;
    links_.send(peer, GetBlocksMsg{std::move(batch)});
    batch.clear();
  };
  for (const auto& [height, hash] : byHeight_) {
    if (height > limitHeight) break;
    PendingBlock& block = pending_.at(hash);
    if (block.state != BlockState::Wanted) continue;
    if (holdingTooMuch && pending_.count(block.header.prev) != 0) continue;
    // The least busy source that has not stalled on this block; a stalled one only as a last resort.
    std::optional<PeerId> best;
    bool bestStalled = true;
    for (PeerId source : block.sources) {
      auto it = peers_.find(source);
      if (it == peers_.end() || it->second.blocksInFlight >= perPeer) continue;
      if (it->second.heldBytes >= limits_.maxHeldBytesPerPeer && pending_.count(block.header.prev) != 0) continue;
      const bool stalled = block.stalled.count(source) != 0;
      if (!best || (bestStalled && !stalled) ||
          (stalled == bestStalled && it->second.blocksInFlight < peers_.at(*best).blocksInFlight)) {
        best = source;
        bestStalled = stalled;
      }
    }
    if (!best) continue;
    block.state = BlockState::InFlight;
    block.assignee = *best;
    block.askedAt = clock_.elapsed();
    block.deadline = block.askedAt + limits_.requestTimeoutMs;
    ++peers_.at(*best).blocksInFlight;
    batches[*best].push_back(hash);
    if (batches[*best].size() >= limits_.blocksPerRequest) flush(*best);
  }
  for (auto& [peer, batch] : batches) flush(peer);
}

void BlockSync::release(PendingBlock& block) {
  if (block.state != BlockState::InFlight) return;
  if (auto it = peers_.find(block.assignee); it != peers_.end() && it->second.blocksInFlight > 0) {
    --it->second.blocksInFlight;
  }
  block.state = BlockState::Wanted;
  block.assignee = 0;
}

void BlockSync::onTick() {
  const qint64 now = clock_.elapsed();
  bool changed = false;
  bool retryDue = false;
  std::set<PeerId> withholding;
  for (auto& [hash, block] : pending_) {
    if (block.state == BlockState::InFlight && block.deadline <= now) {
      if (withholds(block.assignee, block)) withholding.insert(block.assignee);
      if (auto p = peers_.find(block.assignee); p != peers_.end()) p->second.stalling = true;
      block.stalled.insert(block.assignee);
      release(block);
      changed = true;
    }
    if (block.retryAt != 0 && block.retryAt <= now) {
      block.retryAt = 0;  // due: the next processing imports it again
      retryDue = true;
    }
  }
  for (auto& [id, p] : peers_) {
    if (p.headersInFlight && p.headersDeadline <= now) p.headersInFlight = false;  // asked again on the next event
  }
  // Our own peers serve requests in order: a block missing while later-asked ones came is withheld.
  for (PeerId peer : withholding) {
    links_.punish(peer,
                  fail(NetErrc::UnexpectedMessage, "it withheld a requested block while sending blocks above it"));
  }
  if (changed) schedule();
  if (retryDue) scheduleProcessing();
  resumeHeaders();
}

bool BlockSync::withholds(PeerId peer, const PendingBlock& block) const {
  const auto it = peers_.find(peer);
  if (it == peers_.end() || it->second.heldBytes == 0) return false;
  return std::any_of(pending_.begin(), pending_.end(), [&](const auto& entry) {
    const PendingBlock& other = entry.second;
    return other.state == BlockState::Received && other.from == peer && other.header.height > block.header.height &&
           other.askedAt >= block.askedAt;
  });
}

void BlockSync::keepBody(PendingBlock& block, PeerId from, const BlockMsg& message) {
  block.state = BlockState::Received;
  block.encoded = message.encoded;
  block.from = from;
  block.receivedAt = clock_.elapsed();
  heldBytes_ += block.encoded.size();
  if (auto it = peers_.find(from); it != peers_.end()) it->second.heldBytes += block.encoded.size();
}

void BlockSync::dropBody(PendingBlock& block) {
  if (block.state != BlockState::Received) return;
  heldBytes_ -= std::min(heldBytes_, block.encoded.size());
  if (auto it = peers_.find(block.from); it != peers_.end()) {
    it->second.heldBytes -= std::min(it->second.heldBytes, block.encoded.size());
  }
  block.state = BlockState::Wanted;
  block.encoded = Bytes{};
  block.from = 0;
}

void BlockSync::blockReceived(PeerId peer, const BlockMsg& message) {
  const BlockHash hash = blockHash(message.header);
  auto it = pending_.find(hash);
  // Unknown or already received: ignored (a late answer after a re-request is no offence).
  if (it == pending_.end() || it->second.state == BlockState::Received) return;
  PendingBlock& block = it->second;
  // Only from the peer it was asked of (now, or before a timeout moved it elsewhere).
  const bool asked = (block.state == BlockState::InFlight && block.assignee == peer) || block.stalled.count(peer) != 0;
  if (!asked) return;
  if (message.encoded.size() > chain_.params().maxBlockBytes) {
    links_.punish(
        peer, fail(NetErrc::InvalidBlock, "block " + shortHex(hash) + " is " + std::to_string(message.encoded.size()) +
                                              " bytes, over " + std::to_string(chain_.params().maxBlockBytes)));
    return;
  }
  release(block);  // frees the assignee's slot, whoever answered first
  const bool waitsForAncestor = pending_.count(block.header.prev) != 0;
  const auto sender = peers_.find(peer);
  const std::size_t senderHeld = sender == peers_.end() ? 0 : sender->second.heldBytes;
  if (waitsForAncestor && (senderHeld + message.encoded.size() > limits_.maxHeldBytesPerPeer ||
                           heldBytes_ + message.encoded.size() > limits_.maxHeldBytes)) {
    // No room to hold it until its ancestors come: asked again later, from whoever has it.
    block.stalled.insert(peer);
    schedule();
    return;
  }
  keepBody(block, peer, message);
  if (sender != peers_.end()) sender->second.stalling = false;
  scheduleProcessing();
}

void BlockSync::blocksNotFound(PeerId peer, const std::vector<BlockHash>& hashes) {
  for (const BlockHash& hash : hashes) {
    auto it = pending_.find(hash);
    if (it == pending_.end()) continue;
    PendingBlock& block = it->second;
    if (block.state == BlockState::InFlight && block.assignee == peer) release(block);
    block.sources.erase(peer);
    if (block.sources.empty() && block.state == BlockState::Wanted) dropWithDescendants(hash);
  }
  schedule();
}

void BlockSync::scheduleProcessing() {
  if (processingScheduled_) return;
  processingScheduled_ = true;
  QTimer::singleShot(0, this, &BlockSync::processReceived);
}

std::optional<BlockHash> BlockSync::receivedChild(const BlockHash& parent) const {
  const auto [first, last] = children_.equal_range(parent);
  for (auto it = first; it != last; ++it) {
    if (pending_.at(it->second).state == BlockState::Received) return it->second;
  }
  return std::nullopt;
}

void BlockSync::processReceived() {
  processingScheduled_ = false;
  // One batch per event-loop turn keeps the thread responsive during a long sync.
  std::vector<BlockHash> run;
  BlockHash cursor = chain_.tip().hash;
  while (run.size() < limits_.importBatch) {
    auto child = receivedChild(cursor);
    if (!child || deferred(pending_.at(*child))) break;
    run.push_back(*child);
    cursor = *child;
  }
  bool progressed = false;
  if (!run.empty()) {
    if (awaitFullerBatch(run)) {
      schedule();
      return;
    }
    progressed = importRun(run);
  } else {
    // Received blocks whose parent is stored but is not the tip: a side branch.
    std::vector<BlockHash> side;
    for (const auto& [hash, block] : pending_) {
      if (block.state == BlockState::Received && !deferred(block) && pending_.count(block.header.prev) == 0) {
        side.push_back(hash);
      }
    }
    for (const BlockHash& hash : side) progressed = storeSideBlock(hash) || progressed;
  }
  if (progressed) scheduleProcessing();
  schedule();
  resumeHeaders();
}

bool BlockSync::awaitFullerBatch(const std::vector<BlockHash>& run) {
  if (run.size() >= limits_.importBatch) return false;
  const auto [first, last] = children_.equal_range(run.back());
  const bool moreInFlight = std::any_of(
      first, last, [&](const auto& child) { return pending_.at(child.second).state == BlockState::InFlight; });
  if (!moreInFlight) return false;  // nothing else is coming soon: a lone new block goes in at once
  const qint64 waited = clock_.elapsed() - pending_.at(run.front()).receivedAt;
  if (waited >= limits_.batchWaitMs) return false;
  // Every arrival schedules processing again; the timer covers a run whose rest is slow.
  batchTimer_.start(static_cast<int>(limits_.batchWaitMs - waited));
  return true;
}

bool BlockSync::importRun(const std::vector<BlockHash>& run) {
  std::vector<ByteView> bodies;
  for (const BlockHash& hash : run) bodies.emplace_back(pending_.at(hash).encoded);
  const auto before = chain_.tip();
  const Status imported = chain_.importBlocks(bodies);
  const auto after = chain_.tip();
  std::size_t done = 0;
  if (after != before) {
    while (done < run.size() && run[done] != after.hash) ++done;
    ++done;  // run[done-1] is the new tip
  }
  for (std::size_t i = 0; i < done; ++i) {
    const PendingBlock& block = pending_.at(run[i]);
    if (auto p = peers_.find(block.from); p != peers_.end()) ++p->second.blocksAccepted;
    emit blockAccepted(run[i], block.header.height, block.from);
    forget(run[i]);
  }
  if (done > 0) emit tipAdvanced(after.hash, after.height);
  if (imported.ok()) return true;
  if (done >= run.size()) return done > 0;
  const BlockHash bad = run[done];
  const PeerId sender = pending_.at(bad).from;
  if (!blameSender(imported.code())) {
    deferImport(pending_.at(bad), imported.error());
    return done > 0;
  }
  dropWithDescendants(bad);
  links_.punish(sender,
                fail(NetErrc::InvalidBlock, "block " + shortHex(bad) + " is invalid: " + imported.error().message));
  return done > 0;
}

bool BlockSync::storeSideBlock(const BlockHash& hash) {
  // Punishing a peer for an earlier block may have dropped this one meanwhile.
  if (pending_.count(hash) == 0) return false;
  auto parent = chain_.headerRecord(pending_.at(hash).header.prev);
  if (!parent) {
    emit storeFailed(parent.error());
    return false;
  }
  if (!*parent || (*parent)->status != BlockStatus::HaveBody) return false;  // its parent comes later
  const PendingBlock& block = pending_.at(hash);
  const PeerId sender = block.from;
  const std::uint64_t height = block.header.height;
  if (tooLittleWork(hash)) {
    dropWithDescendants(hash);
    links_.penalize(sender, Offence::LightBranch,
                    fail(NetErrc::InvalidBlock,
                         "side block " + shortHex(hash) + " is on a branch with far less work than the main chain"),
                    1);
    return true;
  }
  // Its header was checked when it came, perhaps before its parent was stored or
  // while the tip was elsewhere: the fork point and the state there are checked again.
  auto side = chain_.checkSideHeader(block.header);
  if (!side) {
    deferImport(pending_.at(hash), side.error());
    return false;
  }
  if (!side->consensus.ok()) {
    const Error refusal = side->consensus.error();
    if (!blameSender(refusal.code)) {
      deferImport(pending_.at(hash), refusal);
      return false;
    }
    dropWithDescendants(hash);
    const std::string why = "side block " + shortHex(hash) + " is refused: " + refusal.message;
    if (refusal.code == ConsensusErrc::ReorgPastLib) {  // see refuseHeader: a partitioned minority's branch
      links_.penalize(sender, Offence::BranchBelowLib, fail(NetErrc::InvalidBlock, why), 1);
      return true;
    }
    // Deeper in a branch only the fork point's state can be had, not its parent's: no proof of malice then.
    const bool proven = side->parentOnMain || refusal.code == ConsensusErrc::ReorgTooDeep;
    if (proven) {
      links_.punish(sender, fail(NetErrc::InvalidBlock, why));
    } else {
      emit storeFailed(Error{refusal.code, why + " (checked against the state at the fork point)"});
    }
    return true;
  }
  auto stored = chain_.storeBlock(block.encoded);
  if (!stored) {
    if (!blameSender(stored.code())) {
      deferImport(pending_.at(hash), stored.error());
      return false;
    }
    dropWithDescendants(hash);
    links_.punish(sender,
                  fail(NetErrc::InvalidBlock, "block " + shortHex(hash) + " is invalid: " + stored.error().message));
    return true;
  }
  if (auto p = peers_.find(sender); p != peers_.end()) ++p->second.blocksAccepted;
  forget(hash);
  emit blockAccepted(hash, height, sender);
  emit sideBranchStored(hash);
  return true;
}

bool BlockSync::tooLittleWork(const BlockHash& hash) {
  const ConsensusEngine* engine = chain_.engine();
  if (engine == nullptr || chain_.params().consensus != ConsensusKind::Pow) return false;
  auto tipRecord = chain_.headerRecord(chain_.tip().hash);
  if (!tipRecord || !*tipRecord) return false;  // our store's trouble, not the branch's
  const U256 tipWeight = U256::fromBigEndian((*tipRecord)->chainWeight);
  const U256 allowance = engine->blockWeight((*tipRecord)->header) * U256(limits_.powSideWindowBlocks);
  if (!(tipWeight > allowance)) return false;
  const U256 needed = tipWeight - allowance;
  // The branch's best known header: pending descendants count (their headers carry their work).
  std::vector<BlockHash> stack{hash};
  while (!stack.empty()) {
    const BlockHash current = stack.back();
    stack.pop_back();
    const PendingBlock& block = pending_.at(current);
    if (!block.asParent || !(block.asParent->cumulativeWeight < needed)) return false;
    const auto [first, last] = children_.equal_range(current);
    for (auto c = first; c != last; ++c) stack.push_back(c->second);
  }
  return true;
}

void BlockSync::deferImport(PendingBlock& block, const Error& error) {
  // The body is kept: its hash commits to it, so asking a peer again would
  // only fetch the same bytes. Retrying at once is what made sync spin.
  if (block.refusals >= limits_.maxRefusals) {
    emit storeFailed(Error{error.code, "block " + shortHex(blockHash(block.header)) + " at height " +
                                           std::to_string(block.header.height) + ": " + error.message + " (refused " +
                                           std::to_string(block.refusals + 1) +
                                           " times: dropped until it is announced again)"});
    dropWithDescendants(blockHash(block.header));
    return;
  }
  const unsigned doublings = std::min<std::uint32_t>(block.refusals, 16);
  const qint64 delay = std::min<qint64>(qint64{limits_.retryFirstMs} << doublings, limits_.retryMaxMs);
  ++block.refusals;
  block.retryAt = clock_.elapsed() + delay;
  emit storeFailed(Error{error.code, "block " + shortHex(blockHash(block.header)) + " at height " +
                                         std::to_string(block.header.height) + ": " + error.message + " (retrying in " +
                                         std::to_string(delay / 1000) + "." + std::to_string(delay % 1000 / 100) +
                                         " s)"});
}

void BlockSync::forget(const BlockHash& hash) {
  auto it = pending_.find(hash);
  if (it == pending_.end()) return;
  release(it->second);
  dropBody(it->second);
  if (auto p = peers_.find(it->second.introducedBy); p != peers_.end() && p->second.introduced > 0) {
    --p->second.introduced;
  }
  const auto [first, last] = children_.equal_range(it->second.header.prev);
  for (auto c = first; c != last; ++c) {
    if (c->second == hash) {
      children_.erase(c);
      break;
    }
  }
  byHeight_.erase({it->second.header.height, hash});
  pending_.erase(it);
}

void BlockSync::dropWithDescendants(const BlockHash& hash) {
  std::vector<BlockHash> stack{hash};
  while (!stack.empty()) {
    const BlockHash current = stack.back();
    stack.pop_back();
    const auto [first, last] = children_.equal_range(current);
    for (auto c = first; c != last; ++c) stack.push_back(c->second);
    forget(current);
  }
}

}  // namespace wb::net
