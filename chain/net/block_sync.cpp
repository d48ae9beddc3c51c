#include "chain/net/block_sync.h"

#include <algorithm>

#include "chain/net/block_locator.h"

namespace wb::net {
namespace {

std::string shortHash(const Hash32& hash) { return toHex(ByteView(hash).first(4)) + "…"; }

}  // namespace

bool blameSender(Errc code) {
  const auto value = static_cast<unsigned>(code);
  if (code == Errc::ConsensusTimeTooFarAhead || code == Errc::ConsensusStateUnavailable ||
      code == Errc::ConsensusNotEligible || code == Errc::ConsensusBadParams) {
    return false;
  }
  if (value >= 100 && value < 450) return true;  // decoding, tx, block, state and consensus rules
  return code == Errc::ChainBadHeight || code == Errc::ChainBadTxRoot || code == Errc::ChainKnownInvalid;
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
  std::vector<Hash32> orphaned;
  for (auto& [hash, block] : pending_) {
    if (block.state == BlockState::InFlight && block.assignee == peer) {
      block.state = BlockState::Wanted;
      block.assignee = 0;
    }
    block.sources.erase(peer);
    block.stalled.erase(peer);
    if (block.sources.empty() && block.state == BlockState::Wanted) orphaned.push_back(hash);
  }
  // Nobody left can serve these: forget them until someone announces them again.
  for (const Hash32& hash : orphaned) dropWithDescendants(hash);
  schedule();
}

void BlockSync::blockAnnounced(PeerId peer, const Hash32& hash) {
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

void BlockSync::requestHeaders(PeerId peer) {
  SyncPeer& p = peers_[peer];
  auto locator = buildLocator(chain_);
  if (!locator) {
    emit storeFailed(locator.error());
    return;
  }
  // Continue after the last header this peer gave us, if it still waits for its body.
  if (p.lastHeader && pending_.count(*p.lastHeader) != 0) {
    locator->insert(locator->begin(), *p.lastHeader);
    if (locator->size() > kMaxLocatorHashes) locator->erase(locator->end() - 2);  // keep genesis last
  }
  p.headersInFlight = true;
  p.headersDeadline = clock_.elapsed() + limits_.requestTimeoutMs;
  links_.send(peer, GetHeadersMsg{std::move(*locator), Hash32{}});
}

void BlockSync::resumeHeaders() {
  if (pending_.size() >= limits_.maxPendingBlocks / 2) return;
  for (auto& [id, p] : peers_) {
    if (p.moreHeaders && !p.headersInFlight) requestHeaders(id);
  }
}

bool BlockSync::canConnect(const BlockHeader& first, PeerId peer) {
  if (auto it = pending_.find(first.prev); it != pending_.end()) {
    if (it->second.header.height + 1 == first.height) return true;
  } else {
    auto parent = chain_.headerRecord(first.prev);
    if (!parent) {
      emit storeFailed(parent.error());
      return false;
    }
    if (*parent && (*parent)->status != BlockStatus::Invalid && (*parent)->header.height + 1 == first.height) {
      return true;
    }
  }
  links_.punish(peer, fail(Errc::NetBadHeaders, "headers starting at height " + std::to_string(first.height) +
                                                    " do not connect to any block we know"));
  return false;
}

void BlockSync::headersReceived(PeerId peer, const std::vector<BlockHeader>& headers) {
  auto peerIt = peers_.find(peer);
  if (peerIt == peers_.end()) return;
  SyncPeer& p = peerIt->second;
  const bool requested = p.headersInFlight;
  p.headersInFlight = false;
  if (headers.empty()) {
    p.moreHeaders = false;
    return;
  }
  for (std::size_t i = 1; i < headers.size(); ++i) {
    if (headers[i].prev != blockHash(headers[i - 1]) || headers[i].height != headers[i - 1].height + 1) {
      links_.punish(peer, fail(Errc::NetBadHeaders, "header " + std::to_string(i) + " does not follow the one before"));
      return;
    }
  }
  if (!canConnect(headers.front(), peer)) return;

  bool full = false;
  for (const BlockHeader& header : headers) {
    const Hash32 hash = blockHash(header);
    if (auto it = pending_.find(hash); it != pending_.end()) {
      it->second.sources.insert(peer);
      p.lastHeader = hash;
      continue;
    }
    auto known = chain_.headerRecord(hash);
    if (!known) {
      emit storeFailed(known.error());
      return;
    }
    if (*known) {
      if ((*known)->status == BlockStatus::Invalid) {
        links_.punish(peer, fail(Errc::NetInvalidBlock, "the peer follows invalid block " + shortHash(hash)));
        return;
      }
      continue;  // stored already
    }
    // The parent must be stored or pending, or we have dropped it (invalid, orphaned): then stop here.
    if (pending_.count(header.prev) == 0) {
      auto parent = chain_.headerRecord(header.prev);
      if (!parent || !*parent) break;
    }
    if (pending_.size() >= limits_.maxPendingBlocks) {
      full = true;
      break;
    }
    PendingBlock block;
    block.header = header;
    block.sources.insert(peer);
    pending_.emplace(hash, std::move(block));
    children_.emplace(header.prev, hash);
    byHeight_.insert({header.height, hash});
    p.lastHeader = hash;
  }
  p.bestHeight = std::max(p.bestHeight, headers.back().height);
  p.moreHeaders = full || (requested && headers.size() == kMaxHeadersPerMessage);
  if (p.moreHeaders && !full) requestHeaders(peer);
  schedule();
}

void BlockSync::schedule() {
  const std::uint64_t limitHeight = chain_.tip().height + limits_.downloadWindow;
  const std::uint32_t perPeer = limits_.blocksPerRequest * limits_.requestsPerPeer;
  std::map<PeerId, std::vector<Hash32>> batches;
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
    // The least busy source that has not stalled on this block; a stalled one only as a last resort.
    std::optional<PeerId> best;
    bool bestStalled = true;
    for (PeerId source : block.sources) {
      auto it = peers_.find(source);
      if (it == peers_.end() || it->second.blocksInFlight >= perPeer) continue;
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
    block.deadline = clock_.elapsed() + limits_.requestTimeoutMs;
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
  for (auto& [hash, block] : pending_) {
    if (block.state == BlockState::InFlight && block.deadline <= now) {
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
  if (changed) schedule();
  if (retryDue) scheduleProcessing();
}

void BlockSync::blockReceived(PeerId peer, const BlockMsg& message) {
  const Hash32 hash = blockHash(message.header);
  auto it = pending_.find(hash);
  // Unrequested or already received: ignored (a late answer after a re-request is no offence).
  if (it == pending_.end() || it->second.state == BlockState::Received) return;
  PendingBlock& block = it->second;
  release(block);  // frees the assignee's slot, whoever answered first
  block.state = BlockState::Received;
  block.encoded = message.encoded;
  block.from = peer;
  block.receivedAt = clock_.elapsed();
  scheduleProcessing();
}

void BlockSync::blocksNotFound(PeerId peer, const std::vector<Hash32>& hashes) {
  for (const Hash32& hash : hashes) {
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

std::optional<Hash32> BlockSync::receivedChild(const Hash32& parent) const {
  const auto [first, last] = children_.equal_range(parent);
  for (auto it = first; it != last; ++it) {
    if (pending_.at(it->second).state == BlockState::Received) return it->second;
  }
  return std::nullopt;
}

void BlockSync::processReceived() {
  processingScheduled_ = false;
  // One batch per event-loop turn keeps the thread responsive during a long sync.
  std::vector<Hash32> run;
  Hash32 cursor = chain_.tip().hash;
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
    std::vector<Hash32> side;
    for (const auto& [hash, block] : pending_) {
      if (block.state == BlockState::Received && !deferred(block) && pending_.count(block.header.prev) == 0) {
        side.push_back(hash);
      }
    }
    for (const Hash32& hash : side) progressed = storeSideBlock(hash) || progressed;
  }
  if (progressed) scheduleProcessing();
  schedule();
  resumeHeaders();
}

bool BlockSync::awaitFullerBatch(const std::vector<Hash32>& run) {
  if (run.size() >= limits_.importBatch) return false;
  const auto [first, last] = children_.equal_range(run.back());
  const bool moreInFlight = std::any_of(first, last, [&](const auto& child) {
    return pending_.at(child.second).state == BlockState::InFlight;
  });
  if (!moreInFlight) return false;  // nothing else is coming soon: a lone new block goes in at once
  const qint64 waited = clock_.elapsed() - pending_.at(run.front()).receivedAt;
  if (waited >= limits_.batchWaitMs) return false;
  // Every arrival schedules processing again; the timer covers a run whose rest is slow.
  batchTimer_.start(static_cast<int>(limits_.batchWaitMs - waited));
  return true;
}

bool BlockSync::importRun(const std::vector<Hash32>& run) {
  std::vector<ByteView> bodies;
  for (const Hash32& hash : run) bodies.emplace_back(pending_.at(hash).encoded);
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
  const Hash32 bad = run[done];
  const PeerId sender = pending_.at(bad).from;
  if (!blameSender(imported.code())) {
    deferImport(pending_.at(bad), imported.error());
    return done > 0;
  }
  dropWithDescendants(bad);
  links_.punish(sender, fail(Errc::NetInvalidBlock, "block " + shortHash(bad) + " is invalid: " +
                                                        imported.error().message));
  return done > 0;
}

bool BlockSync::storeSideBlock(const Hash32& hash) {
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
  auto stored = chain_.storeBlock(block.encoded);
  if (!stored) {
    if (!blameSender(stored.code())) {
      deferImport(pending_.at(hash), stored.error());
      return false;
    }
    dropWithDescendants(hash);
    links_.punish(sender, fail(Errc::NetInvalidBlock, "block " + shortHash(hash) + " is invalid: " +
                                                          stored.error().message));
    return true;
  }
  if (auto p = peers_.find(sender); p != peers_.end()) ++p->second.blocksAccepted;
  forget(hash);
  emit blockAccepted(hash, height, sender);
  emit sideBranchStored(hash);
  return true;
}

void BlockSync::deferImport(PendingBlock& block, const Error& error) {
  // The body is kept: its hash commits to it, so asking a peer again would
  // only fetch the same bytes. Retrying at once is what made sync spin.
  const unsigned doublings = std::min<std::uint32_t>(block.refusals, 16);
  const qint64 delay = std::min<qint64>(qint64{limits_.retryFirstMs} << doublings, limits_.retryMaxMs);
  ++block.refusals;
  block.retryAt = clock_.elapsed() + delay;
  emit storeFailed(Error{error.code, "block " + shortHash(blockHash(block.header)) + " at height " +
                                         std::to_string(block.header.height) + ": " + error.message +
                                         " (retrying in " + std::to_string(delay / 1000) + "." +
                                         std::to_string(delay % 1000 / 100) + " s)"});
}

void BlockSync::forget(const Hash32& hash) {
  auto it = pending_.find(hash);
  if (it == pending_.end()) return;
  release(it->second);
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

void BlockSync::dropWithDescendants(const Hash32& hash) {
  std::vector<Hash32> stack{hash};
  while (!stack.empty()) {
    const Hash32 current = stack.back();
    stack.pop_back();
    const auto [first, last] = children_.equal_range(current);
    for (auto c = first; c != last; ++c) stack.push_back(c->second);
    forget(current);
  }
}

}  // namespace wb::net
