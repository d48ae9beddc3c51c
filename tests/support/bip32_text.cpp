#include "tests/support/bip32_text.h"

#include <secp256k1.h>

#include <cstring>

#include "tests/support/base58.h"
#include "wallet/wallet_errc.h"

namespace wb::test {

namespace {

constexpr std::uint32_t kXprvVersion = 0x0488ADE4;
constexpr std::uint32_t kXpubVersion = 0x0488B21E;
constexpr std::size_t kSerializedSize = 78;

// The 78-byte BIP32 serialisation; `secret` selects xprv (0x00 ‖ key) or xpub.
SecureBytes serialize(const ExtendedKey& key, bool secret) {
  SecureBytes out(kSerializedSize);
  Byte* p = out.data();
  putBigEndian32(p, secret ? kXprvVersion : kXpubVersion);
  p[4] = key.depth;
  putBigEndian32(p + 5, key.parentFingerprint);
  putBigEndian32(p + 9, key.childNumber);
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

std::string encodeXpub(const ExtendedKey& key) {
  const SecureBytes text = base58CheckEncode(serialize(key, false).view());
  return std::string(text.asString());
}

Result<SecureBytes> encodeXprv(const ExtendedKey& key) {
  if (!key.isPrivate()) return fail(WalletErrc::BadExtendedKey, "a public key has no xprv form");
  return base58CheckEncode(serialize(key, true).view());
}

Result<ExtendedKey> decodeExtendedKey(const SecpContext& ctx, std::string_view text) {
  auto raw = base58CheckDecode(text);
  if (!raw) return fail(WalletErrc::BadExtendedKey, "not an extended key: " + raw.error().message);
  if (raw->size() != kSerializedSize) return fail(WalletErrc::BadExtendedKey, "an extended key is 78 bytes");
  const Byte* p = raw->data();
  const std::uint32_t version = getBigEndian32(p);
  if (version != kXprvVersion && version != kXpubVersion) {
    return fail(WalletErrc::BadExtendedKey, "unknown extended key version");
  }
  ExtendedKey key;
  key.depth = p[4];
  key.parentFingerprint = getBigEndian32(p + 5);
  key.childNumber = getBigEndian32(p + 9);
  if (key.depth == 0 && (key.parentFingerprint != 0 || key.childNumber != 0)) {
    return fail(WalletErrc::BadExtendedKey, "a master key (depth 0) cannot have a parent or child number");
  }
  std::memcpy(key.chainCode.data(), p + 13, 32);
  if (version == kXprvVersion) {
    if (p[45] != 0) return fail(WalletErrc::BadExtendedKey, "an xprv key must start with a zero byte");
    key.secretKey = SecureBytes::copyOf(ByteView(p + 46, 32));
    if (!isValidSecretKey(ctx, key.secretKey.view())) {
      return fail(WalletErrc::BadExtendedKey, "the private key is out of range");
    }
    WB_TRY_ASSIGN(pub, compressedPublicKey(ctx, key.secretKey));
    key.publicKey = *pub;
  } else {
    secp256k1_pubkey pub;
    if (secp256k1_ec_pubkey_parse(ctx.get(), &pub, p + 45, 33) != 1 || (p[45] != 2 && p[45] != 3)) {
      return fail(WalletErrc::BadExtendedKey, "the public key is not a valid compressed secp256k1 point");
    }
    std::memcpy(key.publicKey.data(), p + 45, 33);
  }
  return key;
}

}  // namespace wb::test
