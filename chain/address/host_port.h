// The one parser of "[HOST:]PORT" text (command line, RPC endpoint, P2P peer
// addresses, peers typed in the wizard). Plain C++ with no Qt, in its own
// tiny library (waybill_host_port), so the Qt-free command-line parser and
// the RPC server reach it without linking the P2P layer. Callers differ only
// in the rules below, never in syntax:
//
//   PORT                      only when the rules give a default host
//   IPv4:PORT                 dotted quad, four decimal parts (1.2.3.4)
//   [IPv6]:PORT               brackets required (a bare ::1:80 is ambiguous)
//   localhost:PORT            when the rules allow it (kept as written)
//   name.example:PORT         RFC 1123 names, when the rules allow them; never resolved here
//   PORT                      decimal digits only (no sign or spaces), 1–65535, 0 if allowed
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "chain/core/error.h"

namespace wb::net {

// What one caller accepts beyond the common syntax.
struct HostPortRules {
  // The host of a bare "PORT"; empty: a host is required.
  std::string_view defaultHost;
  // Port 0 ("let the system pick") is allowed: listening addresses only.
  bool allowPortZero = false;
  // "localhost" (any case) is allowed as a host.
  bool allowLocalhost = false;
  // DNS host names are allowed (implies localhost).
  bool allowHostNames = false;
};

// What kind of host the text named.
enum class HostKind : std::uint8_t { Ipv4, Ipv6, Localhost, Name };

struct ParsedHostPort {
  std::string host;  // as written, without brackets (or rules.defaultHost)
  HostKind kind = HostKind::Ipv4;
  std::uint16_t port = 0;
  bool operator==(const ParsedHostPort&) const = default;
};

// Parses `text` under `rules`. A default host is classified like a written one
// (so "0.0.0.0" → Ipv4, "localhost" → Localhost). Fails with EndpointErrc::BadAddress and
// a message "'<text>': <what is wrong>" that callers may prefix with their
// context (and re-code, e.g. UsageBadValue on the command line).
[[nodiscard]] Result<ParsedHostPort> parseHostPortText(std::string_view text, const HostPortRules& rules);

// True for an RFC 1123 host name: dot-separated labels of 1–63 letters, digits
// and inner hyphens, 253 characters at most, not all digits and dots (that is
// an IPv4 address, valid or not).
bool isHostName(std::string_view host);

}  // namespace wb::net
