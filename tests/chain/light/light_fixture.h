// Shared by the light-mode suites: a real PoW full node (the chain store in LMDB
// with the PoW engine, blocks made by its own planProduction and seal) whose
// headers and proofs a light header chain is fed with.
#pragma once

#include <QTemporaryDir>
#include <filesystem>
#include <memory>
#include <vector>

#include "chain/consensus/engine.h"
#include "chain/core/genesis.h"
#include "chain/light/header_chain.h"
#include "chain/store/chain_genesis.h"
#include "tests/support/test_chain.h"
#include "tests/support/test_producer.h"

namespace wb::lighttest {

inline constexpr std::uint64_t kGenesisTime = 1'750'000'000;

// The dev genesis of `kind` with the test accounts' keys.
inline GenesisFile devGenesis(ConsensusKind kind, const testsupport::TestAccounts& accounts) {
  std::array<AccountKey, kDevAccounts> keys;
  for (std::size_t i = 0; i < kDevAccounts; ++i) keys[i] = accounts.key(i);
  return makeDevGenesis(kind, kGenesisTime, keys).value();
}

// A full node: store, engine and clock.
struct FullNode {
  FullNode(const std::filesystem::path& dir, const GenesisFile& file, const SecpContext& ctx,
           const testsupport::TestAccounts& accounts)
      : genesis(chainGenesisFrom(file)), clock(kGenesisTime), accounts_(accounts) {
    engine = std::move(makeEngine(file.params, clock, ctx, genesisDelegateKeys(file)).value());
    chain = std::move(Chain::open(dir, "full", genesis, ctx, engine.get()).value());
  }
  // One block a second (ASERT stays at its starting bits) by account `who`, imported.
  Result<Block> produce(std::size_t who, std::vector<Tx> txs = {}) {
    clock.advance(1);
    const LocalProducer key{accounts_.key(who), &accounts_.secret(who)};
    WB_TRY_ASSIGN(block, testsupport::produceOnTip(*chain, *engine, clock, std::span<const LocalProducer>(&key, 1),
                                                   std::move(txs)));
    WB_TRY_ASSIGN(imported, chain->importBlock(encodeBlock(*block)));
    return block;
  }
  // `blocks` empty blocks, all by account `who`.
  [[nodiscard]] Status produceBy(std::size_t who, int blocks) {
    for (int i = 0; i < blocks; ++i) WB_TRY(produce(who));
    return {};
  }
  // `blocks` empty blocks by accounts 0, 1, …, producers − 1 in turn.
  [[nodiscard]] Status produceRotating(int blocks, std::size_t producers) {
    for (int i = 0; i < blocks; ++i) WB_TRY(produce(static_cast<std::size_t>(i) % producers));
    return {};
  }
  // `blocks` blocks by the first three accounts in turn, each at its next slot:
  // under DPoS slots are skipped and rounds start again and again.
  [[nodiscard]] Status produceInTurn(int blocks) {
    for (int i = 0; i < blocks; ++i) WB_TRY(produce(static_cast<std::size_t>(i * 2 % 3)));
    return {};
  }
  // The main chain's headers from `from` to the tip.
  std::vector<BlockHeader> headers(std::uint64_t from = 1) const {
    std::vector<BlockHeader> out;
    for (std::uint64_t h = from; h <= chain->tip().height; ++h) {
      out.push_back(chain->headerRecord(*chain->hashAtHeight(h).value()).value()->header);
    }
    return out;
  }
  U256 weightOf(const BlockHash& hash) const {
    return U256::fromBigEndian(chain->headerRecord(hash).value()->chainWeight);
  }

  ChainGenesis genesis;
  ManualClock clock;
  std::unique_ptr<ConsensusEngine> engine;
  std::unique_ptr<Chain> chain;
  const testsupport::TestAccounts& accounts_;
};

// A light node's header chain with an engine and a clock of its own.
struct LightNode {
  LightNode(const GenesisFile& file, const SecpContext& ctx) : genesis(chainGenesisFrom(file)), clock(kGenesisTime) {
    engine = std::move(makeEngine(file.params, clock, ctx, genesisDelegateKeys(file)).value());
  }
  // Opens the store in `dir` with the clock where `full`'s is.
  [[nodiscard]] Status openBeside(const std::filesystem::path& dir, const FullNode& full) {
    clock.set(full.clock.now());
    return open(dir);
  }
  [[nodiscard]] Status open(const std::filesystem::path& dir) {
    chain.reset();
    WB_TRY_ASSIGN(opened, light::HeaderChain::open(dir, *engine, genesis.header));
    chain = std::move(*opened);
    return {};
  }
  ChainGenesis genesis;
  ManualClock clock;
  std::unique_ptr<ConsensusEngine> engine;
  std::unique_ptr<light::HeaderChain> chain;
};

inline std::filesystem::path pathOf(const QTemporaryDir& dir, const char* sub) {
  return std::filesystem::path(dir.path().toStdString()) / sub;
}

// One dev network in a temporary folder: a full node in "full" and a light node
// for the same genesis, whose store in "light" a test opens once the full node
// has the blocks it wants.
struct FullAndLight {
  FullAndLight(ConsensusKind kind, const SecpContext& ctx, const testsupport::TestAccounts& accounts)
      : file(devGenesis(kind, accounts)), full(pathOf(dir, "full"), file, ctx, accounts), light(file, ctx) {}
  // Opens the light store with the light clock `ahead` seconds past the full node's.
  [[nodiscard]] Status openLight(std::uint64_t ahead = 0) {
    light.clock.set(full.clock.now() + ahead);
    return light.open(pathOf(dir, "light"));
  }

  QTemporaryDir dir;  // first: outlives the stores in it
  GenesisFile file;
  FullNode full;
  LightNode light;
};

}  // namespace wb::lighttest
