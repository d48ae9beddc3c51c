#include "wallet/dev_accounts.h"

#include "wallet/account_keys.h"
#include "wallet/bip39.h"

namespace wb {
namespace {

Result<ExtendedKey> devChain(const SecpContext& ctx) {
  WB_TRY_ASSIGN(seed, seedFromMnemonic(kDevMnemonic, ""));
  return accountChainFromSeed(ctx, *seed);
}

}  // namespace

Result<std::vector<AccountKey>> devAccountKeys(const SecpContext& ctx, std::size_t count) {
  WB_TRY_ASSIGN(chain, devChain(ctx));
  std::vector<AccountKey> keys;
  for (std::uint32_t i = 0; i < count; ++i) {
    WB_TRY_ASSIGN(key, accountPublicKey(ctx, *chain, i));
    keys.push_back(*key);
  }
  return keys;
}

Result<std::vector<SecureBytes>> devAccountSecrets(const SecpContext& ctx, std::size_t count) {
  WB_TRY_ASSIGN(chain, devChain(ctx));
  std::vector<SecureBytes> secrets;
  for (std::uint32_t i = 0; i < count; ++i) {
    WB_TRY_ASSIGN(secret, accountSecretKey(ctx, *chain, i));
    secrets.push_back(std::move(*secret));
  }
  return secrets;
}

}  // namespace wb
