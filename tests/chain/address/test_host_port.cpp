// The one "[HOST:]PORT" parser: its syntax, and each rule that lets a caller
// (command line, RPC endpoint, P2P, wizard) differ from the others.
#include <QtTest>

#include "chain/address/endpoint_errc.h"
#include "chain/address/host_port.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::net;

Q_DECLARE_METATYPE(wb::net::HostKind)

namespace {

// Rule sets named after the callers that use them.
HostPortRules numericOnly() { return HostPortRules{}; }
HostPortRules listening() { return HostPortRules{"127.0.0.1", true, true, false}; }
HostPortRules anyHost() { return HostPortRules{"", false, false, true}; }

}  // namespace

class TestHostPort : public QObject {
  Q_OBJECT
private slots:
  void acceptsEveryHostForm_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<HostKind>("kind");
    QTest::addColumn<int>("port");
    QTest::newRow("ipv4") << "203.0.113.5:9333"
                          << "203.0.113.5" << HostKind::Ipv4 << 9333;
    QTest::newRow("ipv6") << "[2001:db8::7]:80"
                          << "2001:db8::7" << HostKind::Ipv6 << 80;
    QTest::newRow("ipv4-mapped ipv6") << "[::ffff:10.0.0.5]:7"
                                      << "::ffff:10.0.0.5" << HostKind::Ipv6 << 7;
    QTest::newRow("localhost") << "LocalHost:1"
                               << "LocalHost" << HostKind::Localhost << 1;
    QTest::newRow("name") << "node-1.example.org:65535"
                          << "node-1.example.org" << HostKind::Name << 65535;
    QTest::newRow("leading zeros") << "1.2.3.4:0080"
                                   << "1.2.3.4" << HostKind::Ipv4 << 80;
  }
  void acceptsEveryHostForm() {
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(HostKind, kind);
    QFETCH(int, port);
    const auto parsed = parseHostPortText(text.toStdString(), anyHost());
    WB_VERIFY_OK(parsed);
    QCOMPARE(QString::fromStdString(parsed->host), host);
    QCOMPARE(parsed->kind, kind);
    QCOMPARE(int(parsed->port), port);
  }

  void rejectsBadSyntax_data() {
    QTest::addColumn<QString>("text");
    for (const char* text : {"",
                             ":9333",
                             "example.org",
                             "example.org:",
                             "example.org:0",
                             "example.org:65536",
                             "example.org:+5",
                             "example.org:-5",
                             "example.org: 5",
                             "example.org:5 ",
                             "example.org:port",
                             "example.org:123456",
                             "::1:9333",
                             "[::1:9333",
                             "[::1]9333",
                             "[::1]",
                             "[1.2.3.4]:80",
                             "[localhost]:80",
                             "300.1.1.1:9333",
                             "1.2.3:80",
                             "1.2.3.4.5:80",
                             "-bad.org:9333",
                             "bad-.org:9333",
                             "bad_host:9333",
                             "a..b:9333",
                             "trailing.dot.:1",
                             "sp ace:1"}) {
      QTest::newRow(text) << QString::fromUtf8(text);
    }
  }
  void rejectsBadSyntax() {
    QFETCH(QString, text);
    const auto parsed = parseHostPortText(text.toStdString(), anyHost());
    WB_VERIFY_FAILS(parsed, EndpointErrc::BadAddress);
    // The message quotes what was typed, so a list of peers says which one is wrong.
    QVERIFY(test::contains(parsed.error().message, "'" + text.toStdString() + "'"));
  }

  void aNulInTheHostIsNotAnAddress() {
    using namespace std::string_literals;
    WB_VERIFY_FAILS(parseHostPortText("1.2.3.4\0junk:80"s, anyHost()), EndpointErrc::BadAddress);
    WB_VERIFY_FAILS(parseHostPortText("[::1\0x]:80"s, anyHost()), EndpointErrc::BadAddress);
  }

  void longInputIsQuotedShort() {
    const std::string text(10'000, 'a');
    const auto parsed = parseHostPortText(text, anyHost());
    WB_VERIFY_FAILS(parsed, EndpointErrc::BadAddress);
    QVERIFY(parsed.error().message.size() < 300);
  }

  void defaultHostMakesTheHostOptional() {
    WB_VERIFY_FAILS(parseHostPortText("9333", numericOnly()), EndpointErrc::BadAddress);
    const auto parsed = parseHostPortText("9333", listening());
    WB_VERIFY_OK(parsed);
    QVERIFY((*parsed == ParsedHostPort{"127.0.0.1", HostKind::Ipv4, 9333}));
    const auto written = parseHostPortText("[::]:1", listening());
    WB_VERIFY_OK(written);
    QVERIFY((*written == ParsedHostPort{"::", HostKind::Ipv6, 1}));
  }

  void portZeroOnlyWhenAllowed() {
    WB_VERIFY_FAILS(parseHostPortText("1.2.3.4:0", numericOnly()), EndpointErrc::BadAddress);
    const auto parsed = parseHostPortText("0", listening());
    WB_VERIFY_OK(parsed);
    QCOMPARE(int(parsed->port), 0);
    WB_VERIFY_FAILS(parseHostPortText("65536", listening()), EndpointErrc::BadAddress);
  }

  void namesAndLocalhostOnlyWhenAllowed() {
    WB_VERIFY_FAILS(parseHostPortText("example.org:1", numericOnly()), EndpointErrc::BadAddress);
    WB_VERIFY_FAILS(parseHostPortText("localhost:1", numericOnly()), EndpointErrc::BadAddress);
    WB_VERIFY_FAILS(parseHostPortText("example.org:1", listening()), EndpointErrc::BadAddress);
    const auto local = parseHostPortText("localhost:1", listening());
    WB_VERIFY_OK(local);
    QCOMPARE(local->kind, HostKind::Localhost);
    HostPortRules namesOnly;
    namesOnly.allowHostNames = true;  // implies localhost
    WB_VERIFY_OK(parseHostPortText("localhost:1", namesOnly));
    WB_VERIFY_OK(parseHostPortText("example.org:1", namesOnly));
  }

  void hostNames() {
    QVERIFY(isHostName("a"));
    QVERIFY(isHostName("xn--fiqs8s.example"));
    QVERIFY(isHostName("1a.example"));
    QVERIFY(isHostName(std::string(63, 'a') + ".org"));
    QVERIFY(!isHostName(std::string(64, 'a') + ".org"));
    std::string longest;
    while (longest.size() < 250) longest += "abcdefghi.";
    longest += "ab";  // 252 characters
    QVERIFY(isHostName(longest));
    QVERIFY(isHostName(longest + "c"));
    QVERIFY(!isHostName(longest + "cd"));
    QVERIFY(!isHostName(""));
    QVERIFY(!isHostName("1.2.3.4"));
    QVERIFY(!isHostName("例子.org"));
  }
};

QTEST_GUILESS_MAIN(TestHostPort)
#include "test_host_port.moc"
