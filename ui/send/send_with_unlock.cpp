#include "ui/send/send_with_unlock.h"

#include <QPointer>

#include "ui/unlock_dialog.h"
#include "ui/wallet_model.h"
#include "wallet/wallet_errc.h"

namespace wb::ui {

void sendWithUnlock(TxSender* sender, QWidget* parent, const AccountKey& from, TxSender::Recipe recipe,
                    TxSender::Done done) {
  QPointer<QWidget> host(parent);
  QPointer<TxSender> guard(sender);
  sender->send(from, recipe, [host, guard, from, recipe, done](Result<Hash32> result) {
    if (!host) return;
    if (result || result.code() != WalletErrc::Locked || !guard || !guard->wallet()) {
      done(std::move(result));
      return;
    }
    auto* dialog = new UnlockDialog(guard->wallet(), host);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::finished, host, [host, guard, from, recipe, done, result](int code) {
      if (code != QDialog::Accepted || !guard) {
        done(result);
        return;
      }
      // Once only: a wallet locked again meanwhile reports the error, no second dialog.
      guard->send(from, recipe, [host, done](Result<Hash32> again) {
        if (host) done(std::move(again));
      });
    });
    dialog->open();
  });
}

}  // namespace wb::ui
