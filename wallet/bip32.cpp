#include "wallet/bip32.h"

#include <secp256k1.h>
#include <sodium.h>

#include <charconv>
#include <cstring>

#include "wallet/base58.h"
#include "wallet/ripemd160.h"

namespace wb {

namespace {

constexpr std::uint32_t kXprvVersion = 0x0488ADE4;
constexpr std::uint32_t kXpubVersion = 0x0488B21E;
constexpr std::size_t kSerializedSize = 78;

void putBe32(Byte* out, std::uint32_t v) {
  out[0] = static_cast<Byte>(v >> 24);
  out[1] = static_cast<Byte>(v >> 16);
  out[2] = static_cast<Byte>(v >> 8);
  out[3] = static_cast<Byte>(v);
}

std::uint32_t getBe32(const Byte* in) {
  return std::uint32_t(in[0]) << 24 | std::uint32_t(in[1]) << 16 | std::uint32_t(in[2]) << 8 | std::uint32_t(in[3]);
}

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

Result<CompressedKey> publicFromSecret(const SecpContext& ctx, const SecureBytes& secret) {
  secp256k1_pubkey pub;
  if (secp256k1_ec_pubkey_create(ctx.get(), &pub, secret.data()) != 1) {
    return fail(Errc::CryptoBadSecretKey, "the secret key is not valid for secp256k1");
  }
  CompressedKey out;
  std::size_t size = out.size();
  secp256k1_ec_pubkey_serialize(ctx.get(), out.data(), &size, &pub, SECP256K1_EC_COMPRESSED);
  return out;
}

// The 78-byte BIP32 serialisation; `secret` selects xprv (0x00 ‖ key) or xpub.
SecureBytes serialize(const ExtendedKey& key, bool secret) {
  SecureBytes out(kSerializedSize);
  Byte* p = out.data();
  putBe32(p, secret ? kXprvVersion : kXpubVersion);
  p[4] = key.depth;
  putBe32(p + 5, key.parentFingerprint);
  putBe32(p + 9, key.childNumber);
  std::memcpy(p + 13, key.chainCode.data(), 32);
  if (secret) {
    p[45] = 0;
    std::memcpy(p + 46, key.secretKey.data(), 32);
  } else {
    std::memcpy(p + 45, key.publicKey.data(), 33);
  }
  return out;
}

}  // namespace

Result<ExtendedKey> masterKeyFromSeed(const SecpContext& ctx, ByteView seed) {
  if (seed.size() < 16 || seed.size() > 64) return fail(Errc::WalletBadSeed, "a BIP32 seed is 16 to 64 bytes");
  const SecureBytes i = hmacSha512(asBytes("Bitcoin seed"), seed);
  ExtendedKey key;
  key.secretKey = SecureBytes::copyOf(ByteView(i.data(), 32));
  if (!isValidSecretKey(ctx, key.secretKey.view())) {
    return fail(Errc::WalletBadSeed, "this seed gives an invalid master key; use another seed");
  }
  std::memcpy(key.chainCode.data(), i.data() + 32, 32);
  auto pub = publicFromSecret(ctx, key.secretKey);
  if (!pub) return pub.error();
  key.publicKey = *pub;
  return key;
}

Result<ExtendedKey> deriveChild(const SecpContext& ctx, const ExtendedKey& parent, std::uint32_t index) {
  const bool hardened = index >= kHardened;
  if (hardened && !parent.isPrivate()) {
    return fail(Errc::WalletHardenedFromPublic, "a hardened child cannot be derived from a public key");
  }
  if (parent.depth == 255) return fail(Errc::WalletBadPath, "BIP32 keys go at most 255 levels deep");
  // data = (0x00 ‖ secret key or compressed public key) ‖ ser32(index)
  SecureBytes data(37);
  if (hardened) {
    std::memcpy(data.data() + 1, parent.secretKey.data(), 32);
  } else {
    std::memcpy(data.data(), parent.publicKey.data(), 33);
  }
  putBe32(data.data() + 33, index);
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
      return fail(Errc::WalletInvalidChild, "child " + std::to_string(index) + " is invalid; skip to the next index");
    }
    auto pub = publicFromSecret(ctx, child.secretKey);
    if (!pub) return pub.error();
    child.publicKey = *pub;
  } else {
    secp256k1_pubkey pub;
    if (secp256k1_ec_pubkey_parse(ctx.get(), &pub, parent.publicKey.data(), parent.publicKey.size()) != 1) {
      return fail(Errc::WalletBadExtendedKey, "the parent public key is not a valid secp256k1 point");
    }
    if (secp256k1_ec_pubkey_tweak_add(ctx.get(), &pub, i.data()) != 1) {
      return fail(Errc::WalletInvalidChild, "child " + std::to_string(index) + " is invalid; skip to the next index");
    }
    std::size_t size = child.publicKey.size();
    secp256k1_ec_pubkey_serialize(ctx.get(), child.publicKey.data(), &size, &pub, SECP256K1_EC_COMPRESSED);
  }
  return child;
}

