// The wallet's keystore (DESIGN §6): a BIP39 mnemonic, its optional BIP39 passphrase and
// seed, sealed with Argon2id + XChaCha20-Poly1305 under the wallet passphrase, plus
// public data that stays readable while locked: accounts (index, x-only key, label),
// address book and birthday height.
//
// The public key of the account chain m/44'/22338'/0'/0 is kept in the clear, so new
// accounts can be added and every account key checked while the wallet is locked (as
// Electrum keeps its xpub). Per BIP32, that key plus one account's secret key reveals
// the others: secret keys handed out by secretKey() must stay inside this process.
//
// Slow calls (create, unlock, changePassphrase, revealMnemonic run Argon2id) are
// synchronous and touch nothing outside the object; a Keystore is not synchronised, so
// run them on a worker thread that owns it (or on a copy of the file bytes), never on
// the GUI thread. Passphrases are taken as UTF-8 bytes, used as given.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chain/core/error.h"
#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"
#include "wallet/bip39_wordlist.h"
#include "wallet/keystore_format.h"

namespace wb {

// What create() needs besides the secrets.
struct KeystoreParams {
  NetworkId network;
  KdfParams kdf = KdfParams::moderate();
  std::uint64_t birthdayHeight = 0;  // first block that can hold the wallet's transactions
};

class Keystore {
public:
  // Creates a wallet from `mnemonic` (new, from generateMnemonic, or restored) and its
  // BIP39 passphrase, sealed under `walletPassphrase`, with account 0. The result is
  // unlocked. Fails with the mnemonic's error (see parseMnemonic), WalletErrc::BadKdfParams or
  // WalletErrc::KdfFailed.
  [[nodiscard]] static Result<Keystore> create(const SecpContext& ctx, const KeystoreParams& params,
                                               std::string_view mnemonic, std::string_view bip39Passphrase,
                                               std::string_view walletPassphrase);

  // Like create() with a freshly generated mnemonic of `wordCount` (12 or 24) words.
  [[nodiscard]] static Result<Keystore> createNew(const SecpContext& ctx, const KeystoreParams& params,
                                                  std::size_t wordCount, Bip39Language language,
                                                  std::string_view bip39Passphrase, std::string_view walletPassphrase);

  // Reads wallet file bytes (public data only; the result is locked). Fails as
  // decodeWalletFile does, with WalletErrc::WrongNetwork when the file's genesis hash is not
  // `expectedGenesis`, and with WalletErrc::FileCorrupt when a stored account key is not the
  // one its index derives to.
  [[nodiscard]] static Result<Keystore> load(const SecpContext& ctx, ByteView fileBytes, const Hash32& expectedGenesis);

  // The wallet file bytes (works while locked).
  Bytes serialize() const;

  Keystore(Keystore&&) noexcept = default;
  Keystore& operator=(Keystore&&) noexcept = default;
  ~Keystore() = default;

  // --- locking -------------------------------------------------------------------
  bool isLocked() const { return !unlocked_.has_value(); }

  // Decrypts the secrets with `passphrase` and keeps them in secure memory. Fails with
  // WalletErrc::WrongPassphrase, WalletErrc::KdfFailed, or WalletErrc::FileCorrupt when the secrets do not
  // match the public account keys. Unlocking an unlocked wallet re-checks the passphrase.
  [[nodiscard]] Status unlock(const SecpContext& ctx, std::string_view passphrase);

  // Wipes the secrets. Public data stays available.
  void lock();

  // Re-seals the same secrets under `newPassphrase` with a fresh salt and nonce and
  // `kdf` limits; keys and accounts do not change. Works locked or unlocked. Fails with
  // WalletErrc::WrongPassphrase for a wrong `oldPassphrase`; then nothing changes.
  [[nodiscard]] Status changePassphrase(std::string_view oldPassphrase, std::string_view newPassphrase,
                                        const KdfParams& kdf);

