#include "app/genesis_command.h"

#include <charconv>
#include <chrono>
#include <limits>

#include "app/app_errc.h"
#include "chain/consensus/pow/pow_calibration.h"
#include "chain/core/bech32m.h"
#include "chain/core/genesis_file.h"

namespace wb::app {

namespace {

// User text inside a one-line message: control characters become '?'.
std::string quoted(std::string_view text) {
  std::string out = "'";
  for (const char c : text) out += static_cast<unsigned char>(c) < 0x20 ? '?' : c;
  return out + "'";
}

Error badValue(std::string_view option, std::string_view value, std::string_view why) {
  return fail(AppErrc::UsageBadValue, std::string(option) + " " + quoted(value) + ": " + std::string(why));
}

Result<ConsensusKind> parseConsensus(std::string_view value) {
  for (ConsensusKind kind : {ConsensusKind::Pow, ConsensusKind::Pos, ConsensusKind::Dpos}) {
    if (value == consensusKindName(kind)) return kind;
  }
  return badValue("--consensus", value, "expected pow, pos or dpos");
}

Result<std::uint64_t> parseTime(std::string_view value) {
  std::uint64_t time = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), time);
  if (value.empty() || ec != std::errc() || end != value.data() + value.size()) {
    return badValue("--time", value, "expected unix seconds");
  }
  return time;
}

// Applies one option and its value to `request`.
Status applyOption(GenesisRequest& request, std::string_view option, std::string_view value) {
  if (option == "--consensus") {
    WB_TRY_ASSIGN(kind, parseConsensus(value));
    request.consensus = *kind;
  } else if (option == "--out") {
    if (value.empty()) return badValue(option, value, "expected a file name");
    request.outPath = std::string(value);
  } else if (option == "--alloc") {
    request.allocations.emplace_back(value);
  } else if (option == "--delegate") {
    request.delegates.emplace_back(value);
  } else if (option == "--name") {
    request.name = std::string(value);
  } else if (option == "--hrp") {
    request.hrp = std::string(value);
  } else {  // --time
    WB_TRY_ASSIGN(time, parseTime(value));
    request.time = *time;
  }
  return {};
}

bool takesValue(std::string_view option) {
  return option == "--consensus" || option == "--out" || option == "--alloc" || option == "--delegate" ||
         option == "--name" || option == "--hrp" || option == "--time";
}

// Splits "KEY=VALUE" at the first '='.
std::optional<std::pair<std::string_view, std::string_view>> splitPair(std::string_view text) {
  const auto eq = text.find('=');
  if (eq == std::string_view::npos) return std::nullopt;
  return std::pair{text.substr(0, eq), text.substr(eq + 1)};
}

Result<Amount> parseWbl(std::string_view option, std::string_view whole, std::string_view amount) {
  auto parsed = parseAmount(amount);
  if (!parsed) return badValue(option, whole, parsed.error().message);
  return *parsed;
}

Result<GenesisAllocation> parseAllocation(std::string_view hrp, std::string_view text) {
  const auto pair = splitPair(text);
  if (!pair) return badValue("--alloc", text, "expected ADDR=AMOUNT or ADDR=BALANCE:STAKE");
  auto account = decodeAddress(hrp, pair->first);
  if (!account) return badValue("--alloc", text, account.error().message);
  GenesisAllocation allocation{.account = *account};
  const auto colon = pair->second.find(':');
  WB_TRY_ASSIGN(balance, parseWbl("--alloc", text, pair->second.substr(0, colon)));
  allocation.balance = *balance;
  if (colon != std::string_view::npos) {
    WB_TRY_ASSIGN(stake, parseWbl("--alloc", text, pair->second.substr(colon + 1)));
    allocation.stake = *stake;
  }
  return allocation;
}

Result<GenesisDelegate> parseDelegate(std::string_view hrp, std::string_view text) {
  const auto pair = splitPair(text);
  if (!pair) return badValue("--delegate", text, "expected ADDR=NAME");
  auto account = decodeAddress(hrp, pair->first);
  if (!account) return badValue("--delegate", text, account.error().message);
  return GenesisDelegate{*account, std::string(pair->second)};
}

}  // namespace

