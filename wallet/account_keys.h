// Waybill's account keys (DESIGN §6): account i is derived at m/44'/22338'/0'/0/i and
// the account key is the 32-byte x-only key of that derived private key. The last step
// is not hardened, so the public key of the chain m/44'/22338'/0'/0 can derive every
// account key while the wallet is locked.
#pragma once

#include <array>
#include <cstdint>

#include "chain/core/schnorr.h"
#include "wallet/bip32.h"

namespace wb {

inline constexpr std::uint32_t kBip44Purpose = 44;
inline constexpr std::uint32_t kWaybillCoinType = 22338;

// The path m/44'/22338'/0'/0 of the account chain.
inline constexpr std::array<std::uint32_t, 4> kAccountChainPath = {kBip44Purpose | kHardened,
                                                                   kWaybillCoinType | kHardened, 0 | kHardened, 0};

// The largest account index (the last level is not hardened).
inline constexpr std::uint32_t kMaxAccountIndex = kHardened - 1;

// The private account chain key m/44'/22338'/0'/0 of a BIP39 `seed`.
[[nodiscard]] Result<ExtendedKey> accountChainFromSeed(const SecpContext& ctx, const SecureBytes& seed);

// The secret key of account `index` from the private account chain key.
// Fails with WalletErrc::Locked for a public chain key, WalletErrc::AccountNotFound past
// kMaxAccountIndex, or WalletErrc::InvalidChild.
[[nodiscard]] Result<SecureBytes> accountSecretKey(const SecpContext& ctx, const ExtendedKey& chain,
                                                   std::uint32_t index);

// The x-only account key of `index` from the account chain key (public or private).
[[nodiscard]] Result<XOnlyKey> accountPublicKey(const SecpContext& ctx, const ExtendedKey& chain, std::uint32_t index);

}  // namespace wb
