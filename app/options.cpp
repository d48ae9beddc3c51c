#include "app/options.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <functional>
#include <ostream>

#include "app/app_errc.h"
#include "app/version.h"
#include "chain/address/host_port.h"

namespace wb::app {
namespace {

Result<unsigned> parseUnsigned(std::string_view text, unsigned min, unsigned max, std::string_view option) {
  unsigned value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    return fail(AppErrc::UsageBadValue, std::string(option) + " expects a whole number from " + std::to_string(min) +
                                            " to " + std::to_string(max) + ", not '" + std::string(text) + "'");
  }
  return value;
}

using Setter = std::function<Status(Options&, std::string_view value)>;

// One row of the command line: what --help and the man pages say, and how it parses.
struct OptionSpec {
  OptionDoc doc;
  Setter set;
};

Result<Endpoint> endpointFor(std::string_view option, std::string_view value, std::string_view defaultHost) {
  auto ep = parseEndpoint(value, defaultHost);
  if (!ep) return fail(AppErrc::UsageBadValue, std::string(option) + ": " + ep.error().message);
  return ep;
}

// In the order --help lists them.
const std::vector<OptionSpec>& optionTable() {
  static const std::vector<OptionSpec> table = {
      {{"--datadir", "DIR", "where networks and wallets live (default: the user's application data folder)", false},
       [](Options& o, std::string_view v) {
         o.dataDir = std::string(v);
         return Status{};
       }},
      {{"--dev", "pow|pos|dpos", "run a ready development network with funded test accounts", false},
       [](Options& o, std::string_view v) -> Status {
         if (v == "pow")
           o.dev = DevConsensus::Pow;
         else if (v == "pos")
           o.dev = DevConsensus::Pos;
         else if (v == "dpos")
           o.dev = DevConsensus::Dpos;
         else
           return fail(AppErrc::UsageBadValue, "--dev expects pow, pos or dpos, not '" + std::string(v) + "'");
         return {};
       }},
      {{"--genesis", "FILE", "join or create the network defined by this genesis file", false},
       [](Options& o, std::string_view v) {
         o.genesisFile = std::string(v);
         return Status{};
       }},
      {{"--network", "NAME", "open the network of this name in the data directory", false},
       [](Options& o, std::string_view v) {
         o.network = std::string(v);
         return Status{};
       }},
      {{"--listen", "[HOST:]PORT", "accept peer connections on this address", false},
       [](Options& o, std::string_view v) -> Status {
         WB_TRY_ASSIGN(ep, endpointFor("--listen", v, "0.0.0.0"));
         o.listen = *ep;
         return {};
       }},
      {{"--connect", "HOST:PORT", "connect to this peer (repeatable)", false},
       [](Options& o, std::string_view v) -> Status {
         WB_TRY_ASSIGN(ep, endpointFor("--connect", v, ""));
         o.connect.push_back(*ep);
         return {};
       }},
      {{"--rpc", "[HOST:]PORT", "serve JSON-RPC here (default host 127.0.0.1)", false},
       [](Options& o, std::string_view v) -> Status {
         WB_TRY_ASSIGN(ep, endpointFor("--rpc", v, "127.0.0.1"));
         o.rpc = *ep;
         return {};
       }},
      {{"--no-rpc", "", "do not serve JSON-RPC", false},
       [](Options& o, std::string_view) {
         o.noRpc = true;
         return Status{};
       }},
      {{"--wallet", "FILE", "use this wallet file", false},
       [](Options& o, std::string_view v) {
         o.walletFile = std::string(v);
         return Status{};
       }},
      {{"--passphrase-file", "FILE", "read the wallet passphrase from this file", false},
       [](Options& o, std::string_view v) {
         o.passphraseFile = std::string(v);
         return Status{};
       }},
      {{"--produce", "", "produce blocks (mine, stake or forge) with the wallet's keys", false},
       [](Options& o, std::string_view) {
         o.produce = true;
         return Status{};
       }},
      {{"--mine-threads", "N", "proof-of-work mining threads", false},
       [](Options& o, std::string_view v) -> Status {
         WB_TRY_ASSIGN(n, parseUnsigned(v, 1, 1024, "--mine-threads"));
         o.mineThreads = *n;
         return {};
       }},
      {{"--dev-clock", "manual", "on a dev network, produce blocks only when asked (dev_produce)", false},
       [](Options& o, std::string_view v) -> Status {
         if (v != "manual")
           return fail(AppErrc::UsageBadValue, "--dev-clock expects 'manual', not '" + std::string(v) + "'");
         o.devClockManual = true;
         return {};
       }},
      {{"--check", "", "verify the whole ledger and the supply invariant, then exit", false},
       [](Options& o, std::string_view) {
         o.check = true;
         return Status{};
       }},
      {{"--light", "", "run a light node: keep headers only and check what full peers say with proofs"},
       [](Options& o, std::string_view) {
         o.light = true;
         return Status{};
       }},
      {{"--screenshots", "DIR", "write a PNG of every page to DIR, then exit", true},
       [](Options& o, std::string_view v) {
         o.screenshotsDir = std::string(v);
         return Status{};
       }},
      {{"--version", "", "print the version and exit", false},
       [](Options& o, std::string_view) {
         o.version = true;
         return Status{};
       }},
      {{"--help", "", "print this help and exit", false},
       [](Options& o, std::string_view) {
         o.help = true;
         return Status{};
       }},
  };
  return table;
}

const OptionSpec* findOption(std::string_view name) {
  for (const OptionSpec& spec : optionTable()) {
    if (spec.doc.name == name) return &spec;
  }
  return nullptr;
}

bool isPaymentLink(std::string_view arg) {
  constexpr std::string_view scheme = "waybill:";
  if (arg.size() < scheme.size()) return false;
  for (std::size_t i = 0; i < scheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(arg[i])) != scheme[i]) return false;
  }
  return true;
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
  if (!parsed) return fail(AppErrc::UsageBadValue, parsed.error().message);
  return Endpoint{std::move(parsed->host), parsed->port};
}

