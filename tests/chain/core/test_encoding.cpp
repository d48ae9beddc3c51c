#include <QtTest>

#include "chain/core/core_errc.h"
#include "chain/core/encoding.h"

using namespace wb;

class TestEncoding : public QObject {
  Q_OBJECT
private slots:
  void integersAreLittleEndianAndRoundTrip() {
    Writer w;
    w.u8(0xab).u16(0x0102).u32(0x03040506).u64(0x0708090a0b0c0d0eULL);
    QCOMPARE(QString::fromStdString(toHex(w.bytes())), QStringLiteral("ab0201060504030e0d0c0b0a090807"));
    Reader r(w.bytes());
    QCOMPARE(*r.u8("a"), std::uint8_t(0xab));
    QCOMPARE(*r.u16("b"), std::uint16_t(0x0102));
    QCOMPARE(*r.u32("c"), std::uint32_t(0x03040506));
    QCOMPARE(*r.u64("d"), std::uint64_t(0x0708090a0b0c0d0eULL));
    QVERIFY(r.finish().ok());
  }

  void variableFieldsRoundTrip() {
    Hash32 key{};
    key[5] = 9;
    Writer w;
    w.fixed(key).var(std::string_view("héllo")).var(Bytes{});
    Reader r(w.bytes());
    auto k = r.fixed<32>("key");
    QVERIFY(k.ok() && *k == key);
    auto text = r.text("memo", 16);
    QVERIFY(text.ok());
    QCOMPARE(QString::fromStdString(*text), QStringLiteral("héllo"));
    auto empty = r.var("empty", 0);
    QVERIFY(empty.ok() && empty->empty());
    QVERIFY(r.finish().ok());
  }

  void shortInputIsAnErrorAtEveryCut() {
    Writer w;
    w.u32(7).var(std::string_view("abcdef")).u64(1);
    const Bytes full = w.bytes();
    for (std::size_t cut = 0; cut < full.size(); ++cut) {
      Reader r(ByteView(full.data(), cut));
      auto a = r.u32("a");
      auto b = a ? r.var("b", 100) : Result<Bytes>(a.error());
      auto c = b ? r.u64("c") : Result<std::uint64_t>(b.error());
      QVERIFY2(!c.ok(), qPrintable(QString("cut at %1 decoded").arg(cut)));
      QCOMPARE(c.code(), CoreErrc::DecodeShortInput);
    }
  }

  void trailingBytesAreRejected() {
    const Bytes data{1, 0, 0, 0, 0xff};
    Reader r(data);
    QVERIFY(r.u32("a").ok());
    auto done = r.finish();
    QCOMPARE(done.code(), CoreErrc::DecodeTrailingBytes);
  }

  void oversizeFieldIsRejectedBeforeReading() {
    Writer w;
    w.var(std::string_view("0123456789"));
    Reader r(w.bytes());
    auto v = r.var("memo", 9);
    QCOMPARE(v.code(), CoreErrc::DecodeFieldTooLong);
    QVERIFY(QString::fromStdString(v.error().message).contains("memo"));
    // A huge declared length with little data is "too long", never an allocation.
    const Bytes hostile{0xff, 0xff, 0xff, 0xff, 1, 2};
    Reader h(hostile);
    QCOMPARE(h.var("blob", 1024).code(), CoreErrc::DecodeFieldTooLong);
  }

  void invalidUtf8IsRejected_data() {
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("lone continuation") << QByteArray("\x80");
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf");
    QTest::newRow("overlong 3-byte") << QByteArray("\xe0\x80\xaf");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80");
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
    QTest::newRow("truncated") << QByteArray("\xe4\xb8");
    QTest::newRow("invalid byte") << QByteArray("a\xffz");
  }
  void invalidUtf8IsRejected() {
    QFETCH(QByteArray, raw);
    Writer w;
    w.var(std::string_view(raw.constData(), size_t(raw.size())));
    Reader r(w.bytes());
    QCOMPARE(r.text("item", 200).code(), CoreErrc::DecodeInvalidUtf8);
  }

  void validUtf8IsAccepted() {
    QVERIFY(isValidUtf8(""));
    QVERIFY(isValidUtf8("iPhone"));
    QVERIFY(isValidUtf8("苹果手机"));
    QVERIFY(isValidUtf8("\xf0\x9f\x93\xa6"));  // U+1F4E6 package
  }
};

QTEST_GUILESS_MAIN(TestEncoding)
#include "test_encoding.moc"
