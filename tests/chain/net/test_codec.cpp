// P2P framing and messages: round trips, every malformed kind, and random bytes
// that must never crash a decoder.
#include <QRandomGenerator>
#include <QtTest>

#include "chain/core/core_errc.h"
#include "chain/core/hash.h"
#include "chain/net/frame.h"
#include "chain/net/messages.h"
#include "chain/net/net_errc.h"
#include "chain/net/wire_endpoint.h"
#include "tests/support/test_chain.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::net;

namespace {

constexpr std::uint32_t kMagic = 0x5a5a5a5a;

Bytes patternBytes(std::size_t n, Byte seed) {
  Bytes out(n);
  for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<Byte>(seed + i * 7);
  return out;
}

test::Filled32 hashOf(Byte b) { return test::filled(b); }

// Feeds `bytes` in chunks of `chunk` and collects every frame until an error.
Result<std::vector<Frame>> decodeAll(const Bytes& bytes, std::size_t chunk, std::uint32_t magic = kMagic) {
  FrameDecoder decoder(magic);
  std::vector<Frame> frames;
  for (std::size_t i = 0; i < bytes.size(); i += chunk) {
    decoder.feed(ByteView(bytes).subspan(i, std::min(chunk, bytes.size() - i)));
    for (;;) {
      WB_TRY_ASSIGN(next, decoder.next());
      if (!*next) break;
      frames.push_back(std::move(**next));
    }
  }
  return frames;
}

Bytes withU32(Bytes bytes, std::size_t at, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) bytes[at + static_cast<std::size_t>(i)] = static_cast<Byte>(value >> (8 * i));
  return bytes;
}

}  // namespace

class TestCodec : public QObject {
  Q_OBJECT