Result<ExtendedKey> derivePath(const SecpContext& ctx, const ExtendedKey& from, std::span<const std::uint32_t> path) {
  ExtendedKey key = copyOf(from);
  for (const std::uint32_t index : path) {
    auto child = deriveChild(ctx, key, index);
    if (!child) return child.error();
    key = std::move(*child);
  }
  return key;
}

ExtendedKey publicOf(const ExtendedKey& key) {
  ExtendedKey out;
  out.depth = key.depth;
  out.parentFingerprint = key.parentFingerprint;
  out.childNumber = key.childNumber;
  out.chainCode = key.chainCode;
  out.publicKey = key.publicKey;
  return out;
}

ExtendedKey copyOf(const ExtendedKey& key) {
  ExtendedKey out = publicOf(key);
  if (key.isPrivate()) out.secretKey = SecureBytes::copyOf(key.secretKey.view());
  return out;
}

std::uint32_t keyFingerprint(const ExtendedKey& key) { return getBe32(hash160(key.publicKey).data()); }

Result<std::vector<std::uint32_t>> parseDerivationPath(std::string_view path) {
  if (path.empty() || path[0] != 'm') return fail(Errc::WalletBadPath, "a derivation path starts with 'm'");
  std::vector<std::uint32_t> out;
  std::string_view rest = path.substr(1);
  while (!rest.empty()) {
    if (rest[0] != '/') return fail(Errc::WalletBadPath, "path levels are separated by '/'");
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
      return fail(Errc::WalletBadPath, "path level " + level + " is not a canonical number");
    }
    std::uint64_t value = 0;
    const auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
    if (ec != std::errc() || ptr != part.data() + part.size()) {
      return fail(Errc::WalletBadPath, "path level " + level + " is not a number");
    }
    if (value >= kHardened) return fail(Errc::WalletBadPath, "path level " + level + " is 2^31 or more");
    if (out.size() == 255) return fail(Errc::WalletBadPath, "a path has at most 255 levels");
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

std::string encodeXpub(const ExtendedKey& key) {
  const SecureBytes text = base58CheckEncode(serialize(key, false).view());
  return std::string(text.asString());
}

Result<SecureBytes> encodeXprv(const ExtendedKey& key) {
  if (!key.isPrivate()) return fail(Errc::WalletBadExtendedKey, "a public key has no xprv form");
  return base58CheckEncode(serialize(key, true).view());
}

Result<ExtendedKey> decodeExtendedKey(const SecpContext& ctx, std::string_view text) {
  auto raw = base58CheckDecode(text);
  if (!raw) return fail(Errc::WalletBadExtendedKey, "not an extended key: " + raw.error().message);
  if (raw->size() != kSerializedSize) return fail(Errc::WalletBadExtendedKey, "an extended key is 78 bytes");
  const Byte* p = raw->data();
  const std::uint32_t version = getBe32(p);
  if (version != kXprvVersion && version != kXpubVersion) {
    return fail(Errc::WalletBadExtendedKey, "unknown extended key version");
  }
  ExtendedKey key;
  key.depth = p[4];
  key.parentFingerprint = getBe32(p + 5);
  key.childNumber = getBe32(p + 9);
  if (key.depth == 0 && (key.parentFingerprint != 0 || key.childNumber != 0)) {
    return fail(Errc::WalletBadExtendedKey, "a master key (depth 0) cannot have a parent or child number");
  }
  std::memcpy(key.chainCode.data(), p + 13, 32);
  if (version == kXprvVersion) {
    if (p[45] != 0) return fail(Errc::WalletBadExtendedKey, "an xprv key must start with a zero byte");
    key.secretKey = SecureBytes::copyOf(ByteView(p + 46, 32));
    if (!isValidSecretKey(ctx, key.secretKey.view())) {
      return fail(Errc::WalletBadExtendedKey, "the private key is out of range");
    }
    auto pub = publicFromSecret(ctx, key.secretKey);
    if (!pub) return pub.error();
    key.publicKey = *pub;
  } else {
    secp256k1_pubkey pub;
    if (secp256k1_ec_pubkey_parse(ctx.get(), &pub, p + 45, 33) != 1 || (p[45] != 2 && p[45] != 3)) {
      return fail(Errc::WalletBadExtendedKey, "the public key is not a valid compressed secp256k1 point");
    }
    std::memcpy(key.publicKey.data(), p + 45, 33);
  }
  return key;
}

}  // namespace wb
