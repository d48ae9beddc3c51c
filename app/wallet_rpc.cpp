#include "app/wallet_rpc.h"

#include <QDateTime>
#include <QJsonArray>

#include "chain/core/bech32m.h"
#include "chain/node/rpc_json.h"
#include "chain/rpc/rpc_reply.h"
#include "wallet/keystore_file.h"
#include "wallet/passphrase_text.h"

namespace wb::app {
namespace {

using rpc::RpcParams;
using Prepare =
    std::function<Result<std::function<Result<Tx>(const AccountKey&, std::uint64_t)>>(RpcParams&, const AccountKey&)>;

constexpr std::int64_t kMaxWaitSeconds = 3600;
// A day at most: a back-end that needs longer unlocks again (a forgotten unlock must not last weeks).
constexpr std::int64_t kMaxUnlockSeconds = 86'400;
constexpr int kWaitPollMs = 200;

Result<std::uint32_t> optionalWindow(RpcParams& params, std::string_view name, std::uint32_t fallback) {
  WB_TRY_ASSIGN(value, params.optionalInteger(name, 1, UINT32_MAX));
  return value->has_value() ? static_cast<std::uint32_t>(**value) : fallback;
}

}  // namespace

WalletRpc::WalletRpc(node::Node& node, const SecpContext& ctx, Keystore keystore, QString walletPath)
    : QObject(&node), node_(node), ctx_(ctx), keystore_(std::move(keystore)), walletPath_(std::move(walletPath)) {
  // One job at a time: each Argon2id takes 256 MiB, and jobs see each other's changes.
  keyWorker_.setMaxThreadCount(1);
  builder_ = std::make_unique<TxBuilder>(ctx_, node_.params(), keystore_);
  lockTimer_.setSingleShot(true);
  connect(&lockTimer_, &QTimer::timeout, this, [this] { keystore_.lock(); });
  waitTimer_.setInterval(kWaitPollMs);
  connect(&waitTimer_, &QTimer::timeout, this, &WalletRpc::onTip);
  connect(&node_, &node::Node::tipChanged, this, &WalletRpc::onTip);
}

WalletRpc::~WalletRpc() { keystore_.lock(); }

Result<state::Order> WalletRpc::loadOrder(const OrderId& id) const {
  std::optional<state::Order> out;
  WB_TRY(node_.chain().readState([&](const state::StateView& view) -> Status {
    WB_TRY_ASSIGN(order, view.order(id));
    out = *order;
    return {};
  }));
  if (!out) return fail(Errc::StateOrderNotFound, "order " + toHex(id) + " not found");
  return *out;
}

void WalletRpc::signAndSubmit(RpcParams& params, rpc::RpcReply reply, const Prepare& prepare,
                              const std::function<void(QJsonObject&, const Tx&, const Hash32&)>& extra) {
  const std::string& hrp = node_.params().hrp;
  auto outcome = [&]() -> Result<std::pair<QJsonObject, std::int64_t>> {
    auto from = params.requiredAddress("from", hrp);
    WB_TRY(from);
    auto wait = params.optionalInteger("wait", 0, kMaxWaitSeconds);
    WB_TRY(wait);
    auto build = prepare(params, *from);
    WB_TRY(build);
    WB_TRY(params.finish());
    if (!keystore_.findAccount(*from)) {
      return fail(Errc::WalletAccountNotFound, "'from' is not an account of this wallet");
    }
    if (keystore_.isLocked()) return fail(Errc::WalletLocked, "the wallet is locked: call wallet_unlock first");
    auto nonce = node_.mempool().nextNonce(*from);
    WB_TRY(nonce);
    auto tx = (*build)(*from, *nonce);
    WB_TRY(tx);
    // In the journal before the txid goes out (SignedTxKeeper): written now,
    // on disk before the answer (one fdatasync for every call that came
    // meanwhile, JournalGroupSync).
    auto txid = keeper_ != nullptr ? keeper_->submit(*tx, SignedTxJournal::Durability::Written) : node_.submitTx(*tx);
    WB_TRY(txid);
    QJsonObject answer{{"txid", node::hexString(*txid)}};
    if (extra) extra(answer, *tx, *txid);
    return std::make_pair(answer, wait->value_or(0));
  }();
  if (!outcome) return reply.reject(outcome.error());
  auto [answer, wait] = *outcome;
  if (journalSync_ == nullptr) return answerSubmitted(std::move(reply), answer, wait);
  journalSync_->afterSync([this, reply, answer = answer, wait = wait](Status synced) mutable {
    if (!synced) return reply.reject(synced.error());
    answerSubmitted(std::move(reply), answer, wait);
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
    auto status = node_.txStatus(it->txid);
    const bool confirmed = status && *status && (*status)->location;
    if (confirmed || now >= it->deadlineMs) {
      QJsonObject answer = it->answer;
      answer["status"] = confirmed ? "confirmed" : "pending";
      if (confirmed) answer["height"] = static_cast<qint64>((*status)->location->height);
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
  auto copy = Keystore::load(ctx_, keystore_.serialize(), node_.params().genesisHash);
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
  const std::string hrp = node_.params().hrp;
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
                                std::function<void(QJsonObject&, const Tx&, const Hash32&)> extra) {
  if (!status) return;
  status = dispatcher.registerMethod(
      QString::fromLatin1(name),
      [this, prepare = std::move(prepare), extra = std::move(extra)](const QJsonObject& object, rpc::RpcReply reply) {
        RpcParams params(object);
        signAndSubmit(params, std::move(reply), prepare, extra);
      });
}

Status WalletRpc::registerMethods(rpc::RpcDispatcher& dispatcher) {
  auto keeper = SignedTxKeeper::attach(node_, walletPath_);  // what the node lost (a crash) goes back to it now
  WB_TRY(keeper);
  keeper_ = *keeper;
  journalSync_ = new JournalGroupSync(keeper_->journal().path(), this);
  const std::string hrp = node_.params().hrp;
  const ChainParams& chainParams = node_.params();
  Status status;
  auto simple = [this](TxPayload payload) {
    return [this, payload = std::move(payload)](const AccountKey& from, std::uint64_t nonce) {
      return builder_->build(from, nonce, payload);
    };
  };

  // ---- accounts and locking ----
  status =
      dispatcher.registerSyncMethod("wallet_accounts", [this, hrp](const QJsonObject& object) -> Result<QJsonValue> {
        RpcParams params(object);
        WB_TRY(params.finish());
        QJsonArray list;
        WB_TRY(node_.chain().readState([&](const state::StateView& view) -> Status {
          for (const AccountEntry& a : keystore_.accounts()) {
            WB_TRY_ASSIGN(account, view.account(a.key));
            list.append(QJsonObject{{"index", static_cast<qint64>(a.index)},
                                    {"address", node::addressString(hrp, a.key)},
                                    {"label", QString::fromStdString(a.label)},
                                    {"balance", node::amountString(account->balance)},
                                    {"stake", node::amountString(account->matureStake)}});
          }
          return {};
        }));
        return QJsonValue(QJsonObject{{"accounts", list}, {"locked", keystore_.isLocked()}});
      });
  if (!status) return status;
  WB_TRY(registerKeyMethods(dispatcher));

  // ---- signing methods ----
  registerSigning(
      dispatcher, "wallet_send",
      [hrp, simple](RpcParams& p, const AccountKey&) -> Result<Build> {
        auto to = p.requiredAddress("to", hrp);
        WB_TRY(to);
        auto amount = p.requiredAmount("amount");
        WB_TRY(amount);
        auto memo = p.optionalString("memo", kMaxMemoBytes);
        WB_TRY(memo);
        return Build(simple(TransferPayload{*to, *amount, memo->value_or(QString()).toStdString()}));
      },
      status);

  registerSigning(
      dispatcher, "order_create",
      [this, hrp, &chainParams](RpcParams& p, const AccountKey&) -> Result<Build> {
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
        return Build([this, request](const AccountKey& from, std::uint64_t nonce) {
          return builder_->orderCreate(from, nonce, request);
        });
      },
      status, [](QJsonObject& answer, const Tx&, const Hash32& txid) { answer["id"] = node::hexString(txid); });

  registerSigning(
      dispatcher, "order_pay",
      [this, simple](RpcParams& p, const AccountKey&) -> Result<Build> {
        auto id = p.requiredHash("id");
        WB_TRY(id);
        auto order = loadOrder(*id);
        WB_TRY(order);
        // The payer signs exactly what it pays: the order's total.
        return Build(simple(OrderPayPayload{*id, order->total()}));
      },
      status);

  registerSigning(
      dispatcher, "order_ship",
      [this](RpcParams& p, const AccountKey& from) -> Result<Build> {
        auto id = p.requiredHash("id");
        WB_TRY(id);
        auto tracking = p.optionalString("tracking", kMaxTrackingBytes);
        WB_TRY(tracking);
        auto order = loadOrder(*id);
        WB_TRY(order);
        if (order->merchant != from) return fail(Errc::StateWrongParty, "only the order's merchant ships it");
        if (order->status != state::OrderStatus::Paid) {
          return fail(Errc::StateOrderWrongState, std::string("an order is shipped when PAID, this one is ") +
                                                      std::string(state::orderStatusName(order->status)));
        }
        return Build([this, order = *order, text = tracking->value_or(QString()).toStdString()](
                         const AccountKey& sender, std::uint64_t nonce) {
          return builder_->orderShip(sender, nonce, order, text);
        });
      },
      status);

  auto orderAction = [this, simple](auto makePayload) {
    return [this, simple, makePayload](RpcParams& p, const AccountKey&) -> Result<Build> {
      auto id = p.requiredHash("id");
      WB_TRY(id);
      auto payload = makePayload(p, *id);
      WB_TRY(payload);
      WB_TRY(loadOrder(*id));  // unknown orders are "not found", not a rule violation
      return Build(simple(std::move(*payload)));
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
      [simple](RpcParams& p, const AccountKey&) -> Result<Build> {
        auto amount = p.requiredAmount("amount");
        WB_TRY(amount);
        return Build(simple(StakePayload{*amount}));
      },
      status);
  registerSigning(
      dispatcher, "unstake",
      [simple](RpcParams& p, const AccountKey&) -> Result<Build> {
        auto amount = p.requiredAmount("amount");
        WB_TRY(amount);
        return Build(simple(UnstakePayload{*amount}));
      },
      status);
  registerSigning(
      dispatcher, "delegate_register",
      [simple](RpcParams& p, const AccountKey&) -> Result<Build> {
        auto name = p.requiredString("name", kMaxDelegateNameBytes);
        WB_TRY(name);
        return Build(simple(RegisterDelegatePayload{name->toStdString()}));
      },
      status);
  registerSigning(
      dispatcher, "vote",
      [hrp, simple, &chainParams](RpcParams& p, const AccountKey&) -> Result<Build> {
        auto list = p.requiredStringList("delegates", std::max<std::uint32_t>(1, chainParams.maxVotes), 200);
        WB_TRY(list);
        VotePayload vote;
        for (const QString& text : *list) {
          auto key = decodeAddress(hrp, text.toStdString());
          if (!key) return rpc::invalidParam("delegates", "holds '" + text.toStdString() + "': " + key.error().message);
          vote.delegates.push_back(*key);
        }
        return Build(simple(std::move(vote)));
      },
      status);
  return status;
}

}  // namespace wb::app
