// The light node's delegate list (DESIGN §11): which delegates exist is a full
// peer's word (getdelegatekeys); each delegate is then proven, and so are the
// totals, which count the registered delegates — so a peer that leaves one out
// or lists an account that is none is found out and dropped. RPC:
//   delegate_list {}  as a full node's, with "proven": true and the proof's height
#include <QJsonArray>
#include <QPointer>
#include <algorithm>
#include <memory>

#include "chain/light/light_errc.h"
#include "chain/light/light_node.h"
#include "chain/net/net_errc.h"
#include "chain/node/node_queries.h"
#include "chain/node/rpc_json.h"
#include "chain/rpc/rpc_params.h"
#include "chain/state/state_tables.h"

namespace wb::light {
namespace {

// Tries when a new header makes the proofs of one list land on different headers.
constexpr int kDelegateListAttempts = 3;

}  // namespace

void LightNode::listDelegates(std::function<void(Result<ProvenDelegates>)> done) {
  sync_->requestDelegateKeys(
      [self = QPointer<LightNode>(this), done = std::move(done)](const Result<DelegateKeys>& keys) {
        if (!keys) return done(keys.error());
        if (self) self->proveDelegates(*keys, kDelegateListAttempts, done);
      });
}

void LightNode::proveDelegates(const DelegateKeys& keys, int attemptsLeft,
                               std::function<void(Result<ProvenDelegates>)> done) {
  struct Gather {
    std::vector<std::optional<ProvenRecord>> delegates;  // by position in the peer's list
    std::optional<ProvenRecord> totals;
    std::size_t missing = 0;
    bool failed = false;
  };
  // A key listed twice would let a peer leave another out and still match the count.
  std::vector<AccountKey> sorted = keys.keys;
  std::sort(sorted.begin(), sorted.end());
  if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
    sync_->dropPeer(keys.peer, fail(NetErrc::UnexpectedMessage, "it listed a delegate twice"));
    return done(fail(LightErrc::WitnessIncomplete, "a full peer listed a delegate twice"));
  }
  auto gather = std::make_shared<Gather>();
  gather->delegates.resize(keys.keys.size());
  gather->missing = keys.keys.size() + 1;
  auto finish = [this, self = QPointer<LightNode>(this), gather, keys, attemptsLeft, done] {
    if (!self) return;
    ProvenDelegates out;
    out.totals = *gather->totals;
    std::uint64_t counted = 0;  // proven absent: no totals, no delegates
    if (out.totals.value) {
      auto totals = state::decodeTotals(*out.totals.value);
      if (!totals) return done(fail(LightErrc::ProofMalformed, "the proven totals do not decode"));
      counted = totals->delegates;
    }
    bool sameHeader = true;
    for (std::size_t i = 0; i < keys.keys.size(); ++i) {
      const ProvenRecord& record = *gather->delegates[i];
      sameHeader = sameHeader && record.block == out.totals.block;
      if (!record.value) {
        sync_->dropPeer(keys.peer, fail(NetErrc::UnexpectedMessage, "it listed an account that is no delegate"));
        return done(fail(LightErrc::WitnessIncomplete, "a full peer listed an account that is no delegate"));
      }
      auto delegate = state::decodeDelegate(*record.value);
      if (!delegate) return done(fail(LightErrc::ProofMalformed, "a proven delegate does not decode"));
      out.delegates.push_back(node::DelegateEntry{keys.keys[i], std::move(*delegate), 0, false});
    }
    if (!sameHeader) {
      if (attemptsLeft > 1) return proveDelegates(keys, attemptsLeft - 1, done);
      return done(fail(NetErrc::SocketError, "new headers kept arriving while the delegates were proven"));
    }
    if (out.delegates.size() != counted) {
      sync_->dropPeer(keys.peer, fail(NetErrc::UnexpectedMessage, "it did not list every delegate"));
      return done(fail(LightErrc::WitnessIncomplete, "a full peer listed " + std::to_string(out.delegates.size()) +
                                                         " delegates of the " + std::to_string(counted) +
                                                         " proven registered"));
    }
    node::rankDelegates(out.delegates, config_.genesis.params.activeDelegates);
    done(std::move(out));
  };
  auto take = [gather, finish, done](const Result<ProvenRecord>& proven, std::optional<ProvenRecord>& slot) {
    if (gather->failed) return;
    if (!proven) {
      gather->failed = true;
      return done(proven.error());
    }
    slot = *proven;
    if (--gather->missing == 0) finish();
  };
  const ByteView totalsKey = state::totalsKey();
  sync_->requestProof(state::Table::Totals, Bytes(totalsKey.begin(), totalsKey.end()),
                      [gather, take](const Result<ProvenRecord>& proven) { take(proven, gather->totals); });
  for (std::size_t i = 0; i < keys.keys.size(); ++i) {
    sync_->requestProof(state::Table::Delegates, Bytes(keys.keys[i].begin(), keys.keys[i].end()),
                        [gather, take, i](const Result<ProvenRecord>& proven) { take(proven, gather->delegates[i]); });
  }
}

Status LightNode::registerDelegateMethods(rpc::RpcDispatcher& dispatcher) {
  const std::string hrp = config_.genesis.params.hrp;
  const std::uint32_t active = config_.genesis.params.activeDelegates;
  return dispatcher.registerMethod("delegate_list",
                                   [this, hrp, active](const QJsonObject& object, rpc::RpcReply reply) {
                                     rpc::RpcParams params(object);
                                     if (Status done = params.finish(); !done) return reply.complete(done.error());
                                     listDelegates([reply, hrp, active](Result<ProvenDelegates> proven) {
                                       if (!proven) return reply.complete(proven.error());
                                       QJsonObject out = node::delegateListJson(proven->delegates, active, hrp);
                                       markProven(out, proven->totals);
                                       reply.complete(QJsonValue(out));
                                     });
                                   });
}

}  // namespace wb::light
