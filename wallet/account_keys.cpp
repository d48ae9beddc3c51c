#include "wallet/account_keys.h"

#include <algorithm>

#include "wallet/wallet_errc.h"

namespace wb {

namespace {
Status checkIndex(std::uint32_t index) {
  if (index > kMaxAccountIndex) return fail(WalletErrc::AccountNotFound, "account indexes stop at 2^31 - 1");
  return {};
}
}  // namespace

Result<ExtendedKey> accountChainFromSeed(const SecpContext& ctx, const SecureBytes& seed) {
  WB_TRY_ASSIGN(master, masterKeyFromSeed(ctx, seed.view()));
  return derivePath(ctx, *master, kAccountChainPath);
}

Result<SecureBytes> accountSecretKey(const SecpContext& ctx, const ExtendedKey& chain, std::uint32_t index) {
  WB_TRY(checkIndex(index));
  if (!chain.isPrivate()) return fail(WalletErrc::Locked, "the wallet is locked: unlock it to use secret keys");
  WB_TRY_ASSIGN(child, deriveChild(ctx, chain, index));
  return std::move(child->secretKey);
}

Result<XOnlyKey> accountPublicKey(const SecpContext& ctx, const ExtendedKey& chain, std::uint32_t index) {
  WB_TRY(checkIndex(index));
  // Public derivation gives the same point as private derivation; its x is the x-only key.
  WB_TRY_ASSIGN(child, deriveChild(ctx, publicOf(chain), index));
  XOnlyKey key;
  std::copy(child->publicKey.begin() + 1, child->publicKey.end(), key.begin());
  return key;
}

}  // namespace wb