  // The mnemonic, for showing it to its owner; always asks for the passphrase, even
  // when unlocked. Fails with WalletErrc::WrongPassphrase.
  [[nodiscard]] Result<SecureBytes> revealMnemonic(std::string_view passphrase) const;

  // True when the wallet was made with a non-empty BIP39 passphrase (needed to restore).
  // Fails with WalletErrc::Locked while locked.
  [[nodiscard]] Result<bool> hasBip39Passphrase() const;

  // --- accounts --------------------------------------------------------------------
  const std::vector<AccountEntry>& accounts() const { return file_.accounts; }

  // The account with this key, if it is one of ours.
  std::optional<AccountEntry> findAccount(const XOnlyKey& key) const;

  // Adds the account with the next unused index (works while locked: derived from the
  // public chain key). Fails with WalletErrc::BadLabel or WalletErrc::TooManyEntries.
  [[nodiscard]] Result<AccountEntry> addAccount(const SecpContext& ctx, std::string label);

  // The accounts addAccount would add next, in order, without adding them
  // (works while locked), e.g. to look for used accounts after a restore.
  // Fails like addAccount.
  [[nodiscard]] Result<std::vector<AccountEntry>> nextAccounts(const SecpContext& ctx, std::size_t count) const;

  // Renames account `index`. Fails with WalletErrc::AccountNotFound or WalletErrc::BadLabel.
  [[nodiscard]] Status setAccountLabel(std::uint32_t index, std::string label);

  // The 32-byte secret key of account `index`, for signing. Fails with WalletErrc::Locked or
  // WalletErrc::AccountNotFound.
  [[nodiscard]] Result<SecureBytes> secretKey(const SecpContext& ctx, std::uint32_t index) const;
  // Like secretKey, derived once per account while unlocked and kept in secure memory
  // until lock() (signing many transactions must not derive and allocate a key each
  // time). The pointer is valid until lock() or unlock(). Fails like secretKey.
  [[nodiscard]] Result<const SecureBytes*> signingKey(const SecpContext& ctx, std::uint32_t index) const;

  // --- address book ------------------------------------------------------------------
  const std::vector<Contact>& addressBook() const { return file_.addressBook; }

  // Adds `name` → `key`. Fails with WalletErrc::BadLabel (empty, too long, control characters),
  // WalletErrc::ContactExists, CryptoBadPublicKey or WalletErrc::TooManyEntries.
  [[nodiscard]] Status addContact(const SecpContext& ctx, std::string name, const XOnlyKey& key);
  // Renames a contact. Fails with WalletErrc::ContactNotFound, WalletErrc::BadLabel or WalletErrc::ContactExists.
  [[nodiscard]] Status renameContact(std::string_view oldName, std::string newName);
  // Removes a contact. Fails with WalletErrc::ContactNotFound.
  [[nodiscard]] Status removeContact(std::string_view name);

  // --- other public data ------------------------------------------------------------
  const NetworkId& network() const { return file_.network; }
  std::uint64_t birthdayHeight() const { return file_.birthdayHeight; }
  void setBirthdayHeight(std::uint64_t height) { file_.birthdayHeight = height; }
  const KdfParams& kdfParams() const { return file_.sealed.kdf; }

private:
  struct Unlocked {
    WalletSecrets secrets;
    ExtendedKey accountChain;  // private
    // signingKey's keys by account index (wiped with the rest at lock()).
    std::map<std::uint32_t, SecureBytes> signingKeys;
  };

  Keystore() = default;
  // Decrypts the secrets (slow: Argon2id).
  Result<WalletSecrets> decrypt(std::string_view passphrase) const;
  // Derives the private account chain and checks it against the public data.
  Result<Unlocked> verify(const SecpContext& ctx, WalletSecrets secrets) const;

  WalletFile file_;
  // Mutable for signingKey's cache: a const keystore still signs.
  mutable std::optional<Unlocked> unlocked_;
};

}  // namespace wb
