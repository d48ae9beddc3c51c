#include "wallet/dev_accounts.h"

#include "wallet/account_keys.h"
#include "wallet/bip39.h"

namespace wb {
namespace {

Result<ExtendedKey> devChain(const SecpContext& ctx) {
  auto seed = seedFromMnemonic(kDevMnemonic, "");
  if (!seed) return seed.error();
  return accountChainFromSeed(ctx, *seed);
}

}  // namespace

Result<std::vector<AccountKey>> devAccountKeys(const SecpContext& ctx, std::size_t count) {
  auto chain = devChain(ctx);
  if (!chain) return chain.error();
  std::vector<AccountKey> keys;
  for (std::uint32_t i = 0; i < count; ++i) {
    auto key = accountPublicKey(ctx, *chain, i);
    if (!key) return key.error();
    keys.push_back(*key);
  }
  return keys;
}

Result<std::vector<SecureBytes>> devAccountSecrets(const SecpContext& ctx, std::size_t count) {
  auto chain = devChain(ctx);
  if (!chain) return chain.error();
  std::vector<SecureBytes> secrets;
  for (std::uint32_t i = 0; i < count; ++i) {
    auto secret = accountSecretKey(ctx, *chain, i);
    if (!secret) return secret.error();
    secrets.push_back(std::move(*secret));
  }
  return secrets;
}

}  // namespace wb
