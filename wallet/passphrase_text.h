// Wallet passphrases as the wallet takes them, through every door (the GUI's
// fields, JSON-RPC wallet_unlock, --passphrase-file): Unicode NFKD in UTF-8, in
// secure memory, so one passphrase typed with different input methods or keyboards
// (a precomposed "é" or "e" + combining accent) opens the same wallet everywhere.
#pragma once

#include <string_view>

#include "chain/core/secure_bytes.h"

namespace wb {

// The NFKD form of the UTF-8 text `utf8`, in secure memory. Invalid UTF-8 is
// taken as it is decoded by Qt (replacement characters), so it still opens only
// the wallet it was set on through the same door.
SecureBytes normalisePassphrase(std::string_view utf8);

}  // namespace wb
