#include "ui/account_discovery.h"

#include <QPointer>
#include <QTimer>

#include "interfaces/node_client.h"
#include "ui/wallet_model.h"
#include "wallet/keystore.h"

namespace wb::ui {
namespace {

// The wallet may be busy with another worker (an unlock, a signature): ask again after this pause.
constexpr int kSearchRetryMs = 200;

}  // namespace

AccountDiscovery::AccountDiscovery(std::shared_ptr<const SecpContext> ctx, node::NodeClient* client,
                                   WalletModel* wallet, QObject* parent)
    : QObject(parent), ctx_(std::move(ctx)), client_(client), wallet_(wallet) {
  searchNext();
}

void AccountDiscovery::searchNext() {
  const Keystore* keystore = wallet_->keystore();
  if (keystore == nullptr) {
    QTimer::singleShot(kSearchRetryMs, this, &AccountDiscovery::searchNext);
    return;
  }
  accountsBefore_ = keystore->accounts().size();
  auto candidates = std::make_shared<Result<std::vector<AccountEntry>>>(std::vector<AccountEntry>{});
  const bool started = wallet_->readKeystore(
      [ctx = ctx_, candidates](const Keystore& keystore) { *candidates = keystore.nextAccounts(*ctx, kGapLimit); },
      [self = QPointer<AccountDiscovery>(this), candidates] {
        if (!self) return;
        if (!*candidates) {
          emit self->finished(self->added_);  // no index left: nothing more to find
          return;
        }
        self->lookUp(std::move(**candidates));
      });
  if (!started) QTimer::singleShot(kSearchRetryMs, this, &AccountDiscovery::searchNext);
}

void AccountDiscovery::lookUp(std::vector<AccountEntry> candidates) {
  const std::uint64_t round = ++round_;
  pending_ = candidates.size();
  highestUsed_ = -1;
  if (pending_ == 0) {
    emit finished(added_);
    return;
  }
  for (const AccountEntry& candidate : candidates) {
    client_->account(candidate.key, [self = QPointer<AccountDiscovery>(this), round,
                                     index = candidate.index](Result<state::Account> account) {
      // An account the node cannot read counts as unused: the search stops short, never adds a wrong one.
      if (self) self->answered(round, index, account && *account != state::Account{});
    });
  }
}

void AccountDiscovery::answered(std::uint64_t round, std::uint32_t index, bool used) {
  if (round != round_) return;
  if (used) highestUsed_ = std::max<std::int64_t>(highestUsed_, index);
  if (--pending_ != 0) return;
  if (highestUsed_ < 0) {
    emit finished(added_);
    return;
  }
  const auto last = static_cast<std::uint32_t>(highestUsed_);
  // Go on past the used one once the wallet has saved the accounts up to it.
  auto onAdded = std::make_shared<QMetaObject::Connection>();
  *onAdded = connect(wallet_, &WalletModel::accountsChanged, this, [this, onAdded] {
    disconnect(*onAdded);
    const Keystore* keystore = wallet_->keystore();
    if (keystore != nullptr) added_ += static_cast<int>(keystore->accounts().size() - accountsBefore_);
    searchNext();
  });
  if (!wallet_->addAccountsThrough(last)) {
    disconnect(*onAdded);
    QTimer::singleShot(kSearchRetryMs, this, [this, last] {
      highestUsed_ = last;
      pending_ = 1;
      answered(round_, last, true);
    });
  }
}

}  // namespace wb::ui
