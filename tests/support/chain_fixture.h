// A chain store in a temporary folder with funded test accounts and a block
// factory: the common set-up of the store, mempool and wallet suites.
#pragma once

#include <QString>
#include <QTemporaryDir>
#include <filesystem>
#include <memory>

#include "tests/support/test_chain.h"

namespace wb::testsupport {

struct ChainFixture {
  explicit ChainFixture(std::size_t accountCount = 8) : accounts(ctx, accountCount) {}

  // (Re)opens the store in sub-folder `sub` and syncs the factory's nonces.
  [[nodiscard]] Status open(const QString& sub = QStringLiteral("a")) {
    chain.reset();
    WB_TRY_ASSIGN(
        opened, Chain::open(std::filesystem::path(dir.path().toStdString()) / sub.toStdString(), "test", genesis, ctx));
    chain = std::move(*opened);
    return syncNonces();
  }
  [[nodiscard]] Status syncNonces() {
    return chain->readState([&](const state::StateView& v) { return factory.syncNonces(v); });
  }
  BlockHeader tipHeader() const { return chain->headerRecord(chain->tip().hash).value()->header; }
  // Builds a block of `txs` on the tip and imports it.
  Result<BlockHash> importTxs(std::vector<Tx> txs, std::size_t producer = 0) {
    return chain->importBlock(encodeBlock(factory.makeBlock(tipHeader(), std::move(txs), producer)));
  }
  state::StateDump dump() const { return dumpChainState(*chain).value(); }

  QTemporaryDir dir;
  SecpContext ctx;
  TestAccounts accounts;
  ChainGenesis genesis = testGenesis(accounts);
  std::unique_ptr<Chain> chain;
  BlockFactory factory{ctx, genesis, accounts};
};

}  // namespace wb::testsupport
