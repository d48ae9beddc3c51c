// A NodeClient (interfaces/node_client.h) for view tests that only need data:
// it answers status requests when the test says so, with what the test says,
// and refuses everything else. The flow tests keep the real node
// (node::LocalNodeClient); this one exists for what a real node cannot be made
// to do on cue, such as holding an answer back while the tip moves.
#pragma once

#include <deque>
#include <utility>

#include "chain/rpc/rpc_errc.h"
#include "interfaces/node_client.h"

namespace wb::test {

class FakeNodeClient final : public node::NodeClient {
public:
  using node::NodeClient::NodeClient;

  // Status requests not answered yet, oldest first.
  std::size_t pendingStatus() const { return pendingStatus_.size(); }
  // How many status requests came so far.
  int statusRequests() const { return statusRequests_; }
  // Answers the oldest pending status request; false when there is none.
  bool answerStatus(Result<node::NodeStatus> answer) {
    if (pendingStatus_.empty()) return false;
    auto done = std::move(pendingStatus_.front());
    pendingStatus_.pop_front();
    done(std::move(answer));
    return true;
  }

  void status(Callback<node::NodeStatus> done) override {
    ++statusRequests_;
    pendingStatus_.push_back(std::move(done));
  }
  void submitTx(Tx, Callback<Hash32> done) override { done(refused()); }
  void account(AccountKey, Callback<state::Account> done) override { done(refused()); }
  void order(OrderId, Callback<std::optional<state::Order>> done) override { done(refused()); }
  void orders(state::OrderQuery, Callback<state::OrderPage> done) override { done(refused()); }
  void nextNonce(AccountKey, Callback<std::uint64_t> done) override { done(refused()); }
  void peers(Callback<std::vector<net::PeerInfo>> done) override { done(refused()); }
  void evidence(Callback<std::vector<DoubleProductionEvidence>> done) override { done(refused()); }
  void bans(Callback<std::vector<net::BanEntry>> done) override { done(refused()); }
  void ban(QString, std::int64_t, Callback<void> done) override { done(refused()); }
  void unban(QString, Callback<void> done) override { done(refused()); }
  void connectPeer(QString, Callback<net::PeerId> done) override { done(refused()); }
  void delegates(Callback<std::vector<node::DelegateEntry>> done) override { done(refused()); }
  void blockAt(std::uint64_t, Callback<std::optional<node::BlockLookup>> done) override { done(refused()); }
  void blockByHash(BlockHash, Callback<std::optional<node::BlockLookup>> done) override { done(refused()); }
  void blocks(std::uint64_t, std::size_t, Callback<std::vector<node::BlockSummary>> done) override { done(refused()); }
  void transaction(Hash32, Callback<std::optional<node::TxLookup>> done) override { done(refused()); }
  void escrow(std::vector<AccountKey>, Callback<node::EscrowSummary> done) override { done(refused()); }
  void sales(std::vector<AccountKey>, std::uint64_t, std::size_t, Callback<std::vector<node::SalesDay>> done) override {
    done(refused());
  }
  void producer(Callback<node::ProducerStatus> done) override { done(refused()); }
  void setProducing(bool, Callback<void> done) override { done(refused()); }
  void setProducerKeys(std::vector<node::ProducerKey>, Callback<void> done) override { done(refused()); }

private:
  static Error refused() { return Error{RpcErrc::NotFound, "not part of this fake"}; }

  std::deque<Callback<node::NodeStatus>> pendingStatus_;
  int statusRequests_ = 0;
};

}  // namespace wb::test
