// The transaction builder against the real ledger: every kind built from a keystore
// restored from the BIP39 test mnemonic, each one checked as a node checks it
// (stateless rules, signature, state rules) in a block of its own on a MemoryKv
// ledger whose genesis funds the keystore's accounts.
#include <QtTest>
#include <limits>
#include <set>

#include "chain/core/core_errc.h"
#include "chain/core/hash.h"
#include "chain/core/tx_check.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "chain/state/audit.h"
#include "chain/state/ledger.h"
#include "chain/state/memory_kv.h"
#include "chain/state/state_errc.h"
#include "tests/test_util.h"
#include "wallet/dev_accounts.h"
#include "wallet/keystore.h"
#include "wallet/note_crypto.h"
#include "wallet/tx_builder.h"
#include "wallet/wallet_errc.h"

using namespace wb;

namespace {

constexpr std::string_view kPass = "wallet passphrase";
constexpr Amount kFunds = 1'000'000 * kCoin;

// Account roles in this suite.
enum : int { kMerchant = 0, kBuyer = 1, kArbiter = 2, kPayer = 3, kStaker = 4, kCount = 5 };

ChainParams builderParams() {
  ChainParams p = devParams(ConsensusKind::Pow);
  p.genesisHash = taggedHash(tag::kGenesis, asBytes("tx-builder-test"));
  p.minStakeAge = 2;
  p.unbondingBlocks = 2;
  p.disputeWindow = 5;
  return p;
}

}  // namespace

