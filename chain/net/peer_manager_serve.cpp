// PeerManager: what it does with each message after the handshake.
#include "chain/core/tx_sign.h"
#include "chain/net/block_locator.h"
#include "chain/net/frame.h"
#include "chain/net/net_errc.h"
#include "chain/net/peer_manager.h"
#include "chain/net/wire_endpoint.h"
#include "chain/state/audit.h"
#include "chain/state/order_queries.h"
#include "chain/state/state_errc.h"

namespace wb::net {

void PeerManager::onMessage(PeerId id, const Message& message) {
  auto it = peers_.find(id);
  if (it == peers_.end() || !live(it->second)) return;
  PeerState& state = it->second;
  switch (messageType(message)) {
    case MessageType::GetAddr:
      serveAddresses(state);
      break;
    case MessageType::Addr:
      // Within its budget; the book takes only dialable endpoints and stays bounded.
      for (const Endpoint& e : std::get<AddrMsg>(message).endpoints) {
        if (!state.addrBudget.take(uptime_.elapsed())) break;
        addresses_.add(fromEndpoint(e));
      }
      break;
    case MessageType::GetHeaders:
      serveHeaders(state, std::get<GetHeadersMsg>(message));
      break;
    case MessageType::Headers: {
      const auto& headers = std::get<HeadersMsg>(message).headers;
      for (const BlockHeader& h : headers) state.known.insert(blockHash(h));
      emit headersReceived(id, headers);
      sync_->headersReceived(id, headers);
      break;
    }
    case MessageType::GetBlocks:
      queueBlocks(state, std::get<GetBlocksMsg>(message));
      break;
    case MessageType::Block: {
      const auto& block = std::get<BlockMsg>(message);
      state.known.insert(blockHash(block.header));
      sync_->blockReceived(id, block);
      break;
    }
    case MessageType::NotFound: {
      std::vector<BlockHash> blocks;
      for (const InvItem& item : std::get<NotFoundMsg>(message).items) {
        if (item.kind == InvKind::Block) blocks.push_back(BlockHash{item.hash});
      }
      if (!blocks.empty()) sync_->blocksNotFound(id, blocks);
      break;
    }
    case MessageType::Inv:
      handleInv(state, std::get<InvMsg>(message));
      break;
    case MessageType::GetTxs:
      serveTxs(state, std::get<GetTxsMsg>(message));
      break;
    case MessageType::Tx: {
      const Tx& tx = std::get<TxMsg>(message).tx;
      const Hash32 txid = computeTxid(tx);
      state.known.insert(txid);
      if (requestedTxs_.contains(txid)) state.lastUsefulMs = uptime_.elapsed();
      txRequests_.received(txid);
      emit txReceived(id, tx);
      break;
    }
    case MessageType::GetProof:
      serveProof(state, std::get<GetProofMsg>(message));
      break;
    case MessageType::Proof:
      emit proofReceived(id, std::get<ProofMsg>(message));
      break;
    case MessageType::GetOrderIds:
      serveOrderIds(state, std::get<GetOrderIdsMsg>(message));
      break;
    case MessageType::OrderIds:
      break;  // only light nodes ask for them
    case MessageType::GetWitnesses:
      serveWitnesses(state, std::get<GetWitnessesMsg>(message));
      break;
    case MessageType::Witnesses:
      break;  // only light nodes ask for them
    case MessageType::GetDelegateKeys:
      serveDelegateKeys(state);
      break;
    case MessageType::DelegateKeys:
      break;  // only light nodes ask for them

    case MessageType::Hello:
    case MessageType::HelloAck:
    case MessageType::Ping:
    case MessageType::Pong:
    case MessageType::Reject:
      break;  // the Peer handles these
  }
}

void PeerManager::serveAddresses(PeerState& state) {
  AddrMsg reply;
  for (const auto& [id, other] : peers_) {
    const Peer& p = *other.peer;
    if (&other == &state || !p.ready() || p.theirHello().listenPort == 0) continue;
    if (reply.endpoints.size() >= kMaxAddrEntries) break;
    reply.endpoints.push_back(toEndpoint({p.remote().host, p.theirHello().listenPort}));
  }
  for (const HostPort& e : addresses_.newest(kMaxAddrEntries)) {
    if (reply.endpoints.size() >= kMaxAddrEntries) break;
    const Endpoint wire = toEndpoint(e);
    if (std::find(reply.endpoints.begin(), reply.endpoints.end(), wire) == reply.endpoints.end()) {
      reply.endpoints.push_back(wire);
    }
  }
  state.peer->send(reply);
}

void PeerManager::serveHeaders(PeerState& state, const GetHeadersMsg& request) {
  if (!state.headersBudget.take(uptime_.elapsed())) return;  // over its budget: not answered
  auto fork = forkHeight(chain_, request.locator);
  if (!fork) {
    emit warning(QString::fromStdString("cannot answer getheaders: " + fork.error().message));
    return;
  }
  // Its locator names the best of our blocks it has: how far a peer that syncs from us got.
  state.heightSeen = std::max(state.heightSeen, *fork);
  HeadersMsg reply;
  const std::uint64_t tipHeight = chain_.tip().height;
  for (std::uint64_t h = *fork + 1; h <= tipHeight && reply.headers.size() < kMaxHeadersPerMessage; ++h) {
    auto hash = chain_.hashAtHeight(h);
    if (!hash || !*hash) break;  // a reorganisation is shortening the chain: send what we have
    auto record = chain_.headerRecord(**hash);
    if (!record || !*record) break;
    reply.headers.push_back((*record)->header);
    state.known.insert(**hash);
    if (**hash == request.stop) break;
  }
  state.peer->send(reply);
}

void PeerManager::queueBlocks(PeerState& state, const GetBlocksMsg& request) {
  if (state.toServe.size() + request.hashes.size() > config_.maxServeQueue) {
    punish(state.peer->id(), fail(NetErrc::UnexpectedMessage,
                                  "more than " + std::to_string(config_.maxServeQueue) + " blocks requested at once"));
    return;
  }
  state.toServe.insert(state.toServe.end(), request.hashes.begin(), request.hashes.end());
  serveBlocks(state.peer->id());
}

void PeerManager::serveBlocks(PeerId id) {
  auto it = peers_.find(id);
  if (it == peers_.end() || !live(it->second)) return;
  PeerState& state = it->second;
  // Send while the socket keeps up; readyForMore brings us back for the rest.
  const qint64 highWater = config_.peer.maxSendQueueBytes / 2;
  NotFoundMsg missing;
  while (!state.toServe.empty() && !state.peer->closed() && state.peer->queuedBytes() < highWater) {
    const BlockHash hash = state.toServe.front();
    state.toServe.pop_front();
    auto block = chain_.block(hash);
    if (block && *block) {
      state.known.insert(hash);
      // A peer syncing from us has what we send it: that is how far it got.
      state.heightSeen = std::max(state.heightSeen, (**block).header.height);
      state.peer->send(BlockMsg::of(**block));
    } else if (missing.items.size() < kMaxInvEntries) {
      missing.items.push_back({InvKind::Block, hash});
    }
  }
  if (!missing.items.empty()) state.peer->send(missing);
}

void PeerManager::serveTxs(PeerState& state, const GetTxsMsg& request) {
  // Each transaction once, however often it is asked for in one request.
  std::vector<Hash32> txids = request.txids;
  std::sort(txids.begin(), txids.end());
  txids.erase(std::unique(txids.begin(), txids.end()), txids.end());
  if (!state.txsBudget.take(uptime_.elapsed(), static_cast<double>(txids.size()))) return;
  NotFoundMsg missing;
  for (const Hash32& txid : txids) {
    if (!live(state)) return;  // the queue overflowed: the peer is gone
    std::optional<Tx> tx = txSource_ ? txSource_(txid) : std::nullopt;
    if (tx) {
      state.known.insert(txid);
      state.peer->send(TxMsg{std::move(*tx)});
    } else {
      missing.items.push_back({InvKind::Tx, txid});
    }
  }
  if (!missing.items.empty()) state.peer->send(missing);
}

void PeerManager::serveProof(PeerState& state, const GetProofMsg& request) {
  if (!state.proofBudget.take(uptime_.elapsed())) return;  // over its budget: not answered
  readThenSend(state.peer->id(), [chain = &chain_, request]() -> Result<Message> {
    WB_TRY_ASSIGN(proven, chain->stateProof(static_cast<state::Table>(request.table), request.key));
    ProofMsg reply;
    reply.table = request.table;
    reply.key = request.key;
    reply.height = proven->height;
    reply.block = proven->block;
    reply.stateRoot = proven->stateRoot;
    reply.value = proven->value;
    reply.siblings = proven->proof.siblings;
    reply.end = static_cast<ProofEndKind>(proven->proof.end);
    reply.otherLeafKey = proven->proof.otherLeafKey;
    reply.otherValueHash = proven->proof.otherValueHash;
    return Message(std::move(reply));
  });
}

void PeerManager::serveOrderIds(PeerState& state, const GetOrderIdsMsg& request) {
  if (!state.proofBudget.take(uptime_.elapsed())) return;  // one budget for what a light node asks
  readThenSend(state.peer->id(), [chain = &chain_, request]() -> Result<Message> {
    state::OrderQuery query;
    query.party = request.party;
    query.limit = request.limit;
    if (request.before) query.before = state::OrderCursor{request.before->createdHeight, request.before->id};
    OrderIdsMsg reply{request.party, request.before, {}, false};
    WB_TRY(chain->readState([&](const state::StateView& view) -> Status {
      WB_TRY_ASSIGN(page, state::listOrders(view, query));
      for (const state::Order& order : page->orders) reply.orders.push_back(OrderRef{order.createdHeight, order.id});
      reply.more = page->next.has_value();
      return {};
    }));
    return Message(std::move(reply));
  });
}

void PeerManager::serveWitnesses(PeerState& state, const GetWitnessesMsg& request) {
  if (!state.witnessBudget.take(uptime_.elapsed())) return;  // over its budget: not answered
  readThenSend(state.peer->id(), [chain = &chain_, request]() -> Result<Message> {
    // Leave room under the frame limit for the hashes and flags.
    constexpr std::size_t kWitnessBytes = kMaxPayloadBytes - 64 * 1024;
    WB_TRY_ASSIGN(found, chain->consensusWitnesses(request.blocks, kWitnessBytes));
    WitnessesMsg reply;
    for (std::size_t i = 0; i < found->size(); ++i) {
      auto& witness = (*found)[i];
      reply.witnesses.push_back(
          {request.blocks[i], witness.has_value(), witness ? std::move(*witness) : state::ConsensusWitness{}});
    }
    return Message(std::move(reply));
  });
}

void PeerManager::serveDelegateKeys(PeerState& state) {
  if (!state.proofBudget.take(uptime_.elapsed())) return;  // one budget for what a light node asks
  readThenSend(state.peer->id(), [chain = &chain_]() -> Result<Message> {
    DelegateKeysMsg reply;
    WB_TRY(chain->readState([&](const state::StateView& view) -> Status {
      return state::forEachEntry(view.reader(), state::Table::Delegates,
                                 [&](const state::KeyValue& kv) -> Result<bool> {
                                   if (kv.first.size() != 32)
                                     return fail(StateErrc::Corrupt, "a stored delegate key is damaged");
                                   AccountKey key;
                                   std::copy(kv.first.begin(), kv.first.end(), key.begin());
                                   reply.keys.push_back(key);
                                   return reply.keys.size() < state::kMaxWitnessRecords;
                                 });
    }));
    return Message(std::move(reply));
  });
}

void PeerManager::readThenSend(PeerId id, std::function<Result<Message>()> read) {
  if (!readExecutor_) return sendRead(id, read());
  // The chain outlives the executor's work (a node ends its readers before its chain).
  readExecutor_([link = replyLink_, this, id, read = std::move(read)] {
    auto built = std::make_shared<Result<Message>>(read());
    // `this` is only used on its own thread, through the link it detaches when destroyed.
    link->post([this, id, built] { sendRead(id, *built); });
  });
}

void PeerManager::sendRead(PeerId id, const Result<Message>& built) {
  auto it = peers_.find(id);
  if (it == peers_.end() || !live(it->second)) return;  // gone while the answer was built
  if (!built) {
    emit warning(QString::fromStdString("cannot answer a peer's request: " + built.error().message));
    return;
  }
  it->second.peer->send(*built);
}

void PeerManager::handleInv(PeerState& state, const InvMsg& inv) {
  GetTxsMsg wanted;
  for (const InvItem& item : inv.items) {
    state.known.insert(item.hash);
    if (item.kind == InvKind::Block) {
      sync_->blockAnnounced(state.peer->id(), BlockHash{item.hash});
      if (state.peer->closed()) return;
      continue;
    }
    const bool have = txSource_ && txSource_(item.hash).has_value();
    if (have) continue;
    if (requestedTxs_.insert(item.hash)) {
      wanted.txids.push_back(item.hash);
      txRequests_.asked(item.hash, state.peer->id(), uptime_.elapsed());
    } else {
      txRequests_.alsoAnnounced(item.hash, state.peer->id());  // asked of it if the first announcer does not answer
    }
  }
  if (!wanted.txids.empty()) state.peer->send(wanted);
}

}  // namespace wb::net