Result<Options> parseOptions(Program program, const std::vector<std::string>& args) {
  Options options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view arg = args[i];
    std::string_view name = arg;
    std::optional<std::string_view> inlineValue;
    if (const auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string_view::npos) {
      name = arg.substr(0, eq);
      inlineValue = arg.substr(eq + 1);
    }
    if (program == Program::Gui && isPaymentLink(arg)) {
      options.paymentLinks.emplace_back(arg);
      continue;
    }
    const OptionSpec* found = findOption(name);
    if (found == nullptr || (found->doc.guiOnly && program != Program::Gui) ||
        (found->doc.daemonOnly && program != Program::Daemon)) {
      return fail(AppErrc::UsageUnknownOption, "unknown option '" + std::string(arg) + "' (see --help)");
    }
    const OptionSpec& spec = *found;
    std::string_view value;
    if (!spec.doc.value.empty()) {
      if (inlineValue) {
        value = *inlineValue;
      } else if (i + 1 < args.size()) {
        value = args[++i];
      } else {
        return fail(AppErrc::UsageMissingValue, "option '" + std::string(name) + "' needs a value (see --help)");
      }
      if (value.empty()) return fail(AppErrc::UsageMissingValue, "option '" + std::string(name) + "' needs a value");
    } else if (inlineValue) {
      return fail(AppErrc::UsageBadValue, "option '" + std::string(name) + "' takes no value");
    }
    WB_TRY(spec.set(options, value));
  }
  if (options.noRpc && options.rpc) return fail(AppErrc::UsageBadValue, "--rpc and --no-rpc cannot be used together");
  if (options.dev && options.genesisFile)
    return fail(AppErrc::UsageBadValue, "--dev and --genesis cannot be used together");
  if (options.devClockManual && !options.dev) return fail(AppErrc::UsageBadValue, "--dev-clock manual needs --dev");
  if (options.light) {
    for (const auto& [set, name] :
         {std::pair{options.produce, "--produce"}, std::pair{options.check, "--check"},
          std::pair{options.listen.has_value(), "--listen"}, std::pair{options.devClockManual, "--dev-clock"}}) {
      if (set) return fail(AppErrc::UsageBadValue, std::string("--light cannot be used with ") + name);
    }
  }
  return options;
}

std::vector<OptionDoc> documentedOptions(Program program) {
  std::vector<OptionDoc> docs;
  for (const OptionSpec& spec : optionTable()) {
    if ((!spec.doc.guiOnly || program == Program::Gui) && (!spec.doc.daemonOnly || program == Program::Daemon)) {
      docs.push_back(spec.doc);
    }
  }
  return docs;
}

std::string_view programName(Program program) { return program == Program::Gui ? "waybill" : "waybilld"; }

std::string_view programSummary(Program program) {
  return program == Program::Gui ? "merchant wallet with an embedded blockchain node"
                                 : "Waybill node without a window, for servers and scripts";
}

std::string helpText(Program program) {
  const std::string name(programName(program));
  std::string text = "Usage: " + name + (program == Program::Gui ? " [options] [waybill:LINK]\n" : " [options]\n");
  text += (program == Program::Gui ? "Waybill: " : "") + std::string(programSummary(program)) + ".\n";
  text += "\nOptions:\n";
  constexpr std::size_t kDescriptionColumn = 27;
  for (const OptionDoc& doc : documentedOptions(program)) {
    std::string head = "  " + std::string(doc.name);
    if (!doc.value.empty()) head += " " + std::string(doc.value);
    head.resize(std::max(kDescriptionColumn - 2, head.size()) + 2, ' ');
    text += head + std::string(doc.description) + "\n";
  }
  if (program == Program::Gui) {
    text +=
        "\nA waybill: payment link opens the payment in the window already running on the same data\n"
        "directory, if there is one.\n";
  }
  text += "\nExit codes: 0 ok, 1 runtime error, 2 bad usage.\n";
  return text;
}

std::string versionText(Program program, const std::vector<std::pair<std::string, std::string>>& libraries) {
  std::string text = std::string(program == Program::Gui ? "waybill " : "waybilld ") + kVersion + "\n";
  for (const auto& [name, version] : libraries) text += "  " + name + " " + version + "\n";
  return text;
}

CommandLine readCommandLine(Program program, const std::vector<std::string>& args,
                            const std::function<std::vector<std::pair<std::string, std::string>>()>& libraries,
                            std::ostream& out, std::ostream& err) {
  auto options = parseOptions(program, args);
  if (!options) {
    err << programName(program) << ": " << options.error().message << '\n';
    return {std::nullopt, kExitUsage};
  }
  if (options->help) {
    out << helpText(program);
    return {std::nullopt, kExitOk};
  }
  if (options->version) {
    out << versionText(program, libraries());
    return {std::nullopt, kExitOk};
  }
  return {std::move(*options), kExitOk};
}

}  // namespace wb::app
