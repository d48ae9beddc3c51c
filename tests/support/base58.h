// Base58Check (Bitcoin's alphabet, 4-byte double-SHA-256 checksum), used for BIP32
// extended-key strings. Works in SecureBytes because an xprv string is a secret.
#pragma once

#include <string_view>

#include "chain/core/error.h"
#include "chain/core/secure_bytes.h"

namespace wb::test {

// Base58 text of payload ‖ first 4 bytes of SHA-256(SHA-256(payload)).
SecureBytes base58CheckEncode(ByteView payload);

// The payload of a Base58Check string. Fails with DecodeBadValue for a character
// outside the alphabet, input shorter than the checksum or a checksum mismatch.
[[nodiscard]] Result<SecureBytes> base58CheckDecode(std::string_view text);

}  // namespace wb::test
