// The command line shared by `waybill` and `waybilld` (DESIGN §7).
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chain/core/error.h"

namespace wb::app {

// Process exit codes of both programs.
inline constexpr int kExitOk = 0;
inline constexpr int kExitRuntimeError = 1;
inline constexpr int kExitUsage = 2;

// A host and a TCP port, from "HOST:PORT" or "PORT".
struct Endpoint {
  std::string host;
  std::uint16_t port = 0;
};

enum class DevConsensus { Pow, Pos, Dpos };

// Which program parses: the GUI accepts a few options of its own.
enum class Program { Gui, Daemon };

struct Options {
  bool help = false;
  bool version = false;
  std::optional<std::string> dataDir;
  std::optional<DevConsensus> dev;
  std::optional<std::string> genesisFile;
  std::optional<std::string> network;
  std::optional<Endpoint> listen;
  std::vector<Endpoint> connect;
  std::optional<Endpoint> rpc;
  bool noRpc = false;
  std::optional<std::string> walletFile;
  std::optional<std::string> passphraseFile;
  bool produce = false;
  std::optional<unsigned> mineThreads;
  bool devClockManual = false;
  bool check = false;
  bool light = false;                         // a light node: headers only, records with proofs (DESIGN §11)
  std::optional<std::string> screenshotsDir;  // GUI only
  std::vector<std::string> paymentLinks;      // GUI only: "waybill:…" arguments, in order
};

// What --help and the man pages say about one option (the parser's own table).
struct OptionDoc {
  std::string_view name;         // "--datadir"
  std::string_view value;        // "DIR", empty for a flag
  std::string_view description;  // lower case, no final full stop
  bool guiOnly = false;
  bool daemonOnly = false;  // an option only waybilld takes (none today)
};

// Parses argv (without the program name). Accepts "--opt value" and "--opt=value";
// the GUI also takes `waybill:` payment links as plain arguments (Exec=waybill %u).
// Fails with UsageUnknownOption, UsageMissingValue or UsageBadValue and a message
// naming the option, suitable for a one-line error on stderr.
[[nodiscard]] Result<Options> parseOptions(Program program, const std::vector<std::string>& args);

// Parses "[HOST:]PORT" by net::parseHostPortText: port 1–65535; host an IP
// address ([IPv6] in brackets) or localhost — DNS names are refused (the node
// never blocks on a lookup) —, `defaultHost` when absent (empty `defaultHost`: the host is required). Fails with
// UsageBadValue.
[[nodiscard]] Result<Endpoint> parseEndpoint(std::string_view text, std::string_view defaultHost);

// The options `program` accepts, in --help order.
std::vector<OptionDoc> documentedOptions(Program program);

// "waybill" or "waybilld", and what it is, in a few lower-case words.
std::string_view programName(Program program);
std::string_view programSummary(Program program);

// The --help text of a program.
std::string helpText(Program program);

// "waybilld 0.1.0" / "waybill 0.1.0", then one "  name version" line per library
// (node::libraryVersions(); the GUI adds its own), for --version.
std::string versionText(Program program, const std::vector<std::pair<std::string, std::string>>& libraries);

// What main() does with its command line, the same way in both programs.
struct CommandLine {
  std::optional<Options> options;  // run with these; nullopt: return exitCode at once
  int exitCode = 0;
};

// Parses `args` for `program`. A usage error goes to `err` ("waybilld: …", exit 2);
// --help and --version (with what `libraries` lists, asked only then) go to `out`
// (exit 0); else the options.
CommandLine readCommandLine(Program program, const std::vector<std::string>& args,
                            const std::function<std::vector<std::pair<std::string, std::string>>()>& libraries,
                            std::ostream& out, std::ostream& err);

}  // namespace wb::app
