// Bech32m strings (BIP350) and account addresses built on them (DESIGN §2).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chain/core/bytes.h"
#include "chain/core/ids.h"

namespace wb {

// A decoded bech32m string: human-readable part (lower case) and 5-bit groups.
struct Bech32Data {
  std::string hrp;
  std::vector<std::uint8_t> values;  // each < 32
};

// Encodes `hrp` (lower case, 1–83 printable ASCII characters) and 5-bit `values`
// as a bech32m string. The caller guarantees valid inputs.
std::string bech32mEncode(std::string_view hrp, const std::vector<std::uint8_t>& values);

// Decodes a bech32m string of at most 90 characters. Rejects mixed case,
// characters outside the charset, a missing separator, an empty or invalid hrp,
// a checksum that is not bech32m (including valid BIP173 bech32), and strings
// that are too short or too long. Fails with AddressSyntax, AddressChecksum or
// AddressWrongVariant.
[[nodiscard]] Result<Bech32Data> bech32mDecode(std::string_view text);

// Regroups bits (e.g. 8→5 with padding, 5→8 without). Fails with AddressSyntax on
// invalid padding or out-of-range values.
[[nodiscard]] Result<std::vector<std::uint8_t>> convertBits(ByteView in, int fromBits, int toBits, bool pad);

// The address of an account: bech32m of its 32-byte x-only key under `hrp`.
std::string encodeAddress(std::string_view hrp, const AccountKey& accountKey);

// Parses an address and checks it belongs to the network `hrp`. Fails with
// AddressSyntax, AddressChecksum, AddressWrongVariant, AddressWrongHrp or AddressWrongLength.
[[nodiscard]] Result<AccountKey> decodeAddress(std::string_view hrp, std::string_view address);

}  // namespace wb
