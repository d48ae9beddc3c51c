// `waybilld genesis`: run as a real process on real files, plus its parser in-process.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <array>
#include <cmath>
#include <fstream>
#include <sstream>

#include "app/genesis_command.h"
#include "chain/consensus/compact.h"
#include "chain/consensus/pow/pow_calibration.h"
#include "chain/core/bech32m.h"
#include "chain/core/genesis_file.h"
#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"

using namespace wb;

namespace {

struct Run {
  int exitCode = -1;
  QString out;
  QString err;
};

Run waybilld(QStringList args) {
  args.prepend("genesis");
  QProcess p;
  p.start(QStringLiteral(WAYBILLD_PATH), args);
  if (!p.waitForFinished(30000)) {
    p.kill();
    p.waitForFinished();
  }
  return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
}

std::string slurp(const QString& path) {
  std::ifstream in(path.toStdString(), std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

class TestGenesisCommand : public QObject {
  Q_OBJECT

  std::array<AccountKey, 4> keys_{};
  QTemporaryDir dir_;

  QString addr(std::size_t i, std::string_view hrp = "wb") const {
    return QString::fromStdString(encodeAddress(hrp, keys_[i]));
  }
  QString file(const char* name) const { return dir_.filePath(name); }

  // A usage error: exit 2, exactly one line on stderr naming `mention`, nothing written.
  void expectUsageError(const QStringList& args, const QString& mention) {
    const QString out = file("usage.json");
    const Run r = waybilld(QStringList(args) << "--out" << out);
    QVERIFY2(r.exitCode == 2, qPrintable(args.join(' ') + " → " + QString::number(r.exitCode) + " " + r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.startsWith("waybilld genesis: "), qPrintable(r.err));
    QVERIFY2(r.err.contains(mention), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
  }

private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    QVERIFY(dir_.isValid());
    const SecpContext ctx;
    for (std::size_t i = 0; i < keys_.size(); ++i) {
      SecureBytes secret(32);
      secret.data()[0] = 0x42;
      secret.data()[31] = static_cast<Byte>(i + 1);
      auto key = xonlyFromSecret(ctx, secret);
      QVERIFY(key.ok());
      keys_[i] = *key;
    }
  }

  void writesAPowGenesisThatParses() {
    const QString out = file("pow.json");
    const Run r = waybilld({"--consensus", "pow", "--out", out, "--alloc", addr(0) + "=1000", "--alloc",
                            addr(1) + "=0.5", "--time", "1700000000"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    const auto parsed = readGenesisFile(out.toStdString());
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
    // stdout is exactly the genesis hash of what was written.
    QCOMPARE(r.out, QString::fromStdString(toHex(parsed->params.genesisHash)) + "\n");
    QCOMPARE(parsed->params.name, std::string("waybill-pow"));
    QCOMPARE(parsed->params.hrp, std::string("wb"));
    QCOMPARE(parsed->params.consensus, ConsensusKind::Pow);
    QCOMPARE(parsed->params.genesisTime, std::uint64_t{1'700'000'000});
    QCOMPARE(parsed->params.blockTime, std::uint64_t{60});
    QCOMPARE(parsed->allocations.size(), std::size_t{2});
    QCOMPARE(parsed->allocations[0], (GenesisAllocation{keys_[0], 1000 * kCoin, 0}));
    QCOMPARE(parsed->allocations[1], (GenesisAllocation{keys_[1], kCoin / 2, 0}));
    // DESIGN §4: the initial difficulty is this machine's, so it alone mines a
    // block per 60 s from block 1 (within the noise of measuring on a busy machine).
    const U256 target = decodeCompact(parsed->params.initialBits).value();
    double targetValue = 0;
    for (int i = 3; i >= 0; --i)
      targetValue = std::ldexp(targetValue, 64) + static_cast<double>(target.limb(static_cast<unsigned>(i)));
    const double work = std::ldexp(1.0, 256) / targetValue;
    const double rate = measureHashRate(1, std::chrono::milliseconds(500));
    const double ratio = work / (rate * 60);
    QVERIFY2(ratio > 0.25 && ratio < 4,
             qPrintable(QString("expected work %1 hashes, machine %2 hashes/s").arg(work).arg(rate)));
  }

  void posTakesStakeAndDposTakesDelegates() {
    const QString pos = file("pos.json");
    Run r = waybilld(
        {"--consensus", "pos", "--out", pos, "--alloc", addr(0) + "=900:100", "--name", "shop-net", "--hrp", "shop"});
    QCOMPARE(r.exitCode, 2);  // the address is for "wb", not "shop"
    QVERIFY(r.err.contains("--alloc"));
    r = waybilld({"--consensus", "pos", "--out", pos, "--alloc", addr(0, "shop") + "=900:100", "--name", "shop-net",
                  "--hrp", "shop"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    auto parsed = readGenesisFile(pos.toStdString());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->params.name, std::string("shop-net"));
    QCOMPARE(parsed->params.hrp, std::string("shop"));
    QCOMPARE(parsed->allocations.front(), (GenesisAllocation{keys_[0], 900 * kCoin, 100 * kCoin}));

    const QString dpos = file("dpos.json");
    r = waybilld(
        {"--consensus=dpos", "--out=" + dpos, "--delegate", addr(2) + "=alice", "--delegate=" + addr(3) + "=bob"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    parsed = readGenesisFile(dpos.toStdString());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->delegates.size(), std::size_t{2});
    QCOMPARE(parsed->delegates[1], (GenesisDelegate{keys_[3], "bob"}));
    QCOMPARE(parsed->params.activeDelegates, std::uint32_t{21});
  }

  void refusesToOverwrite() {
    const QString out = file("taken.json");
    QVERIFY(waybilld({"--consensus", "pow", "--out", out, "--time", "1700000000"}).exitCode == 0);
    const std::string before = slurp(out);
    const Run r = waybilld({"--consensus", "dpos", "--out", out, "--delegate", addr(0) + "=alice"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.contains("already exists"));
    QCOMPARE(slurp(out), before);
    const Run missingFolder = waybilld({"--consensus", "pow", "--out", file("no/such/dir.json")});
    QCOMPARE(missingFolder.exitCode, 1);
    QCOMPARE(missingFolder.err.count('\n'), 1);
  }

  void badUsageExitsWithTwo() {
    expectUsageError({"--consensus", "pbft"}, "--consensus");
    expectUsageError({"--consensus", "pow", "--alloc", addr(0)}, "--alloc");
    expectUsageError({"--consensus", "pow", "--alloc", addr(0) + "=1.123456789"}, "--alloc");
    expectUsageError({"--consensus", "pow", "--alloc", addr(0) + "=-5"}, "--alloc");
    expectUsageError({"--consensus", "pow", "--alloc", addr(0) + "=1:"}, "--alloc");
    expectUsageError({"--consensus", "pow", "--alloc", "wb1notanaddress=5"}, "--alloc");
    expectUsageError({"--consensus", "pow", "--alloc", addr(0, "wbd") + "=5"}, "--alloc");
    expectUsageError({"--consensus", "pow", "--alloc", addr(0) + "=5", "--alloc", addr(0) + "=6"}, "allocations[1]");
    expectUsageError({"--consensus", "pow", "--alloc", addr(0) + "=0"}, "allocations[0]");
    expectUsageError({"--consensus", "pos", "--alloc", addr(0) + "=5"}, "stake");
    expectUsageError({"--consensus", "dpos"}, "--delegate");
    expectUsageError({"--consensus", "dpos", "--delegate", addr(0) + "=Alice"}, "delegates[0].name");
    expectUsageError({"--consensus", "pow", "--delegate", addr(0) + "=alice"}, "--delegate");
    expectUsageError({"--consensus", "pow", "--name", "../escape"}, "name");
    expectUsageError({"--consensus", "pow", "--time", "soon"}, "--time");
    expectUsageError({"--consensus", "pow", "--time", "0"}, "time");
    expectUsageError({"--consensus", "pow", "--bogus"}, "--bogus");
    expectUsageError({"--consensus", "pow", "stray"}, "stray");
    expectUsageError({"--alloc", addr(0) + "=5"}, "--consensus");
    const Run noOut = waybilld({"--consensus", "pow"});
    QCOMPARE(noOut.exitCode, 2);
    QVERIFY(noOut.err.contains("--out"));
    const Run dangling = waybilld({"--consensus"});
    QCOMPARE(dangling.exitCode, 2);
    QCOMPARE(dangling.err.count('\n'), 1);
  }

  void help() {
    const Run r = waybilld({"--help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Usage: waybilld genesis"));
    QVERIFY(r.out.contains("--alloc"));
  }

  // In-process: the genesis time defaults to "now", and the request keeps argument order.
  void buildUsesNowByDefault() {
    auto request = app::parseGenesisArgs({"--consensus", "pow", "--out", "x.json", "--alloc",
                                          addr(1).toStdString() + "=2", "--alloc", addr(0).toStdString() + "=1"});
    QVERIFY(request.ok());
    QVERIFY(!request->time);
    auto built = app::buildGenesis(*request, 1'234'567'890);
    QVERIFY(built.ok());
    QCOMPARE(built->params.genesisTime, std::uint64_t{1'234'567'890});
    QCOMPARE(built->allocations[0].account, keys_[1]);
    QCOMPARE(built->params.genesisHash, genesisHash(*built));
    std::ostringstream out, err;
    QCOMPARE(app::runGenesisCommand({"--help"}, out, err), app::kExitOk);
    QCOMPARE(out.str(), app::genesisHelpText());
  }
};

QTEST_GUILESS_MAIN(TestGenesisCommand)
#include "test_genesis_command.moc"
