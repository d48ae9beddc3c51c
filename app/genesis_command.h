// `waybilld genesis`: writes the genesis file of a new production network
// (DESIGN §7). Every parameter it does not take from the command line comes from
// productionParams() (chain/core/genesis.h), where the defaults are documented.
//
//   waybilld genesis --consensus pow|pos|dpos --out FILE [--alloc ADDR=AMOUNT]…
//                    [--delegate ADDR=NAME]… [--name NAME] [--hrp HRP] [--time UNIX]
//
// AMOUNT is WBL ("1000", "0.5"); ADDR=BALANCE:STAKE also stakes STAKE at genesis
// (a pos network needs some). DPoS needs at least one --delegate. Exit codes:
// 0 written (the genesis hash is printed), 1 runtime error (FILE exists, cannot
// write), 2 bad usage or an invalid network; errors are one line on stderr.
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "app/options.h"  // kExitOk, kExitRuntimeError, kExitUsage
#include "chain/core/genesis.h"

namespace wb::app {

// The command line of `waybilld genesis`, checked for shape but not yet for
// meaning (addresses need the final hrp, so they are decoded by buildGenesis).
struct GenesisRequest {
  bool help = false;
  ConsensusKind consensus = ConsensusKind::Pow;
  std::string outPath;
  std::optional<std::string> name;
  std::optional<std::string> hrp;
  std::optional<std::uint64_t> time;
  std::vector<std::string> allocations;  // "ADDR=AMOUNT" or "ADDR=BALANCE:STAKE"
  std::vector<std::string> delegates;    // "ADDR=NAME"
};

// Parses the arguments after "genesis" ("--opt value" or "--opt=value").
// Fails with UsageUnknownOption, UsageMissingValue (including a missing
// --consensus or --out) or UsageBadValue, naming the option.
[[nodiscard]] Result<GenesisRequest> parseGenesisArgs(const std::vector<std::string>& args);

// Builds and checks the genesis file `request` describes, with genesis time
// request.time or else `now`. Fails with UsageBadValue for an undecodable
// --alloc/--delegate or a missing/misplaced --delegate, or with the code of
// checkGenesis (invalid name, duplicate account, no stake on pos, …).
[[nodiscard]] Result<GenesisFile> buildGenesis(const GenesisRequest& request, std::uint64_t now);

// The `waybilld genesis --help` text.
std::string genesisHelpText();

// Runs the command: parses `args` (after "genesis"), writes the file, prints the
// genesis hash in hex on `out`. Returns the process exit code (kExitOk,
// kExitRuntimeError, kExitUsage); errors go to `err` as one line.
int runGenesisCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace wb::app
