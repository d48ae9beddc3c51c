#include "ui/producer_keys.h"

#include <QPointer>
#include <QTimer>
#include <vector>

#include "interfaces/node_client.h"
#include "ui/wallet_model.h"
#include "wallet/keystore.h"

namespace wb::ui {
namespace {

// The wallet can be busy with another worker (a note being opened) when it
// unlocks: ask again after this pause.
constexpr int kHandOverRetryMs = 100;

}  // namespace

ProducerKeyFeeder::ProducerKeyFeeder(std::shared_ptr<const SecpContext> ctx, ConsensusKind consensus,
                                     node::NodeClient* client, WalletModel* wallet, QObject* parent)
    : QObject(parent), ctx_(std::move(ctx)), consensus_(consensus), client_(client), wallet_(wallet) {
  if (consensus_ != ConsensusKind::Pow)
    connect(wallet_, &WalletModel::lockedChanged, this, &ProducerKeyFeeder::handOver);
  handOver();
}

void ProducerKeyFeeder::handOver() {
  ++serial_;
  if (consensus_ == ConsensusKind::Pow) return handPublicKey();
  if (wallet_->isBusy()) {
    QTimer::singleShot(kHandOverRetryMs, this, &ProducerKeyFeeder::handOver);
    return;
  }
  if (wallet_->isLocked()) {
    client_->setProducerKeys({}, [](Result<void>) {});
    emit keysHanded(0);
    return;
  }
  handSecrets();
}

void ProducerKeyFeeder::handPublicKey() {
  const Keystore* keystore = wallet_->keystore();
  if (keystore == nullptr) {
    QTimer::singleShot(kHandOverRetryMs, this, &ProducerKeyFeeder::handOver);
    return;
  }
  if (keystore->accounts().empty()) return;
  std::vector<node::ProducerKey> keys{{keystore->accounts().front().key, nullptr}};
  client_->setProducerKeys(std::move(keys), [](Result<void>) {});
  emit keysHanded(1);
}

void ProducerKeyFeeder::handSecrets() {
  auto keys = std::make_shared<std::vector<node::ProducerKey>>();
  const bool started = wallet_->readKeystore(
      [ctx = ctx_, keys](const Keystore& keystore) {
        for (const AccountEntry& account : keystore.accounts()) {
          auto secret = keystore.secretKey(*ctx, account.index);
          if (!secret) continue;  // locked again meanwhile: nothing to hand
          keys->push_back({account.key, std::make_shared<const SecureBytes>(std::move(*secret))});
        }
      },
      [self = QPointer<ProducerKeyFeeder>(this), serial = serial_, keys] {
        if (!self || serial != self->serial_) return;  // the wallet locked (or unlocked) again meanwhile
        const int count = static_cast<int>(keys->size());
        self->client_->setProducerKeys(std::move(*keys), [](Result<void>) {});
        emit self->keysHanded(count);
      });
  if (!started) QTimer::singleShot(kHandOverRetryMs, this, &ProducerKeyFeeder::handOver);
}

}  // namespace wb::ui
