// Cursor moves and range scans: paging in both directions, prefixes, resume keys.
#include <QtTest>
#include <algorithm>

#include "chain/core/core_errc.h"
#include "chain/core/keys.h"
#include "chain/core/secure_bytes.h"
#include "chain/store/lmdb_env.h"
#include "chain/store/range.h"
#include "chain/store/store_errc.h"
#include "tests/test_util.h"

using namespace wb;
using wb::test::textOf;

namespace {

Hash32 filled(Byte b) {
  Hash32 h;
  h.fill(b);
  return h;
}

Hash32 idFor(std::uint64_t height, Byte salt) {
  Hash32 id{};
  id[0] = static_cast<Byte>(height * 7 + salt);
  id[31] = salt;
  return id;
}

std::vector<Bytes> keysOf(const Page& page) {
  std::vector<Bytes> keys;
  for (const Record& r : page.records) keys.push_back(r.key);
  return keys;
}

}  // namespace

class TestCursor : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  std::optional<LmdbEnv> env_;
  Db numbers_;  // keyU64(10), keyU64(20), keyU64(30)
  Db byParty_;  // PartyHeightId keys for three parties
  Db dups_;     // DupSort
  // Every byParty_ key of party 0xaa.., ascending.
  std::vector<Bytes> partyKeys_;

