// Group commit of the wallet's journal (JournalGroupSync): calls that come while
// a sync runs share the next one, every caller hears back only after a sync
// that started after it asked, and a sync that fails says so to each of them.
#include <QTemporaryDir>
#include <QtTest>
#include <vector>

#include "chain/core/core_errc.h"
#include "tests/support/chain_fixture.h"
#include "tests/test_util.h"
#include "wallet/journal_group_sync.h"
#include "wallet/signed_tx_journal.h"

using namespace wb;
using namespace wb::testsupport;

namespace {

// A shop wallet's journal, opened in a temporary folder, and the signed
// transfers (account 0 to account 1) the tests append to it.
struct ShopJournal {
  Tx nextTransfer() { return chain.factory.makeTx(0, TransferPayload{chain.accounts.key(1), kCoin, ""}); }

  ChainFixture chain{2};
  const QString path = SignedTxJournal::pathFor(chain.dir.filePath("shop.wallet"));
  Result<SignedTxJournal> journal = SignedTxJournal::open(path);
};

}  // namespace

class TestJournalGroupSync : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  // 200 appends in one turn of the event loop (a JSON-RPC batch): the first
  // starts a sync, the other 199 share the second one, and the journal holds all 200.
  void aBatchSharesTwoSyncs() {
    ShopJournal shop;
    auto& [chain, path, journal] = shop;
    WB_VERIFY_OK(journal);
    JournalGroupSync sync(path);
    constexpr int kCalls = 200;
    std::vector<Tx> txs;
    std::vector<std::uint64_t> syncsSeen;  // syncCount() when each caller heard back
    for (int i = 0; i < kCalls; ++i) {
      txs.push_back(shop.nextTransfer());
      WB_VERIFY_OK(journal->append(txs.back(), SignedTxJournal::Durability::Written));
      sync.afterSync([&syncsSeen, &sync](Status status) {
        QVERIFY(status.ok());
        syncsSeen.push_back(sync.syncCount());
      });
    }
    QVERIFY(syncsSeen.empty());  // nobody hears back before a sync
    QTRY_COMPARE(syncsSeen.size(), std::size_t{kCalls});
    QCOMPARE(sync.syncCount(), std::uint64_t{2});
    QCOMPARE(syncsSeen.front(), std::uint64_t{1});  // the first caller: the sync it started
    for (int i = 1; i < kCalls; ++i) QCOMPARE(syncsSeen[static_cast<std::size_t>(i)], std::uint64_t{2});
    auto reopened = SignedTxJournal::open(path);
    WB_VERIFY_OK(reopened);
    QVERIFY(reopened->txs() == txs);
  }

  // One call at a time: one sync each, none skipped.
  void callsApartEachGetTheirSync() {
    ShopJournal shop;
    auto& [chain, path, journal] = shop;
    WB_VERIFY_OK(journal);
    JournalGroupSync sync(path);
    for (std::uint64_t i = 1; i <= 3; ++i) {
      WB_VERIFY_OK(journal->append(shop.nextTransfer(), SignedTxJournal::Durability::Written));
      bool heard = false;
      sync.afterSync([&heard](Status status) { heard = status.ok(); });
      QTRY_VERIFY(heard);
      QCOMPARE(sync.syncCount(), i);
    }
  }

  // A file that cannot be synced: every waiting caller gets the IoError.
  void aFailedSyncReachesEveryCaller() {
    QTemporaryDir dir;
    JournalGroupSync sync(dir.filePath("gone/shop.wallet.pending"));
    std::vector<ErrorCode> codes;
    for (int i = 0; i < 3; ++i) {
      sync.afterSync([&codes](Status status) { codes.push_back(status.code()); });
    }
    QTRY_COMPARE(codes.size(), std::size_t{3});
    for (ErrorCode code : codes) QCOMPARE(code, CoreErrc::IoError);
  }

  // Destroyed while a sync runs: it waits for it, and calls nobody afterwards.
  void destroyedWhileSyncingCallsNobody() {
    ShopJournal shop;
    auto& [chain, path, journal] = shop;
    WB_VERIFY_OK(journal);
    WB_VERIFY_OK(journal->append(shop.nextTransfer(), SignedTxJournal::Durability::Written));
    int heard = 0;
    {
      JournalGroupSync sync(path);
      sync.afterSync([&heard](Status) { ++heard; });
      sync.afterSync([&heard](Status) { ++heard; });
    }
    QTest::qWait(100);
    QCOMPARE(heard, 0);
  }
};

QTEST_GUILESS_MAIN(TestJournalGroupSync)
#include "test_journal_group_sync.moc"
