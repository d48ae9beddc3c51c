// Key encodings: byte order equals numeric order; decoders validate lengths.
#include <QtTest>
#include <algorithm>
#include <random>

#include "chain/core/core_errc.h"
#include "chain/core/keys.h"
#include "chain/core/secure_bytes.h"
#include "tests/test_util.h"

using namespace wb;

namespace {

bool bytesLess(ByteView a, ByteView b) { return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end()); }

Hash32 filled(Byte b) {
  Hash32 h;
  h.fill(b);
  return h;
}

}  // namespace

class TestKeys : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto()); }

  void bigEndianLayout() {
    const auto k = keyU64(0x0102030405060708ULL);
    QCOMPARE(QString::fromStdString(toHex(k)), QStringLiteral("0102030405060708"));
    QCOMPARE(QString::fromStdString(toHex(keyU32(0xa0b0c0d0u))), QStringLiteral("a0b0c0d0"));
  }

  void byteOrderEqualsNumericOrder() {
    std::vector<std::uint64_t> values{
        0,    1, 255, 256, 65535, 65536, 0xffffffffULL, 0x100000000ULL, 0x7fffffffffffffffULL, 0x8000000000000000ULL,
        ~0ULL};
    std::mt19937_64 random(20261126);
    for (int i = 0; i < 2000; ++i) values.push_back(random() >> (random() % 64));
    for (std::size_t i = 0; i + 1 < values.size(); ++i) {
      const std::uint64_t a = values[i], b = values[i + 1];
      QCOMPARE(bytesLess(keyU64(a), keyU64(b)), a < b);
      QCOMPARE(bytesLess(keyU32(static_cast<std::uint32_t>(a)), keyU32(static_cast<std::uint32_t>(b))),
               static_cast<std::uint32_t>(a) < static_cast<std::uint32_t>(b));
      QCOMPARE(*decodeKeyU64(keyU64(a)), a);
      QCOMPARE(*decodeKeyU32(keyU32(static_cast<std::uint32_t>(a))), static_cast<std::uint32_t>(a));
    }
  }

  void integerDecodersRejectOtherLengths() {
    const Bytes nine(9, 0);
    for (std::size_t n : {0, 1, 7, 9}) QCOMPARE(decodeKeyU64(ByteView(nine.data(), n)).code(), CoreErrc::BadStoreKey);
    for (std::size_t n : {0, 3, 5, 8}) QCOMPARE(decodeKeyU32(ByteView(nine.data(), n)).code(), CoreErrc::BadStoreKey);
  }

  void partyHeightIdRoundTripsAndSortsByPartyThenHeight() {
    const PartyHeightId key{filled(0x42), 123456789, filled(0x07)};
    const Bytes encoded = encodePartyHeightId(key);
    QCOMPARE(encoded.size(), std::size_t{72});
    auto decoded = decodePartyHeightId(encoded);
    WB_VERIFY_OK(decoded);
    QVERIFY(decoded->party == key.party && decoded->height == key.height && decoded->id == key.id);

    // Height decides before id, party before height.
    const Bytes lowHeightBigId = encodePartyHeightId({filled(0x42), 255, filled(0xff)});
    const Bytes highHeightSmallId = encodePartyHeightId({filled(0x42), 256, filled(0x00)});
    QVERIFY(bytesLess(lowHeightBigId, highHeightSmallId));
    const Bytes otherParty = encodePartyHeightId({filled(0x43), 0, filled(0x00)});
    QVERIFY(bytesLess(encodePartyHeightId({filled(0x42), ~0ULL, filled(0xff)}), otherParty));

    QCOMPARE(decodePartyHeightId(ByteView(encoded.data(), 71)).code(), CoreErrc::BadStoreKey);
    Bytes longer = encoded;
    longer.push_back(0);
    auto tooLong = decodePartyHeightId(longer);
    QCOMPARE(tooLong.code(), CoreErrc::BadStoreKey);
    QVERIFY(wb::test::contains(tooLong.error().message, "party/height/id key"));
  }

  void deadlineIdRoundTripsAndSortsByDeadline() {
    const Bytes a = encodeDeadlineId({99, filled(0xee)});
    const Bytes b = encodeDeadlineId({100, filled(0x01)});
    QCOMPARE(a.size(), std::size_t{40});
    QVERIFY(bytesLess(a, b));
    auto decoded = decodeDeadlineId(b);
    WB_VERIFY_OK(decoded);
    QCOMPARE(decoded->deadline, std::uint64_t{100});
    QVERIFY(decoded->id == filled(0x01));
    QCOMPARE(decodeDeadlineId(ByteView(b.data(), 39)).code(), CoreErrc::BadStoreKey);
    QCOMPARE(decodeDeadlineId(Bytes(41, 0)).code(), CoreErrc::BadStoreKey);
    QCOMPARE(decodeDeadlineId(Bytes{}).code(), CoreErrc::BadStoreKey);
  }

  void keyReaderReadsCompositeFields() {
    const Bytes key = KeyWriter().u8(3).u32(70000).u64(5).fixed(filled(9)).take();
    QCOMPARE(key.size(), std::size_t{1 + 4 + 8 + 32});
    KeyReader reader(key, "test key");
    QCOMPARE(*reader.u8(), std::uint8_t{3});
    QCOMPARE(*reader.u32(), std::uint32_t{70000});
    QVERIFY(!reader.finish().ok());  // not consumed yet
    QCOMPARE(*reader.u64(), std::uint64_t{5});
    QVERIFY(*reader.fixed<32>() == filled(9));
    WB_VERIFY_OK(reader.finish());
    QCOMPARE(reader.u8().code(), CoreErrc::BadStoreKey);  // past the end
  }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "test_keys.moc"
