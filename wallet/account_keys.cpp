#include "wallet/account_keys.h"

#include <algorithm>

namespace wb {

namespace {
Status checkIndex(std::uint32_t index) {
  if (index > kMaxAccountIndex) return fail(Errc::WalletAccountNotFound, "account indexes stop at 2^31 - 1");
  return {};
}
}  // namespace

Result<ExtendedKey> accountChainFromSeed(const SecpContext& ctx, const SecureBytes& seed) {
  auto master = masterKeyFromSeed(ctx, seed.view());
  if (!master) return master.error();
  return derivePath(ctx, *master, kAccountChainPath);
}

Result<SecureBytes> accountSecretKey(const SecpContext& ctx, const ExtendedKey& chain, std::uint32_t index) {
  WB_TRY(checkIndex(index));
  if (!chain.isPrivate()) return fail(Errc::WalletLocked, "the wallet is locked: unlock it to use secret keys");
  auto child = deriveChild(ctx, chain, index);
  if (!child) return child.error();
  return std::move(child->secretKey);
}

Result<XOnlyKey> accountPublicKey(const SecpContext& ctx, const ExtendedKey& chain, std::uint32_t index) {
  WB_TRY(checkIndex(index));
  // Public derivation gives the same point as private derivation; its x is the x-only key.
  auto child = deriveChild(ctx, publicOf(chain), index);
  if (!child) return child.error();
  XOnlyKey key;
  std::copy(child->publicKey.begin() + 1, child->publicKey.end(), key.begin());
  return key;
}

}  // namespace wb