class TestTxBuilder : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    ctx_ = std::make_unique<SecpContext>();
    KeystoreParams kp;
    kp.network = {params_.hrp, params_.genesisHash};
    kp.kdf = KdfParams::minimum();
    auto created = Keystore::create(*ctx_, kp, kDevMnemonic, "", kPass);
    WB_VERIFY_OK(created);
    keystore_ = std::make_unique<Keystore>(std::move(*created));
    for (int i = 1; i < kCount; ++i) WB_VERIFY_OK(keystore_->addAccount(*ctx_, "account " + std::to_string(i)));
    builder_ = std::make_unique<TxBuilder>(*ctx_, params_, *keystore_);

    state::GenesisState genesis;
    for (int i = 0; i < kCount; ++i) genesis.allocations.push_back({key(i), kFunds, 0});
    WB_VERIFY_OK(ledger_.applyGenesis(genesis));
    producer_ = key(kArbiter);  // collects the fees and rewards
  }

  // Every kind, in an order the ledger accepts, including the seed's lifecycle
  // (create, pay, ship, confirm), a refund and a dispute settled by the arbiter.
  void everyKindPassesTheNodesChecks() {
    WB_VERIFY_OK(run(builder_->build(key(kMerchant), nonce(kMerchant), TransferPayload{key(kBuyer), 5 * kCoin, "hi"})));

    OrderRequest request;
    request.merchant = key(kMerchant);
    request.buyer = key(kBuyer);
    request.arbiter = key(kArbiter);
    request.item = "iPhone";
    request.unitPrice = 1000 * kCoin;
    request.note = "北京市朝阳区 88 号";
    auto create = builder_->orderCreate(key(kBuyer), nonce(kBuyer), request);
    WB_VERIFY_OK(run(create));
    const OrderId seedOrder = orderIdOf(computeTxid(*create));
    // The note is sealed: buyer, merchant and arbiter read it with the creator's key.
    const Bytes& note = std::get<OrderCreatePayload>(create->payload).note;
    QCOMPARE(note[0], kNoteSealed);
    for (int reader : {kBuyer, kMerchant, kArbiter}) {
      auto read = readNote(*ctx_, secret(reader), key(kBuyer), note);
      WB_VERIFY_OK(read);
      QCOMPARE(read->text, request.note);
    }
    QCOMPARE(readNote(*ctx_, secret(kPayer), key(kBuyer), note).code(), WalletErrc::NoteNotReadable);

    WB_VERIFY_OK(run(builder_->build(key(kPayer), nonce(kPayer), OrderPayPayload{seedOrder, 1000 * kCoin})));
    auto ship = builder_->orderShip(key(kMerchant), nonce(kMerchant), order(seedOrder), "SF1234567890");
    WB_VERIFY_OK(run(ship));
    const Bytes& tracking = order(seedOrder).tracking;
    for (int reader : {kBuyer, kMerchant, kArbiter}) {
      auto read = readNote(*ctx_, secret(reader), key(kMerchant), tracking);
      WB_VERIFY_OK(read);
      QCOMPARE(read->text, std::string("SF1234567890"));
    }
    const Amount merchantBefore = balance(kMerchant);
    WB_VERIFY_OK(run(builder_->build(key(kBuyer), nonce(kBuyer), OrderConfirmPayload{seedOrder})));
    QCOMPARE(order(seedOrder).status, state::OrderStatus::Completed);
    QCOMPARE(balance(kMerchant), merchantBefore + 1000 * kCoin);

    // Paid, then refunded by the merchant.
    request.item = "case";
    request.unitPrice = 3 * kCoin;
    request.quantity = 2;
    auto second = builder_->orderCreate(key(kMerchant), nonce(kMerchant), request);
    WB_VERIFY_OK(run(second));
    const OrderId refunded = orderIdOf(computeTxid(*second));
    WB_VERIFY_OK(run(builder_->build(key(kBuyer), nonce(kBuyer), OrderPayPayload{refunded, 6 * kCoin})));
    WB_VERIFY_OK(run(builder_->build(key(kMerchant), nonce(kMerchant), OrderCancelPayload{refunded, "out of stock"})));
    QCOMPARE(order(refunded).status, state::OrderStatus::Refunded);

    // Paid, disputed by the buyer, resolved by the arbiter.
    request.item = "charger";
    auto third = builder_->orderCreate(key(kBuyer), nonce(kBuyer), request);
    WB_VERIFY_OK(run(third));
    const OrderId disputed = orderIdOf(computeTxid(*third));
    WB_VERIFY_OK(run(builder_->build(key(kBuyer), nonce(kBuyer), OrderPayPayload{disputed, 6 * kCoin})));
    WB_VERIFY_OK(run(builder_->build(key(kBuyer), nonce(kBuyer), OrderDisputePayload{disputed, "never arrived"})));
    WB_VERIFY_OK(run(builder_->build(key(kArbiter), nonce(kArbiter), OrderResolvePayload{disputed, 4 * kCoin})));
    QCOMPARE(order(disputed).status, state::OrderStatus::Resolved);
    QCOMPARE(order(disputed).returnedToPayer, 4 * kCoin);

    // Staking and delegates.
    WB_VERIFY_OK(run(builder_->build(key(kStaker), nonce(kStaker), StakePayload{500 * kCoin})));
    WB_VERIFY_OK(run(builder_->build(key(kStaker), nonce(kStaker), UnstakePayload{100 * kCoin})));
    WB_VERIFY_OK(run(builder_->build(key(kStaker), nonce(kStaker), RegisterDelegatePayload{"shop_42"})));
    WB_VERIFY_OK(run(builder_->build(key(kPayer), nonce(kPayer), StakePayload{10 * kCoin})));
    WB_VERIFY_OK(run(builder_->build(key(kPayer), nonce(kPayer), VotePayload{{key(kStaker)}})));
    auto delegate = state::StateView(kv_).delegate(key(kStaker));
    WB_VERIFY_OK(delegate);
    QVERIFY(delegate->has_value());
    QCOMPARE((*delegate)->votes, 10 * kCoin);
    QCOMPARE(kindsSeen_.size(), std::size_t(12));
  }

  // fee = minimumFee(size) + extra, exactly.
  void feeIsTheMinimumPlusTheExtra() {
    auto plain = builder_->build(key(kMerchant), 7, TransferPayload{key(kBuyer), 1, "memo"});
    auto extra = builder_->build(key(kMerchant), 7, TransferPayload{key(kBuyer), 1, "memo"}, 1234);
    WB_VERIFY_OK(plain);
    WB_VERIFY_OK(extra);
    QCOMPARE(plain->fee, minimumFee(encodedTxSize(*plain), params_).value());
    QCOMPARE(extra->fee, plain->fee + 1234);
    QCOMPARE(plain->nonce, std::uint64_t(7));
    WB_VERIFY_OK(verifyTxSignature(*ctx_, params_.genesisHash, *extra));
    WB_VERIFY_FAILS(
        builder_->build(key(kMerchant), 7, TransferPayload{key(kBuyer), 1, ""}, std::numeric_limits<Amount>::max()),
        CoreErrc::AmountOverflow);
  }

  void fieldLimitsAreEnforced() {
    const auto memo = [&](std::string text) {
      return builder_->build(key(kMerchant), 0, TransferPayload{key(kBuyer), 1, std::move(text)});
    };
    WB_VERIFY_OK(memo(std::string(kMaxMemoBytes, 'm')));
    WB_VERIFY_FAILS(memo(std::string(kMaxMemoBytes + 1, 'm')), WalletErrc::FieldTooLong);
    WB_VERIFY_FAILS(memo("\xC3\x28"), CoreErrc::DecodeInvalidUtf8);
    WB_VERIFY_FAILS(builder_->build(key(kMerchant), 0, OrderCancelPayload{{}, std::string(kMaxReasonBytes + 1, 'r')}),
                    WalletErrc::FieldTooLong);
    WB_VERIFY_FAILS(builder_->build(key(kMerchant), 0, OrderShipPayload{{}, Bytes(kMaxTrackingBytes + 1, 0)}),
                    WalletErrc::FieldTooLong);
    WB_VERIFY_FAILS(builder_->build(key(kMerchant), 0, TransferPayload{key(kBuyer), 0, ""}), CoreErrc::TxAmountZero);
    WB_VERIFY_FAILS(builder_->build(key(kMerchant), 0, RegisterDelegatePayload{"No Caps"}),
                    CoreErrc::TxBadDelegateName);
    AccountKey stranger{};
    stranger.fill(7);
    WB_VERIFY_FAILS(builder_->build(stranger, 0, StakePayload{1}), WalletErrc::AccountNotFound);

    OrderRequest request;
    request.merchant = key(kMerchant);
    request.buyer = key(kBuyer);
    request.item = std::string(kMaxItemBytes, 'i');
    request.unitPrice = 1;
    // Without an arbiter the note has two readers; with one, three.
    request.note = std::string(TxBuilder::maxOrderTextBytes(false), 'n');
    auto longest = builder_->orderCreate(key(kBuyer), 0, request);
    WB_VERIFY_OK(longest);
    QCOMPARE(std::get<OrderCreatePayload>(longest->payload).note.size(), std::size_t(kMaxNoteBytes));
    WB_VERIFY_OK(decodeTx(encodeTx(*longest)));
    request.note.push_back('n');
    WB_VERIFY_FAILS(builder_->orderCreate(key(kBuyer), 0, request), WalletErrc::NoteTooLong);
    request.arbiter = key(kArbiter);
    request.note = std::string(TxBuilder::maxOrderTextBytes(true) + 1, 'n');
    WB_VERIFY_FAILS(builder_->orderCreate(key(kBuyer), 0, request), WalletErrc::NoteTooLong);
    request.note = "ok";
    request.item.push_back('i');
    WB_VERIFY_FAILS(builder_->orderCreate(key(kBuyer), 0, request), WalletErrc::FieldTooLong);
    request.item = "thing";
    WB_VERIFY_FAILS(builder_->orderCreate(key(kPayer), 0, request), CoreErrc::TxSenderNotOrderParty);
    request.windows = OrderWindows{0, 1, 1};
    WB_VERIFY_FAILS(builder_->orderCreate(key(kBuyer), 0, request), CoreErrc::TxWindowOutOfRange);

    // A plain note is stored as format 0.
    request.windows.reset();
    request.sealed = false;
    auto plain = builder_->orderCreate(key(kBuyer), 0, request);
    WB_VERIFY_OK(plain);
    QCOMPARE(std::get<OrderCreatePayload>(plain->payload).note, (Bytes{kNotePlain, 'o', 'k'}));

    state::Order paid;
    paid.merchant = key(kMerchant);
    paid.buyer = key(kBuyer);
    paid.status = state::OrderStatus::Paid;
    WB_VERIFY_FAILS(builder_->orderShip(key(kBuyer), 0, paid, "x"), WalletErrc::NotOrderParty);
    paid.status = state::OrderStatus::Created;
    WB_VERIFY_FAILS(builder_->orderShip(key(kMerchant), 0, paid, "x"), StateErrc::OrderWrongState);
    paid.status = state::OrderStatus::Paid;
    WB_VERIFY_FAILS(
        builder_->orderShip(key(kMerchant), 0, paid, std::string(TxBuilder::maxOrderTextBytes(false) + 1, 't')),
        WalletErrc::NoteTooLong);
    auto noTracking = builder_->orderShip(key(kMerchant), 0, paid, "");
    WB_VERIFY_OK(noTracking);
    QVERIFY(std::get<OrderShipPayload>(noTracking->payload).tracking.empty());
  }

  // Locked: the keystore's error, and nothing signed.
  void lockedKeystoreRefuses() {
    keystore_->lock();
    WB_VERIFY_FAILS(builder_->build(key(kMerchant), 0, TransferPayload{key(kBuyer), 1, ""}), WalletErrc::Locked);
    OrderRequest request;
    request.merchant = key(kMerchant);
    request.buyer = key(kBuyer);
    request.item = "thing";
    request.unitPrice = 1;
    request.note = "address";
    WB_VERIFY_FAILS(builder_->orderCreate(key(kBuyer), 0, request), WalletErrc::Locked);
    state::Order paid;
    paid.merchant = key(kMerchant);
    paid.buyer = key(kBuyer);
    paid.status = state::OrderStatus::Paid;
    WB_VERIFY_FAILS(builder_->orderShip(key(kMerchant), 0, paid, "SF1"), WalletErrc::Locked);
    WB_VERIFY_OK(keystore_->unlock(*ctx_, kPass));
    WB_VERIFY_OK(builder_->build(key(kMerchant), 0, TransferPayload{key(kBuyer), 1, ""}));
  }

