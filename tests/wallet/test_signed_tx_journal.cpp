// The wallet's journal of signed transactions: appends are on disk at once,
// survive a reopen (also with a cut last record), and go when dropped or no
// longer kept.
#include <QFile>
#include <QtTest>

#include "chain/core/tx_codec.h"
#include "tests/support/chain_fixture.h"
#include "tests/test_util.h"
#include "wallet/signed_tx_journal.h"

using namespace wb;
using namespace wb::testsupport;

class TestSignedTxJournal : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void appendsSurviveReopenAndCanGo() {
    ChainFixture f(3);
    const QString path = SignedTxJournal::pathFor(f.dir.filePath("shop.wallet"));
    QVERIFY(path.endsWith("shop.wallet.pending"));
    std::vector<Tx> txs;
    for (std::size_t i = 0; i < 4; ++i)
      txs.push_back(f.factory.makeTx(0, TransferPayload{f.accounts.key(1), kCoin, ""}));
    {
      auto journal = SignedTxJournal::open(path);
      WB_VERIFY_OK(journal);
      for (const Tx& tx : txs) WB_VERIFY_OK(journal->append(tx));
      WB_VERIFY_OK(journal->dropLast());  // its submission failed
      // No close, no destructor flush needed: appends are on disk when they return.
      auto seen = SignedTxJournal::open(path);
      WB_VERIFY_OK(seen);
      QVERIFY(seen->txs() == std::vector<Tx>(txs.begin(), txs.begin() + 3));
    }
    // A crash in the middle of an append: the cut record is reported, the rest kept.
    {
      QFile file(path);
      QVERIFY(file.open(QIODevice::Append));
      QVERIFY(file.write(QByteArray("\x90\x00\x00\x00\x01\x02", 6)) == 6);
    }
    std::vector<std::string> problems;
    auto journal = SignedTxJournal::open(path, &problems);
    WB_VERIFY_OK(journal);
    QCOMPARE(journal->txs().size(), std::size_t(3));
    QCOMPARE(problems.size(), std::size_t(1));
    WB_VERIFY_OK(journal->append(txs[3]));
    WB_VERIFY_OK(journal->retain([&](const Tx& tx) { return tx.nonce != 1; }));
    auto reopened = SignedTxJournal::open(path);
    WB_VERIFY_OK(reopened);
    QVERIFY(reopened->txs() == (std::vector<Tx>{txs[0], txs[2], txs[3]}));
  }
};

QTEST_GUILESS_MAIN(TestSignedTxJournal)
#include "test_signed_tx_journal.moc"
