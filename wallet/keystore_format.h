// The wallet file format (version 1). All integers little-endian (chain/core/encoding.h):
//
//   magic "WAYBILLW" (8) | version u16 = 1
//   network: hrp text ≤ 83 | genesis hash 32
//   kdf: algorithm u8 (1 = Argon2id v1.3) | opslimit u64 | memlimit u64 | salt 16
//   nonce 24 | ciphertext var ≤ 4096        XChaCha20-Poly1305 of the secret payload
//   account chain key m/44'/22338'/0'/0: depth u8 | parent fingerprint u32 | child u32 |
//                                         chain code 32 | compressed public key 33
//   birthday height u64
//   accounts: count u32 ≤ 100000, each: index u32 | x-only key 32 | label text ≤ 128
//   address book: count u32 ≤ 100000, each: name text ≤ 128 | x-only key 32
//   checksum 32 = H("wb.wallet", every byte before it)
//
// The secret payload (plaintext, only ever in secure memory) is
//   version u8 = 1 | mnemonic u32 len + bytes ≤ 1024 | BIP39 passphrase u32 len + bytes ≤ 1024 | seed 64.
//
// Everything after the ciphertext is readable while the wallet is locked. Magic, version,
// network and the account chain key are the AEAD's associated data, so a changed network
// or chain key makes unlocking fail (a changed KDF or salt changes the key anyway). The checksum catches damage
// (truncation, flipped bits) before anything is trusted, even while locked.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chain/core/bytes.h"
#include "chain/core/error.h"
#include "chain/core/secure_bytes.h"
#include "wallet/bip32.h"
#include "wallet/secret_seal.h"

namespace wb {

inline constexpr std::uint16_t kWalletFileVersion = 1;
inline constexpr std::size_t kMaxLabelBytes = 128;
inline constexpr std::uint32_t kMaxWalletEntries = 100000;

// Which network a wallet belongs to.
struct NetworkId {
  std::string hrp;
  Hash32 genesisHash{};
};

// One of the wallet's accounts (public data).
struct AccountEntry {
  std::uint32_t index = 0;
  XOnlyKey key{};
  std::string label;
};

// An address-book entry.
struct Contact {
  std::string name;
  XOnlyKey key{};
};

// Everything a wallet file holds, secrets still sealed.
struct WalletFile {
  NetworkId network;
  SealedBox sealed;
  ExtendedKey accountChain;  // public only
  std::uint64_t birthdayHeight = 0;
  std::vector<AccountEntry> accounts;
  std::vector<Contact> addressBook;
};

// The wallet's secrets, as sealed in the file.
struct WalletSecrets {
  SecureBytes mnemonic;
  SecureBytes bip39Passphrase;
  SecureBytes seed;
};

// The file bytes of `file`, checksum included.
Bytes encodeWalletFile(const WalletFile& file);

// Parses file bytes. Fails with WalletErrc::NotAWalletFile (no magic), WalletErrc::UnknownVersion,
// WalletErrc::FileCorrupt (checksum mismatch, truncated, malformed or inconsistent data) or
// WalletErrc::BadKdfParams. Never reads past `bytes`.
[[nodiscard]] Result<WalletFile> decodeWalletFile(ByteView bytes);

// The trailing checksum of a wallet file whose other bytes are `body`.
Hash32 walletFileChecksum(ByteView body);

// The associated data binding the sealed secrets to the file's header and chain key.
Bytes walletAssociatedData(const WalletFile& file);

// The secret payload in secure memory.
SecureBytes encodeWalletSecrets(const WalletSecrets& secrets);

// Parses a decrypted secret payload. Fails with WalletErrc::FileCorrupt.
[[nodiscard]] Result<WalletSecrets> decodeWalletSecrets(const SecureBytes& payload);

}  // namespace wb