private:
  const AccountKey& key(int i) const { return keystore_->accounts()[i].key; }
  SecureBytes secret(int i) const { return keystore_->secretKey(*ctx_, keystore_->accounts()[i].index).value(); }
  std::uint64_t nonce(int i) const { return state::StateView(kv_).account(key(i)).value().nonce; }
  Amount balance(int i) const { return state::StateView(kv_).account(key(i)).value().balance; }
  state::Order order(const OrderId& id) const { return state::StateView(kv_).order(id).value().value(); }

  // Runs a built transaction in a block of its own, checked as a node checks it.
  Status run(const Result<Tx>& built) {
    WB_TRY(built);
    const Tx& tx = *built;
    WB_TRY(checkTxStateless(tx, params_));
    WB_TRY(verifyTxSignature(*ctx_, params_.genesisHash, tx));
    WB_TRY(ledger_.beginBlock({++height_, producer_}));
    WB_TRY(ledger_.applyTx(tx, computeTxid(tx)));
    WB_TRY(ledger_.finishBlock());
    WB_TRY(state::checkSupplyInvariant(kv_));
    kindsSeen_.insert(tx.kind());
    return {};
  }

  ChainParams params_ = builderParams();
  std::unique_ptr<SecpContext> ctx_;
  std::unique_ptr<Keystore> keystore_;
  std::unique_ptr<TxBuilder> builder_;
  state::MemoryKv kv_;
  state::Ledger ledger_{params_, kv_};
  AccountKey producer_{};
  std::uint64_t height_ = 0;
  std::set<TxKind> kindsSeen_;
};

QTEST_GUILESS_MAIN(TestTxBuilder)
#include "test_tx_builder.moc"
