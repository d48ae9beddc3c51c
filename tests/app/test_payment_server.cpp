// The hand-over of links between two Waybills on one data directory, in one process
// with real local sockets: the client runs on a worker thread (it blocks, as the
// second `waybill` does), the server on this thread's event loop.
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include "app/payment_server.h"

using namespace wb::app;

namespace {

// Runs the blocking client on a worker thread while this thread serves.
Handover handOver(const QString& dataDir, const QStringList& links, int timeoutMs = 5000) {
  QFuture<Handover> future = QtConcurrent::run([=] { return handToRunningInstance(dataDir, links, timeoutMs); });
  QDeadlineTimer deadline(timeoutMs * 3);
  while (!future.isFinished() && !deadline.hasExpired()) QTest::qWait(10);
  return future.result();
}

}  // namespace

class TestPaymentServer : public QObject {
  Q_OBJECT
private slots:
  void theNameDependsOnTheDirectoryNotItsSpelling() {
    QTemporaryDir dir;
    const QString name = instanceServerName(dir.path());
    QCOMPARE(instanceServerName(dir.path() + QStringLiteral("/")), name);
    QCOMPARE(instanceServerName(dir.path() + QStringLiteral("/sub/..")), name);
    QVERIFY(instanceServerName(dir.filePath(QStringLiteral("other"))) != name);
    QVERIFY(name.startsWith(QStringLiteral("waybill-")));
  }

  void nobodyRunningMeansThisProcessIsTheFirst() {
    QTemporaryDir dir;
    QCOMPARE(handOver(dir.path(), {QStringLiteral("waybill:x")}), Handover::NoneRunning);
  }

  void linksWaitUntilReadyThenArriveInOrder() {
    QTemporaryDir dir;
    PaymentServer server(dir.path());
    QVERIFY(server.listen());
    QSignalSpy links(&server, &PaymentServer::linkReceived);
    QSignalSpy forward(&server, &PaymentServer::activationRequested);
    server.submit({QStringLiteral("waybill:own")});  // the first process's own link

    QCOMPARE(handOver(dir.path(), {QStringLiteral("waybill:a"), QStringLiteral("waybill:b")}), Handover::Delivered);
    QTRY_COMPARE(forward.size(), 1);
    QCOMPARE(links.size(), 0);  // not ready: queued

    server.setReady();
    QCOMPARE(links.size(), 3);
    QCOMPARE(links[0][0].toString(), QStringLiteral("waybill:own"));
    QCOMPARE(links[1][0].toString(), QStringLiteral("waybill:a"));
    QCOMPARE(links[2][0].toString(), QStringLiteral("waybill:b"));

    // Once ready, a link goes straight through; none at all just brings the window forward.
    QCOMPARE(handOver(dir.path(), {QStringLiteral("waybill:c")}), Handover::Delivered);
    QTRY_COMPARE(links.size(), 4);
    QCOMPARE(links[3][0].toString(), QStringLiteral("waybill:c"));
    QCOMPARE(handOver(dir.path(), {}), Handover::Delivered);
    QTRY_COMPARE(forward.size(), 3);
    QCOMPARE(links.size(), 4);
  }

  void aServerThatNeverAnswersIsNotTakenForNone() {
    QTemporaryDir dir;
    QLocalServer silent;  // holds the name but never confirms (a Waybill still starting)
    QVERIFY(silent.listen(instanceServerName(dir.path())));
    QCOMPARE(handOver(dir.path(), {QStringLiteral("waybill:x")}, 300), Handover::NoAnswer);
  }

  void anOversizedMessageIsDroppedWithoutALink() {
    QTemporaryDir dir;
    PaymentServer server(dir.path());
    QVERIFY(server.listen());
    server.setReady();
    QSignalSpy links(&server, &PaymentServer::linkReceived);
    QLocalSocket socket;
    socket.connectToServer(instanceServerName(dir.path()));
    QVERIFY(socket.waitForConnected(1000));
    socket.write(QByteArray::fromHex("ffffffff") + QByteArray(64, 'x'));
    QVERIFY(socket.waitForBytesWritten(1000));
    QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(links.size(), 0);
    // The server still serves others.
    QCOMPARE(handOver(dir.path(), {QStringLiteral("waybill:ok")}), Handover::Delivered);
    QTRY_COMPARE(links.size(), 1);
  }
};

QTEST_GUILESS_MAIN(TestPaymentServer)
#include "test_payment_server.moc"
