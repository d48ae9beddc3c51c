// Opening order notes and tracking for the wallet's own accounts (DESIGN §3).
// The history does not hold secrets: it asks a NoteOpener, which the wallet backs
// with its keystore while unlocked.
#pragma once

#include <functional>

#include "chain/core/schnorr.h"
#include "chain/core/tx.h"
#include "wallet/keystore.h"
#include "wallet/note_crypto.h"

namespace wb {

// Reads `wire` for the wallet's account `reader` using `counterparty` as the other key
// (see readNote). Returns the note or why it cannot be read.
using NoteOpener = std::function<Result<Note>(const AccountKey& reader, const AccountKey& counterparty, ByteView wire)>;

// An opener backed by `keystore` (both must outlive it): it fetches the reader's
// secret key for each call and wipes it afterwards. Fails with WalletErrc::Locked while the
// keystore is locked, WalletErrc::AccountNotFound for a key that is not the wallet's, or as
// readNote.
NoteOpener keystoreNoteOpener(const SecpContext& ctx, const Keystore& keystore);

// Reads an order note or tracking written by `sender` for `reader`. `recipient` is
// the sender's counterparty, the other key of a two-party (format 1) note: the
// buyer/merchant the creator wrote to, or the buyer for tracking. Plain notes need no
// opener (`opener` may be empty). Fails like the opener or readNote.
[[nodiscard]] Result<Note> openOrderNote(const NoteOpener& opener, const AccountKey& reader, const AccountKey& sender,
                                         const AccountKey& recipient, ByteView wire);

}  // namespace wb
