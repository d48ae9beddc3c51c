#include "app/options.h"

#include <charconv>
#include <functional>
#include <map>

#include "app/version.h"
#include "chain/net/host_port.h"

namespace wb::app {
namespace {

Result<unsigned> parseUnsigned(std::string_view text, unsigned min, unsigned max, std::string_view option) {
  unsigned value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    return fail(Errc::UsageBadValue, std::string(option) + " expects a whole number from " + std::to_string(min) +
                                         " to " + std::to_string(max) + ", not '" + std::string(text) + "'");
  }
  return value;
}

using Setter = std::function<Status(Options&, std::string_view value)>;

struct OptionSpec {
  bool takesValue;
  bool guiOnly;
  Setter set;
};

Result<Endpoint> endpointFor(std::string_view option, std::string_view value, std::string_view defaultHost) {
  auto ep = parseEndpoint(value, defaultHost);
  if (!ep) return fail(Errc::UsageBadValue, std::string(option) + ": " + ep.error().message);
  return ep;
}

const std::map<std::string, OptionSpec, std::less<>>& optionTable() {
  static const std::map<std::string, OptionSpec, std::less<>> table = {
      {"--help", {false, false, [](Options& o, std::string_view) { o.help = true; return Status{}; }}},
      {"--version", {false, false, [](Options& o, std::string_view) { o.version = true; return Status{}; }}},
      {"--datadir", {true, false, [](Options& o, std::string_view v) { o.dataDir = std::string(v); return Status{}; }}},
      {"--dev", {true, false, [](Options& o, std::string_view v) -> Status {
         if (v == "pow") o.dev = DevConsensus::Pow;
         else if (v == "pos") o.dev = DevConsensus::Pos;
         else if (v == "dpos") o.dev = DevConsensus::Dpos;
         else return fail(Errc::UsageBadValue, "--dev expects pow, pos or dpos, not '" + std::string(v) + "'");
         return {};
       }}},
      {"--genesis", {true, false, [](Options& o, std::string_view v) { o.genesisFile = std::string(v); return Status{}; }}},
      {"--network", {true, false, [](Options& o, std::string_view v) { o.network = std::string(v); return Status{}; }}},
      {"--listen", {true, false, [](Options& o, std::string_view v) -> Status {
         auto ep = endpointFor("--listen", v, "0.0.0.0");
         if (!ep) return ep.error();
         o.listen = *ep;
         return {};
       }}},
      {"--connect", {true, false, [](Options& o, std::string_view v) -> Status {
         auto ep = endpointFor("--connect", v, "");
         if (!ep) return ep.error();
         o.connect.push_back(*ep);
         return {};
       }}},
      {"--rpc", {true, false, [](Options& o, std::string_view v) -> Status {
         auto ep = endpointFor("--rpc", v, "127.0.0.1");
         if (!ep) return ep.error();
         o.rpc = *ep;
         return {};
       }}},
      {"--no-rpc", {false, false, [](Options& o, std::string_view) { o.noRpc = true; return Status{}; }}},
      {"--wallet", {true, false, [](Options& o, std::string_view v) { o.walletFile = std::string(v); return Status{}; }}},
      {"--passphrase-file", {true, false, [](Options& o, std::string_view v) { o.passphraseFile = std::string(v); return Status{}; }}},
      {"--produce", {false, false, [](Options& o, std::string_view) { o.produce = true; return Status{}; }}},
      {"--mine-threads", {true, false, [](Options& o, std::string_view v) -> Status {
         auto n = parseUnsigned(v, 1, 1024, "--mine-threads");
         if (!n) return n.error();
         o.mineThreads = *n;
         return {};
       }}},
      {"--dev-clock", {true, false, [](Options& o, std::string_view v) -> Status {
         if (v != "manual") return fail(Errc::UsageBadValue, "--dev-clock expects 'manual', not '" + std::string(v) + "'");
         o.devClockManual = true;
         return {};
       }}},
      {"--check", {false, false, [](Options& o, std::string_view) { o.check = true; return Status{}; }}},
      {"--screenshots", {true, true, [](Options& o, std::string_view v) { o.screenshotsDir = std::string(v); return Status{}; }}},
  };
  return table;
}

}  // namespace

