// BIP32 hierarchical deterministic keys on secp256k1: master key from a seed, private
// and public child derivation, derivation paths ("m/44'/22338'/0'/0/5", `h` accepted
// for `'`). The xprv/xpub text form is not part of the product (tests/support/bip32_text.h).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chain/core/error.h"
#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"

namespace wb {

inline constexpr std::uint32_t kHardened = 0x80000000u;

// A SEC1 compressed public key: 0x02/0x03 ‖ x.
using CompressedKey = std::array<Byte, 33>;

// A BIP32 extended key. Private when `secretKey` holds 32 bytes, public when it is empty.
// Move-only because of the secret.
struct ExtendedKey {
  std::uint8_t depth = 0;
  std::uint32_t parentFingerprint = 0;
  std::uint32_t childNumber = 0;
  Hash32 chainCode{};
  CompressedKey publicKey{};
  SecureBytes secretKey;

  bool isPrivate() const { return !secretKey.empty(); }
};

// The master key for a 16–64 byte `seed` (HMAC-SHA512 keyed with "Bitcoin seed").
// Fails with WalletErrc::BadSeed for another size or (with negligible probability) an invalid key.
[[nodiscard]] Result<ExtendedKey> masterKeyFromSeed(const SecpContext& ctx, ByteView seed);

// The child `index` of `parent` (index ≥ kHardened is hardened). A private parent gives
// a private child; a public parent gives a public child and fails with
// WalletErrc::HardenedFromPublic for a hardened index. Fails with WalletErrc::InvalidChild in the
// ~2⁻¹²⁷ case BIP32 says to skip.
[[nodiscard]] Result<ExtendedKey> deriveChild(const SecpContext& ctx, const ExtendedKey& parent, std::uint32_t index);

// Follows `path` (child indexes) from `from`, one deriveChild per step.
[[nodiscard]] Result<ExtendedKey> derivePath(const SecpContext& ctx, const ExtendedKey& from,
                                             std::span<const std::uint32_t> path);

// Writes `value` to out[0..3] most significant byte first, as BIP32 serialises indices
// and fingerprints.
void putBigEndian32(Byte* out, std::uint32_t value);

// Reads what putBigEndian32 wrote from in[0..3].
std::uint32_t getBigEndian32(const Byte* in);

// The SEC1 compressed public key of a 32-byte secp256k1 `secret`. Fails with
// CryptoBadSecretKey when the secret is out of range.
[[nodiscard]] Result<CompressedKey> compressedPublicKey(const SecpContext& ctx, const SecureBytes& secret);

// The public half of `key` (same position and chain code, no secret).
ExtendedKey publicOf(const ExtendedKey& key);

// A copy of `key`, secret included (ExtendedKey is move-only to make copies explicit).
ExtendedKey copyOf(const ExtendedKey& key);

// The key's BIP32 fingerprint: first 4 bytes of HASH160(public key), big-endian.
std::uint32_t keyFingerprint(const ExtendedKey& key);

// Parses "m", "m/0", "m/44'/22338'/0'/0/5" or with `h` for hardened. Components are
// decimal numbers below 2³¹ without leading zeros; at most 255 levels. Fails with WalletErrc::BadPath.
[[nodiscard]] Result<std::vector<std::uint32_t>> parseDerivationPath(std::string_view path);

// The text of `path` in the "m/44'/0" form.
std::string formatDerivationPath(std::span<const std::uint32_t> path);

}  // namespace wb