  SecpContext ctx_;
  std::unique_ptr<testsupport::TestAccounts> accounts_;
  std::vector<Message> samples_;

private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    accounts_ = std::make_unique<testsupport::TestAccounts>(ctx_, 4);
    const auto genesis = testsupport::testGenesis(*accounts_);
    testsupport::BlockFactory factory(ctx_, genesis, *accounts_);
    const Block block = factory.makeBlock(genesis.header, factory.mixedTxs(6), 1);
    const Block next = factory.makeBlock(block.header, {}, 2);
    HelloMsg hello{kProtocolVersion, hashOf(1), 42, hashOf(2), 0xfeedbeef, 9333, "waybill/0.1 测试"};
    AddrMsg addr;
    addr.endpoints.push_back(toEndpointBytes(0x7f000001, 9000));
    addr.endpoints.push_back({patternBytes16(), 1});
    ProofMsg proof;
    proof.table = 4;
    proof.key = patternBytes(32, 5);
    proof.height = 77;
    proof.block = hashOf(11);
    proof.stateRoot = hashOf(12);
    proof.siblings = {hashOf(13), hashOf(14), hashOf(15)};
    proof.end = ProofEndKind::OtherLeaf;
    proof.otherLeafKey = hashOf(16);
    proof.otherValueHash = hashOf(17);
    samples_ = {
        hello,
        HelloAckMsg{},
        PingMsg{7},
        PongMsg{~std::uint64_t{0}},
        GetAddrMsg{},
        addr,
        GetHeadersMsg{{hashOf(3), hashOf(4)}, hashOf(0)},
        HeadersMsg{{block.header, next.header}},
        GetBlocksMsg{{hashOf(5)}},
        BlockMsg::of(block),
        NotFoundMsg{{{InvKind::Block, hashOf(6)}, {InvKind::Tx, hashOf(7)}}},
        InvMsg{{{InvKind::Tx, hashOf(8)}}},
        GetTxsMsg{{hashOf(9), hashOf(10)}},
        TxMsg{block.txs.front()},
        RejectMsg{611, "the address is banned"},
        GetProofMsg{1, patternBytes(32, 4)},
        proof,
        GetOrderIdsMsg{hashOf(20), 50, OrderRef{40, hashOf(21)}},
        OrderIdsMsg{hashOf(20), OrderRef{40, hashOf(21)}, {{39, hashOf(22)}, {12, hashOf(23)}, {12, hashOf(5)}}, true},
        GetWitnessesMsg{{hashOf(24), hashOf(25)}},
        witnesses(),
        GetDelegateKeysMsg{},
        DelegateKeysMsg{{hashOf(31), hashOf(32)}}};
  }

  // A known block's witness (a present record, an absent one ending in another
  // leaf), an unknown block, and a known block whose check read nothing.
  static WitnessesMsg witnesses() {
    state::WitnessRecord present{state::Table::Accounts, patternBytes(32, 6), {patternBytes(40, 7), {}}};
    present.proven.proof.siblings = {hashOf(26), hashOf(27)};
    present.proven.proof.end = state::ProofEnd::Leaf;
    state::WitnessRecord absent{state::Table::Delegates, patternBytes(32, 8), {}};
    absent.proven.proof.end = state::ProofEnd::OtherLeaf;
    absent.proven.proof.otherLeafKey = hashOf(28);
    absent.proven.proof.otherValueHash = hashOf(29);
    return WitnessesMsg{{{hashOf(24), true, state::ConsensusWitness{{present, absent}}},
                         {hashOf(25), false, {}},
                         {hashOf(30), true, {}}}};
  }

  // ---- frames ----

  void frameRoundTripWholeAndByteByByte() {
    const Bytes a = encodeFrame(kMagic, 3, patternBytes(100, 1));
    const Bytes b = encodeFrame(kMagic, 8, {});
    const Bytes c = encodeFrame(kMagic, 10, patternBytes(70'000, 9));
    Bytes stream = a;
    stream.insert(stream.end(), b.begin(), b.end());
    stream.insert(stream.end(), c.begin(), c.end());
    QCOMPARE(a.size(), kFrameHeaderBytes + 100 + kFrameTrailerBytes);
    for (std::size_t chunk : {std::size_t{1}, std::size_t{5}, std::size_t{4096}, stream.size()}) {
      auto frames = decodeAll(stream, chunk);
      WB_VERIFY_OK(frames);
      QCOMPARE(frames->size(), std::size_t{3});
      QVERIFY(((*frames)[0] == Frame{3, patternBytes(100, 1)}));
      QVERIFY(((*frames)[1] == Frame{8, {}}));
      QVERIFY(((*frames)[2] == Frame{10, patternBytes(70'000, 9)}));
    }
  }

  void frameLayoutAndMagicFromGenesis() {
    Hash32 genesis = hashOf(0);
    genesis[0] = 0x01;
    genesis[1] = 0x02;
    genesis[2] = 0x03;
    genesis[3] = 0x04;
    QCOMPARE(networkMagic(genesis), std::uint32_t{0x04030201});
    const Bytes payload = patternBytes(5, 3);
    const Bytes frame = encodeFrame(networkMagic(genesis), 12, payload);
    QCOMPARE(frame[0], Byte{0x01});  // magic, little-endian: the genesis hash's first bytes
    QCOMPARE(frame[4], Byte{12});
    QCOMPARE(frame[5], Byte{5});
    const Hash32 check = taggedHash(tag::kP2p, payload);
    QVERIFY(std::equal(check.begin(), check.begin() + 4, frame.end() - 4));
  }

  void badMagicFailsAtOnce() {
    const Bytes frame = encodeFrame(kMagic ^ 1, 1, patternBytes(10, 0));
    FrameDecoder decoder(kMagic);
    decoder.feed(ByteView(frame).first(4));  // the magic alone is enough to know
    WB_VERIFY_FAILS(decoder.next(), NetErrc::BadMagic);
    decoder.feed(frame);  // and it stays failed
    WB_VERIFY_FAILS(decoder.next(), NetErrc::BadMagic);
  }

  void oversizeDetectedFromHeaderAlone() {
    Bytes header = encodeFrame(kMagic, 10, {});
    header.resize(kFrameHeaderBytes);
    header = withU32(header, 5, kMaxPayloadBytes + 1);
    FrameDecoder decoder(kMagic);
    decoder.feed(header);
    WB_VERIFY_FAILS(decoder.next(), NetErrc::FrameTooLarge);
    QCOMPARE(decoder.buffered(), kFrameHeaderBytes);  // nothing of the payload was awaited
    // Exactly the maximum is a valid announcement (the decoder waits for it).
    FrameDecoder exact(kMagic);
    exact.feed(withU32(header, 5, kMaxPayloadBytes));
    auto pending = exact.next();
    WB_VERIFY_OK(pending);
    QVERIFY(!pending->has_value());
  }

  void badChecksumFails() {
    Bytes frame = encodeFrame(kMagic, 3, patternBytes(8, 1));
    frame.back() ^= 0x80;
    WB_VERIFY_FAILS(decodeAll(frame, 1), NetErrc::BadChecksum);
    Bytes payloadFlip = encodeFrame(kMagic, 3, patternBytes(8, 1));
    payloadFlip[kFrameHeaderBytes] ^= 1;
    WB_VERIFY_FAILS(decodeAll(payloadFlip, 3), NetErrc::BadChecksum);
  }

  void randomBytesNeverCrash() {
    QRandomGenerator rng(12345);
    for (int round = 0; round < 2000; ++round) {
      Bytes junk(rng.bounded(64));
      for (Byte& b : junk) b = static_cast<Byte>(rng.bounded(256));
      // Half the rounds start with our magic so the decoder goes further than the magic check.
      if (round % 2 == 0 && junk.size() >= 4) junk = withU32(junk, 0, kMagic);
      (void)decodeAll(junk, 1 + rng.bounded(8));
    }
  }

  // ---- messages ----

  void everyMessageRoundTrips() {
    QCOMPARE(samples_.size(), std::variant_size_v<Message>);
    for (const Message& message : samples_) {
      const Bytes payload = encodePayload(message);
      auto decoded = decodeMessage(static_cast<std::uint8_t>(messageType(message)), payload);
      WB_VERIFY_OK(decoded);
      QVERIFY2(*decoded == message, std::string(messageTypeName(messageType(message))).c_str());
      QVERIFY(encodePayload(*decoded) == payload);
    }
  }

  void truncatedOrTrailingPayloadsFail() {
    for (const Message& message : samples_) {
      const auto type = static_cast<std::uint8_t>(messageType(message));
      const Bytes payload = encodePayload(message);
      const char* name = messageTypeName(messageType(message)).data();
      Bytes longer = payload;
      longer.push_back(0);
      auto trailing = decodeMessage(type, longer);
      QVERIFY2(!trailing.ok(), name);
      QVERIFY(!trailing.error().message.empty());
      if (payload.empty()) continue;
      for (std::size_t cut : {std::size_t{1}, payload.size() / 2, payload.size()}) {
        auto shorter = decodeMessage(type, ByteView(payload).first(payload.size() - cut));
        QVERIFY2(!shorter.ok(), name);
      }
    }
  }

  void unknownTypeFails() {
    WB_VERIFY_FAILS(decodeMessage(0, {}), NetErrc::UnknownMessage);
    WB_VERIFY_FAILS(decodeMessage(24, {}), NetErrc::UnknownMessage);
    WB_VERIFY_FAILS(decodeMessage(255, {}), NetErrc::UnknownMessage);
  }

  void listCountsAreBounded() {
    // Counts are checked before any item is read: a huge count with no items still says "too long".
    const auto countOnly = [](std::uint32_t n) { return Writer().u32(n).bytes(); };
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::Addr), countOnly(kMaxAddrEntries + 1)),
                    CoreErrc::DecodeFieldTooLong);
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::GetHeaders), countOnly(kMaxLocatorHashes + 1)),
                    CoreErrc::DecodeFieldTooLong);
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::Headers), countOnly(kMaxHeadersPerMessage + 1)),
                    CoreErrc::DecodeFieldTooLong);
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::GetBlocks), countOnly(kMaxBlocksPerRequest + 1)),
                    CoreErrc::DecodeFieldTooLong);
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::Inv), countOnly(kMaxInvEntries + 1)),
                    CoreErrc::DecodeFieldTooLong);
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::NotFound), countOnly(0xffffffff)),
                    CoreErrc::DecodeFieldTooLong);
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::GetTxs), countOnly(kMaxInvEntries + 1)),
                    CoreErrc::DecodeFieldTooLong);
    // Requests and announcements must name something.
    for (MessageType t : {MessageType::GetBlocks, MessageType::Inv, MessageType::NotFound, MessageType::GetTxs}) {
      WB_VERIFY_FAILS(decodeMessage(std::uint8_t(t), countOnly(0)), CoreErrc::DecodeBadValue);
    }
    // The maxima themselves are fine.
    GetBlocksMsg many;
    many.hashes.assign(kMaxBlocksPerRequest, hashOf(1));
    WB_VERIFY_OK(decodeMessage(std::uint8_t(MessageType::GetBlocks), encodePayload(many)));
    AddrMsg full;
    full.endpoints.assign(kMaxAddrEntries, toEndpointBytes(0x0a000001, 1));
    WB_VERIFY_OK(decodeMessage(std::uint8_t(MessageType::Addr), encodePayload(full)));
  }

  void badFieldsFail() {
    HelloMsg hello;
    hello.agent = std::string(kMaxAgentBytes + 1, 'a');
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::Hello), encodePayload(hello)),
                    CoreErrc::DecodeFieldTooLong);
    hello.agent = "\xff\xfe";
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::Hello), encodePayload(hello)), CoreErrc::DecodeInvalidUtf8);
    Bytes inv = encodePayload(InvMsg{{{InvKind::Block, hashOf(1)}}});
    inv[4] = 3;  // unknown item kind
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::Inv), inv), CoreErrc::DecodeBadValue);
    Bytes tx = encodePayload(samples_[13]);
    tx[0] = 9;  // transaction version
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::Tx), tx), CoreErrc::TxBadVersion);
    // Proofs: only committed tables; a value exactly with an end in its own leaf.
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::GetProof), encodePayload(GetProofMsg{2, {}})),
                    CoreErrc::DecodeBadValue);
    ProofMsg valued = std::get<ProofMsg>(samples_[16]);
    valued.value = patternBytes(10, 1);
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::Proof), encodePayload(valued)), CoreErrc::DecodeBadValue);
    valued.end = ProofEndKind::Leaf;
    WB_VERIFY_OK(decodeMessage(std::uint8_t(MessageType::Proof), encodePayload(valued)));
    valued.value.reset();
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::Proof), encodePayload(valued)), CoreErrc::DecodeBadValue);
    // Order id lists: a limit within 1 … kMaxOrderIdsPerMessage, strictly newest first below the cursor.
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::GetOrderIds), encodePayload(GetOrderIdsMsg{{}, 0, {}})),
                    CoreErrc::DecodeBadValue);
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::GetOrderIds),
                                  encodePayload(GetOrderIdsMsg{{}, kMaxOrderIdsPerMessage + 1, {}})),
                    CoreErrc::DecodeBadValue);
    WB_VERIFY_OK(decodeMessage(std::uint8_t(MessageType::GetOrderIds),
                               encodePayload(GetOrderIdsMsg{{}, kMaxOrderIdsPerMessage, {}})));
    OrderIdsMsg ids = std::get<OrderIdsMsg>(samples_[18]);
    ids.orders[1] = ids.orders[2];  // a repeat
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::OrderIds), encodePayload(ids)), CoreErrc::DecodeBadValue);
    ids = std::get<OrderIdsMsg>(samples_[18]);
    ids.orders[0] = OrderRef{40, hashOf(21)};  // the cursor itself, not below it
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::OrderIds), encodePayload(ids)), CoreErrc::DecodeBadValue);
    ids = std::get<OrderIdsMsg>(samples_[18]);
    std::swap(ids.orders[0], ids.orders[1]);  // oldest first
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::OrderIds), encodePayload(ids)), CoreErrc::DecodeBadValue);
    ids.orders.assign(kMaxOrderIdsPerMessage + 1, OrderRef{});
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::OrderIds), encodePayload(ids)),
                    CoreErrc::DecodeFieldTooLong);
    // Witnesses: 1 … kMaxWitnessBlocks asked, flags 0 or 1, committed tables, a
    // value exactly with a Leaf end.
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::GetWitnesses), encodePayload(GetWitnessesMsg{})),
                    CoreErrc::DecodeBadValue);
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::GetWitnesses),
                                  encodePayload(GetWitnessesMsg{std::vector<BlockHash>(kMaxWitnessBlocks + 1)})),
                    CoreErrc::DecodeFieldTooLong);
    WitnessesMsg w = witnesses();
    w.witnesses.assign(kMaxWitnessBlocks + 1, BlockWitness{});
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::Witnesses), encodePayload(w)),
                    CoreErrc::DecodeFieldTooLong);
    w = witnesses();
    w.witnesses[0].witness.records[0].table = state::Table::OrdersByParty;
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::Witnesses), encodePayload(w)), CoreErrc::DecodeBadValue);
    w = witnesses();
    w.witnesses[0].witness.records[1].proven.proof.end = state::ProofEnd::Leaf;
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::Witnesses), encodePayload(w)), CoreErrc::DecodeBadValue);
    Bytes flag = encodePayload(WitnessesMsg{{{hashOf(25), false, {}}}});
    flag.back() = 2;
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::Witnesses), flag), CoreErrc::DecodeBadValue);
    WB_VERIFY_FAILS(
        decodeMessage(std::uint8_t(MessageType::DelegateKeys),
                      encodePayload(DelegateKeysMsg{std::vector<AccountKey>(state::kMaxWitnessRecords + 1)})),
        CoreErrc::DecodeFieldTooLong);
    Bytes more = encodePayload(std::get<OrderIdsMsg>(samples_[18]));
    more.back() = 2;  // the "more" flag
    WB_VERIFY_FAILS(decodeMessage(std::uint8_t(MessageType::OrderIds), more), CoreErrc::DecodeBadValue);
    Bytes block = std::get<BlockMsg>(samples_[9]).encoded;
    block.pop_back();
    QVERIFY(!decodeMessage(std::uint8_t(MessageType::Block), block).ok());
    QVERIFY(!decodeMessage(std::uint8_t(MessageType::Block), {}).ok());
  }

  void randomPayloadsNeverCrash() {
    QRandomGenerator rng(777);
    for (int round = 0; round < 3000; ++round) {
      const auto type = static_cast<std::uint8_t>(1 + round % std::variant_size_v<Message>);
      Bytes payload;
      if (round % 3 == 0) {
        // Mutate a valid payload of that type: deeper paths than pure noise reaches.
        payload = encodePayload(samples_[type - 1u]);
        if (!payload.empty()) payload[rng.bounded(static_cast<quint32>(payload.size()))] ^= Byte(1 + rng.bounded(255));
      } else {
        payload.resize(rng.bounded(300));
        for (Byte& b : payload) b = static_cast<Byte>(rng.bounded(256));
      }
      auto decoded = decodeMessage(type, payload);
      if (decoded) QVERIFY(encodePayload(*decoded) == payload);  // whatever is accepted is canonical
    }
  }

private:
  static Endpoint toEndpointBytes(std::uint32_t ipv4, std::uint16_t port) {
    Endpoint e;
    e.ip[10] = 0xff;
    e.ip[11] = 0xff;
    for (int i = 0; i < 4; ++i) e.ip[std::size_t(12 + i)] = static_cast<Byte>(ipv4 >> (24 - 8 * i));
    e.port = port;
    return e;
  }
  static std::array<Byte, 16> patternBytes16() {
    std::array<Byte, 16> out{};
    out[0] = 0x20;
    out[1] = 0x01;
    out[15] = 1;
    return out;
  }
};

QTEST_GUILESS_MAIN(TestCodec)
#include "test_codec.moc"
