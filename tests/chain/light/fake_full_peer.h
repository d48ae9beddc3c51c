// A full peer played in-process for the light-mode suites: a real P2P
// connection (net::Peer on an accepted socket) answering getheaders, getproof,
// getblocks, getorderids and getwitnesses from a real chain store's main chain, optionally
// lying in one chosen way; and a light sync asking a liar first, then an honest one.
#pragma once

#include <QTcpServer>
#include <QtTest>

#include "chain/light/light_sync.h"
#include "chain/net/block_locator.h"
#include "chain/net/frame.h"
#include "chain/net/peer.h"
#include "chain/state/order_queries.h"
#include "chain/store/chain.h"

namespace wb::lighttest {

// A full peer: accepts one connection at a time and answers getheaders and
// getproof from `chain`'s main chain, optionally lying.
class FakeFullPeer : public QObject {
public:
  // HideNewestOrder leaves the first order out of every order id list;
  // ForeignOrders lists the orders of `foreignParty` instead of the party asked for.
  // WitnessValue changes a record of the first consensus witness holding one;
  // WitnessCut leaves the last record out of every witness.
  enum class Lie {
    None,
    ProofValue,
    ProofSibling,
    Headers,
    BlockBody,
    HideNewestOrder,
    ForeignOrders,
    WitnessValue,
    WitnessCut
  };

  FakeFullPeer(const Chain& chain, Lie lie) : chain_(chain), lie_(lie) {
    server_.listen(QHostAddress::LocalHost, 0);
    connect(&server_, &QTcpServer::newConnection, this, [this] {
      while (QTcpSocket* socket = server_.nextPendingConnection()) {
        net::HelloMsg hello;
        hello.genesis = chain_.params().genesisHash;
        hello.bestHeight = chain_.tip().height;
        hello.bestHash = chain_.tip().hash;
        hello.nonce = 0xfeed0000 + static_cast<std::uint64_t>(lie_);
        hello.agent = "fake full peer";
        auto* peer = new net::Peer(nextId_++, socket, true, {socket->peerAddress(), socket->peerPort()}, hello,
                                   net::PeerLimits{}, this);
        connect(peer, &net::Peer::messageReceived, this,
                [this, peer](net::PeerId, const net::Message& message) { answer(*peer, message); });
        connect(peer, &net::Peer::disconnected, this, [this, peer](net::PeerId, const Error&, bool) {
          ++disconnects;
          peer->deleteLater();
          if (live_ == peer) live_ = nullptr;
        });
        live_ = peer;
        ++connections;
        peer->start();
      }
    });
  }
  net::HostPort endpoint() const { return {QHostAddress(QHostAddress::LocalHost), server_.serverPort()}; }
  // Announces the chain's tip to the connected light node.
  void announceTip() {
    if (live_ && live_->ready()) live_->send(net::InvMsg{{{net::InvKind::Block, chain_.tip().hash}}});
  }

