// Reading and writing wallet files (DESIGN §5: DATADIR/wallets/NAME.wallet). Writes are
// atomic (QSaveFile: a crash leaves the old file or the new one, never a mix) and the
// file is made readable by its owner only. Loading only reads, so a failed load never
// changes the file.
#pragma once

#include <QString>

#include "chain/core/error.h"
#include "wallet/keystore.h"

namespace wb {

// Files larger than this are refused before reading (a real wallet is far smaller).
inline constexpr qint64 kMaxWalletFileBytes = 32 * 1024 * 1024;

// Writes `keystore` to `path` atomically, creating the folder if needed.
// Fails with WalletErrc::FileIo (message names the path and the system's reason).
[[nodiscard]] Status saveKeystore(const Keystore& keystore, const QString& path);

// Reads and checks the wallet file at `path` (see Keystore::load). Fails with
// WalletErrc::FileIo when it cannot be read or is too large, else as Keystore::load does.
[[nodiscard]] Result<Keystore> loadKeystore(const SecpContext& ctx, const QString& path, const Hash32& expectedGenesis);

// Writes a backup copy of `keystore` (secrets still sealed under the current
// passphrase) to `path`, then reads it back to check it. Refuses to overwrite the file
// the wallet was loaded from when `path` is the same as `walletPath`.
// Fails with WalletErrc::FileIo, or WalletErrc::FileCorrupt if the copy does not read back identically.
[[nodiscard]] Status exportBackup(const Keystore& keystore, const QString& walletPath, const QString& path);

}  // namespace wb
