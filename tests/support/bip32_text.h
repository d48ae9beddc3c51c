// BIP32 extended keys as xprv/xpub Base58Check strings (Bitcoin main-net version bytes).
// Only the tests use them: the BIP32 and BIP39 vectors are written in this form.
#pragma once

#include <string>
#include <string_view>

#include "chain/core/error.h"
#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"
#include "wallet/bip32.h"

namespace wb::test {

// The xpub string of `key` (private or public).
std::string encodeXpub(const ExtendedKey& key);

// The xprv string of a private key, in secure memory. Fails with WalletErrc::BadExtendedKey
// for a public key.
[[nodiscard]] Result<SecureBytes> encodeXprv(const ExtendedKey& key);

// Parses an xprv or xpub string. Fails with WalletErrc::BadExtendedKey (bad Base58Check,
// length, version, key, or a depth-0 key with a parent).
[[nodiscard]] Result<ExtendedKey> decodeExtendedKey(const SecpContext& ctx, std::string_view text);

}  // namespace wb::test
