#include "app/wallet_rpc.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>

#include "chain/core/bech32m.h"
#include "chain/node/rpc_json.h"
#include "chain/rpc/rpc_errc.h"
#include "chain/rpc/rpc_reply.h"
#include "chain/state/state_errc.h"
#include "wallet/keystore_file.h"
#include "wallet/passphrase_text.h"
#include "wallet/wallet_errc.h"

namespace wb::app {
namespace {

using rpc::RpcParams;

constexpr std::int64_t kMaxWaitSeconds = 3600;
// A day at most: a back-end that needs longer unlocks again (a forgotten unlock must not last weeks).
constexpr std::int64_t kMaxUnlockSeconds = 86'400;
constexpr int kWaitPollMs = 200;

Result<std::uint32_t> optionalWindow(RpcParams& params, std::string_view name, std::uint32_t fallback) {
  WB_TRY_ASSIGN(value, params.optionalInteger(name, 1, UINT32_MAX));
  return value->has_value() ? static_cast<std::uint32_t>(**value) : fallback;
}

}  // namespace

WalletRpc::WalletRpc(WalletLedger& ledger, const SecpContext& ctx, Keystore keystore, QString walletPath)
    : QObject(&ledger), ledger_(ledger), ctx_(ctx), keystore_(std::move(keystore)), walletPath_(std::move(walletPath)) {
  // One job at a time: each Argon2id takes 256 MiB, and jobs see each other's changes.
  keyWorker_.setMaxThreadCount(1);
  builder_ = std::make_unique<TxBuilder>(ctx_, ledger_.params(), keystore_);
  lockTimer_.setSingleShot(true);
  connect(&lockTimer_, &QTimer::timeout, this, [this] { keystore_.lock(); });
  waitTimer_.setInterval(kWaitPollMs);
  connect(&waitTimer_, &QTimer::timeout, this, &WalletRpc::onTip);
  connect(&ledger_, &WalletLedger::tipChanged, this, &WalletRpc::onTip);
}

WalletRpc::~WalletRpc() { keystore_.lock(); }

void WalletRpc::signAndSubmit(RpcParams& params, rpc::RpcReply reply, const Prepare& prepare, const Extra& extra) {
  const std::string& hrp = ledger_.params().hrp;
  auto call = [&]() -> Result<Call> {
    WB_TRY_ASSIGN(from, params.requiredAddress("from", hrp));
    WB_TRY_ASSIGN(wait, params.optionalInteger("wait", 0, kMaxWaitSeconds));
    WB_TRY_ASSIGN(signing, prepare(params, *from));
    WB_TRY(params.finish());
    return Call{*from, wait->value_or(0), std::move(*signing)};
  }();
  if (!call) return reply.reject(call.error());
  if (!call->signing.order) return submitCall(*call, std::nullopt, std::move(reply), extra);
  // Unknown orders are "not found", not a rule violation; a light node proves the order first.
  ledger_.order(*call->signing.order,
                [self = QPointer<WalletRpc>(this), call = *call, reply, extra](Result<state::Order> order) mutable {
                  if (!self) return reply.reject(fail(RpcErrc::Internal, "the wallet closed"));
                  if (!order) return reply.reject(order.error());
                  self->submitCall(call, *order, std::move(reply), extra);
                });
}

void WalletRpc::submitCall(const Call& call, std::optional<state::Order> order, rpc::RpcReply reply,
                           const Extra& extra) {
  if (!keystore_.findAccount(call.from)) {
    return reply.reject(fail(WalletErrc::AccountNotFound, "'from' is not an account of this wallet"));
  }
  if (keystore_.isLocked())
    return reply.reject(fail(WalletErrc::Locked, "the wallet is locked: call wallet_unlock first"));
  auto build = [self = QPointer<WalletRpc>(this), from = call.from, make = call.signing.build,
                order = std::move(order)](std::uint64_t nonce) -> Result<Tx> {
    if (!self) return fail(RpcErrc::Internal, "the wallet closed");
    return make(from, nonce, order ? &*order : nullptr);
  };
  ledger_.submit(call.from, std::move(build),
                 [self = QPointer<WalletRpc>(this), reply, extra, wait = call.wait](Result<Hash32> txid) mutable {
                   if (!txid) return reply.reject(txid.error());
                   if (!self) return reply.reject(fail(RpcErrc::Internal, "the wallet closed"));
                   QJsonObject answer{{"txid", node::hexString(*txid)}};
                   if (extra) extra(answer, *txid);
                   self->answerSubmitted(std::move(reply), answer, wait);
                 });
}

void WalletRpc::answerSubmitted(rpc::RpcReply reply, const QJsonObject& answer, std::int64_t wait) {
  if (wait == 0) return reply.resolve(answer);
  Hash32 txid{};
  auto id = fromHex(answer["txid"].toString().toStdString());
  std::copy(id->begin(), id->end(), txid.begin());
  Waiter waiter{txid, answer, reply, QDateTime::currentMSecsSinceEpoch() + wait * 1000};
  waiters_.push_back(std::move(waiter));
  if (!waitTimer_.isActive()) waitTimer_.start();
  onTip();  // already confirmed (a dev node that produces at once)?
}

void WalletRpc::onTip() {
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  for (auto it = waiters_.begin(); it != waiters_.end();) {
    const std::optional<std::uint64_t> height = ledger_.minedHeight(it->txid);
    if (height || now >= it->deadlineMs) {
      QJsonObject answer = it->answer;
      answer["status"] = height ? "confirmed" : "pending";
      if (height) answer["height"] = static_cast<qint64>(*height);
      it->reply.resolve(answer);
      it = waiters_.erase(it);
    } else {
      ++it;
    }
  }
  if (waiters_.empty()) waitTimer_.stop();
}

void WalletRpc::queueKeyWork(rpc::RpcReply reply, KeyWork work, KeyAdopt adopt) {
  keyJobs_.push_back(KeyJob{std::move(reply), std::move(work), std::move(adopt)});
  startKeyWork();
}

void WalletRpc::startKeyWork() {
  if (keyJobRunning_ || keyJobs_.empty()) return;
  KeyJob job = std::move(keyJobs_.front());
  keyJobs_.pop_front();
  // The copy is made here, on the node's thread, after every earlier job was adopted.
  auto copy = Keystore::load(ctx_, keystore_.serialize(), ledger_.params().genesisHash);
  if (!copy) {
    job.reply.reject(copy.error());
    return startKeyWork();
  }
  keyJobRunning_ = true;
  auto shared = std::make_shared<Keystore>(std::move(*copy));
  keyWorker_.start([this, shared, job = std::move(job)]() mutable {
    auto worked = std::make_shared<Result<QJsonValue>>(job.work(*shared));
    // `this` outlives the job: its destructor waits for the worker. A queued call to a
    // destroyed object is dropped (the reply then answers with an internal error).
    QMetaObject::invokeMethod(
        this,
        [this, shared, worked, job = std::move(job)] {
          keyJobRunning_ = false;
          job.reply.complete(job.adopt(*shared, std::move(*worked)));
          startKeyWork();
        },
        Qt::QueuedConnection);
  });
}

Status WalletRpc::registerKeyMethods(rpc::RpcDispatcher& dispatcher) {
  const std::string hrp = ledger_.params().hrp;
  WB_TRY(dispatcher.registerMethod("wallet_new_account", [this, hrp](const QJsonObject& object, rpc::RpcReply reply) {
    RpcParams params(object);
    auto label = params.optionalString("label", 64);
    if (!label) return reply.reject(label.error());
    if (const Status done = params.finish(); !done) return reply.reject(done.error());
    const std::string text = label->value_or(QString()).toStdString();
    queueKeyWork(
        std::move(reply),
        [this, text, hrp](Keystore& copy) -> Result<QJsonValue> {
          auto added = copy.addAccount(ctx_, text);
          WB_TRY(added);
          if (const Status saved = saveKeystore(copy, walletPath_); !saved) return saved.error();
          return QJsonValue(QJsonObject{{"index", static_cast<qint64>(added->index)},
                                        {"address", node::addressString(hrp, added->key)}});
        },
        [this](Keystore& copy, Result<QJsonValue> worked) -> Result<QJsonValue> {
          WB_TRY(worked);
          // The copy is the file as saved; the keystore keeps its unlocked secrets, if any.
          if (keystore_.isLocked()) {
            keystore_ = std::move(copy);
            return worked;
          }
          // Unlocked: the same account again from the public account key (microseconds,
          // no Argon2id), so the secrets stay.
          auto again = keystore_.addAccount(ctx_, copy.accounts().back().label);
          WB_TRY(again);
          return worked;
        });
  }));
  WB_TRY(dispatcher.registerMethod("wallet_unlock", [this](const QJsonObject& object, rpc::RpcReply reply) {
    RpcParams params(object);
    auto passphrase = params.requiredSecret("passphrase");
    if (!passphrase) return reply.reject(passphrase.error());
    auto seconds = params.requiredInteger("seconds", 1, kMaxUnlockSeconds);
    if (!seconds) return reply.reject(seconds.error());
    if (const Status done = params.finish(); !done) return reply.reject(done.error());
    auto secret = std::make_shared<SecureBytes>(std::move(*passphrase));
    const std::uint64_t locksBefore = explicitLocks_;
    queueKeyWork(
        std::move(reply),
        [this, secret](Keystore& copy) -> Result<QJsonValue> {
          // The same bytes the GUI makes of the same passphrase (NFKD).
          WB_TRY(copy.unlock(ctx_, normalisePassphrase(secret->asString()).asString()));
          return QJsonValue();
        },
        [this, seconds = *seconds, locksBefore](Keystore& copy, Result<QJsonValue> worked) -> Result<QJsonValue> {
          WB_TRY(worked);
          // A wallet_lock asked after this unlock wins: the wallet stays locked.
          if (explicitLocks_ != locksBefore) return QJsonValue(QJsonObject{{"locked", true}});
          keystore_ = std::move(copy);
          lockTimer_.start(static_cast<int>(seconds * 1000));
          return QJsonValue(QJsonObject{{"locked", false}, {"seconds", static_cast<qint64>(seconds)}});
        });
  }));
  return dispatcher.registerSyncMethod("wallet_lock", [this](const QJsonObject& object) -> Result<QJsonValue> {
    RpcParams params(object);
    WB_TRY(params.finish());
    ++explicitLocks_;
    keystore_.lock();
    lockTimer_.stop();
    return QJsonValue(QJsonObject{{"locked", true}});
  });
}

void WalletRpc::registerSigning(rpc::RpcDispatcher& dispatcher, const char* name, Prepare prepare, Status& status,
                                Extra extra) {
  if (!status) return;
  status = dispatcher.registerMethod(
      QString::fromLatin1(name),
      [this, prepare = std::move(prepare), extra = std::move(extra)](const QJsonObject& object, rpc::RpcReply reply) {
        RpcParams params(object);
        signAndSubmit(params, std::move(reply), prepare, extra);
      });
}

Status WalletRpc::registerMethods(rpc::RpcDispatcher& dispatcher) {
  const std::string hrp = ledger_.params().hrp;
  const ChainParams& chainParams = ledger_.params();
  Status status;
  // A transaction that carries `payload` as it is (acting on `order`, read first, if given).
  auto simple = [this](TxPayload payload, std::optional<OrderId> order = std::nullopt) {
    return Signing{
        order, [this, payload = std::move(payload)](const AccountKey& from, std::uint64_t nonce, const state::Order*) {
          return builder_->build(from, nonce, payload);
        }};
  };

  // ---- accounts and locking ----
  status = dispatcher.registerMethod("wallet_accounts", [this, hrp](const QJsonObject& object, rpc::RpcReply reply) {
    RpcParams params(object);
    if (const Status done = params.finish(); !done) return reply.reject(done.error());
    std::vector<AccountKey> keys;
    for (const AccountEntry& a : keystore_.accounts()) keys.push_back(a.key);
    ledger_.accounts(keys, [self = QPointer<WalletRpc>(this), reply, hrp](Result<WalletLedger::Accounts> read) {
      if (!read) return reply.reject(read.error());
      if (!self) return reply.reject(fail(RpcErrc::Internal, "the wallet closed"));
      const std::vector<AccountEntry>& entries = self->keystore_.accounts();
      QJsonArray list;
      // Accounts added while the ledger read (wallet_new_account) show next time.
      for (std::size_t i = 0; i < std::min(entries.size(), read->accounts.size()); ++i) {
        const AccountEntry& a = entries[i];
        const state::Account& account = read->accounts[i];
        QJsonObject entry{{"index", static_cast<qint64>(a.index)},
                          {"address", node::addressString(hrp, a.key)},
                          {"label", QString::fromStdString(a.label)},
                          {"balance", node::amountString(account.balance)},
                          {"stake", node::amountString(account.matureStake)}};
        if (read->provenAt) {
          entry["proven"] = true;
          entry["proof_height"] = static_cast<qint64>(*read->provenAt);
        }
        list.append(entry);
      }
      reply.resolve(QJsonObject{{"accounts", list}, {"locked", self->keystore_.isLocked()}});
    });
  });
  if (!status) return status;
  WB_TRY(registerKeyMethods(dispatcher));

  // ---- signing methods ----
  registerSigning(
      dispatcher, "wallet_send",
      [hrp, simple](RpcParams& p, const AccountKey&) -> Result<Signing> {
        auto to = p.requiredAddress("to", hrp);
        WB_TRY(to);
        auto amount = p.requiredAmount("amount");
        WB_TRY(amount);
        auto memo = p.optionalString("memo", kMaxMemoBytes);
        WB_TRY(memo);
        return simple(TransferPayload{*to, *amount, memo->value_or(QString()).toStdString()});
      },
      status);

  registerSigning(
      dispatcher, "order_create",
      [this, hrp, &chainParams](RpcParams& p, const AccountKey&) -> Result<Signing> {
        OrderRequest request;
        auto merchant = p.requiredAddress("merchant", hrp);
        WB_TRY(merchant);
        auto buyer = p.requiredAddress("buyer", hrp);
        WB_TRY(buyer);
        auto item = p.requiredString("item", kMaxItemBytes);
        WB_TRY(item);
        auto quantity = p.requiredInteger("quantity", 1, UINT32_MAX);
        WB_TRY(quantity);
        auto price = p.requiredAmount("unit_price");
        WB_TRY(price);
        auto arbiter = p.optionalAddress("arbiter", hrp);
        WB_TRY(arbiter);
        OrderWindows windows = chainParams.defaultWindows;
        auto pay = optionalWindow(p, "pay_window", windows.pay);
        WB_TRY(pay);
        auto ship = optionalWindow(p, "ship_window", windows.ship);
        WB_TRY(ship);
        auto confirm = optionalWindow(p, "confirm_window", windows.confirm);
        WB_TRY(confirm);
        auto note = p.optionalString("note", kMaxNoteBytes);
        WB_TRY(note);
        request.merchant = *merchant;
        request.buyer = *buyer;
        request.arbiter = arbiter->value_or(AccountKey{});
        request.item = item->toStdString();
        request.quantity = static_cast<std::uint32_t>(*quantity);
        request.unitPrice = *price;
        request.windows = OrderWindows{*pay, *ship, *confirm};
        request.note = note->value_or(QString()).toStdString();
        return Signing{std::nullopt, [this, request](const AccountKey& from, std::uint64_t nonce, const state::Order*) {
                         return builder_->orderCreate(from, nonce, request);
                       }};
      },
      status, [](QJsonObject& answer, const Hash32& txid) { answer["id"] = node::hexString(txid); });

  registerSigning(
      dispatcher, "order_pay",
      [this](RpcParams& p, const AccountKey&) -> Result<Signing> {
        WB_TRY_ASSIGN(id, p.requiredOrderId("id"));
        // The payer signs exactly what it pays: the order's total.
        return Signing{*id, [this, id = *id](const AccountKey& from, std::uint64_t nonce, const state::Order* order) {
                         return builder_->build(from, nonce, OrderPayPayload{id, order->total()});
                       }};
      },
      status);

  registerSigning(
      dispatcher, "order_ship",
      [this](RpcParams& p, const AccountKey&) -> Result<Signing> {
        auto id = p.requiredOrderId("id");
        WB_TRY(id);
        auto tracking = p.optionalString("tracking", kMaxTrackingBytes);
        WB_TRY(tracking);
        return Signing{*id,
                       [this, text = tracking->value_or(QString()).toStdString()](
                           const AccountKey& sender, std::uint64_t nonce, const state::Order* order) -> Result<Tx> {
                         if (order->merchant != sender) {
                           return fail(StateErrc::WrongParty, "only the order's merchant ships it");
                         }
                         if (order->status != state::OrderStatus::Paid) {
                           return fail(StateErrc::OrderWrongState,
                                       std::string("an order is shipped when PAID, this one is ") +
                                           std::string(state::orderStatusName(order->status)));
                         }
                         return builder_->orderShip(sender, nonce, *order, text);
                       }};
      },
      status);

  auto orderAction = [simple](auto makePayload) {
    return [simple, makePayload](RpcParams& p, const AccountKey&) -> Result<Signing> {
      auto id = p.requiredOrderId("id");
      WB_TRY(id);
      auto payload = makePayload(p, *id);
      WB_TRY(payload);
      return simple(std::move(*payload), *id);  // the order is read first: unknown ones are "not found"
    };
  };
  registerSigning(dispatcher, "order_confirm", orderAction([](RpcParams&, const OrderId& id) -> Result<TxPayload> {
                    return TxPayload(OrderConfirmPayload{id});
                  }),
                  status);
  registerSigning(dispatcher, "order_cancel", orderAction([](RpcParams& p, const OrderId& id) -> Result<TxPayload> {
                    auto reason = p.optionalString("reason", kMaxReasonBytes);
                    WB_TRY(reason);
                    return TxPayload(OrderCancelPayload{id, reason->value_or(QString()).toStdString()});
                  }),
                  status);
  registerSigning(dispatcher, "order_dispute", orderAction([](RpcParams& p, const OrderId& id) -> Result<TxPayload> {
                    auto reason = p.optionalString("reason", kMaxReasonBytes);
                    WB_TRY(reason);
                    return TxPayload(OrderDisputePayload{id, reason->value_or(QString()).toStdString()});
                  }),
                  status);
  registerSigning(dispatcher, "order_resolve", orderAction([](RpcParams& p, const OrderId& id) -> Result<TxPayload> {
                    auto toPayer = p.requiredAmount("to_payer", true);
                    WB_TRY(toPayer);
                    return TxPayload(OrderResolvePayload{id, *toPayer});
                  }),
                  status);

  registerSigning(
      dispatcher, "stake",
      [simple](RpcParams& p, const AccountKey&) -> Result<Signing> {
        auto amount = p.requiredAmount("amount");
        WB_TRY(amount);
        return simple(StakePayload{*amount});
      },
      status);
  registerSigning(
      dispatcher, "unstake",
      [simple](RpcParams& p, const AccountKey&) -> Result<Signing> {
        auto amount = p.requiredAmount("amount");
        WB_TRY(amount);
        return simple(UnstakePayload{*amount});
      },
      status);
  registerSigning(
      dispatcher, "delegate_register",
      [simple](RpcParams& p, const AccountKey&) -> Result<Signing> {
        auto name = p.requiredString("name", kMaxDelegateNameBytes);
        WB_TRY(name);
        return simple(RegisterDelegatePayload{name->toStdString()});
      },
      status);
  registerSigning(
      dispatcher, "vote",
      [hrp, simple, &chainParams](RpcParams& p, const AccountKey&) -> Result<Signing> {
        auto list = p.requiredStringList("delegates", std::max<std::uint32_t>(1, chainParams.maxVotes), 200);
        WB_TRY(list);
        VotePayload vote;
        for (const QString& text : *list) {
          auto key = decodeAddress(hrp, text.toStdString());
          if (!key) return rpc::invalidParam("delegates", "holds '" + text.toStdString() + "': " + key.error().message);
          vote.delegates.push_back(*key);
        }
        return simple(std::move(vote));
      },
      status);
  return status;
}

}  // namespace wb::app
