// BlockSync: asking peers for headers and taking the ones that connect and
// pass the engine's header checks.
#include "chain/consensus/consensus_errc.h"
#include "chain/consensus/time_rules.h"
#include "chain/core/short_hex.h"
#include "chain/net/block_locator.h"
#include "chain/net/block_sync.h"
#include "chain/net/net_errc.h"

namespace wb::net {

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
  links_.send(peer, GetHeadersMsg{std::move(*locator), BlockHash{}});
}

void BlockSync::resumeHeaders() {
  if (pending_.size() >= limits_.maxPendingBlocks / 2) return;
  const qint64 now = clock_.elapsed();
  // requestHeaders changes no peer entry but its own: iterating on is safe.
  for (auto& [id, p] : peers_) {
    const bool atItsShare = p.introduced >= limits_.maxPendingPerPeer;
    if (p.moreHeaders && !p.headersInFlight && p.headersRetryAt <= now && !atItsShare) requestHeaders(id);
  }
}

void BlockSync::refuseHeader(PeerId peer, const BlockHeader& header, const Error& verdict) {
  SyncPeer& p = peers_.at(peer);
  if (clockDisagreement(verdict.code)) {
    // Our clock may be behind: no offence, but nothing is stored; ask again later.
    const unsigned doublings = std::min<std::uint32_t>(p.headerRefusals, 16);
    const qint64 delay = std::min<qint64>(qint64{limits_.retryFirstMs} << doublings, limits_.retryMaxMs);
    ++p.headerRefusals;
    p.headersRetryAt = clock_.elapsed() + delay;
    p.moreHeaders = true;
    emit storeFailed(Error{verdict.code, "header " + shortHex(blockHash(header)) + " at height " +
                                             std::to_string(header.height) + ": " + verdict.message +
                                             " (asking again in " + std::to_string(delay / 1000) + "." +
                                             std::to_string(delay % 1000 / 100) + " s)"});
    return;
  }
  if (verdict.code == ConsensusErrc::ReorgPastLib) {
    // Not stored, but no proof of malice: a node of a partitioned minority offers its
    // branch until it learns ours (DESIGN §4: it switches, its LIB never passed the fork).
    links_.penalize(peer, Offence::BranchBelowLib,
                    fail(NetErrc::BadHeaders, "header " + shortHex(blockHash(header)) + " at height " +
                                                  std::to_string(header.height) + " is refused: " + verdict.message),
                    1);
    return;
  }
  if (blameSender(verdict.code)) {
    links_.punish(peer,
                  fail(NetErrc::BadHeaders, "header " + shortHex(blockHash(header)) + " at height " +
                                                std::to_string(header.height) + " is invalid: " + verdict.message));
  }
}

bool BlockSync::checkHeader(PeerId peer, const BlockHeader& header, std::optional<ParentContext>& asParent) {
  const ConsensusEngine* engine = chain_.engine();
  if (engine == nullptr) return true;  // a chain without an engine checks no consensus rule
  std::optional<ParentContext> parent;
  if (auto it = pending_.find(header.prev); it != pending_.end()) {
    parent = it->second.asParent;
  } else {
    if (header.prev != chain_.tip().hash) {
      // A side branch costs what the main chain costs: its fork point must be
      // one the engine would reorganise to, its producer checked against the state there.
      auto side = chain_.checkSideHeader(header);
      if (!side) {
        emit storeFailed(side.error());
        return false;
      }
      if (!side->consensus.ok()) {
        refuseHeader(peer, header, side->consensus.error());
        return false;
      }
    }
    auto stored = chain_.parentContext(header.prev);
    if (!stored) {
      emit storeFailed(stored.error());
      return false;
    }
    parent = std::move(*stored);
  }
  if (!parent) return false;  // its parent was taken unchecked: nothing to check against
  auto verdict = engine->checkHeader(header, *parent, nullptr);
  if (!verdict) {
    refuseHeader(peer, header, verdict.error());
    return false;
  }
  peers_.at(peer).headerRefusals = 0;

  ParentContext child;
  child.header = header;
  child.hash = verdict->hash;
  child.recentTimes = parent->recentTimes;
  child.recentTimes.push_back(header.time);
  if (child.recentTimes.size() > kMedianTimeSpan) {
    child.recentTimes.erase(child.recentTimes.begin(), child.recentTimes.end() - kMedianTimeSpan);
  }
  child.cumulativeWeight = verdict->cumulativeWeight;
  child.posModifier = verdict->posModifier;
  child.dposSchedule = verdict->dposSchedule;
  asParent = std::move(child);
  return true;
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
  links_.punish(peer, fail(NetErrc::BadHeaders, "headers starting at height " + std::to_string(first.height) +
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
  // A peer holding its whole share of pending headers gets no more in until some
  // are imported or dropped; what it sends meanwhile is ignored, not punished.
  if (p.introduced >= limits_.maxPendingPerPeer) {
    p.moreHeaders = true;
    return;
  }
  for (std::size_t i = 1; i < headers.size(); ++i) {
    if (headers[i].prev != blockHash(headers[i - 1]) || headers[i].height != headers[i - 1].height + 1) {
      links_.punish(peer, fail(NetErrc::BadHeaders, "header " + std::to_string(i) + " does not follow the one before"));
      return;
    }
  }
  if (!canConnect(headers.front(), peer)) return;

  bool full = false;
  bool refused = false;
  bool cutShort = false;
  std::size_t fresh = 0;  // headers new to us, or a new source for a pending block
  for (const BlockHeader& header : headers) {
    const BlockHash hash = blockHash(header);
    if (auto it = pending_.find(hash); it != pending_.end()) {
      if (it->second.sources.insert(peer).second) ++fresh;
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
        links_.punish(peer, fail(NetErrc::InvalidBlock, "the peer follows invalid block " + shortHex(hash)));
        return;
      }
      continue;  // stored already
    }
    // The parent must be stored or pending, or we have dropped it (invalid, orphaned): then stop here.
    if (pending_.count(header.prev) == 0) {
      auto parent = chain_.headerRecord(header.prev);
      if (!parent || !*parent) {
        cutShort = true;
        break;
      }
    }
    if (pending_.size() >= limits_.maxPendingBlocks || p.introduced >= limits_.maxPendingPerPeer) {
      full = true;
      break;
    }
    std::optional<ParentContext> asParent;
    if (!checkHeader(peer, header, asParent)) {
      refused = true;  // punished, or asked again later: what came before it is kept
      break;
    }
    PendingBlock block;
    block.header = header;
    block.sources.insert(peer);
    block.introducedBy = peer;
    block.asParent = std::move(asParent);
    ++p.introduced;
    ++fresh;
    pending_.emplace(hash, std::move(block));
    children_.emplace(header.prev, hash);
    byHeight_.insert({header.height, hash});
    p.lastHeader = hash;
  }
  if (refused) {
    schedule();
    return;
  }
  if (fresh == 0 && !full && !cutShort) {
    // A race with another peer's announcement explains a few; a stream of them only costs us lookups.
    links_.penalize(peer, requested ? Offence::KnownHeaders : Offence::UnaskedKnownHeaders,
                    fail(NetErrc::BadHeaders, "sent " + std::to_string(headers.size()) + " headers we have already"),
                    headers.size());
  }
  p.bestHeight = std::max(p.bestHeight, headers.back().height);
  p.moreHeaders = full || (requested && headers.size() == kMaxHeadersPerMessage);
  if (p.moreHeaders && !full) requestHeaders(peer);
  schedule();
}

}  // namespace wb::net
