// A real process for the chain crash test: opens the chain in DATADIR and imports
// generated blocks until it is killed. Prints "ready" once the chain is open.
#include <cstdio>
#include <filesystem>

#include "tests/support/test_chain.h"

int main(int argc, char** argv) {
  using namespace wb;
  using namespace wb::testsupport;
  if (argc != 2 || !initCrypto().ok()) return 2;
  SecpContext ctx;
  TestAccounts accounts(ctx, 8);
  const ChainGenesis genesis = testGenesis(accounts);
  EnvOptions options;
  options.initialMapSize = 1 << 20;  // small, so kills also land while the map grows
  auto chain = Chain::open(std::filesystem::path(argv[1]), "crash", genesis, ctx, {}, options);
  if (!chain) {
    std::fprintf(stderr, "open failed: %s\n", chain.error().message.c_str());
    return 1;
  }
  BlockFactory factory(ctx, genesis, accounts);
  // After a kill the chain goes on from a tip this process did not make.
  if (!factory.syncState(**chain).ok()) return 1;
  std::printf("ready\n");
  std::fflush(stdout);
  for (;;) {
    if (!(*chain)->readState([&](const state::StateView& v) { return factory.syncNonces(v); }).ok()) return 1;
    const auto tip = (*chain)->headerRecord((*chain)->tip().hash);
    if (!tip || !*tip) return 1;
    const Block block = factory.makeBlock((*tip)->header, factory.mixedTxs(24));
    if (auto imported = (*chain)->importBlock(encodeBlock(block)); !imported) {
      std::fprintf(stderr, "import failed: %s\n", imported.error().message.c_str());
      return 1;
    }
  }
}
