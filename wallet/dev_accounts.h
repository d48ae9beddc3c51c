// The accounts of dev networks (DESIGN §6): the BIP39 test mnemonic with an
// empty passphrase, accounts at m/44'/22338'/0'/0/i. Public knowledge: never
// use these keys on a real network.
#pragma once

#include <string_view>
#include <vector>

#include "chain/core/genesis.h"
#include "chain/core/schnorr.h"

namespace wb {

inline constexpr std::string_view kDevMnemonic =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

// The dev wallet of a dev network is DATADIR/wallets/<network> + this suffix;
// its passphrase is empty (the mnemonic is public: a passphrase protects nothing).
inline constexpr std::string_view kDevWalletSuffix = ".dev.wallet";

// The public keys of dev accounts 0…count−1.
[[nodiscard]] Result<std::vector<AccountKey>> devAccountKeys(const SecpContext& ctx, std::size_t count = kDevAccounts);

// The secret keys of dev accounts 0…count−1, in sodium memory.
[[nodiscard]] Result<std::vector<SecureBytes>> devAccountSecrets(const SecpContext& ctx,
                                                                 std::size_t count = kDevAccounts);

}  // namespace wb
