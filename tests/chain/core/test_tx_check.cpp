#include <QtTest>
#include <functional>
#include <limits>
#include <memory>

#include "chain/core/core_errc.h"
#include "chain/core/params.h"
#include "chain/core/tx.h"
#include "chain/core/tx_check.h"
#include "chain/core/tx_codec.h"
#include "tests/chain/core/tx_samples.h"

using namespace wb;
using wb::test::filled;
using wb::test::payloadOf;

namespace {

// One named change to a transaction and the error it must cause (ErrorCode{} = accepted).
struct Case {
  const char* name;
  std::size_t sampleIndex;  // which sample tx (kind − 1) to start from
  std::function<void(Tx&, ChainParams&)> change;
  ErrorCode expected;
};

}  // namespace

class TestTxCheck : public QObject {
  Q_OBJECT

  SecpContext ctx_;
  std::unique_ptr<test::SampleParties> parties_;

  std::vector<Tx> samples() const {
    return test::sampleTxs(parties_->buyer.key, parties_->merchant.key, parties_->arbiter.key);
  }

private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    parties_ = std::make_unique<test::SampleParties>(ctx_);
  }

  void samplesPassTheStatelessRules() {
    const ChainParams params = devParams(ConsensusKind::Pow);
    for (const Tx& tx : samples()) {
      const Status s = checkTxStateless(tx, params);
      QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
    }
  }

  void statelessRulesRejectOneByOne() {
    using OC = OrderCreatePayload;
    const auto maxU64 = std::numeric_limits<std::uint64_t>::max();
    const AccountKey stranger = parties_->stranger.key, merchant = parties_->merchant.key, buyer = parties_->buyer.key;
    const std::vector<Case> cases{
        {"transfer amount 0", 0, [](Tx& t, ChainParams&) { payloadOf<TransferPayload>(t).amount = 0; },
         CoreErrc::TxAmountZero},
        {"pay amount 0", 2, [](Tx& t, ChainParams&) { payloadOf<OrderPayPayload>(t).amount = 0; },
         CoreErrc::TxAmountZero},
        {"stake 0", 8, [](Tx& t, ChainParams&) { payloadOf<StakePayload>(t).amount = 0; }, CoreErrc::TxAmountZero},
        {"unstake 0", 9, [](Tx& t, ChainParams&) { payloadOf<UnstakePayload>(t).amount = 0; }, CoreErrc::TxAmountZero},
        {"quantity 0", 1, [](Tx& t, ChainParams&) { payloadOf<OC>(t).quantity = 0; }, CoreErrc::TxQuantityZero},
        {"unit price 0", 1, [](Tx& t, ChainParams&) { payloadOf<OC>(t).unitPrice = 0; }, CoreErrc::TxUnitPriceZero},
        {"total overflows", 1,
         [&](Tx& t, ChainParams&) {
           payloadOf<OC>(t).unitPrice = maxU64 / 2 + 1;
           payloadOf<OC>(t).quantity = 2;
         },
         CoreErrc::TxOrderTotalOverflow},
        {"total just fits", 1,
         [&](Tx& t, ChainParams&) {
           payloadOf<OC>(t).unitPrice = maxU64 / 3;
           payloadOf<OC>(t).quantity = 3;
         },
         ErrorCode{}},
        {"empty item", 1, [](Tx& t, ChainParams&) { payloadOf<OC>(t).item.clear(); }, CoreErrc::TxItemEmpty},
        {"no merchant", 1, [](Tx& t, ChainParams&) { payloadOf<OC>(t).merchant = AccountKey{}; },
         CoreErrc::TxMissingParty},
        {"no buyer", 1,
         [&](Tx& t, ChainParams&) {
           payloadOf<OC>(t).buyer = AccountKey{};
           t.sender = merchant;
         },
         CoreErrc::TxMissingParty},
        {"merchant is buyer", 1, [&](Tx& t, ChainParams&) { payloadOf<OC>(t).merchant = buyer; },
         CoreErrc::TxMerchantIsBuyer},
        {"arbiter is merchant", 1, [&](Tx& t, ChainParams&) { payloadOf<OC>(t).arbiter = merchant; },
         CoreErrc::TxArbiterIsParty},
        {"arbiter is buyer", 1, [&](Tx& t, ChainParams&) { payloadOf<OC>(t).arbiter = buyer; },
         CoreErrc::TxArbiterIsParty},
        {"no arbiter", 1, [](Tx& t, ChainParams&) { payloadOf<OC>(t).arbiter = AccountKey{}; }, ErrorCode{}},
        {"sender is a stranger", 1, [&](Tx& t, ChainParams&) { t.sender = stranger; }, CoreErrc::TxSenderNotOrderParty},
        {"sender is the merchant", 1, [&](Tx& t, ChainParams&) { t.sender = merchant; }, ErrorCode{}},
        {"pay window 0", 1, [](Tx& t, ChainParams&) { payloadOf<OC>(t).payWindow = 0; }, CoreErrc::TxWindowOutOfRange},
        {"ship window 0", 1, [](Tx& t, ChainParams&) { payloadOf<OC>(t).shipWindow = 0; },
         CoreErrc::TxWindowOutOfRange},
        {"confirm window 0", 1, [](Tx& t, ChainParams&) { payloadOf<OC>(t).confirmWindow = 0; },
         CoreErrc::TxWindowOutOfRange},
        {"pay window above max", 1, [](Tx& t, ChainParams& p) { payloadOf<OC>(t).payWindow = p.maxWindows.pay + 1; },
         CoreErrc::TxWindowOutOfRange},
        {"ship window above max", 1, [](Tx& t, ChainParams& p) { payloadOf<OC>(t).shipWindow = p.maxWindows.ship + 1; },
         CoreErrc::TxWindowOutOfRange},
        {"confirm window above max", 1,
         [](Tx& t, ChainParams& p) { payloadOf<OC>(t).confirmWindow = p.maxWindows.confirm + 1; },
         CoreErrc::TxWindowOutOfRange},
        {"windows at 1 and max", 1,
         [](Tx& t, ChainParams& p) {
           payloadOf<OC>(t).payWindow = 1;
           payloadOf<OC>(t).shipWindow = p.maxWindows.ship;
           payloadOf<OC>(t).confirmWindow = p.maxWindows.confirm;
         },
         ErrorCode{}},
        {"name too short", 10, [](Tx& t, ChainParams&) { payloadOf<RegisterDelegatePayload>(t).name = "ab"; },
         CoreErrc::TxBadDelegateName},
        {"name too long", 10, [](Tx& t, ChainParams&) { payloadOf<RegisterDelegatePayload>(t).name.assign(21, 'a'); },
         CoreErrc::TxBadDelegateName},
        {"name upper case", 10, [](Tx& t, ChainParams&) { payloadOf<RegisterDelegatePayload>(t).name = "Shop"; },
         CoreErrc::TxBadDelegateName},
        {"name punctuation", 10, [](Tx& t, ChainParams&) { payloadOf<RegisterDelegatePayload>(t).name = "shop!"; },
         CoreErrc::TxBadDelegateName},
        {"name non-ASCII", 10, [](Tx& t, ChainParams&) { payloadOf<RegisterDelegatePayload>(t).name = "商店abc"; },
         CoreErrc::TxBadDelegateName},
        {"name with space", 10, [](Tx& t, ChainParams&) { payloadOf<RegisterDelegatePayload>(t).name = "my shop"; },
         CoreErrc::TxBadDelegateName},
        {"name of 3 and 20", 10,
         [](Tx& t, ChainParams&) { payloadOf<RegisterDelegatePayload>(t).name = "a-9_bcdefghijklmnopq"; }, ErrorCode{}},
        {"votes at max", 11,
         [](Tx& t, ChainParams& p) {
           auto& d = payloadOf<VotePayload>(t).delegates;
           d.clear();
           for (std::uint32_t i = 0; i < p.maxVotes; ++i) d.push_back(filled(static_cast<Byte>(i)));
         },
         ErrorCode{}},
        {"votes above max", 11,
         [](Tx& t, ChainParams& p) {
           auto& d = payloadOf<VotePayload>(t).delegates;
           d.clear();
           for (std::uint32_t i = 0; i <= p.maxVotes; ++i) d.push_back(filled(static_cast<Byte>(i)));
         },
         CoreErrc::TxTooManyVotes},
        {"more votes than the wire holds", 11,
         [](Tx& t, ChainParams& p) {
           p.maxVotes = kMaxVoteCount;
           payloadOf<VotePayload>(t).delegates.assign(kMaxVoteCount + 1, filled(1));
         },
         CoreErrc::TxTooManyVotes},
        {"duplicate vote", 11,
         [](Tx& t, ChainParams&) {
           payloadOf<VotePayload>(t).delegates = {filled(1), filled(2), filled(1)};
         },
         CoreErrc::TxDuplicateVote},
        {"empty vote clears", 11, [](Tx& t, ChainParams&) { payloadOf<VotePayload>(t).delegates.clear(); },
         ErrorCode{}},
        {"fee exactly the minimum", 0, [](Tx& t, ChainParams& p) { t.fee = p.minFeePerByte * encodedTxSize(t); },
         ErrorCode{}},
        {"fee one unit short", 0, [](Tx& t, ChainParams& p) { t.fee = p.minFeePerByte * encodedTxSize(t) - 1; },
         CoreErrc::TxFeeTooLow},
        {"fee zero", 0, [](Tx& t, ChainParams&) { t.fee = 0; }, CoreErrc::TxFeeTooLow},
        {"fee rate overflows", 0,
         [&](Tx& t, ChainParams& p) {
           p.minFeePerByte = maxU64 / 10;
           t.fee = maxU64;
         },
         CoreErrc::TxFeeTooLow},
        {"free network", 0,
         [](Tx& t, ChainParams& p) {
           p.minFeePerByte = 0;
           t.fee = 0;
         },
         ErrorCode{}},
    };
    for (const Case& c : cases) {
      Tx tx = samples().at(c.sampleIndex);
      ChainParams params = devParams(ConsensusKind::Pow);
      params.minFeePerByte = 3;  // so fee arithmetic is not trivially ×1
      tx.fee = 1'000'000;
      c.change(tx, params);
      const Status result = checkTxStateless(tx, params);
      QVERIFY2(result.code() == c.expected,
               qPrintable(QStringLiteral("%1: got %2 (%3)")
                              .arg(c.name, QString::fromUtf8(errorName(result.code()).data()),
                                   QString::fromStdString(result.ok() ? "" : result.error().message))));
      QCOMPARE(checkTxStateless(tx, params, encodedTxSize(tx)).code(), c.expected);
    }
  }

  void minimumFeeIsRateTimesSize() {
    ChainParams params = devParams(ConsensusKind::Pos);
    params.minFeePerByte = 7;
    QCOMPARE(minimumFee(200, params).value(), Amount{1400});
    params.minFeePerByte = std::numeric_limits<Amount>::max();
    QCOMPARE(minimumFee(2, params).code(), CoreErrc::AmountOverflow);
  }

  void delegateNameCharset() {
    for (const char* good : {"abc", "dev0", "a_b-c", "01234567890123456789"}) QVERIFY2(isValidDelegateName(good), good);
    for (const char* bad : {"", "ab", "ABC", "a.b", "a b", "abc\n", "012345678901234567890", "ünï"}) {
      QVERIFY2(!isValidDelegateName(bad), bad);
    }
  }
};

QTEST_GUILESS_MAIN(TestTxCheck)
#include "test_tx_check.moc"
