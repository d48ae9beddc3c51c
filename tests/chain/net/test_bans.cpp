// Ban list persistence and expiry (injected clock), damaged files; address
// parsing and the bounded address book.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "chain/address/endpoint_errc.h"
#include "chain/address/net_address.h"
#include "chain/net/address_book.h"
#include "chain/net/ban_list.h"
#include "chain/net/net_errc.h"
#include "chain/net/wire_endpoint.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::net;

namespace {

QByteArray readFile(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& data) {
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write(data);
}

}  // namespace

class TestBans : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void bansPersistAcrossReloads() {
    QTemporaryDir dir;
    const QString path = dir.filePath("banlist.dat");
    std::int64_t now = 1'000'000;
    const UnixClock clock = [&] { return now; };
    {
      BanList bans(path, clock);
      WB_VERIFY_OK(bans.load());  // no file yet: empty
      QVERIFY(bans.entries().empty());
      WB_VERIFY_OK(bans.ban(QHostAddress("10.0.0.1")));
      WB_VERIFY_OK(bans.ban(QHostAddress("2001:db8::1"), 60));
    }
    BanList reloaded(path, clock);
    WB_VERIFY_OK(reloaded.load());
    QVERIFY(reloaded.isBanned(QHostAddress("10.0.0.1")));
    QVERIFY(reloaded.isBanned(QHostAddress("::ffff:10.0.0.1")));  // one host, however it is spelt
    QVERIFY(reloaded.isBanned(QHostAddress("2001:db8::1")));
    QVERIFY(!reloaded.isBanned(QHostAddress("10.0.0.2")));
    const auto entries = reloaded.entries();
    QCOMPARE(entries.size(), std::size_t{2});
    QVERIFY((entries[0] == BanEntry{"10.0.0.1", 1'000'000 + kDefaultBanSeconds}));
    QVERIFY((entries[1] == BanEntry{"2001:db8::1", 1'000'060}));
    WB_VERIFY_OK(reloaded.unban(QHostAddress("10.0.0.1")));
    BanList again(path, clock);
    WB_VERIFY_OK(again.load());
    QVERIFY(!again.isBanned(QHostAddress("10.0.0.1")));
    QVERIFY(again.isBanned(QHostAddress("2001:db8::1")));
  }

  void bansExpireWithTheClock() {
    QTemporaryDir dir;
    const QString path = dir.filePath("banlist.dat");
    std::int64_t now = 5'000;
    BanList bans(path, [&] { return now; });
    WB_VERIFY_OK(bans.ban(QHostAddress("192.0.2.7"), 100));
    WB_VERIFY_OK(bans.ban(QHostAddress("192.0.2.8")));  // 24 h
    now += 99;
    QVERIFY(bans.isBanned(QHostAddress("192.0.2.7")));
    now += 1;
    QVERIFY(!bans.isBanned(QHostAddress("192.0.2.7")));
    QCOMPARE(bans.entries().size(), std::size_t{1});
    // A re-ban never shortens a longer ban.
    WB_VERIFY_OK(bans.ban(QHostAddress("192.0.2.8"), 10));
    now += kDefaultBanSeconds - 101;
    QVERIFY(bans.isBanned(QHostAddress("192.0.2.8")));
    now += 1;
    QVERIFY(!bans.isBanned(QHostAddress("192.0.2.8")));
    // Expired entries are not loaded back.
    BanList reloaded(path, [&] { return now; });
    WB_VERIFY_OK(reloaded.load());
    QVERIFY(reloaded.entries().empty());
  }

  void corruptFileIsReportedAndKeptUntilTheNextBan() {
    QTemporaryDir dir;
    const QString path = dir.filePath("banlist.dat");
    const std::int64_t now = 10;
    QByteArray good = encodeBanFile({{"10.1.1.1", 1000}});
    QByteArray flipped = good;
    flipped[12] = char(flipped[12] ^ 0x01);
    const QByteArray cases[] = {QByteArray("garbage"), flipped, good.left(good.size() - 1), good + "x", QByteArray()};
    for (const QByteArray& damaged : cases) {
      writeFile(path, damaged);
      BanList bans(path, [&] { return now; });
      WB_VERIFY_FAILS(bans.load(), NetErrc::BanListCorrupt);
      // Only a record before the damage survives (a stray byte after a whole one).
      const bool kept = damaged == good + "x";
      QCOMPARE(bans.isBanned(QHostAddress("10.1.1.1")), kept);
      QCOMPARE(bans.entries().size(), std::size_t{kept ? 1u : 0u});
      QCOMPARE(readFile(path), damaged);                     // untouched: maybe a person wants to look at it
      WB_VERIFY_OK(bans.ban(QHostAddress("10.9.9.9"), 50));  // the next ban rewrites it whole
      BanList reloaded(path, [&] { return now; });
      WB_VERIFY_OK(reloaded.load());
      QVERIFY(reloaded.isBanned(QHostAddress("10.9.9.9")));
      QCOMPARE(reloaded.isBanned(QHostAddress("10.1.1.1")), kept);
    }
  }

  // One damaged record in a long journal costs the records after it, never the whole list.
  void damagedTailKeepsTheBansBeforeIt() {
    QTemporaryDir dir;
    const QString path = dir.filePath("banlist.dat");
    const std::int64_t now = 10;
    std::vector<BanEntry> many;
    for (int i = 0; i < 100; ++i) many.push_back({QString("10.2.0.%1").arg(i), 1000 + i});
    QByteArray data = encodeBanFile(many);
    data[data.size() - 3] = char(data[data.size() - 3] ^ 0x40);  // the last record's checksum
    writeFile(path, data);
    BanList bans(path, [&] { return now; });
    WB_VERIFY_FAILS(bans.load(), NetErrc::BanListCorrupt);
    QCOMPARE(bans.entries().size(), std::size_t{99});
    QVERIFY(bans.isBanned(QHostAddress("10.2.0.98")));
    QVERIFY(!bans.isBanned(QHostAddress("10.2.0.99")));
  }

  // A list longer than kMaxBanEntries is not refused: the longest bans are kept.
  void oversizeListKeepsTheLongestBans() {
    QTemporaryDir dir;
    const QString path = dir.filePath("banlist.dat");
    const std::int64_t now = 10;
    std::vector<BanEntry> many;
    for (std::uint32_t i = 0; i < kMaxBanEntries + 500; ++i) {
      many.push_back({QHostAddress(0x0a000000u + i).toString(), 1000 + std::int64_t(i)});
    }
    writeFile(path, encodeBanFile(many));
    BanList bans(path, [&] { return now; });
    WB_VERIFY_OK(bans.load());
    QCOMPARE(bans.entries().size(), std::size_t{kMaxBanEntries});
    QVERIFY(!bans.isBanned(QHostAddress(0x0a000000u)));                        // expires first: gave way
    QVERIFY(bans.isBanned(QHostAddress(0x0a000000u + kMaxBanEntries + 499)));  // the longest
  }

  // Each ban appends to the file; what was written before is not rewritten.
  void bansAreAppended() {
    QTemporaryDir dir;
    const QString path = dir.filePath("banlist.dat");
    const std::int64_t now = 10;
    BanList bans(path, [&] { return now; });
    WB_VERIFY_OK(bans.load());
    WB_VERIFY_OK(bans.ban(QHostAddress("10.3.0.1"), 100));
    WB_VERIFY_OK(bans.ban(QHostAddress("10.3.0.2"), 100));
    const QByteArray before = readFile(path);
    WB_VERIFY_OK(bans.ban(QHostAddress("10.3.0.3"), 100));
    WB_VERIFY_OK(bans.unban(QHostAddress("10.3.0.1")));
    const QByteArray after = readFile(path);
    QVERIFY(after.size() > before.size());
    QVERIFY(after.startsWith(before));
    BanList reloaded(path, [&] { return now; });
    WB_VERIFY_OK(reloaded.load());
    QVERIFY(!reloaded.isBanned(QHostAddress("10.3.0.1")));
    QVERIFY(reloaded.isBanned(QHostAddress("10.3.0.2")));
    QVERIFY(reloaded.isBanned(QHostAddress("10.3.0.3")));
  }

  // In memory too the list is bounded.
  void banListIsBounded() {
    std::int64_t now = 10;
    BanList bans(QString(), [&] { return now; });
    for (std::uint32_t i = 0; i < kMaxBanEntries + 10; ++i) {
      WB_VERIFY_OK(bans.ban(QHostAddress(0x0b000000u + i), 1000 + std::int64_t(i)));
    }
    QCOMPARE(bans.entries().size(), std::size_t{kMaxBanEntries});
    QVERIFY(bans.isBanned(QHostAddress(0x0b000000u + kMaxBanEntries + 9)));
  }

  void badBansAreRefused() {
    BanList bans(QString(), systemUnixTime);  // memory only
    WB_VERIFY_FAILS(bans.ban(QHostAddress()), EndpointErrc::BadAddress);
    WB_VERIFY_FAILS(bans.ban(QHostAddress("10.0.0.1"), 0), EndpointErrc::BadAddress);
    WB_VERIFY_OK(bans.ban(QHostAddress("10.0.0.1"), 5));
    QVERIFY(bans.isBanned(QHostAddress("10.0.0.1")));
  }

  void unwritableFileIsAnIoErrorButTheBanHolds() {
    QTemporaryDir dir;
    BanList bans(dir.filePath("missing-folder/banlist.dat"));
    WB_VERIFY_FAILS(bans.ban(QHostAddress("10.0.0.3")), NetErrc::BanListIo);
    QVERIFY(bans.isBanned(QHostAddress("10.0.0.3")));
  }

  void hostPortParsing() {
    auto v4 = parseHostPort("127.0.0.1:9333");
    WB_VERIFY_OK(v4);
    QVERIFY((*v4 == HostPort{QHostAddress("127.0.0.1"), 9333}));
    auto v6 = parseHostPort("[::1]:80");
    WB_VERIFY_OK(v6);
    QVERIFY((*v6 == HostPort{QHostAddress("::1"), 80}));
    QCOMPARE(hostPortText(*v6), QString("[::1]:80"));
    auto mapped = parseHostPort("[::ffff:10.0.0.5]:7");
    WB_VERIFY_OK(mapped);
    QCOMPARE(hostPortText(*mapped), QString("10.0.0.5:7"));
    for (const char* bad : {"", "127.0.0.1", "127.0.0.1:", "127.0.0.1:0", "127.0.0.1:65536", "host.example:80",
                            "::1:80", "[::1]80", "1.2.3.4:-1", "[::1:80"}) {
      WB_VERIFY_FAILS(parseHostPort(bad), EndpointErrc::BadAddress);
    }
    // Wire round trip.
    QVERIFY(fromEndpoint(toEndpoint(*v4)) == *v4);
    QVERIFY(fromEndpoint(toEndpoint(*v6)) == *v6);
  }

  void addressBookIsBoundedAndDeduplicated() {
    AddressBook book(3);
    QVERIFY(book.add({QHostAddress("10.0.0.1"), 1}));
    QVERIFY(!book.add({QHostAddress("::ffff:10.0.0.1"), 1}));  // the same endpoint
    QVERIFY(!book.add({QHostAddress("0.0.0.0"), 1}));          // not dialable
    QVERIFY(!book.add({QHostAddress("10.0.0.9"), 0}));
    QVERIFY(book.add({QHostAddress("10.0.0.2"), 1}));
    QVERIFY(book.add({QHostAddress("10.0.0.3"), 1}));
    QVERIFY(book.add({QHostAddress("10.0.0.4"), 1}));  // the oldest makes room
    QCOMPARE(book.size(), std::size_t{3});
    QVERIFY(!book.contains({QHostAddress("10.0.0.1"), 1}));
    const auto newest = book.newest(2);
    QCOMPARE(newest.size(), std::size_t{2});
    QVERIFY((newest[0] == HostPort{QHostAddress("10.0.0.4"), 1}));
    book.remove({QHostAddress("10.0.0.3"), 1});
    QCOMPARE(book.size(), std::size_t{2});
    QVERIFY(book.add({QHostAddress("10.0.0.3"), 1}));
  }
};

QTEST_GUILESS_MAIN(TestBans)
#include "test_bans.moc"
