#include "wallet/keystore.h"

#include <algorithm>

#include "chain/core/core_errc.h"
#include "chain/core/encoding.h"
#include "wallet/account_keys.h"
#include "wallet/bip39.h"
#include "wallet/wallet_errc.h"

namespace wb {

namespace {

// Labels and names are short single-line UTF-8 text.
Status checkLabel(std::string_view text, bool allowEmpty) {
  if (text.empty() && !allowEmpty) return fail(WalletErrc::BadLabel, "the name must not be empty");
  if (text.size() > kMaxLabelBytes) {
    return fail(WalletErrc::BadLabel, "the name is longer than " + std::to_string(kMaxLabelBytes) + " bytes");
  }
  if (!isValidUtf8(text)) return fail(WalletErrc::BadLabel, "the name is not valid UTF-8");
  if (std::any_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7F;
      })) {
    return fail(WalletErrc::BadLabel, "the name contains control characters");
  }
  return {};
}

}  // namespace

Result<Keystore> Keystore::create(const SecpContext& ctx, const KeystoreParams& params, std::string_view mnemonic,
                                  std::string_view bip39Passphrase, std::string_view walletPassphrase) {
  WB_TRY_ASSIGN(parsed, parseMnemonic(mnemonic));
  WB_TRY_ASSIGN(seed, seedFromMnemonic(parsed->normalized.asString(), bip39Passphrase));
  WB_TRY_ASSIGN(chain, accountChainFromSeed(ctx, *seed));

  Keystore store;
  store.file_.network = params.network;
  store.file_.birthdayHeight = params.birthdayHeight;
  store.file_.accountChain = publicOf(*chain);

  WalletSecrets secrets{std::move(parsed->normalized), SecureBytes::copyOf(bip39Passphrase), std::move(*seed)};
  const SecureBytes payload = encodeWalletSecrets(secrets);
  WB_TRY_ASSIGN(sealed, sealSecret(walletPassphrase, params.kdf, payload.view(), walletAssociatedData(store.file_)));
  store.file_.sealed = std::move(*sealed);
  store.unlocked_ = Unlocked{std::move(secrets), std::move(*chain), {}};

  WB_TRY_ASSIGN(first, store.addAccount(ctx, ""));
  return store;
}

Result<Keystore> Keystore::createNew(const SecpContext& ctx, const KeystoreParams& params, std::size_t wordCount,
                                     Bip39Language language, std::string_view bip39Passphrase,
                                     std::string_view walletPassphrase) {
  WB_TRY_ASSIGN(mnemonic, generateMnemonic(wordCount, language));
  return create(ctx, params, mnemonic->asString(), bip39Passphrase, walletPassphrase);
}

Result<Keystore> Keystore::load(const SecpContext& ctx, ByteView fileBytes, const Hash32& expectedGenesis) {
  WB_TRY_ASSIGN(file, decodeWalletFile(fileBytes));
  if (file->network.genesisHash != expectedGenesis) {
    return fail(WalletErrc::WrongNetwork, "this wallet belongs to another network ('" + file->network.hrp +
                                              "', genesis " + toHex(file->network.genesisHash).substr(0, 16) + "…)");
  }
  for (const AccountEntry& account : file->accounts) {
    auto key = accountPublicKey(ctx, file->accountChain, account.index);
    if (!key) return fail(WalletErrc::FileCorrupt, "the wallet file is damaged: " + key.error().message);
    if (*key != account.key) {
      return fail(WalletErrc::FileCorrupt, "the wallet file is damaged: account " + std::to_string(account.index) +
                                               " does not match its derivation");
    }
  }
  Keystore store;
  store.file_ = std::move(*file);
  return store;
}

Bytes Keystore::serialize() const { return encodeWalletFile(file_); }

Result<WalletSecrets> Keystore::decrypt(std::string_view passphrase) const {
  WB_TRY_ASSIGN(payload, openSecret(passphrase, file_.sealed, walletAssociatedData(file_)));
  return decodeWalletSecrets(*payload);
}

Result<Keystore::Unlocked> Keystore::verify(const SecpContext& ctx, WalletSecrets secrets) const {
  WB_TRY_ASSIGN(chain, accountChainFromSeed(ctx, secrets.seed));
  // The associated data already binds the chain key; this also catches a file written
  // by a broken program.
  if (chain->publicKey != file_.accountChain.publicKey || chain->chainCode != file_.accountChain.chainCode) {
    return fail(WalletErrc::FileCorrupt, "the wallet's secrets do not match its account keys");
  }
  return Unlocked{std::move(secrets), std::move(*chain), {}};
}

Status Keystore::unlock(const SecpContext& ctx, std::string_view passphrase) {
  WB_TRY_ASSIGN(secrets, decrypt(passphrase));
  WB_TRY_ASSIGN(unlocked, verify(ctx, std::move(*secrets)));
  unlocked_ = std::move(*unlocked);
  return {};
}

void Keystore::lock() { unlocked_.reset(); }  // SecureBytes wipe themselves when destroyed

Status Keystore::changePassphrase(std::string_view oldPassphrase, std::string_view newPassphrase,
                                  const KdfParams& kdf) {
  WB_TRY_ASSIGN(secrets, decrypt(oldPassphrase));
  const SecureBytes payload = encodeWalletSecrets(*secrets);
  WB_TRY_ASSIGN(sealed, sealSecret(newPassphrase, kdf, payload.view(), walletAssociatedData(file_)));
  file_.sealed = std::move(*sealed);
  return {};
}

