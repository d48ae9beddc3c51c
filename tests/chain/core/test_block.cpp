#include <QtTest>
#include <functional>
#include <memory>

#include "chain/core/block.h"
#include "chain/core/core_errc.h"
#include "chain/core/hash.h"
#include "chain/core/merkle.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "tests/chain/core/tx_samples.h"

using namespace wb;
using wb::test::filled;

class TestBlock : public QObject {
  Q_OBJECT

  std::unique_ptr<SecpContext> ctx_;
  std::unique_ptr<test::TestKey> producer_, buyer_, merchant_, arbiter_;
  Hash32 genesis_ = filled(0xb7);

  BlockHeader sampleHeader() const {
    return BlockHeader{.height = 1234,
                       .prev = filled(0x01),
                       .time = 1'700'000'000,
                       .txRoot = filled(0x02),
                       .stateRoot = Hash32{},
                       .bits = 0x207fffff,
                       .nonce = 0x0102030405060708,
                       .producer = producer_->key,
                       .sig = {}};
  }

  // `rounds` × the 12 sample kinds, signed, with distinct nonces.
  Block sampleBlock(std::size_t rounds) const {
    Block block{sampleHeader(), {}};
    std::uint64_t nonce = 0;
    for (std::size_t r = 0; r < rounds; ++r) {
      for (Tx tx : test::sampleTxs(buyer_->key, merchant_->key, arbiter_->key)) {
        tx.nonce = nonce++;
        if (!signTx(*ctx_, buyer_->secret, genesis_, tx)) qFatal("signing failed");
        block.txs.push_back(std::move(tx));
      }
    }
    block.header.txRoot = computeTxRoot(block.txs);
    return block;
  }

private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    ctx_ = std::make_unique<SecpContext>();
    producer_ = std::make_unique<test::TestKey>(test::makeKey(*ctx_, 9));
    buyer_ = std::make_unique<test::TestKey>(test::makeKey(*ctx_, 1));
    merchant_ = std::make_unique<test::TestKey>(test::makeKey(*ctx_, 2));
    arbiter_ = std::make_unique<test::TestKey>(test::makeKey(*ctx_, 3));
  }

  // ---- headers ----

  void headerLayoutIsAsDesigned() {
    BlockHeader h = sampleHeader();
    h.sig.fill(0x5a);
    Writer expected;
    expected.u32(1).u64(h.height).fixed(h.prev).u64(h.time).fixed(h.txRoot).fixed(h.stateRoot).u32(h.bits);
    expected.u64(h.nonce).fixed(h.producer).fixed(h.sig);
    const Bytes encoded = encodeHeader(h);
    QCOMPARE(encoded, expected.bytes());
    QCOMPARE(encoded.size(), kHeaderBytes);
    QCOMPARE(encodeHeaderUnsigned(h), Bytes(encoded.begin(), encoded.begin() + kHeaderUnsignedBytes));
    QCOMPARE(encoded[kHeaderNonceOffset], Byte(0x08));  // little-endian nonce starts here
  }

  void headerRoundTrips() {
    BlockHeader h = sampleHeader();
    QVERIFY(signHeader(*ctx_, producer_->secret, genesis_, h).ok());
    const Bytes encoded = encodeHeader(h);
    auto decoded = decodeHeader(encoded);
    QVERIFY(decoded.ok());
    QVERIFY(*decoded == h);
    QCOMPARE(encodeHeader(*decoded), encoded);
  }

  void malformedHeadersAreRejected() {
    const Bytes encoded = encodeHeader(sampleHeader());
    for (std::size_t n = 0; n < encoded.size(); ++n) {
      QCOMPARE(decodeHeader(ByteView(encoded).first(n)).code(), CoreErrc::DecodeShortInput);
    }
    Bytes longer = encoded;
    longer.push_back(0);
    QCOMPARE(decodeHeader(longer).code(), CoreErrc::DecodeTrailingBytes);
    for (Byte v : {Byte(0), Byte(2)}) {
      Bytes other = encoded;
      other[0] = v;
      QCOMPARE(decodeHeader(other).code(), CoreErrc::BlockBadVersion);
    }
    Bytes highVersion = encoded;
    highVersion[3] = 1;  // version 0x01000001
    QCOMPARE(decodeHeader(highVersion).code(), CoreErrc::BlockBadVersion);
  }

  void headerHashExcludesTheSignature() {
    BlockHeader h = sampleHeader();
    const BlockHash unsignedHash = blockHash(h);
    QCOMPARE(unsignedHash, taggedHash(tag::kHeader, encodeHeaderUnsigned(h)));
    QVERIFY(signHeader(*ctx_, producer_->secret, genesis_, h).ok());
    QCOMPARE(blockHash(h), unsignedHash);
    h.sig.fill(0xee);
    QCOMPARE(blockHash(h), unsignedHash);
  }

  void everyOtherFieldChangesTheHash() {
    const std::vector<std::function<void(BlockHeader&)>> changes{
        [](BlockHeader& h) { h.height += 1; },       [](BlockHeader& h) { h.prev[31] ^= 1; },
        [](BlockHeader& h) { h.time += 1; },         [](BlockHeader& h) { h.txRoot[0] ^= 1; },
        [](BlockHeader& h) { h.stateRoot[5] ^= 1; }, [](BlockHeader& h) { h.bits ^= 1; },
        [](BlockHeader& h) { h.nonce += 1; },        [](BlockHeader& h) { h.producer[7] ^= 1; },
    };
    const BlockHeader base = sampleHeader();
    for (const auto& change : changes) {
      BlockHeader h = base;
      change(h);
      QVERIFY(blockHash(h) != blockHash(base));
    }
  }

  void signedHeaderVerifies() {
    BlockHeader h = sampleHeader();
    QVERIFY(signHeader(*ctx_, producer_->secret, genesis_, h).ok());
    QVERIFY(verifyHeaderSignature(*ctx_, genesis_, h).ok());
    QCOMPARE(headerSigHash(genesis_, h), [&] {
      Bytes preimage(genesis_.begin(), genesis_.end());
      const Bytes body = encodeHeaderUnsigned(h);
      preimage.insert(preimage.end(), body.begin(), body.end());
      return taggedHash(tag::kSig, preimage);
    }());
  }

  void headerSignatureFailsElsewhereOrTampered() {
    BlockHeader h = sampleHeader();
    QVERIFY(signHeader(*ctx_, producer_->secret, genesis_, h).ok());
    QCOMPARE(verifyHeaderSignature(*ctx_, filled(0xb8), h).code(), CoreErrc::BlockBadSignature);
    for (auto tamper : std::vector<std::function<void(BlockHeader&)>>{
             [](BlockHeader& x) { x.time += 1; }, [](BlockHeader& x) { x.txRoot[3] ^= 1; },
             [](BlockHeader& x) { x.sig[0] ^= 1; }, [](BlockHeader& x) { x.producer = filled(0xff); }}) {
      BlockHeader t = h;
      tamper(t);
      QCOMPARE(verifyHeaderSignature(*ctx_, genesis_, t).code(), CoreErrc::BlockBadSignature);
    }
    BlockHeader unsignedHeader = sampleHeader();
    QCOMPARE(verifyHeaderSignature(*ctx_, genesis_, unsignedHeader).code(), CoreErrc::BlockBadSignature);
  }

  void onlyTheProducerCanSign() {
    BlockHeader h = sampleHeader();
    const BlockHeader before = h;
    QCOMPARE(signHeader(*ctx_, buyer_->secret, genesis_, h).code(), CoreErrc::BlockSignerNotProducer);
    QVERIFY(h == before);
  }

  // Header and tx signatures share the "wb.sig" tag; a header preimage must never
  // be a transaction (its kind byte is 0).
  void headerPreimageIsNeverATransaction() {
    const Bytes body = encodeHeaderUnsigned(sampleHeader());
    QCOMPARE(body[1], Byte(0));
    Bytes asTx = body;
    asTx.insert(asTx.end(), 64, 0);
    QCOMPARE(decodeTx(asTx).code(), CoreErrc::TxUnknownKind);
  }

  // ---- blocks ----

  void emptyBlockRoundTrips() {
    Block block{sampleHeader(), {}};
    block.header.txRoot = computeTxRoot(block.txs);
    QCOMPARE(block.header.txRoot, Hash32{});
    const Bytes encoded = encodeBlock(block);
    QCOMPARE(encoded.size(), kHeaderBytes + 4);
    auto decoded = decodeBlock(encoded);
    QVERIFY(decoded.ok());
    QVERIFY(*decoded == block);
  }

  void blockWithManyTxsRoundTrips() {
    const Block block = sampleBlock(25);  // 300 transactions of every kind
    const Bytes encoded = encodeBlock(block);
    QCOMPARE(encodedBlockSize(block), encoded.size());
    std::vector<ByteView> views;
    auto decoded = decodeBlock(encoded, &views);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().message.c_str());
    QVERIFY(*decoded == block);
    QCOMPARE(encodeBlock(*decoded), encoded);
    QCOMPARE(views.size(), block.txs.size());
    std::vector<Hash32> wtx;
    for (std::size_t i = 0; i < views.size(); ++i) {
      QCOMPARE(Bytes(views[i].begin(), views[i].end()), encodeTx(block.txs[i]));
      const TxDigests d = digestEncodedTx(genesis_, views[i]);
      QVERIFY(d == digestTx(genesis_, block.txs[i]));
      QVERIFY(verifyTxSignatureWithHash(*ctx_, decoded->txs[i], d.sigHash).ok());
      wtx.push_back(d.wtxHash);
    }
    QCOMPARE(decoded->header.txRoot, merkleRoot(wtx));
  }

  void txRootIsTheMerkleRootOfWtxHashes() {
    const Block block = sampleBlock(1);
    std::vector<Hash32> leaves;
    for (const Tx& tx : block.txs) leaves.push_back(taggedHash(tag::kWtx, encodeTx(tx)));
    QCOMPARE(computeTxRoot(block.txs), merkleRoot(leaves));
    // The signature is part of the leaf: re-signing changes the root, not the txids.
    Block resigned = block;
    QVERIFY(signTx(*ctx_, buyer_->secret, genesis_, resigned.txs[0]).ok());
    QVERIFY(computeTxRoot(resigned.txs) != computeTxRoot(block.txs));
  }

  void everyTruncationOfABlockFails() {
    const Bytes encoded = encodeBlock(sampleBlock(1));
    for (std::size_t n = 0; n < encoded.size(); ++n) {
      QCOMPARE(decodeBlock(ByteView(encoded).first(n)).code(), CoreErrc::DecodeShortInput);
    }
    Bytes longer = encoded;
    longer.push_back(0);
    QCOMPARE(decodeBlock(longer).code(), CoreErrc::DecodeTrailingBytes);
  }

  void hostileTxCountFailsFast() {
    Bytes encoded = encodeBlock(Block{sampleHeader(), {}});
    for (std::size_t i = 0; i < 4; ++i) encoded[kHeaderBytes + i] = 0xff;  // 4 294 967 295 txs, no data
    QCOMPARE(decodeBlock(encoded).code(), CoreErrc::DecodeShortInput);
  }

  void badTxInsideABlockIsReported() {
    Block block = sampleBlock(1);
    Bytes encoded = encodeBlock(block);
    const std::size_t secondTx = kHeaderBytes + 4 + encodeTx(block.txs[0]).size();
    encoded[secondTx + 1] = 99;  // unknown kind
    auto decoded = decodeBlock(encoded);
    QCOMPARE(decoded.code(), CoreErrc::TxUnknownKind);
    QVERIFY(decoded.error().message.find("transaction 1") != std::string::npos);
    encoded[secondTx + 1] = 2;
    encoded[secondTx] = 7;  // bad version
    QCOMPARE(decodeBlock(encoded).code(), CoreErrc::TxBadVersion);
  }

  void blockSizeLimit() {
    ChainParams params = devParams(ConsensusKind::Pos);
    const std::size_t size = encodedBlockSize(sampleBlock(2));
    params.maxBlockBytes = static_cast<std::uint32_t>(size);
    QVERIFY(checkBlockSize(size, params).ok());
    QCOMPARE(checkBlockSize(size + 1, params).code(), CoreErrc::BlockTooLarge);
  }

  void errorCodesHaveNames() {
    for (ErrorCode code : {CoreErrc::BlockBadVersion, CoreErrc::BlockTooLarge, CoreErrc::BlockBadSignature,
                           CoreErrc::BlockSignerNotProducer}) {
      QVERIFY(errorName(code).starts_with("block."));
    }
  }
};

QTEST_GUILESS_MAIN(TestBlock)
#include "test_block.moc"