Result<GenesisRequest> parseGenesisArgs(const std::vector<std::string>& args) {
  GenesisRequest request;
  bool haveConsensus = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view arg = args[i];
    if (arg == "--help" || arg == "-h") {
      request.help = true;
      continue;
    }
    std::string_view option = arg;
    std::optional<std::string_view> value;
    if (const auto eq = arg.find('='); arg.starts_with("--") && eq != std::string_view::npos) {
      option = arg.substr(0, eq);
      value = arg.substr(eq + 1);
    }
    if (!takesValue(option)) {
      return fail(AppErrc::UsageUnknownOption, "unknown option or argument " + quoted(option) + " (see --help)");
    }
    if (!value) {
      if (i + 1 >= args.size()) return fail(AppErrc::UsageMissingValue, std::string(option) + " needs a value");
      value = args[++i];
    }
    WB_TRY(applyOption(request, option, *value));
    haveConsensus = haveConsensus || option == "--consensus";
  }
  if (request.help) return request;
  if (!haveConsensus) return fail(AppErrc::UsageMissingValue, "--consensus pow|pos|dpos is required");
  if (request.outPath.empty()) return fail(AppErrc::UsageMissingValue, "--out FILE is required");
  return request;
}

Result<GenesisFile> buildGenesis(const GenesisRequest& request, std::uint64_t now) {
  const std::string hrp = request.hrp.value_or("wb");
  GenesisFile file;
  Amount stake = 0;
  for (const std::string& text : request.allocations) {
    WB_TRY_ASSIGN(allocation, parseAllocation(hrp, text));
    const auto total = checkedAdd(stake, allocation->stake);
    stake = total ? *total : std::numeric_limits<Amount>::max();  // checkGenesis reports the overflow
    file.allocations.push_back(*allocation);
  }
  const bool dpos = request.consensus == ConsensusKind::Dpos;
  if (dpos && request.delegates.empty()) {
    return fail(AppErrc::UsageBadValue, "a dpos network needs at least one --delegate ADDR=NAME");
  }
  if (!dpos && !request.delegates.empty()) {
    return fail(AppErrc::UsageBadValue, "--delegate is only for dpos networks");
  }
  for (const std::string& text : request.delegates) {
    WB_TRY_ASSIGN(delegate, parseDelegate(hrp, text));
    file.delegates.push_back(*delegate);
  }
  file.params = productionParams(request.consensus, stake);
  if (request.name) file.params.name = *request.name;
  file.params.hrp = hrp;
  file.params.genesisTime = request.time.value_or(now);
  WB_TRY(checkGenesis(file));
  file.params.genesisHash = genesisHash(file);
  return file;
}

std::string genesisHelpText() {
  return "Usage: waybilld genesis --consensus pow|pos|dpos --out FILE [options]\n"
         "Writes the genesis file of a new network and prints its genesis hash.\n"
         "\n"
         "  --consensus KIND       pow, pos or dpos\n"
         "  --out FILE             the file to write; an existing file is never replaced\n"
         "  --alloc ADDR=AMOUNT    give ADDR AMOUNT WBL at genesis (repeatable)\n"
         "  --alloc ADDR=BAL:STAKE give BAL WBL and stake STAKE WBL (a pos network needs stake)\n"
         "  --delegate ADDR=NAME   a genesis delegate (dpos: at least one; repeatable)\n"
         "  --name NAME            network name (default waybill-KIND)\n"
         "  --hrp HRP              address prefix (default wb)\n"
         "  --time UNIX            genesis time in unix seconds (default now)\n"
         "  --help                 show this text\n"
         "\n"
         "Other parameters take production defaults: blocks every 60 s (pow), 30 s (pos)\n"
         "or 3 s (dpos), a pow difficulty measured on this machine so it alone mines one\n"
         "block per block time; order windows of 1, 7 and 14 days; 21 dpos delegates.\n";
}

int runGenesisCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  auto request = parseGenesisArgs(args);
  if (!request) {
    err << "waybilld genesis: " << request.error().message << '\n';
    return kExitUsage;
  }
  if (request->help) {
    out << genesisHelpText();
    return kExitOk;
  }
  const auto now =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch());
  auto file = buildGenesis(*request, static_cast<std::uint64_t>(now.count()));
  if (!file) {
    err << "waybilld genesis: " << file.error().message << '\n';
    return kExitUsage;
  }
  if (file->params.consensus == ConsensusKind::Pow) {
    // DESIGN §4: this machine alone mines a block per block_time from block 1.
    const double rate = measureHashRate(1, std::chrono::milliseconds(1000));
    file->params.initialBits = bitsForHashRate(rate, file->params.blockTime, file->params.powLimit);
    file->params.genesisHash = genesisHash(*file);
  }
  const Status written = writeGenesisFile(request->outPath, *file);
  if (!written) {
    err << "waybilld genesis: " << written.error().message << '\n';
    return kExitRuntimeError;
  }
  out << toHex(file->params.genesisHash) << '\n';
  return kExitOk;
}

}  // namespace wb::app
