#include "wallet/bip32.h"

#include <secp256k1.h>
#include <sodium.h>

#include <charconv>
#include <cstring>

#include "chain/core/core_errc.h"
#include "wallet/ripemd160.h"
#include "wallet/wallet_errc.h"

namespace wb {

namespace {

// HMAC-SHA512(key, data) → 64 secret bytes: IL (key material) ‖ IR (chain code).
SecureBytes hmacSha512(ByteView key, ByteView data) {
  SecureBytes out(crypto_auth_hmacsha512_BYTES);
  crypto_auth_hmacsha512_state state;
  crypto_auth_hmacsha512_init(&state, key.data(), key.size());
  crypto_auth_hmacsha512_update(&state, data.data(), data.size());
  crypto_auth_hmacsha512_final(&state, out.data());
  sodium_memzero(&state, sizeof state);
  return out;
}

}  // namespace

Result<CompressedKey> compressedPublicKey(const SecpContext& ctx, const SecureBytes& secret) {
  secp256k1_pubkey pub;
  if (secp256k1_ec_pubkey_create(ctx.get(), &pub, secret.data()) != 1) {
    return fail(CoreErrc::CryptoBadSecretKey, "the secret key is not valid for secp256k1");
  }
  CompressedKey out;
  std::size_t size = out.size();
  secp256k1_ec_pubkey_serialize(ctx.get(), out.data(), &size, &pub, SECP256K1_EC_COMPRESSED);
  return out;
}

Result<ExtendedKey> masterKeyFromSeed(const SecpContext& ctx, ByteView seed) {
  if (seed.size() < 16 || seed.size() > 64) return fail(WalletErrc::BadSeed, "a BIP32 seed is 16 to 64 bytes");
  const SecureBytes i = hmacSha512(asBytes("Bitcoin seed"), seed);
  ExtendedKey key;
  key.secretKey = SecureBytes::copyOf(ByteView(i.data(), 32));
  if (!isValidSecretKey(ctx, key.secretKey.view())) {
    return fail(WalletErrc::BadSeed, "this seed gives an invalid master key; use another seed");
  }
  std::memcpy(key.chainCode.data(), i.data() + 32, 32);
  WB_TRY_ASSIGN(pub, compressedPublicKey(ctx, key.secretKey));
  key.publicKey = *pub;
  return key;
}

Result<ExtendedKey> deriveChild(const SecpContext& ctx, const ExtendedKey& parent, std::uint32_t index) {
  const bool hardened = index >= kHardened;
  if (hardened && !parent.isPrivate()) {
    return fail(WalletErrc::HardenedFromPublic, "a hardened child cannot be derived from a public key");
  }
  if (parent.depth == 255) return fail(WalletErrc::BadPath, "BIP32 keys go at most 255 levels deep");
  // data = (0x00 ‖ secret key or compressed public key) ‖ ser32(index)
  SecureBytes data(37);
  if (hardened) {
    std::memcpy(data.data() + 1, parent.secretKey.data(), 32);
  } else {
    std::memcpy(data.data(), parent.publicKey.data(), 33);
  }
  putBigEndian32(data.data() + 33, index);
  const SecureBytes i = hmacSha512(parent.chainCode, data.view());

  ExtendedKey child;
  child.depth = static_cast<std::uint8_t>(parent.depth + 1);
  child.parentFingerprint = keyFingerprint(parent);
  child.childNumber = index;
  std::memcpy(child.chainCode.data(), i.data() + 32, 32);
  // Both tweak functions fail exactly when IL ≥ n or the result is zero/infinity:
  // the invalid-child case of BIP32.
  if (parent.isPrivate()) {
    child.secretKey = SecureBytes::copyOf(parent.secretKey.view());
    if (secp256k1_ec_seckey_tweak_add(ctx.get(), child.secretKey.data(), i.data()) != 1) {
      return fail(WalletErrc::InvalidChild, "child " + std::to_string(index) + " is invalid; skip to the next index");
    }
    WB_TRY_ASSIGN(pub, compressedPublicKey(ctx, child.secretKey));
    child.publicKey = *pub;
  } else {
    secp256k1_pubkey pub;
    if (secp256k1_ec_pubkey_parse(ctx.get(), &pub, parent.publicKey.data(), parent.publicKey.size()) != 1) {
      return fail(WalletErrc::BadExtendedKey, "the parent public key is not a valid secp256k1 point");
    }
    if (secp256k1_ec_pubkey_tweak_add(ctx.get(), &pub, i.data()) != 1) {
      return fail(WalletErrc::InvalidChild, "child " + std::to_string(index) + " is invalid; skip to the next index");
    }
    std::size_t size = child.publicKey.size();
    secp256k1_ec_pubkey_serialize(ctx.get(), child.publicKey.data(), &size, &pub, SECP256K1_EC_COMPRESSED);
  }
  return child;
}

Result<ExtendedKey> derivePath(const SecpContext& ctx, const ExtendedKey& from, std::span<const std::uint32_t> path) {
  ExtendedKey key = copyOf(from);
  for (const std::uint32_t index : path) {
    WB_TRY_ASSIGN(child, deriveChild(ctx, key, index));
    key = std::move(*child);
  }
  return key;
}

ExtendedKey publicOf(const ExtendedKey& key) {
  // Every field but the secret, which stays where it is (an empty SecureBytes holds nothing).
  return ExtendedKey{key.depth, key.parentFingerprint, key.childNumber, key.chainCode, key.publicKey, SecureBytes{}};
}

ExtendedKey copyOf(const ExtendedKey& key) {
  ExtendedKey out = publicOf(key);
  if (key.isPrivate()) out.secretKey = SecureBytes::copyOf(key.secretKey.view());
  return out;
}

std::uint32_t keyFingerprint(const ExtendedKey& key) { return getBigEndian32(hash160(key.publicKey).data()); }

Result<std::vector<std::uint32_t>> parseDerivationPath(std::string_view path) {
  if (path.empty() || path[0] != 'm') return fail(WalletErrc::BadPath, "a derivation path starts with 'm'");
  std::vector<std::uint32_t> out;
  std::string_view rest = path.substr(1);
  while (!rest.empty()) {
    if (rest[0] != '/') return fail(WalletErrc::BadPath, "path levels are separated by '/'");
    rest.remove_prefix(1);
    const std::size_t end = std::min(rest.find('/'), rest.size());
    std::string_view part = rest.substr(0, end);
    rest.remove_prefix(end);
    const std::string level = std::to_string(out.size() + 1);
    bool hardened = false;
    if (!part.empty() && (part.back() == '\'' || part.back() == 'h')) {
      hardened = true;
      part.remove_suffix(1);
    }
    if (part.empty() || part.size() > 10 || (part.size() > 1 && part[0] == '0')) {
      return fail(WalletErrc::BadPath, "path level " + level + " is not a canonical number");
    }
    std::uint64_t value = 0;
    const auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
    if (ec != std::errc() || ptr != part.data() + part.size()) {
      return fail(WalletErrc::BadPath, "path level " + level + " is not a number");
    }
    if (value >= kHardened) return fail(WalletErrc::BadPath, "path level " + level + " is 2^31 or more");
    if (out.size() == 255) return fail(WalletErrc::BadPath, "a path has at most 255 levels");
    out.push_back(static_cast<std::uint32_t>(value) | (hardened ? kHardened : 0));
  }
  return out;
}

std::string formatDerivationPath(std::span<const std::uint32_t> path) {
  std::string out = "m";
  for (const std::uint32_t index : path) {
    out += '/';
    out += std::to_string(index & ~kHardened);
    if (index >= kHardened) out += '\'';
  }
  return out;
}

void putBigEndian32(Byte* out, std::uint32_t value) {
  out[0] = static_cast<Byte>(value >> 24);
  out[1] = static_cast<Byte>(value >> 16);
  out[2] = static_cast<Byte>(value >> 8);
  out[3] = static_cast<Byte>(value);
}

std::uint32_t getBigEndian32(const Byte* in) {
  return std::uint32_t(in[0]) << 24 | std::uint32_t(in[1]) << 16 | std::uint32_t(in[2]) << 8 | std::uint32_t(in[3]);
}

}  // namespace wb
