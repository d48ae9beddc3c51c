#include "wallet/note_opener.h"

#include "wallet/wallet_errc.h"

namespace wb {

NoteOpener keystoreNoteOpener(const SecpContext& ctx, const Keystore& keystore) {
  return [&ctx, &keystore](const AccountKey& reader, const AccountKey& counterparty, ByteView wire) -> Result<Note> {
    const auto account = keystore.findAccount(reader);
    if (!account) return fail(WalletErrc::AccountNotFound, "the reader is not an account of this wallet");
    WB_TRY_ASSIGN(secret, keystore.secretKey(ctx, account->index));
    return readNote(ctx, *secret, counterparty, wire);  // the secret is wiped when it goes out of scope
  };
}

Result<Note> openOrderNote(const NoteOpener& opener, const AccountKey& reader, const AccountKey& sender,
                           const AccountKey& recipient, ByteView wire) {
  if (!wire.empty() && wire[0] == kNotePlain) return readPlainNote(wire);
  if (!opener) return fail(WalletErrc::Locked, "the note is encrypted and no key is available to read it");
  // A sealed note is opened with the sender's key by every reader; a two-party note
  // with the other end of the pair.
  const bool sealed = !wire.empty() && wire[0] == kNoteSealed;
  const AccountKey& counterparty = sealed || reader != sender ? sender : recipient;
  return opener(reader, counterparty, wire);
}

}  // namespace wb
