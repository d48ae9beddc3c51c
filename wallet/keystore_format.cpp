#include "wallet/keystore_format.h"

#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <set>

#include "chain/core/core_errc.h"
#include "chain/core/encoding.h"
#include "chain/core/hash.h"
#include "wallet/account_keys.h"
#include "wallet/bip39.h"
#include "wallet/wallet_errc.h"

namespace wb {

namespace {

constexpr std::string_view kMagic = "WAYBILLW";
// Checksum tag, in the spirit of DESIGN §2's tags; used only for wallet files.
constexpr std::string_view kWalletTag = "wb.wallet";
constexpr std::uint8_t kKdfArgon2id13 = 1;
constexpr std::uint32_t kMaxHrpBytes = 83;
constexpr std::uint32_t kMaxCiphertextBytes = 4096;
constexpr std::uint8_t kAccountChainDepth = static_cast<std::uint8_t>(kAccountChainPath.size());
constexpr std::uint8_t kSecretsVersion = 1;
constexpr std::size_t kMaxSecretTextBytes = 1024;
constexpr std::size_t kHeaderSize = 10;  // magic + version

void writeNetwork(Writer& w, const WalletFile& file) {
  w.fixed(asBytes(kMagic)).u16(kWalletFileVersion);
  w.var(file.network.hrp).fixed(file.network.genesisHash);
}

void writeKdf(Writer& w, const WalletFile& file) {
  w.u8(kKdfArgon2id13).u64(file.sealed.kdf.opsLimit).u64(file.sealed.kdf.memLimit).fixed(file.sealed.salt);
}

void writeChainKey(Writer& w, const ExtendedKey& key) {
  w.u8(key.depth).u32(key.parentFingerprint).u32(key.childNumber).fixed(key.chainCode).fixed(key.publicKey);
}

Error corrupt(const std::string& what) { return fail(WalletErrc::FileCorrupt, "the wallet file is damaged: " + what); }

// Reads the body (after magic and version, before the checksum) into `file`.
Status readBody(Reader& r, WalletFile& file) {
  WB_TRY_ASSIGN(hrp, r.text("network name", kMaxHrpBytes));
  file.network.hrp = std::move(*hrp);
  WB_TRY_ASSIGN(genesis, r.fixed<32>("genesis hash"));
  file.network.genesisHash = *genesis;

  WB_TRY_ASSIGN(algorithm, r.u8("kdf algorithm"));
  if (*algorithm != kKdfArgon2id13) return fail(CoreErrc::DecodeBadValue, "unknown key-derivation algorithm");
  WB_TRY_ASSIGN(ops, r.u64("kdf opslimit"));
  WB_TRY_ASSIGN(mem, r.u64("kdf memlimit"));
  file.sealed.kdf = {*ops, *mem};
  WB_TRY_ASSIGN(salt, r.fixed<16>("kdf salt"));
  file.sealed.salt = *salt;
  WB_TRY_ASSIGN(nonce, r.fixed<24>("nonce"));
  file.sealed.nonce = *nonce;
  WB_TRY_ASSIGN(ciphertext, r.var("sealed secrets", kMaxCiphertextBytes));
  file.sealed.ciphertext = std::move(*ciphertext);

  WB_TRY_ASSIGN(depth, r.u8("chain depth"));
  WB_TRY_ASSIGN(parent, r.u32("chain parent"));
  WB_TRY_ASSIGN(child, r.u32("chain child"));
  WB_TRY_ASSIGN(chainCode, r.fixed<32>("chain code"));
  WB_TRY_ASSIGN(publicKey, r.fixed<33>("chain public key"));
  if (*depth != kAccountChainDepth || *child != kAccountChainPath.back() ||
      ((*publicKey)[0] != 2 && (*publicKey)[0] != 3)) {
    return fail(CoreErrc::DecodeBadValue, "the account chain key is not at m/44'/22338'/0'/0");
  }
  file.accountChain.depth = *depth;
  file.accountChain.parentFingerprint = *parent;
  file.accountChain.childNumber = *child;
  file.accountChain.chainCode = *chainCode;
  file.accountChain.publicKey = *publicKey;

  WB_TRY_ASSIGN(birthday, r.u64("birthday height"));
  file.birthdayHeight = *birthday;

  WB_TRY_ASSIGN(accountCount, r.u32("account count"));
  if (*accountCount > kMaxWalletEntries) return fail(CoreErrc::DecodeFieldTooLong, "too many accounts");
  std::set<std::uint32_t> indexes;
  for (std::uint32_t i = 0; i < *accountCount; ++i) {
    AccountEntry account;
    WB_TRY_ASSIGN(index, r.u32("account index"));
    WB_TRY_ASSIGN(key, r.fixed<32>("account key"));
    WB_TRY_ASSIGN(label, r.text("account label", kMaxLabelBytes));
    if (*index > kMaxAccountIndex || !indexes.insert(*index).second) {
      return fail(CoreErrc::DecodeBadValue, "account index " + std::to_string(*index) + " is out of range or repeated");
    }
    file.accounts.push_back({*index, AccountKey{*key}, std::move(*label)});
  }

  WB_TRY_ASSIGN(contactCount, r.u32("address book count"));
  if (*contactCount > kMaxWalletEntries) return fail(CoreErrc::DecodeFieldTooLong, "too many address book entries");
  std::set<std::string> names;
  for (std::uint32_t i = 0; i < *contactCount; ++i) {
    WB_TRY_ASSIGN(name, r.text("contact name", kMaxLabelBytes));
    WB_TRY_ASSIGN(key, r.fixed<32>("contact key"));
    if (name->empty() || !names.insert(*name).second) {
      return fail(CoreErrc::DecodeBadValue, "an address book name is empty or repeated");
    }
    file.addressBook.push_back({std::move(*name), AccountKey{*key}});
  }
  return r.finish();
}

// Secret payload reader over secure memory (Reader would copy into ordinary heap memory).
class SecretReader {
public:
  explicit SecretReader(const SecureBytes& in) : in_(in) {}
  bool text(SecureBytes& out, std::size_t maxLength) {
    if (in_.size() - pos_ < 4) return false;
    const Byte* p = in_.data() + pos_;
    const std::size_t length =
        std::size_t(p[0]) | std::size_t(p[1]) << 8 | std::size_t(p[2]) << 16 | std::size_t(p[3]) << 24;
    pos_ += 4;
    return fixed(out, length) && length <= maxLength;
  }
  bool fixed(SecureBytes& out, std::size_t length) {
    if (in_.size() - pos_ < length) return false;
    out = SecureBytes::copyOf(ByteView(in_.data() + pos_, length));
    pos_ += length;
    return true;
  }
  bool atEnd() const { return pos_ == in_.size(); }

private:
  const SecureBytes& in_;
  std::size_t pos_ = 0;
};

void putSecretText(Byte*& p, const SecureBytes& text) {
  const std::uint32_t n = static_cast<std::uint32_t>(text.size());
  for (int i = 0; i < 4; ++i) *p++ = static_cast<Byte>(n >> (8 * i));
  if (n != 0) std::memcpy(p, text.data(), n);
  p += n;
}

}  // namespace

Hash32 walletFileChecksum(ByteView body) { return taggedHash(kWalletTag, body); }

Bytes walletAssociatedData(const WalletFile& file) {
  // The KDF parameters and salt need no binding: changing them changes the key.
  Writer w;
  writeNetwork(w, file);
  writeChainKey(w, file.accountChain);
  return std::move(w).take();
}

Bytes encodeWalletFile(const WalletFile& file) {
  Writer w;
  writeNetwork(w, file);
  writeKdf(w, file);
  w.fixed(file.sealed.nonce).var(file.sealed.ciphertext);
  writeChainKey(w, file.accountChain);
  w.u64(file.birthdayHeight);
  w.u32(static_cast<std::uint32_t>(file.accounts.size()));
  for (const AccountEntry& account : file.accounts) w.u32(account.index).fixed(account.key).var(account.label);
  w.u32(static_cast<std::uint32_t>(file.addressBook.size()));
  for (const Contact& contact : file.addressBook) w.var(contact.name).fixed(contact.key);
  w.fixed(walletFileChecksum(w.bytes()));
  return std::move(w).take();
}

Result<WalletFile> decodeWalletFile(ByteView bytes) {
  if (bytes.size() < kMagic.size() || std::memcmp(bytes.data(), kMagic.data(), kMagic.size()) != 0) {
    return fail(WalletErrc::NotAWalletFile, "this is not a Waybill wallet file");
  }
  if (bytes.size() < kHeaderSize + sizeof(Hash32)) return corrupt("it is truncated");
  const std::uint16_t version = static_cast<std::uint16_t>(bytes[8] | bytes[9] << 8);
  if (version != kWalletFileVersion) {
    return fail(WalletErrc::UnknownVersion, "wallet file version " + std::to_string(version) +
                                                " is not supported (this program reads version " +
                                                std::to_string(kWalletFileVersion) + ")");
  }
  const std::size_t bodyEnd = bytes.size() - sizeof(Hash32);
  const Hash32 checksum = walletFileChecksum(bytes.first(bodyEnd));
  if (std::memcmp(checksum.data(), bytes.data() + bodyEnd, checksum.size()) != 0) {
    return corrupt("its checksum does not match (truncated or altered)");
  }
  WalletFile file;
  Reader reader(bytes.subspan(kHeaderSize, bodyEnd - kHeaderSize));
  if (auto status = readBody(reader, file); !status) return corrupt(status.error().message);
  WB_TRY(checkKdfParams(file.sealed.kdf));
  return file;
}

SecureBytes encodeWalletSecrets(const WalletSecrets& secrets) {
  SecureBytes out(1 + 4 + secrets.mnemonic.size() + 4 + secrets.bip39Passphrase.size() + secrets.seed.size());
  Byte* p = out.data();
  *p++ = kSecretsVersion;
  putSecretText(p, secrets.mnemonic);
  putSecretText(p, secrets.bip39Passphrase);
  std::memcpy(p, secrets.seed.data(), secrets.seed.size());
  return out;
}

Result<WalletSecrets> decodeWalletSecrets(const SecureBytes& payload) {
  if (payload.empty() || payload.data()[0] != kSecretsVersion) {
    return fail(WalletErrc::FileCorrupt, "the wallet's secrets have an unknown layout");
  }
  SecretReader reader(payload);
  SecureBytes version;
  WalletSecrets secrets;
  if (!reader.fixed(version, 1) || !reader.text(secrets.mnemonic, kMaxSecretTextBytes) ||
      !reader.text(secrets.bip39Passphrase, kMaxSecretTextBytes) || !reader.fixed(secrets.seed, kBip39SeedSize) ||
      !reader.atEnd()) {
    return fail(WalletErrc::FileCorrupt, "the wallet's secrets are malformed");
  }
  return secrets;
}

}  // namespace wb