private slots:
  void initTestCase() {
    QVERIFY(initCrypto());
    QVERIFY(dir_.isValid());
    auto env = LmdbEnv::open(dir_.path().toStdString());
    WB_VERIFY_OK(env);
    env_.emplace(std::move(*env));
    WB_VERIFY_OK(env_->write([&](WriteTxn& txn) -> Status {
      auto numbers = txn.openDb("numbers", DbFlags::None, OpenMode::CreateIfMissing);
      auto byParty = txn.openDb("by_party", DbFlags::None, OpenMode::CreateIfMissing);
      auto dups = txn.openDb("dups", DbFlags::DupSort, OpenMode::CreateIfMissing);
      if (!numbers || !byParty || !dups) return fail(StoreErrc::Lmdb, "opening test databases");
      numbers_ = *numbers;
      byParty_ = *byParty;
      dups_ = *dups;
      for (std::uint64_t n : {30, 10, 20}) WB_TRY(txn.put(numbers_, keyU64(n), keyU64(n * 100)));
      // Parties 0x00.., 0xaa.. and 0xff.. (the last has no prefix successor).
      partyKeys_.clear();
      for (Byte party : {Byte{0x00}, Byte{0xaa}, Byte{0xff}}) {
        for (std::uint64_t height = 1; height <= 12; ++height) {
          for (Byte salt : {Byte{1}, Byte{2}}) {
            const Bytes key = encodePartyHeightId({filled(party), height, idFor(height, salt)});
            WB_TRY(txn.put(byParty_, key, keyU64(height)));
            if (party == 0xaa) partyKeys_.push_back(key);
          }
        }
      }
      std::sort(partyKeys_.begin(), partyKeys_.end());
      for (const char* v : {"a", "b", "c"}) WB_TRY(txn.put(dups_, asBytes("k1"), asBytes(v)));
      for (const char* v : {"d", "e"}) WB_TRY(txn.put(dups_, asBytes("k2"), asBytes(v)));
      return {};
    }));
  }

  void movesAndSeeks() {
    auto txn = env_->beginRead();
    WB_VERIFY_OK(txn);
    auto c = txn->cursor(numbers_);
    WB_VERIFY_OK(c);
    const auto keyIs = [](const CursorStep& step, std::uint64_t n) {
      return step.ok() && step->has_value() && *decodeKeyU64((*step)->key) == n;
    };
    QVERIFY(keyIs(c->first(), 10));
    QVERIFY(keyIs(c->next(), 20));
    QVERIFY(keyIs(c->next(), 30));
    auto end = c->next();
    WB_VERIFY_OK(end);
    QVERIFY(!end->has_value());
    QVERIFY(keyIs(c->last(), 30));
    QVERIFY(keyIs(c->prev(), 20));
    QCOMPARE(*decodeKeyU64((**c->current()).value), std::uint64_t{2000});
    QVERIFY(keyIs(c->seek(keyU64(11)), 20));
    QVERIFY(keyIs(c->seek(keyU64(20)), 20));
    QVERIFY(!c->seek(keyU64(31))->has_value());
    QVERIFY(keyIs(c->seekExact(keyU64(30)), 30));
    QVERIFY(!c->seekExact(keyU64(25))->has_value());
    QVERIFY(keyIs(c->seekAtOrBefore(keyU64(25)), 20));
    QVERIFY(keyIs(c->seekAtOrBefore(keyU64(20)), 20));
    QVERIFY(keyIs(c->seekAtOrBefore(keyU64(1000)), 30));
    QVERIFY(!c->seekAtOrBefore(keyU64(9))->has_value());
  }

  void pagesNewestFirst() {
    auto txn = env_->beginRead();
    KeyRange range{Bytes(32, 0xaa), std::nullopt, ScanOrder::Descending};
    std::vector<Bytes> all;
    std::vector<std::size_t> sizes;
    for (;;) {
      auto page = readPage(*txn, byParty_, range, 10);
      WB_VERIFY_OK(page);
      sizes.push_back(page->records.size());
      for (const Bytes& k : keysOf(*page)) all.push_back(k);
      if (!page->more) break;
      range.after = page->records.back().key;
    }
    QCOMPARE(sizes, (std::vector<std::size_t>{10, 10, 4}));
    std::vector<Bytes> expected(partyKeys_.rbegin(), partyKeys_.rend());
    QVERIFY(all == expected);
    auto newest = decodePartyHeightId(all.front());
    WB_VERIFY_OK(newest);
    QCOMPARE(newest->height, std::uint64_t{12});
    QVERIFY(newest->party == filled(0xaa));
  }

  void pagesOldestFirst() {
    auto txn = env_->beginRead();
    KeyRange range{Bytes(32, 0xaa), std::nullopt, ScanOrder::Ascending};
    std::vector<Bytes> all;
    for (int pages = 0;; ++pages) {
      QVERIFY(pages < 10);
      auto page = readPage(*txn, byParty_, range, 7);
      WB_VERIFY_OK(page);
      for (const Bytes& k : keysOf(*page)) all.push_back(k);
      if (!page->more) break;
      range.after = page->records.back().key;
    }
    QVERIFY(all == partyKeys_);
  }

  void prefixAtTheTopAndBottomOfTheKeySpace() {
    auto txn = env_->beginRead();
    for (Byte party : {Byte{0x00}, Byte{0xff}}) {
      for (ScanOrder order : {ScanOrder::Ascending, ScanOrder::Descending}) {
        auto page = readPage(*txn, byParty_, KeyRange{Bytes(32, party), std::nullopt, order}, 100);
        WB_VERIFY_OK(page);
        QCOMPARE(page->records.size(), std::size_t{24});
        QVERIFY(!page->more);
        for (const Record& r : page->records) QCOMPARE(r.key.front(), party);
        const auto first = *decodePartyHeightId(page->records.front().key);
        QCOMPARE(first.height, order == ScanOrder::Ascending ? std::uint64_t{1} : std::uint64_t{12});
      }
    }
    // A page that ends exactly at the range's end reports no more.
    auto exact = readPage(*txn, byParty_, KeyRange{Bytes(32, 0xff), std::nullopt, ScanOrder::Descending}, 24);
    WB_VERIFY_OK(exact);
    QVERIFY(!exact->more);
  }

  void resumeBeforeAHeight() {
    // "Orders of this party before height 5, newest first": resume after party‖5‖0…0.
    auto txn = env_->beginRead();
    const Bytes before = encodePartyHeightId({filled(0xaa), 5, Hash32{}});
    auto page = readPage(*txn, byParty_, KeyRange{Bytes(32, 0xaa), before, ScanOrder::Descending}, 100);
    WB_VERIFY_OK(page);
    QCOMPARE(page->records.size(), std::size_t{8});
    QCOMPARE(decodePartyHeightId(page->records.front().key)->height, std::uint64_t{4});
    QCOMPARE(decodePartyHeightId(page->records.back().key)->height, std::uint64_t{1});
  }

  void resumeKeyOutsidePrefixIsRejected() {
    auto txn = env_->beginRead();
    const Bytes elsewhere = encodePartyHeightId({filled(0x00), 5, Hash32{}});
    auto page = readPage(*txn, byParty_, KeyRange{Bytes(32, 0xaa), elsewhere, ScanOrder::Descending}, 10);
    QCOMPARE(page.code(), CoreErrc::BadStoreKey);
  }

  void visitorStopsAndErrorsPropagate() {
    auto txn = env_->beginRead();
    std::vector<std::uint64_t> seen;
    auto visited = scan(*txn, numbers_, KeyRange{}, [&](const Entry& e) -> Result<Visit> {
      seen.push_back(*decodeKeyU64(e.key));
      return seen.size() == 2 ? Visit::Stop : Visit::Continue;
    });
    WB_VERIFY_OK(visited);
    QCOMPARE(*visited, std::size_t{2});
    QCOMPARE(seen, (std::vector<std::uint64_t>{10, 20}));
    auto failed = scan(*txn, numbers_, KeyRange{},
                       [](const Entry&) -> Result<Visit> { return fail(CoreErrc::DecodeBadValue, "bad record"); });
    QCOMPARE(failed.code(), CoreErrc::DecodeBadValue);
  }

  void dupSortScansVisitEveryValue() {
    auto txn = env_->beginRead();
    const auto collect = [&](const KeyRange& range) {
      std::string out;
      auto done = scan(*txn, dups_, range, [&](const Entry& e) -> Result<Visit> {
        out += textOf(e.value);
        return Visit::Continue;
      });
      return done.ok() ? out : done.error().message;
    };
    QCOMPARE(collect(KeyRange{}), std::string("abcde"));
    QCOMPARE(collect(KeyRange{{}, std::nullopt, ScanOrder::Descending}), std::string("edcba"));
    QCOMPARE(collect(KeyRange{{}, wb::test::bytesOf("k1"), ScanOrder::Ascending}), std::string("de"));
    QCOMPARE(collect(KeyRange{{}, wb::test::bytesOf("k2"), ScanOrder::Descending}), std::string("cba"));
  }

  void eraseWhileWalkingDueEntries() {
    // The deadline pattern: walk ascending, delete what is due, stop at the first later one.
    auto db = env_->openDb("deadlines", DbFlags::None, OpenMode::CreateIfMissing);
    WB_VERIFY_OK(db);
    WB_VERIFY_OK(env_->write([&](WriteTxn& txn) -> Status {
      for (std::uint64_t d : {5, 3, 9, 3, 7}) {
        WB_TRY(txn.put(*db, encodeDeadlineId({d, filled(static_cast<Byte>(d * 3 + txn.count(*db).value()))}),
                       asBytes("x")));
      }
      return {};
    }));
    std::vector<std::uint64_t> due;
    WB_VERIFY_OK(env_->write([&](WriteTxn& txn) -> Status {
      due.clear();
      WB_TRY_ASSIGN(cursor, txn.cursor(*db));
      for (auto step = cursor->first();;) {
        WB_TRY(step);
        if (!step->has_value()) break;
        WB_TRY_ASSIGN(key, decodeDeadlineId((*step)->key));
        if (key->deadline > 6) break;
        due.push_back(key->deadline);
        step = cursor->eraseCurrent();
      }
      return {};
    }));
    QCOMPARE(due, (std::vector<std::uint64_t>{3, 3, 5}));
    auto left = readPage(*env_->beginRead(), *db, KeyRange{}, 10);
    WB_VERIFY_OK(left);
    QCOMPARE(left->records.size(), std::size_t{2});
    QCOMPARE(decodeDeadlineId(left->records[0].key)->deadline, std::uint64_t{7});
  }

  void eraseWalkAcrossManyPages() {
    // Thousands of entries span many pages: erasing every other one while
    // walking must neither skip nor repeat an entry at page boundaries.
    auto db = env_->openDb("many", DbFlags::None, OpenMode::CreateIfMissing);
    WB_VERIFY_OK(db);
    constexpr std::uint64_t kCount = 5000;
    WB_VERIFY_OK(env_->write([&](WriteTxn& txn) -> Status {
      for (std::uint64_t i = 0; i < kCount; ++i) WB_TRY(txn.put(*db, keyU64(i), Bytes(40, 0x5a)));
      return {};
    }));
    std::uint64_t walked = 0;
    WB_VERIFY_OK(env_->write([&](WriteTxn& txn) -> Status {
      walked = 0;
      WB_TRY_ASSIGN(cursor, txn.cursor(*db));
      for (auto step = cursor->first(); step.ok() && step->has_value(); ++walked) {
        WB_TRY_ASSIGN(n, decodeKeyU64((*step)->key));
        if (*n != walked) return fail(StoreErrc::Corrupt, "walk out of order at " + std::to_string(walked));
        step = (*n % 2 == 0) ? cursor->eraseCurrent() : cursor->next();
        WB_TRY(step);
      }
      return {};
    }));
    QCOMPARE(walked, kCount);
    auto txn = env_->beginRead();
    QCOMPARE(*txn->count(*db), kCount / 2);
    auto odd = readPage(*txn, *db, KeyRange{}, kCount);
    WB_VERIFY_OK(odd);
    for (std::size_t i = 0; i < odd->records.size(); ++i) QCOMPARE(*decodeKeyU64(odd->records[i].key), 2 * i + 1);
  }
};

QTEST_GUILESS_MAIN(TestCursor)
#include "test_cursor.moc"
