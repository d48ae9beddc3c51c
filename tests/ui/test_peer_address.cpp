// Peer addresses typed in the wizard: host:port forms accepted, everything else explained.
#include <QtTest>

#include "chain/address/endpoint_errc.h"
#include "ui/wizard/peer_address.h"

using namespace wb;
using namespace wb::ui;

class TestPeerAddress : public QObject {
  Q_OBJECT
private slots:
  void acceptsHostsAndAddresses() {
    for (const char* text : {"203.0.113.5:65535", "[::1]:9333", "localhost:9333", "[2001:db8::7]:80", "10.0.0.1:1"}) {
      QVERIFY2(checkPeerAddress(QString::fromLatin1(text)).ok(), text);
    }
  }

  void rejectsBadAddresses() {
    for (const char* text :
         {"", "example.org", ":9333", "example.org:0", "example.org:65536", "example.org:+5", "example.org:port",
          "::1:9333", "[::1:9333", "300.1.1.1:9333", "-bad.org:9333", "bad_host:9333", "a..b:9333", "[1.2.3.4]:80",
          // Names are refused: the node does not resolve them.
          "example.org:9333", "node-1.example.org:1"}) {
      const Status status = checkPeerAddress(QString::fromLatin1(text));
      QVERIFY2(!status.ok(), text);
      QCOMPARE(status.code(), EndpointErrc::BadAddress);
    }
  }

  void parsesLists() {
    auto peers = parsePeerList(QStringLiteral(" 10.0.0.1:1, 10.0.0.2:2\n[::1]:3 "));
    QVERIFY(peers.ok());
    QCOMPARE(*peers, (QStringList{"10.0.0.1:1", "10.0.0.2:2", "[::1]:3"}));
    QVERIFY(parsePeerList(QString()).ok());
    QVERIFY(parsePeerList(QString())->isEmpty());
    auto bad = parsePeerList(QStringLiteral("10.0.0.1:1, nope"));
    QVERIFY(!bad.ok());
    QVERIFY(QString::fromStdString(bad.error().message).contains("nope"));
  }
};

QTEST_GUILESS_MAIN(TestPeerAddress)
#include "test_peer_address.moc"
