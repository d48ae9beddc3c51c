#include <QtTest>
#include <functional>
#include <memory>
#include <random>

#include "chain/core/core_errc.h"
#include "chain/core/hash.h"
#include "chain/core/params.h"
#include "chain/core/tx.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "tests/chain/core/tx_samples.h"

using namespace wb;
using wb::test::filled;
using wb::test::payloadOf;

namespace {
constexpr std::size_t kSigBytes = 64;
}  // namespace

class TestTx : public QObject {
  Q_OBJECT

  SecpContext ctx_;
  std::unique_ptr<test::SampleParties> parties_;
  Hash32 genesis_ = filled(0xa1);

  std::vector<Tx> samples() const {
    return test::sampleTxs(parties_->buyer.key, parties_->merchant.key, parties_->arbiter.key);
  }
  Tx signedSample(std::size_t index) const {
    Tx tx = samples().at(index);
    const Status signedOk = signTx(ctx_, parties_->buyer.secret, genesis_, tx);
    if (!signedOk) qFatal("signing a sample failed: %s", signedOk.error().message.c_str());
    return tx;
  }

private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    parties_ = std::make_unique<test::SampleParties>(ctx_);
  }

  // ---- codec ----

  void everyKindRoundTripsBitExactly() {
    const auto txs = samples();
    QCOMPARE(txs.size(), std::size_t{12});
    for (std::size_t i = 0; i < txs.size(); ++i) {
      const Tx tx = signedSample(i);
      QCOMPARE(static_cast<int>(tx.kind()), static_cast<int>(i + 1));
      QVERIFY(txKindName(tx.kind()) != "unknown");
      const Bytes encoded = encodeTx(tx);
      QCOMPARE(encoded[0], kTxVersion);
      QCOMPARE(encoded[1], static_cast<Byte>(i + 1));
      QCOMPARE(encodedTxSize(tx), encoded.size());
      QCOMPARE(encodeTxUnsigned(tx), Bytes(encoded.begin(), encoded.end() - kSigBytes));
      auto decoded = decodeTx(encoded);
      QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().message.c_str());
      QVERIFY(*decoded == tx);
      QCOMPARE(encodeTx(*decoded), encoded);
    }
  }

  void transferLayoutIsAsDesigned() {
    // version | kind | sender | nonce | fee | to | amount | memo(u32 len + bytes) | sig
    Tx tx{.sender = filled(0x11),
          .nonce = 0x0102,
          .fee = 0x0304,
          .payload = TransferPayload{filled(0x22), 5, "hi"},
          .sig = {}};
    tx.sig.fill(0x33);
    Writer expected;
    expected.u8(1).u8(1).fixed(Hash32(filled(0x11))).u64(0x0102).u64(0x0304).fixed(Hash32(filled(0x22))).u64(5);
    expected.u32(2).u8('h').u8('i').fixed(tx.sig);
    QCOMPARE(encodeTx(tx), expected.bytes());
  }

  void sizeBoundsMatchTheExtremes() {
    Tx vote{.sender = filled(1), .nonce = 0, .fee = 0, .payload = VotePayload{}, .sig = {}};
    QCOMPARE(encodeTx(vote).size(), kMinTxBytes);
    payloadOf<VotePayload>(vote).delegates.assign(kMaxVoteCount, filled(9));
    QCOMPARE(encodeTx(vote).size(), kMaxTxBytes);
    Tx order = samples()[1];
    auto& create = payloadOf<OrderCreatePayload>(order);
    create.item.assign(kMaxItemBytes, 'x');
    create.note.assign(kMaxNoteBytes, 1);
    QVERIFY(encodeTx(order).size() < kMaxTxBytes);
  }

  void fieldsAtTheirMaximumDecode() {
    auto txs = samples();
    payloadOf<TransferPayload>(txs[0]).memo.assign(kMaxMemoBytes, 'm');
    payloadOf<OrderCreatePayload>(txs[1]).item.assign(kMaxItemBytes, 'i');
    payloadOf<OrderCreatePayload>(txs[1]).note.assign(kMaxNoteBytes, 0xff);
    payloadOf<OrderShipPayload>(txs[3]).tracking.assign(kMaxTrackingBytes, 0x00);
    payloadOf<OrderCancelPayload>(txs[5]).reason.assign(kMaxReasonBytes, 'r');
    payloadOf<OrderDisputePayload>(txs[6]).reason.assign(kMaxReasonBytes, 'r');
    payloadOf<RegisterDelegatePayload>(txs[10]).name.assign(kMaxDelegateNameBytes, 'n');
    for (const Tx& tx : txs) {
      auto decoded = decodeTx(encodeTx(tx));
      QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().message.c_str());
      QVERIFY(*decoded == tx);
    }
  }

  void oversizeFieldsAreRejected() {
    // The encoder is total, so it happily writes what the decoder must refuse.
    const std::vector<std::pair<std::size_t, std::function<void(Tx&)>>> changes{
        {0, [](Tx& t) { payloadOf<TransferPayload>(t).memo.assign(kMaxMemoBytes + 1, 'm'); }},
        {1, [](Tx& t) { payloadOf<OrderCreatePayload>(t).item.assign(kMaxItemBytes + 1, 'i'); }},
        {1, [](Tx& t) { payloadOf<OrderCreatePayload>(t).note.assign(kMaxNoteBytes + 1, 0); }},
        {3, [](Tx& t) { payloadOf<OrderShipPayload>(t).tracking.assign(kMaxTrackingBytes + 1, 0); }},
        {5, [](Tx& t) { payloadOf<OrderCancelPayload>(t).reason.assign(kMaxReasonBytes + 1, 'r'); }},
        {6, [](Tx& t) { payloadOf<OrderDisputePayload>(t).reason.assign(kMaxReasonBytes + 1, 'r'); }},
        {10, [](Tx& t) { payloadOf<RegisterDelegatePayload>(t).name.assign(kMaxDelegateNameBytes + 1, 'n'); }},
    };
    for (const auto& [index, change] : changes) {
      Tx tx = samples()[index];
      change(tx);
      QCOMPARE(decodeTx(encodeTx(tx)).code(), CoreErrc::DecodeFieldTooLong);
    }
  }

  void hugeLengthPrefixIsRejectedWithoutAllocating() {
    Bytes encoded = encodeTx(samples()[0]);
    const std::size_t memoLength = 1 + 1 + 32 + 8 + 8 + 32 + 8;  // offset of the memo's u32 length
    for (std::size_t i = 0; i < 4; ++i) encoded[memoLength + i] = 0xff;
    QCOMPARE(decodeTx(encoded).code(), CoreErrc::DecodeFieldTooLong);
  }

  void invalidUtf8TextIsRejected() {
    const std::vector<std::string> bad{"\xff", "ab\xc0\x80", "\xed\xa0\x80", "\xe4\xb8"};
    for (const std::string& text : bad) {
      auto txs = samples();
      payloadOf<TransferPayload>(txs[0]).memo = text;
      payloadOf<OrderCreatePayload>(txs[1]).item = text;
      payloadOf<OrderCancelPayload>(txs[5]).reason = text;
      payloadOf<OrderDisputePayload>(txs[6]).reason = text;
      payloadOf<RegisterDelegatePayload>(txs[10]).name = text + "abc";
      for (std::size_t i : {0, 1, 5, 6, 10}) QCOMPARE(decodeTx(encodeTx(txs[i])).code(), CoreErrc::DecodeInvalidUtf8);
    }
    // note and tracking are opaque bytes: anything goes.
    auto txs = samples();
    payloadOf<OrderCreatePayload>(txs[1]).note = Bytes{0xff, 0xc0, 0x80};
    payloadOf<OrderShipPayload>(txs[3]).tracking = Bytes{0xed, 0xa0, 0x80};
    QVERIFY(decodeTx(encodeTx(txs[1])).ok());
    QVERIFY(decodeTx(encodeTx(txs[3])).ok());
  }

  void everyTruncationIsShortInput() {
    for (std::size_t i = 0; i < 12; ++i) {
      const Bytes encoded = encodeTx(signedSample(i));
      for (std::size_t n = 0; n < encoded.size(); ++n) {
        auto decoded = decodeTx(ByteView(encoded).first(n));
        QVERIFY2(decoded.code() == CoreErrc::DecodeShortInput,
                 qPrintable(QStringLiteral("kind %1, %2 of %3 bytes").arg(i + 1).arg(n).arg(encoded.size())));
      }
    }
  }

  void trailingBytesAreRejected() {
    for (std::size_t i = 0; i < 12; ++i) {
      Bytes encoded = encodeTx(signedSample(i));
      const Bytes single = encoded;
      encoded.push_back(0);
      QCOMPARE(decodeTx(encoded).code(), CoreErrc::DecodeTrailingBytes);
      encoded.pop_back();
      encoded.insert(encoded.end(), single.begin(), single.end());  // two txs back to back
      QCOMPARE(decodeTx(encoded).code(), CoreErrc::DecodeTrailingBytes);
    }
  }

  void wrongVersionIsRejected() {
    for (Byte version : {Byte(0), Byte(2), Byte(255)}) {
      Bytes encoded = encodeTx(signedSample(0));
      encoded[0] = version;
      QCOMPARE(decodeTx(encoded).code(), CoreErrc::TxBadVersion);
    }
  }

  void unknownKindIsRejected() {
    for (Byte kind : {Byte(0), Byte(13), Byte(255)}) {
      Bytes encoded = encodeTx(signedSample(0));
      encoded[1] = kind;
      QCOMPARE(decodeTx(encoded).code(), CoreErrc::TxUnknownKind);
    }
  }

  void voteCountMustMatchItsData() {
    const Tx vote = signedSample(11);  // 3 delegates
    const std::size_t countOffset = 1 + 1 + 32 + 8 + 8;
    Bytes encoded = encodeTx(vote);
    QCOMPARE(encoded[countOffset], Byte(3));
    encoded[countOffset] = 255;  // more keys than there are bytes
    QCOMPARE(decodeTx(encoded).code(), CoreErrc::DecodeShortInput);
    encoded[countOffset] = 4;  // eats the signature as a key: the sig is then short
    QCOMPARE(decodeTx(encoded).code(), CoreErrc::DecodeShortInput);
    encoded[countOffset] = 2;  // the third key becomes part of the "signature": 32 bytes left over
    QCOMPARE(decodeTx(encoded).code(), CoreErrc::DecodeTrailingBytes);
  }

  void overlongVoteListEncodesDecodably() {
    Tx vote = samples()[11];
    auto& delegates = payloadOf<VotePayload>(vote).delegates;
    delegates.clear();
    for (int i = 0; i < 300; ++i) delegates.push_back(filled(static_cast<Byte>(i)));
    auto decoded = decodeTx(encodeTx(vote));
    QVERIFY(decoded.ok());
    QCOMPARE(std::get<VotePayload>(decoded->payload).delegates.size(), std::size_t{kMaxVoteCount});
  }

  void randomMutationsNeverCrashAndStayCanonical() {
    std::mt19937 rng(20240601);  // fixed seed: reproducible
    std::size_t accepted = 0;
    for (std::size_t i = 0; i < 12; ++i) {
      const Bytes original = encodeTx(signedSample(i));
      for (int round = 0; round < 1500; ++round) {
        Bytes bytes = original;
        const int edits = 1 + static_cast<int>(rng() % 4);
        for (int e = 0; e < edits; ++e) {
          const std::size_t at = bytes.empty() ? 0 : rng() % bytes.size();
          switch (rng() % 4) {
            case 0:
              if (!bytes.empty()) bytes[at] = static_cast<Byte>(rng());
              break;
            case 1:
              bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(at), static_cast<Byte>(rng()));
              break;
            case 2:
              if (!bytes.empty()) bytes.erase(bytes.begin() + static_cast<std::ptrdiff_t>(at));
              break;
            default:
              bytes.resize(at);
              break;
          }
        }
        auto decoded = decodeTx(bytes);
        if (decoded) {
          ++accepted;
          QCOMPARE(encodeTx(*decoded), bytes);  // only canonical encodings are accepted
        }
      }
    }
    QVERIFY(accepted > 0);  // byte flips inside amounts and keys must still decode
  }

  // ---- identities and signatures ----

  void txidExcludesTheSignature() {
    Tx a = signedSample(0);
    Tx b = a;
    QVERIFY(signTx(ctx_, parties_->buyer.secret, genesis_, b).ok());  // fresh aux randomness: another signature
    QVERIFY(a.sig != b.sig);
    QCOMPARE(computeTxid(a), computeTxid(b));
    QVERIFY(computeWtxHash(a) != computeWtxHash(b));
    b.sig = Sig64{};
    QCOMPARE(computeTxid(a), computeTxid(b));
    b.nonce += 1;
    QVERIFY(computeTxid(a) != computeTxid(b));
  }

  void digestsFollowTheDefinitions() {
    for (std::size_t i = 0; i < 12; ++i) {
      const Tx tx = signedSample(i);
      const Bytes encoded = encodeTx(tx);
      const ByteView unsignedPart = ByteView(encoded).first(encoded.size() - kSigBytes);
      Bytes sigPreimage(genesis_.begin(), genesis_.end());
      sigPreimage.insert(sigPreimage.end(), unsignedPart.begin(), unsignedPart.end());
      const TxDigests expected{taggedHash(tag::kTxid, unsignedPart), taggedHash(tag::kSig, sigPreimage),
                               taggedHash(tag::kWtx, encoded)};
      QVERIFY(digestEncodedTx(genesis_, encoded) == expected);
      QVERIFY(digestTx(genesis_, tx) == expected);
      QCOMPARE(computeTxid(tx), expected.txid);
      QCOMPARE(computeTxSigHash(genesis_, tx), expected.sigHash);
      QCOMPARE(computeWtxHash(tx), expected.wtxHash);
    }
  }

  void signedTxVerifies() {
    for (std::size_t i = 0; i < 12; ++i) {
      const Tx tx = signedSample(i);
      QVERIFY(verifyTxSignature(ctx_, genesis_, tx).ok());
      QVERIFY(verifyTxSignatureWithHash(ctx_, tx, digestTx(genesis_, tx).sigHash).ok());
    }
  }

  void signatureFromAnotherNetworkFails() {
    const Tx tx = signedSample(0);
    QCOMPARE(verifyTxSignature(ctx_, filled(0xa2), tx).code(), CoreErrc::TxBadSignature);
  }

  void tamperedTxFails() {
    const std::vector<std::function<void(Tx&)>> tampers{
        [](Tx& t) { t.nonce += 1; },
        [](Tx& t) { t.fee += 1; },
        [&](Tx& t) { t.sender = parties_->merchant.key; },
        [](Tx& t) { payloadOf<TransferPayload>(t).amount += 1; },
        [](Tx& t) { payloadOf<TransferPayload>(t).memo += "!"; },
        [](Tx& t) { payloadOf<TransferPayload>(t).to[0] ^= 1; },
        [](Tx& t) { t.sig[10] ^= 1; },
        [](Tx& t) { t.payload = StakePayload{payloadOf<TransferPayload>(t).amount}; },
    };
    for (const auto& tamper : tampers) {
      Tx tx = signedSample(0);
      tamper(tx);
      QCOMPARE(verifyTxSignature(ctx_, genesis_, tx).code(), CoreErrc::TxBadSignature);
    }
  }

  void unsignedOrInvalidSenderFails() {
    Tx tx = samples()[0];
    QCOMPARE(verifyTxSignature(ctx_, genesis_, tx).code(), CoreErrc::TxBadSignature);
    tx = signedSample(0);
    tx.sender.fill(0xff);  // x ≥ field size: not a public key
    QCOMPARE(verifyTxSignature(ctx_, genesis_, tx).code(), CoreErrc::TxBadSignature);
  }

  void signingWithAnotherKeyIsRefused() {
    Tx tx = samples()[0];
    const Tx before = tx;
    QCOMPARE(signTx(ctx_, parties_->stranger.secret, genesis_, tx).code(), CoreErrc::TxSignerNotSender);
    QVERIFY(tx == before);
    QCOMPARE(signTx(ctx_, SecureBytes(32), genesis_, tx).code(), CoreErrc::CryptoBadSecretKey);  // zero key
    QVERIFY(tx == before);
  }

  void errorCodesHaveNames() {
    for (ErrorCode code :
         {CoreErrc::TxBadVersion, CoreErrc::TxUnknownKind, CoreErrc::TxAmountZero, CoreErrc::TxQuantityZero,
          CoreErrc::TxUnitPriceZero, CoreErrc::TxOrderTotalOverflow, CoreErrc::TxWindowOutOfRange,
          CoreErrc::TxMerchantIsBuyer, CoreErrc::TxArbiterIsParty, CoreErrc::TxSenderNotOrderParty,
          CoreErrc::TxMissingParty, CoreErrc::TxItemEmpty, CoreErrc::TxBadDelegateName, CoreErrc::TxTooManyVotes,
          CoreErrc::TxDuplicateVote, CoreErrc::TxFeeTooLow, CoreErrc::TxBadSignature, CoreErrc::TxSignerNotSender}) {
      QVERIFY(errorName(code).starts_with("tx."));
    }
  }
};

QTEST_GUILESS_MAIN(TestTx)
#include "test_tx.moc"