Result<SecureBytes> Keystore::revealMnemonic(std::string_view passphrase) const {
  WB_TRY_ASSIGN(secrets, decrypt(passphrase));
  return std::move(secrets->mnemonic);
}

Result<bool> Keystore::hasBip39Passphrase() const {
  if (isLocked()) return fail(WalletErrc::Locked, "the wallet is locked");
  return !unlocked_->secrets.bip39Passphrase.empty();
}

std::optional<AccountEntry> Keystore::findAccount(const XOnlyKey& key) const {
  const auto it = std::find_if(file_.accounts.begin(), file_.accounts.end(),
                               [&](const AccountEntry& account) { return account.key == key; });
  if (it == file_.accounts.end()) return std::nullopt;
  return *it;
}

Result<std::vector<AccountEntry>> Keystore::nextAccounts(const SecpContext& ctx, std::size_t count) const {
  std::vector<AccountEntry> out;
  std::uint32_t index = 0;
  for (const AccountEntry& account : file_.accounts) index = std::max(index, account.index + 1);
  // BIP32 says to skip an index whose child is invalid (probability ~2^-127).
  for (; out.size() < count; ++index) {
    if (file_.accounts.size() + out.size() >= kMaxWalletEntries || index > kMaxAccountIndex) {
      return fail(WalletErrc::TooManyEntries, "no account indexes left");
    }
    auto key = accountPublicKey(ctx, file_.accountChain, index);
    if (key)
      out.push_back({index, *key, {}});
    else if (key.code() != WalletErrc::InvalidChild)
      return key.error();
  }
  return out;
}

Result<AccountEntry> Keystore::addAccount(const SecpContext& ctx, std::string label) {
  WB_TRY(checkLabel(label, true));
  WB_TRY_ASSIGN(next, nextAccounts(ctx, 1));
  AccountEntry entry = next->front();
  entry.label = std::move(label);
  file_.accounts.push_back(std::move(entry));
  return file_.accounts.back();
}

Status Keystore::setAccountLabel(std::uint32_t index, std::string label) {
  WB_TRY(checkLabel(label, true));
  const auto it = std::find_if(file_.accounts.begin(), file_.accounts.end(),
                               [&](const AccountEntry& account) { return account.index == index; });
  if (it == file_.accounts.end()) return fail(WalletErrc::AccountNotFound, "no account " + std::to_string(index));
  it->label = std::move(label);
  return {};
}

Result<SecureBytes> Keystore::secretKey(const SecpContext& ctx, std::uint32_t index) const {
  const bool known = std::any_of(file_.accounts.begin(), file_.accounts.end(),
                                 [&](const AccountEntry& account) { return account.index == index; });
  if (!known) return fail(WalletErrc::AccountNotFound, "no account " + std::to_string(index));
  if (isLocked()) return fail(WalletErrc::Locked, "the wallet is locked: unlock it to sign");
  return accountSecretKey(ctx, unlocked_->accountChain, index);
}

Result<const SecureBytes*> Keystore::signingKey(const SecpContext& ctx, std::uint32_t index) const {
  if (!isLocked()) {
    if (const auto it = unlocked_->signingKeys.find(index); it != unlocked_->signingKeys.end()) return &it->second;
  }
  WB_TRY_ASSIGN(secret, secretKey(ctx, index));
  return &unlocked_->signingKeys.insert_or_assign(index, std::move(*secret)).first->second;
}

Status Keystore::addContact(const SecpContext& ctx, std::string name, const XOnlyKey& key) {
  WB_TRY(checkLabel(name, false));
  if (!isValidXOnlyKey(ctx, key)) return fail(CoreErrc::CryptoBadPublicKey, "that is not a valid account key");
  if (file_.addressBook.size() >= kMaxWalletEntries)
    return fail(WalletErrc::TooManyEntries, "the address book is full");
  const auto same = [&](const Contact& c) { return c.name == name; };
  if (std::any_of(file_.addressBook.begin(), file_.addressBook.end(), same)) {
    return fail(WalletErrc::ContactExists, "the address book already has an entry named '" + name + "'");
  }
  file_.addressBook.push_back({std::move(name), key});
  return {};
}

Status Keystore::renameContact(std::string_view oldName, std::string newName) {
  WB_TRY(checkLabel(newName, false));
  auto& book = file_.addressBook;
  const auto it = std::find_if(book.begin(), book.end(), [&](const Contact& c) { return c.name == oldName; });
  if (it == book.end())
    return fail(WalletErrc::ContactNotFound, "no address book entry named '" + std::string(oldName) + "'");
  if (newName != oldName &&
      std::any_of(book.begin(), book.end(), [&](const Contact& c) { return c.name == newName; })) {
    return fail(WalletErrc::ContactExists, "the address book already has an entry named '" + newName + "'");
  }
  it->name = std::move(newName);
  return {};
}

Status Keystore::removeContact(std::string_view name) {
  auto& book = file_.addressBook;
  const auto it = std::find_if(book.begin(), book.end(), [&](const Contact& c) { return c.name == name; });
  if (it == book.end())
    return fail(WalletErrc::ContactNotFound, "no address book entry named '" + std::string(name) + "'");
  book.erase(it);
  return {};
}

}  // namespace wb
