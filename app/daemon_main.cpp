// waybilld: the Waybill node without a window.
#include <iostream>
#include <string>
#include <vector>

#include "app/genesis_command.h"
#include "app/options.h"

int main(int argc, char** argv) {
  using namespace wb::app;
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && args.front() == "genesis") {
    return runGenesisCommand({args.begin() + 1, args.end()}, std::cout, std::cerr);
  }
  auto options = parseOptions(Program::Daemon, args);
  if (!options) {
    std::cerr << "waybilld: " << options.error().message << '\n';
    return kExitUsage;
  }
  if (options->help) {
    std::cout << helpText(Program::Daemon);
    return kExitOk;
  }
  if (options->version) {
    std::cout << versionText(Program::Daemon);
    return kExitOk;
  }
  // The node itself (ledger, consensus, P2P, RPC) lands with its own issues; until
  // then the daemon says plainly that it cannot run a network.
  std::cerr << "waybilld: this build has no node yet; only --help and --version work\n";
  return kExitRuntimeError;
}