Result<Endpoint> parseEndpoint(std::string_view text, std::string_view defaultHost) {
  net::HostPortRules rules;
  rules.defaultHost = defaultHost;
  // IP addresses (and localhost) only: the node never blocks on a DNS lookup, so
  // a name is refused here with a clear message rather than at node start.
  rules.allowHostNames = false;
  rules.allowLocalhost = true;
  auto parsed = net::parseHostPortText(text, rules);
  if (!parsed) return fail(Errc::UsageBadValue, parsed.error().message);
  return Endpoint{std::move(parsed->host), parsed->port};
}

Result<Options> parseOptions(Program program, const std::vector<std::string>& args) {
  Options options;
  const auto& table = optionTable();
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view arg = args[i];
    std::string_view name = arg;
    std::optional<std::string_view> inlineValue;
    if (const auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string_view::npos) {
      name = arg.substr(0, eq);
      inlineValue = arg.substr(eq + 1);
    }
    const auto it = table.find(name);
    if (it == table.end() || (it->second.guiOnly && program != Program::Gui)) {
      return fail(Errc::UsageUnknownOption, "unknown option '" + std::string(arg) + "' (see --help)");
    }
    const OptionSpec& spec = it->second;
    std::string_view value;
    if (spec.takesValue) {
      if (inlineValue) {
        value = *inlineValue;
      } else if (i + 1 < args.size()) {
        value = args[++i];
      } else {
        return fail(Errc::UsageMissingValue, "option '" + std::string(name) + "' needs a value (see --help)");
      }
      if (value.empty()) return fail(Errc::UsageMissingValue, "option '" + std::string(name) + "' needs a value");
    } else if (inlineValue) {
      return fail(Errc::UsageBadValue, "option '" + std::string(name) + "' takes no value");
    }
    WB_TRY(spec.set(options, value));
  }
  if (options.noRpc && options.rpc) return fail(Errc::UsageBadValue, "--rpc and --no-rpc cannot be used together");
  if (options.dev && options.genesisFile) return fail(Errc::UsageBadValue, "--dev and --genesis cannot be used together");
  if (options.devClockManual && !options.dev) return fail(Errc::UsageBadValue, "--dev-clock manual needs --dev");
  return options;
}

std::string helpText(Program program) {
  const std::string name = program == Program::Gui ? "waybill" : "waybilld";
  std::string text = "Usage: " + name + " [options]\n";
  text += program == Program::Gui ? "Waybill: merchant wallet with an embedded blockchain node.\n"
                                  : "Waybill node without a window, for servers and scripts.\n";
  text +=
      "\nOptions:\n"
      "  --datadir DIR            where networks and wallets live (default: the user's application data folder)\n"
      "  --dev pow|pos|dpos       run a ready development network with funded test accounts\n"
      "  --genesis FILE           join or create the network defined by this genesis file\n"
      "  --network NAME           open the network of this name in the data directory\n"
      "  --listen [HOST:]PORT     accept peer connections on this address\n"
      "  --connect HOST:PORT      connect to this peer (repeatable)\n"
      "  --rpc [HOST:]PORT        serve JSON-RPC here (default host 127.0.0.1)\n"
      "  --no-rpc                 do not serve JSON-RPC\n"
      "  --wallet FILE            use this wallet file\n"
      "  --passphrase-file FILE   read the wallet passphrase from this file\n"
      "  --produce                produce blocks (mine, stake or forge) with the wallet's keys\n"
      "  --mine-threads N         proof-of-work mining threads\n"
      "  --dev-clock manual       on a dev network, produce blocks only when asked (dev_produce)\n"
      "  --check                  verify the whole ledger and the supply invariant, then exit\n";
  if (program == Program::Gui) {
    text += "  --screenshots DIR        write a PNG of every page to DIR, then exit\n";
  }
  text +=
      "  --version                print the version and exit\n"
      "  --help                   print this help and exit\n"
      "\nExit codes: 0 ok, 1 runtime error, 2 bad usage.\n";
  return text;
}

std::string versionText(Program program) {
  return std::string(program == Program::Gui ? "waybill " : "waybilld ") + kVersion + "\n";
}

}  // namespace wb::app
