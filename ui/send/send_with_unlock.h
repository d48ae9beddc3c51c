// Sends through TxSender and, when the wallet is locked, asks for the passphrase
// (UnlockDialog) and sends again once it is unlocked — the way a person expects a
// "Send" button on a locked wallet to behave. Cancelling the dialog reports the
// WalletErrc::Locked error to `done`.
#pragma once

#include <QWidget>

#include "ui/tx_sender.h"

namespace wb::ui {

// Like TxSender::send; `parent` hosts the unlock dialog and must outlive the send
// (when it goes away first, `done` is never called).
void sendWithUnlock(TxSender* sender, QWidget* parent, const AccountKey& from, TxSender::Recipe recipe,
                    TxSender::Done done);

}  // namespace wb::ui
