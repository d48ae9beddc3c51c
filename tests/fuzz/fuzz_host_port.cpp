// fuzz_host_port: "[HOST:]PORT" text typed by users or read from peers'
// settings (chain/address/host_port.h), under the rules of each caller. Accepted
// text must come back the same when written out again as HOST:PORT (IPv6 in
// brackets), and a stricter rule set never accepts what a looser one refuses.
#include <string>
#include <string_view>

#include "chain/address/endpoint_errc.h"
#include "chain/address/host_port.h"
#include "tests/fuzz/fuzz_target.h"

using namespace wb;
using namespace wb::net;

namespace {

std::string written(const ParsedHostPort& parsed) {
  const std::string host = parsed.kind == HostKind::Ipv6 ? "[" + parsed.host + "]" : parsed.host;
  return host + ":" + std::to_string(parsed.port);
}

void checkRules(std::string_view text, const HostPortRules& rules, bool looserAccepts) {
  const auto parsed = parseHostPortText(text, rules);
  if (!parsed) {
    WB_FUZZ_CHECK(parsed.code() == EndpointErrc::BadAddress && !parsed.error().message.empty());
    return;
  }
  WB_FUZZ_CHECK(looserAccepts);
  WB_FUZZ_CHECK(parsed->port != 0 || rules.allowPortZero);
  WB_FUZZ_CHECK(parsed->kind != HostKind::Name || (rules.allowHostNames && isHostName(parsed->host)));
  const auto again = parseHostPortText(written(*parsed), rules);
  WB_FUZZ_CHECK(again.ok() && *again == *parsed);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // The loosest rules (the wizard's and the command line's, plus port 0) first.
  const HostPortRules loose{"0.0.0.0", true, true, true};
  const bool looseAccepts = parseHostPortText(text, loose).ok();
  checkRules(text, loose, true);
  checkRules(text, HostPortRules{"", false, false, true}, looseAccepts);          // wizard peers
  checkRules(text, HostPortRules{"127.0.0.1", true, true, false}, looseAccepts);  // RPC endpoint
  checkRules(text, HostPortRules{}, looseAccepts);                                // P2P addresses
  return 0;
}
