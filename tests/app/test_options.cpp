#include <QtTest>
#include <map>
#include <string_view>

#include "app/app_errc.h"
#include "app/options.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::app;

namespace {
Result<Options> parse(std::initializer_list<const char*> args, Program program = Program::Daemon) {
  return parseOptions(program, std::vector<std::string>(args.begin(), args.end()));
}
}  // namespace

class TestOptions : public QObject {
  Q_OBJECT
private slots:
  void noArgumentsIsValid() {
    auto o = parse({});
    QVERIFY(o.ok());
    QVERIFY(!o->help && !o->version && !o->dev && o->connect.empty());
  }

  void parsesEveryOption() {
    auto o = parse({"--datadir",
                    "/tmp/wb",
                    "--dev=dpos",
                    "--network",
                    "dev-dpos",
                    "--listen",
                    "9000",
                    "--connect",
                    "127.0.0.1:9001",
                    "--connect=localhost:9002",
                    "--rpc",
                    "0.0.0.0:8545",
                    "--wallet",
                    "w.wallet",
                    "--passphrase-file",
                    "pass.txt",
                    "--produce",
                    "--mine-threads",
                    "4",
                    "--dev-clock",
                    "manual",
                    "--check"});
    QVERIFY2(o.ok(), o.ok() ? "" : o.error().message.c_str());
    QCOMPARE(QString::fromStdString(*o->dataDir), QStringLiteral("/tmp/wb"));
    QVERIFY(o->dev == DevConsensus::Dpos);
    QCOMPARE(o->listen->port, std::uint16_t(9000));
    QCOMPARE(QString::fromStdString(o->listen->host), QStringLiteral("0.0.0.0"));
    QCOMPARE(o->connect.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(o->connect[1].host), QStringLiteral("localhost"));
    QCOMPARE(o->rpc->port, std::uint16_t(8545));
    QCOMPARE(*o->mineThreads, 4u);
    QVERIFY(o->produce && o->devClockManual && o->check);
  }

  void rpcDefaultsToLoopback() {
    auto o = parse({"--rpc", "8545"});
    QVERIFY(o.ok());
    QCOMPARE(QString::fromStdString(o->rpc->host), QStringLiteral("127.0.0.1"));
  }

  void ipv6HostsGoInBrackets() {
    auto o = parse({"--listen", "[::]:9000", "--connect", "[2001:db8::7]:9333"});
    QVERIFY2(o.ok(), o.ok() ? "" : o.error().message.c_str());
    QCOMPARE(QString::fromStdString(o->listen->host), QStringLiteral("::"));
    QCOMPARE(QString::fromStdString(o->connect[0].host), QStringLiteral("2001:db8::7"));
    QCOMPARE(o->connect[0].port, std::uint16_t(9333));
  }

