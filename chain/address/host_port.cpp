#include "chain/address/host_port.h"

#include <arpa/inet.h>

#include <algorithm>
#include <charconv>

#include "chain/address/endpoint_errc.h"

namespace wb::net {

namespace {

Error bad(std::string_view text, std::string_view why) {
  const std::string shown(text.substr(0, 100));
  return fail(EndpointErrc::BadAddress, "'" + shown + (text.size() > 100 ? "…" : "") + "': " + std::string(why));
}

bool isIpv4(const std::string& host) {
  in_addr out{};
  return inet_pton(AF_INET, host.c_str(), &out) == 1;
}

bool isIpv6(const std::string& host) {
  in6_addr out{};
  return inet_pton(AF_INET6, host.c_str(), &out) == 1;
}

bool isLocalhost(std::string_view host) {
  constexpr std::string_view kName = "localhost";
  return host.size() == kName.size() && std::equal(host.begin(), host.end(), kName.begin(), [](char a, char b) {
           return (a >= 'A' && a <= 'Z' ? char(a - 'A' + 'a') : a) == b;
         });
}

bool isAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// The port digits; an error message when they are not a port.
Result<std::uint16_t> parsePort(std::string_view text, std::string_view port, bool allowZero) {
  const char* why =
      allowZero ? "the port must be a number from 0 to 65535" : "the port must be a number from 1 to 65535";
  // from_chars takes no sign or space, but check digits anyway: it is the rule.
  if (port.empty() || port.size() > 5 ||
      !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return bad(text, why);
  unsigned value = 0;
  std::from_chars(port.data(), port.data() + port.size(), value);
  if (value > 65535 || (value == 0 && !allowZero)) return bad(text, why);
  return static_cast<std::uint16_t>(value);
}

Result<HostKind> classifyHost(std::string_view text, const std::string& host, bool bracketed,
                              const HostPortRules& rules) {
  // inet_pton stops at a NUL: "1.2.3.4\0junk" must not pass as 1.2.3.4.
  if (host.find('\0') != std::string::npos) return bad(text, "the host contains a NUL character");
  if (bracketed) {
    if (!isIpv6(host)) return bad(text, "brackets hold an IPv6 address, and this is not one");
    return HostKind::Ipv6;
  }
  if (host.empty()) return bad(text, "the host before ':' is empty");
  if (isIpv4(host)) return HostKind::Ipv4;
  if (isLocalhost(host) && (rules.allowLocalhost || rules.allowHostNames)) return HostKind::Localhost;
  if (host.find_first_not_of("0123456789.") == std::string::npos) return bad(text, "not a valid IPv4 address");
  if (rules.allowHostNames && isHostName(host)) return HostKind::Name;
  if (rules.allowHostNames) return bad(text, "not a valid host name or IP address");
  return bad(text, rules.allowLocalhost ? "the host must be an IP address or localhost"
                                        : "the host must be a numeric IP address");
}

}  // namespace

bool isHostName(std::string_view host) {
  if (host.empty() || host.size() > 253) return false;
  if (host.find_first_not_of("0123456789.") == std::string_view::npos) return false;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = host.find('.', start);
    const std::string_view label =
        host.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (label.empty() || label.size() > 63 || !isAlnum(label.front()) || !isAlnum(label.back())) return false;
    if (!std::all_of(label.begin(), label.end(), [](char c) { return isAlnum(c) || c == '-'; })) return false;
    if (dot == std::string_view::npos) return true;
    start = dot + 1;
  }
}

Result<ParsedHostPort> parseHostPortText(std::string_view text, const HostPortRules& rules) {
  if (text.empty())
    return bad(text, "empty; expected " + std::string(rules.defaultHost.empty() ? "HOST:PORT" : "[HOST:]PORT"));
  ParsedHostPort out;
  std::string_view port;
  bool bracketed = false;
  if (text.front() == '[') {
    const std::size_t close = text.find(']');
    if (close == std::string_view::npos || close + 1 >= text.size() || text[close + 1] != ':')
      return bad(text, "expected [IPv6]:PORT");
    out.host = std::string(text.substr(1, close - 1));
    port = text.substr(close + 2);
    bracketed = true;
  } else {
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos) {
      if (rules.defaultHost.empty()) return bad(text, "expected HOST:PORT");
      out.host = std::string(rules.defaultHost);
      port = text;
    } else {
      if (text.find(':', colon + 1) != std::string_view::npos)
        return bad(text, "write IPv6 addresses in brackets, e.g. [::1]:9333");
      out.host = std::string(text.substr(0, colon));
      port = text.substr(colon + 1);
    }
  }
  WB_TRY_ASSIGN(number, parsePort(text, port, rules.allowPortZero));
  out.port = *number;
  WB_TRY_ASSIGN(kind, classifyHost(text, out.host, bracketed, rules));
  out.kind = *kind;
  return out;
}

}  // namespace wb::net
