// Test fixtures for the consensus suites: real keys, an in-memory chain that
// hands out ParentContexts like the store will, and a plain-map state view.
#pragma once

#include <QString>
#include <QtGlobal>
#include <algorithm>
#include <map>
#include <memory>
#include <vector>

#include "chain/consensus/engine.h"
#include "chain/consensus/time_rules.h"
#include "chain/core/block.h"
#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"

namespace wb::test {

struct ProducerKey {
  SecureBytes secret;
  AccountKey key{};
};

// A deterministic real key: secret = n (big-endian), n ≥ 1.
inline ProducerKey makeProducer(const SecpContext& ctx, std::uint32_t n) {
  Hash32 raw{};
  raw[28] = static_cast<Byte>(n >> 24);
  raw[29] = static_cast<Byte>(n >> 16);
  raw[30] = static_cast<Byte>(n >> 8);
  raw[31] = static_cast<Byte>(n);
  ProducerKey k{SecureBytes::copyOf(raw), {}};
  k.key = xonlyFromSecret(ctx, k.secret).value();
  return k;
}

// The genesis header of a test network; sets params.genesisHash to its hash.
inline BlockHeader makeGenesis(ChainParams& params) {
  BlockHeader genesis;
  genesis.time = params.genesisTime;
  genesis.bits = params.consensus == ConsensusKind::Dpos ? 0 : params.initialBits;
  params.genesisHash = blockHash(genesis);
  return genesis;
}

// Ledger state after some block, as plain maps.
class MapState final : public ParentStateView {
public:
  std::map<AccountKey, Amount> stakes;
  std::vector<DelegateVotes> delegates;

  Result<Amount> matureStake(const AccountKey& account) const override {
    const auto it = stakes.find(account);
    return it == stakes.end() ? Amount{0} : it->second;
  }
  Result<std::vector<DelegateVotes>> delegateStandings() const override { return delegates; }
};

// One chain of verified headers, as the store will keep them.
class TestChain {
public:
  TestChain(const ChainParams& params, const BlockHeader& genesis) {
    const ParentContext g = genesisParentContext(params, genesis);
    HeaderVerdict v;
    v.hash = g.hash;
    v.posModifier = g.posModifier;
    entries_.push_back({genesis, v});
  }

  // The context for a block on top of the block at `height`.
  ParentContext contextAt(std::size_t height) const {
    const Entry& e = entries_.at(height);
    ParentContext ctx;
    ctx.header = e.header;
    ctx.hash = e.verdict.hash;
    const std::size_t first = height + 1 >= kMedianTimeSpan ? height + 1 - kMedianTimeSpan : 0;
    for (std::size_t h = first; h <= height; ++h) ctx.recentTimes.push_back(entries_[h].header.time);
    ctx.cumulativeWeight = e.verdict.cumulativeWeight;
    ctx.posModifier = e.verdict.posModifier;
    ctx.dposSchedule = e.verdict.dposSchedule;
    return ctx;
  }
  ParentContext tipContext() const { return contextAt(entries_.size() - 1); }

  void append(const BlockHeader& header, const HeaderVerdict& verdict) { entries_.push_back({header, verdict}); }

  std::size_t height() const { return entries_.size() - 1; }
  const BlockHeader& header(std::size_t height) const { return entries_.at(height).header; }
  const HeaderVerdict& verdict(std::size_t height) const { return entries_.at(height).verdict; }
  const BlockHeader& tip() const { return entries_.back().header; }
  ChainTip chainTip() const {
    return {height(), entries_.back().verdict.hash, entries_.back().verdict.cumulativeWeight};
  }

private:
  struct Entry {
    BlockHeader header;
    HeaderVerdict verdict;
  };
  std::vector<Entry> entries_;
};

// A network of headers: its parameters, a clock that starts at their genesis
// time, the engine, the verified headers and the ledger state as plain maps.
struct Network {
  explicit Network(std::uint64_t genesisTime) : clock(genesisTime) {}

  ChainParams params;
  ManualClock clock;
  std::unique_ptr<ConsensusEngine> engine;
  std::unique_ptr<TestChain> chain;
  MapState state;
};

// A network of `params` whose genesis is at `genesisTime`, with `delegates` at
// genesis (DPoS).
inline std::unique_ptr<Network> makeNetwork(ChainParams params, std::uint64_t genesisTime, const SecpContext& secp,
                                            std::vector<AccountKey> delegates = {}) {
  auto net = std::make_unique<Network>(genesisTime);
  net->params = std::move(params);
  net->params.genesisTime = genesisTime;
  const BlockHeader genesis = makeGenesis(net->params);
  auto engine = makeEngine(net->params, net->clock, secp, std::move(delegates));
  if (!engine) qFatal("%s", engine.error().message.c_str());
  net->engine = std::move(*engine);
  net->chain = std::make_unique<TestChain>(net->params, genesis);
  return net;
}

// Empty when the three producers' shares of `blocks` in `wins` are a 1:2:5 split
// (of hash power or stake) within 0.06 each; otherwise which `role` is off, and how.
inline QString offTheOneTwoFiveSplit(const std::vector<std::size_t>& wins, double blocks, const char* role) {
  const double expected[] = {1.0 / 8, 2.0 / 8, 5.0 / 8};
  for (std::size_t k = 0; k < 3; ++k) {
    const double share = static_cast<double>(wins[k]) / blocks;
    if (!(share > expected[k] - 0.06 && share < expected[k] + 0.06)) {
      return QString("%1 %2 share %3").arg(role).arg(k).arg(share);
    }
  }
  return {};
}

// A header template on top of `parent`.
inline BlockHeader nextHeader(const ParentContext& parent, std::uint64_t time, std::uint32_t bits,
                              const AccountKey& producer) {
  BlockHeader h;
  h.height = parent.header.height + 1;
  h.prev = parent.hash;
  h.time = time;
  h.bits = bits;
  h.producer = producer;
  return h;
}

}  // namespace wb::test