  AccountKey foreignParty{};
  int connections = 0;
  int disconnects = 0;
  int proofsServed = 0;
  int blocksServed = 0;
  int witnessesServed = 0;

private:
  void answer(net::Peer& peer, const net::Message& message) {
    if (const auto* get = std::get_if<net::GetHeadersMsg>(&message)) {
      auto fork = net::forkHeight(chain_, get->locator);
      net::HeadersMsg reply;
      for (std::uint64_t h = *fork + 1; h <= chain_.tip().height; ++h) {
        reply.headers.push_back(chain_.headerRecord(*chain_.hashAtHeight(h).value()).value()->header);
      }
      if (lie_ == Lie::Headers && !reply.headers.empty()) reply.headers.back().bits ^= 0x10;
      peer.send(reply);
    } else if (const auto* get = std::get_if<net::GetProofMsg>(&message)) {
      // A named result (not .value() of a temporary): GCC 12 warns about the latter here.
      const auto read = chain_.stateProof(static_cast<state::Table>(get->table), get->key);
      if (!read) qFatal("cannot prove: %s", read.error().message.c_str());
      const auto& proven = *read;
      net::ProofMsg reply;
      reply.table = get->table;
      reply.key = get->key;
      reply.height = proven.height;
      reply.block = proven.block;
      reply.stateRoot = proven.stateRoot;
      reply.value = proven.value;
      reply.siblings = proven.proof.siblings;
      reply.end = static_cast<net::ProofEndKind>(proven.proof.end);
      reply.otherLeafKey = proven.proof.otherLeafKey;
      reply.otherValueHash = proven.proof.otherValueHash;
      if (lie_ == Lie::ProofValue && reply.value) reply.value->back() ^= 0x01;
      if (lie_ == Lie::ProofSibling && !reply.siblings.empty()) reply.siblings.front()[0] ^= 0x80;
      ++proofsServed;
      peer.send(reply);
    } else if (const auto* get = std::get_if<net::GetOrderIdsMsg>(&message)) {
      state::OrderQuery query;
      query.party = lie_ == Lie::ForeignOrders ? foreignParty : get->party;
      query.limit = get->limit;
      if (get->before) query.before = state::OrderCursor{get->before->createdHeight, get->before->id};
      net::OrderIdsMsg reply{get->party, get->before, {}, false};
      const Status read = chain_.readState([&](const state::StateView& view) -> Status {
        WB_TRY_ASSIGN(page, state::listOrders(view, query));
        for (const state::Order& o : page->orders) reply.orders.push_back({o.createdHeight, o.id});
        reply.more = page->next.has_value();
        return {};
      });
      if (!read) qFatal("cannot list orders: %s", read.error().message.c_str());
      if (lie_ == Lie::HideNewestOrder && !reply.orders.empty()) reply.orders.erase(reply.orders.begin());
      if (reply.more && reply.orders.empty()) reply.more = false;  // a hider still answers in shape
      peer.send(reply);
    } else if (const auto* get = std::get_if<net::GetWitnessesMsg>(&message)) {
      auto found = chain_.consensusWitnesses(get->blocks, net::kMaxPayloadBytes / 2).value();
      net::WitnessesMsg reply;
      bool changed = false;
      for (std::size_t i = 0; i < found.size(); ++i) {
        state::ConsensusWitness witness = found[i].value_or(state::ConsensusWitness{});
        auto& records = witness.records;
        if (lie_ == Lie::WitnessCut && !records.empty()) records.pop_back();
        if (lie_ == Lie::WitnessValue && !changed && !records.empty() && records.back().proven.value) {
          records.back().proven.value->back() ^= 0x01;
          changed = true;
        }
        reply.witnesses.push_back({get->blocks[i], found[i].has_value(), std::move(witness)});
      }
      witnessesServed += static_cast<int>(found.size());
      peer.send(reply);
    } else if (const auto* get = std::get_if<net::GetBlocksMsg>(&message)) {
      for (const BlockHash& hash : get->hashes) {
        Block block = chain_.block(hash).value().value();
        // The header it names, with a body that is not the one its tx_root commits to.
        if (lie_ == Lie::BlockBody && !block.txs.empty()) block.txs.pop_back();
        ++blocksServed;
        peer.send(net::BlockMsg::of(block));
      }
    }
  }

  const Chain& chain_;
  Lie lie_;
  QTcpServer server_;
  net::PeerId nextId_ = 1;
  net::Peer* live_ = nullptr;
};

inline light::LightSyncConfig fastConfig(std::vector<net::HostPort> peers) {
  light::LightSyncConfig c;
  c.peers = std::move(peers);
  c.redialMs = 100;
  c.refreshMs = 60'000;  // only announcements and handshakes ask for headers here
  c.proofTimeoutMs = 5'000;
  return c;
}

// A light node's sync with a lying full peer (asked first) and an honest one,
// both serving `chain`; `dropped` collects why peers were dropped for misbehaving.
struct LiarThenHonest {
  LiarThenHonest(const Chain& chain, FakeFullPeer::Lie lie, light::HeaderChain& headers)
      : liar(chain, lie),
        honest(chain, FakeFullPeer::Lie::None),
        sync(headers, fastConfig({liar.endpoint(), honest.endpoint()})) {
    QObject::connect(&sync, &light::LightSync::peerDropped, [this](const QString&, const QString& reason, bool bad) {
      if (bad) dropped << reason;
    });
    sync.start();
  }
  // True once both peers are ready and the light node has `chain`'s tip.
  bool ready(const Chain& chain, const light::HeaderChain& headers) {
    return QTest::qWaitFor([&] { return sync.readyPeers() == 2; }, 10'000) &&
           QTest::qWaitFor([&] { return headers.tip().hash == chain.tip().hash; }, 10'000);
  }
  FakeFullPeer liar;
  FakeFullPeer honest;
  light::LightSync sync;
  QStringList dropped;
};

}  // namespace wb::lighttest