  void rejectsBadUsage_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<wb::ErrorCode>("code");
    const wb::ErrorCode unknown = AppErrc::UsageUnknownOption, missing = AppErrc::UsageMissingValue,
                        bad = AppErrc::UsageBadValue;
    QTest::newRow("unknown") << QStringList{"--frobnicate"} << unknown;
    QTest::newRow("positional") << QStringList{"stray"} << unknown;
    QTest::newRow("gui-only option in daemon") << QStringList{"--screenshots", "/tmp"} << unknown;
    QTest::newRow("missing value") << QStringList{"--datadir"} << missing;
    QTest::newRow("empty value") << QStringList{"--datadir="} << missing;
    QTest::newRow("bad dev kind") << QStringList{"--dev", "pox"} << bad;
    QTest::newRow("port zero") << QStringList{"--listen", "0"} << bad;
    QTest::newRow("port too big") << QStringList{"--listen", "65536"} << bad;
    QTest::newRow("port garbage") << QStringList{"--rpc", "127.0.0.1:80a"} << bad;
    QTest::newRow("connect without host") << QStringList{"--connect", "9000"} << bad;
    QTest::newRow("connect empty host") << QStringList{"--connect", ":9000"} << bad;
    QTest::newRow("connect bare ipv6") << QStringList{"--connect", "::1:9000"} << bad;
    QTest::newRow("connect bad host") << QStringList{"--connect", "bad_host:9000"} << bad;
    QTest::newRow("connect host name") << QStringList{"--connect", "seed.example.org:9000"} << bad;
    QTest::newRow("threads zero") << QStringList{"--mine-threads", "0"} << bad;
    QTest::newRow("threads negative") << QStringList{"--mine-threads", "-2"} << bad;
    QTest::newRow("clock not manual") << QStringList{"--dev", "pow", "--dev-clock", "auto"} << bad;
    QTest::newRow("manual clock without dev") << QStringList{"--dev-clock", "manual"} << bad;
    QTest::newRow("rpc and no-rpc") << QStringList{"--rpc", "1", "--no-rpc"} << bad;
    QTest::newRow("dev and genesis") << QStringList{"--dev", "pow", "--genesis", "g.json"} << bad;
    QTest::newRow("flag with value") << QStringList{"--check=yes"} << bad;
  }
  void rejectsBadUsage() {
    QFETCH(QStringList, args);
    QFETCH(wb::ErrorCode, code);
    std::vector<std::string> argv;
    for (const auto& a : args) argv.push_back(a.toStdString());
    auto o = parseOptions(Program::Daemon, argv);
    QVERIFY(!o.ok());
    QCOMPARE(o.code(), code);
    QVERIFY(o.error().message.find('\n') == std::string::npos);  // one line
  }

  void guiAcceptsScreenshots() {
    auto o = parse({"--screenshots", "/tmp/shots"}, Program::Gui);
    QVERIFY(o.ok());
    QCOMPARE(QString::fromStdString(*o->screenshotsDir), QStringLiteral("/tmp/shots"));
  }

  void guiTakesPaymentLinksDaemonDoesNot() {
    auto o = parse({"--datadir", "/tmp/wb", "waybill:wb1abc?amount=1", "WAYBILL:wb1def"}, Program::Gui);
    QVERIFY2(o.ok(), o.ok() ? "" : o.error().message.c_str());
    QCOMPARE(o->paymentLinks, (std::vector<std::string>{"waybill:wb1abc?amount=1", "WAYBILL:wb1def"}));
    QCOMPARE(QString::fromStdString(*o->dataDir), QStringLiteral("/tmp/wb"));
    auto daemon = parse({"waybill:wb1abc"});
    QVERIFY(!daemon.ok());
    QCOMPARE(daemon.code(), AppErrc::UsageUnknownOption);
    auto stray = parse({"bitcoin:1abc"}, Program::Gui);
    QVERIFY(!stray.ok());
    QCOMPARE(stray.code(), AppErrc::UsageUnknownOption);
  }

  void everyDocumentedOptionParses() {
    // The table behind --help and the man pages is the parser's own: each entry parses.
    const std::map<std::string_view, std::vector<std::string>> samples = {
        {"--dev", {"--dev", "pos"}},
        {"--listen", {"--listen", "9000"}},
        {"--connect", {"--connect", "127.0.0.1:9000"}},
        {"--rpc", {"--rpc", "8545"}},
        {"--mine-threads", {"--mine-threads", "2"}},
        {"--dev-clock", {"--dev", "pow", "--dev-clock", "manual"}},
    };
    for (const Program program : {Program::Gui, Program::Daemon}) {
      for (const OptionDoc& doc : documentedOptions(program)) {
        std::vector<std::string> args{std::string(doc.name)};
        if (const auto it = samples.find(doc.name); it != samples.end())
          args = it->second;
        else if (!doc.value.empty())
          args.emplace_back("some-value");
        auto o = parseOptions(program, args);
        QVERIFY2(o.ok(), doc.name.data());
        QVERIFY(!doc.description.empty());
      }
    }
  }

  void helpListsEveryOption() {
    const QString help = QString::fromStdString(helpText(Program::Daemon));
    for (const char* opt : {"--datadir", "--dev", "--genesis", "--network", "--listen", "--connect", "--rpc",
                            "--no-rpc", "--wallet", "--passphrase-file", "--produce", "--mine-threads", "--dev-clock",
                            "--check", "--light", "--version", "--help"}) {
      QVERIFY2(help.contains(QLatin1String(opt)), opt);
    }
    QVERIFY(!help.contains("--screenshots"));
    QVERIFY(QString::fromStdString(helpText(Program::Gui)).contains("--screenshots"));
    QVERIFY(QString::fromStdString(helpText(Program::Gui)).contains("--light"));
  }

  // --light (DESIGN §11): both programs, and not with what needs the full chain.
  void lightModeOptions() {
    auto light = parseOptions(Program::Daemon, {"--genesis", "g.json", "--connect", "127.0.0.1:9000", "--light"});
    QVERIFY(light.ok() && light->light);
    auto window = parseOptions(Program::Gui, {"--genesis", "g.json", "--connect", "127.0.0.1:9000", "--light"});
    QVERIFY(window.ok() && window->light);
    for (const char* other : {"--produce", "--check"}) {
      auto refused = parseOptions(Program::Daemon, {"--light", other});
      QCOMPARE(refused.code(), AppErrc::UsageBadValue);
      QVERIFY(refused.error().message.find(other) != std::string::npos);
    }
    QCOMPARE(parseOptions(Program::Daemon, {"--light", "--listen", "9000"}).code(), AppErrc::UsageBadValue);
  }
};

QTEST_GUILESS_MAIN(TestOptions)
#include "test_options.moc"
