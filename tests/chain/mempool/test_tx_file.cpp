// Files of signed transactions (mempool.dat, the wallet's journal): a round
// trip, damaged records skipped, a cut tail tolerated, a foreign file refused.
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>

#include "chain/core/tx_codec.h"
#include "chain/mempool/tx_file.h"
#include "chain/store/store_errc.h"
#include "tests/support/chain_fixture.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::testsupport;

class TestTxFile : public QObject {
  Q_OBJECT

  std::vector<Tx> someTxs(ChainFixture& f, std::size_t count) {
    std::vector<Tx> txs;
    for (std::size_t i = 0; i < count; ++i) {
      txs.push_back(f.factory.makeTx(i % 3, TransferPayload{f.accounts.key(3), kCoin + i, "memo"}));
    }
    return txs;
  }

private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void roundTripAndMissingFile() {
    ChainFixture f(4);
    const std::vector<Tx> txs = someTxs(f, 5);
    const std::filesystem::path path = std::filesystem::path(f.dir.path().toStdString()) / "mempool.dat";
    auto none = readTxFile(path, kMempoolFileMagic);
    WB_VERIFY_OK(none);
    QVERIFY(none->txs.empty());
    WB_VERIFY_OK(writeTxFile(path, kMempoolFileMagic, txs));
    auto back = readTxFile(path, kMempoolFileMagic);
    WB_VERIFY_OK(back);
    QVERIFY(back->txs == txs);
    QVERIFY(back->problems.empty());
    // Another kind of transaction file is not taken for this one.
    WB_VERIFY_FAILS(readTxFile(path, kTxJournalMagic), StoreErrc::Corrupt);
  }

  void damagedRecordsAreSkippedAndCutTailEnds() {
    ChainFixture f(4);
    const std::vector<Tx> txs = someTxs(f, 3);
    Writer out;
    out.fixed(txFileHeader(kMempoolFileMagic));
    writeTxRecord(out, txs[0]);
    out.var(Bytes{1, 2, 3});  // not a transaction
    writeTxRecord(out, txs[1]);
    Writer last;
    writeTxRecord(last, txs[2]);
    Bytes bytes = out.bytes();
    bytes.insert(bytes.end(), last.bytes().begin(), last.bytes().end() - 10);  // a crash mid-append
    auto parsed = parseTxFile(bytes, kMempoolFileMagic);
    WB_VERIFY_OK(parsed);
    QCOMPARE(parsed->txs.size(), std::size_t(2));
    QVERIFY(parsed->txs[0] == txs[0] && parsed->txs[1] == txs[1]);
    QCOMPARE(parsed->problems.size(), std::size_t(2));
    WB_VERIFY_FAILS(parseTxFile(Bytes{1, 2, 3}, kMempoolFileMagic), StoreErrc::Corrupt);
  }
};

QTEST_GUILESS_MAIN(TestTxFile)
#include "test_tx_file.moc"
